import {
  type ColorToken,
  forcedColors,
  type MetricToken,
  type MotionToken,
  type Theme,
  type ThemedColor,
  type TokenGroup,
  type TokenName,
  type TypographyToken,
  tokens,
} from './tokens';

/** The attribute that forces a theme on an element and its subtree: `data-nrw-theme="dark"`. */
export const themeAttribute = 'data-nrw-theme';

/** The CSS custom property of a token: `cssVarName('metric', 'space-small')` → `--nrw-metric-space-small`. */
export function cssVarName<G extends TokenGroup>(group: G, name: TokenName<G>): string {
  return `--nrw-${group}-${name}`;
}

/** A `var()` reference to a token, for inline styles and SVG attributes. */
export function cssVar<G extends TokenGroup>(group: G, name: TokenName<G>): string {
  return `var(${cssVarName(group, name)})`;
}

/** A set of token values with the package's token names, e.g. a portal's own brand colours. */
export interface TokenSet {
  readonly color: Readonly<Record<ColorToken, ThemedColor>>;
  readonly metric: Readonly<Record<MetricToken, string>>;
  readonly typography: Readonly<Record<TypographyToken, string>>;
  readonly motion: Readonly<Record<MotionToken, string>>;
}

type Declarations = readonly (readonly [property: string, value: string])[];

const block = (selector: string, declarations: Declarations, indent = ''): string =>
  [
    `${indent}${selector} {`,
    ...declarations.map(([property, value]) => `${indent}  ${property}: ${value};`),
    `${indent}}`,
  ].join('\n');

const media = (query: string, selector: string, declarations: Declarations): string =>
  `@media ${query} {\n${block(selector, declarations, '  ')}\n}`;

function groupDeclarations<G extends 'metric' | 'typography' | 'motion'>(
  group: G,
  values: Readonly<Record<TokenName<G>, string>>,
): Declarations {
  return Object.entries<string>(values).map(([name, value]) => [
    cssVarName(group, name as TokenName<G>),
    value,
  ]);
}

function themeDeclarations(colors: TokenSet['color'], theme: Theme): Declarations {
  return [
    ['color-scheme', theme],
    ...Object.entries(colors).map(
      ([name, value]) => [cssVarName('color', name as ColorToken), value[theme]] as const,
    ),
  ];
}

const light = `[${themeAttribute}="light"]`;
const dark = `[${themeAttribute}="dark"]`;

/**
 * The stylesheet of a token set (by default the package's own, which is `tokens.css`).
 *
 * Every selector has the specificity of one class, so the order decides: light on `:root`,
 * dark when the system prefers it (unless the page says light), `data-nrw-theme` on any element
 * for its subtree, then reduced motion and forced colours over everything.
 */
export function tokensToCss(set: TokenSet = tokens): string {
  const durations = Object.keys(set.motion).filter((name) => name.startsWith('duration-'));
  return [
    '/* @nrw-health/tokens: generated from src/tokens.ts, do not edit */',
    block(':root', [
      ...groupDeclarations('metric', set.metric),
      ...groupDeclarations('typography', set.typography),
      ...groupDeclarations('motion', set.motion),
    ]),
    block(`:root,\n${light}`, themeDeclarations(set.color, 'light')),
    media(
      '(prefers-color-scheme: dark)',
      `:root:where(:not(${light}))`,
      themeDeclarations(set.color, 'dark'),
    ),
    block(dark, themeDeclarations(set.color, 'dark')),
    media(
      '(prefers-reduced-motion: reduce)',
      ':root',
      durations.map((name) => [cssVarName('motion', name as MotionToken), '0ms']),
    ),
    media(
      '(forced-colors: active)',
      `:root,\n  [${themeAttribute}]`,
      Object.keys(set.color).map((name) => [
        cssVarName('color', name as ColorToken),
        forcedColors[name as ColorToken],
      ]),
    ),
  ].join('\n\n');
}
