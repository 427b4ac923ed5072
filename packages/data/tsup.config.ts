import { defineConfig } from 'tsup';

// One module per dataset, code-split, so a portal that imports the actors does not ship the
// observations (`sideEffects: false`).
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/testing/**'],
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['@nrw-health/core'],
});
