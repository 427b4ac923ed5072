import { defineConfig } from 'tsup';

// Every module is an entry and ESM is code-split, so importing one reader does not pull in the
// others. The CLI is a module of its own (dist/cli/main.js, the `nrw-health` bin).
export default defineConfig({
  entry: [
    'src/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.bench.ts',
    '!src/**/testing/**',
    '!src/**/test-*.ts',
  ],
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'node',
  external: ['@nrw-health/core'],
  // The country-name tables are JSON: bundled in, so no runtime needs JSON import attributes.
  noExternal: [/^i18n-iso-countries\/langs\//],
});
