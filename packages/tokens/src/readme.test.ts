import { describeReadmeExamples } from '../../../scripts/readme-examples.ts';

describeReadmeExamples(new URL('../', import.meta.url), {
  "@nrw-health/tokens/contrast'": `${new URL('./contrast.ts', import.meta.url).pathname}'`,
  "@nrw-health/tokens'": `${new URL('./index.ts', import.meta.url).pathname}'`,
});
