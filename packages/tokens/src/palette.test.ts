import {
  type Color,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  oklch,
  parse,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { color, dataPalette, dataPaletteHues, okabeIto, themes } from './tokens';

const distance = differenceCiede2000();
// Dichromacy at full severity (Machado et al. 2009, as implemented by culori).
const visions: Record<string, (colour: Color) => Color> = {
  typical: (colour) => colour,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};

describe('the data palette', () => {
  it('has one Okabe-Ito hue per slot', () => {
    expect(dataPaletteHues).toHaveLength(dataPalette.length);
    expect(new Set(dataPaletteHues).size).toBe(dataPaletteHues.length);
  });

  it('is Okabe-Ito as published in the dark theme (white stands in for black)', () => {
    dataPalette.forEach((token, index) => {
      const hue = dataPaletteHues[index]!;
      expect(color[token].dark).toBe(hue === 'black' ? '#ffffff' : okabeIto[hue]);
    });
  });

  it('keeps the Okabe-Ito hue and most of its chroma in the light theme', () => {
    dataPalette.forEach((token, index) => {
      const source = oklch(okabeIto[dataPaletteHues[index]!])!;
      const light = oklch(color[token].light)!;
      if (source.c < 0.01) {
        expect(light.c).toBeLessThan(0.01);
        return;
      }
      const hueShift = Math.abs((((light.h ?? 0) - (source.h ?? 0) + 540) % 360) - 180);
      expect(hueShift, token).toBeLessThan(6);
      expect(light.c, token).toBeGreaterThan(0.6 * source.c);
      expect(source.l - light.l, token).toBeLessThanOrEqual(0.1);
    });
  });

  describe.each(themes)('%s theme', (theme) => {
    it.each(Object.entries(visions))(
      'keeps every two colours apart for %s vision (CIEDE2000 ≥ 10)',
      (_, see) => {
        const seen = dataPalette.map((token) => see(parse(color[token][theme])!));
        let closest = Number.POSITIVE_INFINITY;
        for (let a = 0; a < seen.length; a++) {
          for (let b = a + 1; b < seen.length; b++) {
            closest = Math.min(closest, distance(seen[a]!, seen[b]!));
          }
        }
        expect(closest).toBeGreaterThanOrEqual(10);
      },
    );
  });
});
