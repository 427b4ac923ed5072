import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tokensToCss } from './css';

const budget = 10_000;

describe('size of the stylesheet', () => {
  it(`stays within ${budget / 1000} kB gzip`, () => {
    const css = tokensToCss();
    const gzip = gzipSync(css).length;
    console.log(
      `tokens.css: ${(Buffer.byteLength(css) / 1000).toFixed(1)} kB, ${(gzip / 1000).toFixed(1)} kB gzip (budget ${budget / 1000} kB gzip)`,
    );
    expect(gzip).toBeLessThanOrEqual(budget);
  });

  it('holds the built file to the same budget', () => {
    const built = new URL('../dist/tokens.css', import.meta.url);
    expect(existsSync(built), 'dist/ is missing: run `pnpm build` first').toBe(true);
    expect(gzipSync(readFileSync(built)).length).toBeLessThanOrEqual(budget);
  });
});
