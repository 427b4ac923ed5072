// WCAG 2.x contrast of the colour tokens, computed by culori (relative luminance of sRGB).
// A separate entry point (`@nrw-health/tokens/contrast`), so widget bundles never carry culori.
import { parse, wcagContrast } from 'culori';
import type { TokenSet } from './css';
import { type ContrastPair, contrastPairs, minimumContrast } from './pairs';
import { color, type Theme, type ThemedColor, themes } from './tokens';

/**
 * The WCAG 2.x contrast ratio of two opaque CSS colours, from 1 to 21. `NaN` when a colour is
 * not a CSS colour or is translucent (its contrast depends on what lies beneath).
 */
export function contrastRatio(foreground: string, background: string): number {
  const colors = [parse(foreground), parse(background)];
  if (colors.some((parsed) => parsed === undefined || (parsed.alpha ?? 1) < 1)) return Number.NaN;
  return wcagContrast(colors[0]!, colors[1]!);
}

export interface ContrastResult extends ContrastPair<string> {
  readonly theme: Theme;
  /** The colours compared; `undefined` where the token set has no such token. */
  readonly foregroundColor: string | undefined;
  readonly backgroundColor: string | undefined;
  readonly ratio: number;
  readonly minimum: number;
  /** Whether `ratio` reaches `minimum`, unrounded, as WCAG asks. */
  readonly pass: boolean;
}

/**
 * Checks every pair in both themes. Defaults to the package's pairs and colours; pass your own
 * pairs (`[...contrastPairs, ...mine]`) and colours (`{ ...color, ...mine }`) to check yours.
 */
export function checkContrast(
  pairs: readonly ContrastPair<string>[] = contrastPairs,
  colors: Readonly<Record<string, ThemedColor>> | TokenSet['color'] = color,
): ContrastResult[] {
  const palette: Readonly<Record<string, ThemedColor | undefined>> = colors;
  return themes.flatMap((theme) =>
    pairs.map((pair) => {
      const foregroundColor = palette[pair.foreground]?.[theme];
      const backgroundColor = palette[pair.background]?.[theme];
      const ratio =
        foregroundColor === undefined || backgroundColor === undefined
          ? Number.NaN
          : contrastRatio(foregroundColor, backgroundColor);
      const minimum = minimumContrast[pair.use];
      return {
        ...pair,
        theme,
        foregroundColor,
        backgroundColor,
        ratio,
        minimum,
        pass: ratio >= minimum,
      };
    }),
  );
}
