import { describe, expect, it } from 'vitest';
import { checkContrast, contrastRatio } from './contrast';
import { type ContrastPair, contrastPairs, minimumContrast } from './pairs';
import { type ColorToken, color, themes } from './tokens';

describe('contrastRatio (WCAG 2.x)', () => {
  it('spans 1 to 21', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0b5cad', '#0b5cad')).toBe(1);
  });

  it('puts #767676 just above 4.5:1 on white and #777777 just below', () => {
    // The well-known boundary of AA body text on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('reads any CSS colour syntax', () => {
    expect(contrastRatio('rgb(0 0 0)', 'white')).toBeCloseTo(21, 5);
    expect(contrastRatio('oklch(0 0 0)', '#fff')).toBeCloseTo(21, 5);
  });

  it('gives NaN, without throwing, for what is not an opaque colour', () => {
    expect(contrastRatio('not a colour', '#ffffff')).toBeNaN();
    expect(contrastRatio('#000000', '')).toBeNaN();
    expect(contrastRatio('rgb(0 0 0 / 0.5)', '#ffffff')).toBeNaN();
  });
});

describe('every declared text/background pair', () => {
  const results = checkContrast();

  it('is checked in both themes', () => {
    expect(results).toHaveLength(contrastPairs.length * themes.length);
    expect(new Set(results.map((result) => result.theme))).toEqual(new Set(themes));
  });

  it.each(
    results.map((result) => [
      `${result.theme}: ${result.foreground} on ${result.background} (${result.use}, ${result.where})`,
      result,
    ]),
  )('%s reaches its minimum', (_, result) => {
    expect(result.ratio).toBeGreaterThanOrEqual(minimumContrast[result.use]);
    expect(result.pass).toBe(true);
  });

  it('prints the lowest ratio per use and theme', () => {
    const rows = themes.flatMap((theme) =>
      Object.keys(minimumContrast).map((use) => {
        const ratios = results
          .filter((result) => result.theme === theme && result.use === use)
          .map((result) => result.ratio);
        return { theme, use, pairs: ratios.length, lowest: Math.min(...ratios).toFixed(2) };
      }),
    );
    console.table(rows.filter((row) => row.pairs > 0));
    expect(rows.filter((row) => row.pairs > 0).length).toBeGreaterThanOrEqual(8);
  });

  it('covers every colour that is drawn on something', () => {
    const foregrounds = new Set(contrastPairs.map((pair) => pair.foreground));
    const backgrounds = new Set(contrastPairs.map((pair) => pair.background));
    // Decorative borders carry no information (WCAG SC 1.4.11 exempts them).
    const unchecked = (Object.keys(color) as ColorToken[]).filter(
      (token) => !foregrounds.has(token) && !backgrounds.has(token),
    );
    expect(unchecked).toEqual(['decorative-border']);
  });
});

describe('checkContrast with other colours or pairs', () => {
  it('fails a pair that does not reach its minimum', () => {
    const pale = { ...color, 'layout-text-muted': { light: '#9aa0a6', dark: '#aeb5bf' } };
    const failed = checkContrast(contrastPairs, pale).filter((result) => !result.pass);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((result) => result.foreground === 'layout-text-muted')).toBe(true);
    expect(failed.every((result) => result.theme === 'light')).toBe(true);
  });

  it('checks pairs a widget adds, with the colours it adds', () => {
    const badge: ContrastPair<string> = {
      foreground: 'badge-text',
      background: 'badge-background',
      use: 'large-text',
      where: 'status badge',
    };
    const colors = {
      ...color,
      'badge-text': { light: '#1b1f24', dark: '#eef0f3' },
      'badge-background': { light: '#fff3d6', dark: '#3a2a07' },
    };
    const results = checkContrast([...contrastPairs, badge], colors);
    expect(results.filter((result) => result.where === 'status badge' && result.pass)).toHaveLength(
      2,
    );
  });

  it('fails, without throwing, a pair whose token is missing', () => {
    const [result] = checkContrast([
      {
        foreground: 'no-such-token',
        background: 'layout-background-default',
        use: 'text',
        where: 'x',
      },
    ]);
    expect(result?.foregroundColor).toBeUndefined();
    expect(result?.ratio).toBeNaN();
    expect(result?.pass).toBe(false);
  });
});
