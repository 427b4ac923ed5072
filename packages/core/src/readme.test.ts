import { describeReadmeExamples } from '../../../scripts/readme-examples.ts';

describeReadmeExamples(new URL('../', import.meta.url), {
  // Longest first: the schema path before the package name.
  '@nrw-health/core/schemas/': new URL('../dist/schemas/', import.meta.url).pathname,
  "@nrw-health/core/examples'": `${new URL('./examples/index.ts', import.meta.url).pathname}'`,
  "@nrw-health/core'": `${new URL('./index.ts', import.meta.url).pathname}'`,
});
