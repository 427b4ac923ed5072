// Build step after tsup: writes dist/tokens.css and dist/tokens.json from the built tokens, so
// src/tokens.ts stays the one source of truth. Prints the stylesheet's size (budget: 10 kB gzip).
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  color,
  contrastPairs,
  dataPalette,
  dataPaletteHues,
  forcedColors,
  kernAliases,
  metric,
  minimumContrast,
  motion,
  okabeIto,
  tokensToCss,
  typography,
} from '../dist/index.js';

const dist = new URL('../dist/', import.meta.url);
const css = tokensToCss();
writeFileSync(new URL('tokens.css', dist), `${css}\n`);

const json = {
  prefix: '--nrw-',
  color,
  metric,
  typography,
  motion,
  forcedColors,
  dataPalette,
  dataPaletteHues,
  okabeIto,
  contrastPairs,
  minimumContrast,
  kernAliases,
};
writeFileSync(new URL('tokens.json', dist), `${JSON.stringify(json, null, 2)}\n`);

const bytes = Buffer.byteLength(css);
const gzip = gzipSync(css).length;
console.log(
  `dist/tokens.css: ${(bytes / 1000).toFixed(1)} kB, ${(gzip / 1000).toFixed(1)} kB gzip (budget 10 kB gzip)`,
);
