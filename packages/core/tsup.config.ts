import { defineConfig } from 'tsup';

// One entry per domain. ESM output is code-split, so a bundler that imports `validateTrial` from
// the package root keeps the trial chunk and the shared chunk and drops the others
// (`sideEffects: false`).
export const entries = {
  index: 'src/index.ts',
  trial: 'src/trial/index.ts',
  actor: 'src/actor/index.ts',
  indicator: 'src/indicator/index.ts',
  regions: 'src/regions/index.ts',
  identifiers: 'src/identifiers/index.ts',
};

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
