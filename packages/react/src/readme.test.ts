import { describeReadmeExamples } from '../../../scripts/readme-examples.ts';

describeReadmeExamples(new URL('../', import.meta.url), {
  "@nrw-health/react'": `${new URL('./index.ts', import.meta.url).pathname}'`,
});
