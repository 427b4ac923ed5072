// The built package: run after `pnpm build` (turbo's test task depends on it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/', import.meta.url);
const built = (file: string) => readFileSync(new URL(file, dist), 'utf8');

describe('the built entry', () => {
  it.each(['index.js', 'index.cjs'])("%s starts with the 'use client' directive", (file) => {
    // A directive counts only as the very first statement of the module.
    expect(built(file)).toMatch(/^'use client';\r?\n/);
  });

  it('leaves the test helpers out', () => {
    const code = built('index.js');
    expect(code).not.toContain('__nrwXss');
    expect(code).not.toContain('axe-core');
    expect(code).not.toContain('papaparse');
  });

  it('keeps React, TanStack Virtual and the kit packages external', () => {
    const imports = [...built('index.js').matchAll(/from ["']([^"']+)["']/g)].map(
      (match) => match[1],
    );
    expect(new Set(imports)).toEqual(
      new Set([
        'react',
        'react/jsx-runtime',
        '@nrw-health/core',
        '@tanstack/react-virtual',
        // GeoChoropleth: d3-geo and topojson-client. (The maps' classes need no d3-scale.)
        'd3-geo',
        'topojson-client',
        // IndicatorChart and RegionComparison: d3-shape's line and markers.
        'd3-shape',
      ]),
    );
  });
});

describe('styles.css', () => {
  const styles = built('styles.css');
  const tokens = readFileSync(
    createRequire(import.meta.url).resolve('@nrw-health/tokens/tokens.css'),
    'utf8',
  );

  it('uses only custom properties that the tokens define', () => {
    const used = new Set([...styles.matchAll(/var\((--nrw-[\w-]+)/g)].map((match) => match[1]!));
    const defined = new Set([...tokens.matchAll(/(--nrw-[\w-]+):/g)].map((match) => match[1]!));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });

  it('sets no colour of its own: themes and forced colours come from the tokens', () => {
    expect(styles).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
  });
});
