import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// One entry, every widget. The banner makes it a client entry for React Server Components: the
// directive must be the first statement of each built file, so it is added after bundling
// (a directive inside the sources would be dropped by esbuild). Dependencies and peers stay
// external; src/testing is not an entry.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  banner: { js: "'use client';" },
  // The widgets' stylesheet is plain CSS on the tokens' custom properties: shipped as written.
  onSuccess: () => copyFile('src/styles.css', 'dist/styles.css'),
});
