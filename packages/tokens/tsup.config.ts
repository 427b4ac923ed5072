import { defineConfig } from 'tsup';

// Two entries: the tokens (`.`) and the contrast checks (`./contrast`, which alone needs culori).
// The stylesheet and the JSON are written from the built tokens by scripts/write-css.mjs.
export default defineConfig({
  entry: ['src/index.ts', 'src/contrast.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['culori'],
});
