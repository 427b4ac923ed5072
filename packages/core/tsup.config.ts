import { defineConfig } from 'tsup';

// Every source module is an entry, and ESM output is code-split, so the built package keeps the
// module graph of the source: a bundler that imports `validateTrial` from the package root keeps
// the modules it needs and drops the rest (`sideEffects: false`). The domain folders are also
// subpath exports (`@nrw-health/core/trial`, …).
export default defineConfig({
  entry: [
    'src/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.bench.ts',
    '!src/**/*.examples.ts',
    '!src/json-schema/corpus.ts',
  ],
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // Resolved when the package is used, by environment: see "imports" in package.json.
  external: ['#compile'],
});
