import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Forced colours and reduced motion cannot be switched on from a Vitest browser test: the rules
// for them are checked here, as written.
const styles = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');

/** The declarations of `selector` inside `@media (forced-colors: active)` blocks. */
function forced(selector: string): string {
  const blocks = [...styles.matchAll(/@media \(forced-colors: active\) \{([\s\S]*?)\n\}/g)].map(
    (match) => match[1]!,
  );
  return blocks
    .flatMap((block) => [...block.matchAll(/([^{}]+)\{([^}]*)\}/g)])
    .filter((rule) => rule[1]!.split(',').some((part) => part.trim() === selector))
    .map((rule) => rule[2]!.trim())
    .join(' ');
}

const mapRules = styles.slice(styles.indexOf('/* RegionTileMap and GeoChoropleth */'));

describe('the maps’ styles', () => {
  it('keep outlines, text and focus in system colours under forced colours', () => {
    expect(forced('.nrw-region-map__shape')).toContain('stroke: CanvasText');
    expect(forced('.nrw-region-map__area text')).toContain('fill: CanvasText');
    expect(
      forced('.nrw-region-map__tile:not(.nrw-region-map__missing) .nrw-region-map__shape'),
    ).toContain('fill: Canvas');
    expect(forced('.nrw-region-map__focus')).toContain('stroke: Highlight');
    expect(forced('.nrw-region-map__view[aria-pressed="true"]')).toMatch(
      /text-decoration: underline/,
    );
  });

  it('take every colour from the tokens, mix the ramp from them, and animate nothing', () => {
    const block = mapRules.slice(0, mapRules.indexOf('@media (forced-colors: active)'));
    const colours = [
      ...block.matchAll(/(?:^|\s)(?:fill|stroke|color|background|border-color):\s*([^;]+);/g),
    ].map((match) => match[1]!);
    expect(colours.length).toBeGreaterThan(10);
    for (const written of colours) {
      const colour = written.replace(/\s+/g, ' ').replace('( ', '(').replace(' )', ')');
      if (colour === 'none' || colour.startsWith('var(--nrw-metric')) continue;
      expect(colour).toMatch(
        /^(?:var\(--nrw-color-[\w-]+\)|color-mix\(in oklab, var\(--nrw-color-data-1\) \d+%, var\(--nrw-color-layout-[\w-]+\)\))$/,
      );
    }
    for (const step of [1, 2, 3, 4, 5])
      expect(block).toContain(`.nrw-region-map__step-${step} .nrw-region-map__shape`);
    expect(block).not.toMatch(/transition|animation/);
  });
});
