import { type ColorToken, dataPalette } from './tokens';

/**
 * What a colour pair is used for, which sets the WCAG 2.2 minimum contrast: text (SC 1.4.3),
 * large text of 24 px, or 18.66 px bold (SC 1.4.3), user-interface components (SC 1.4.11), the
 * focus indicator (SC 1.4.11, 2.4.13) and graphical objects such as data marks (SC 1.4.11).
 */
export type ContrastUse = 'text' | 'large-text' | 'ui' | 'focus' | 'data';

export const minimumContrast = {
  text: 4.5,
  'large-text': 3,
  ui: 3,
  focus: 3,
  data: 3,
} as const satisfies Record<ContrastUse, number>;

/** A foreground drawn on a background, both colour tokens; checked in every theme. */
export interface ContrastPair<Token extends string = ColorToken> {
  readonly foreground: Token;
  readonly background: Token;
  readonly use: ContrastUse;
  /** Where the pair occurs, for the report of a failed check. */
  readonly where: string;
}

const pageBackgrounds = ['layout-background-default', 'layout-background-hued'] as const;
const feedbackKinds = ['danger', 'success', 'warning', 'info'] as const;

const onPage = (foreground: ColorToken, use: ContrastUse, where: string): ContrastPair[] =>
  pageBackgrounds.map((background) => ({ foreground, background, use, where }));

/**
 * Every foreground/background pair the widgets use. A package that adds colours or pairs
 * (the react widgets) checks `[...contrastPairs, ...itsOwn]`.
 */
export const contrastPairs: readonly ContrastPair[] = [
  ...onPage('layout-text-default', 'text', 'body text'),
  ...onPage('layout-text-muted', 'text', 'secondary text: counts, dates, provenance'),
  ...onPage('action-default', 'text', 'links'),
  ...onPage('action-hover', 'text', 'links under the pointer'),
  ...onPage('action-visited', 'text', 'visited links'),
  {
    foreground: 'action-on-default',
    background: 'action-default',
    use: 'text',
    where: 'button label',
  },
  {
    foreground: 'action-on-default',
    background: 'action-hover',
    use: 'text',
    where: 'button label under the pointer',
  },
  ...onPage('action-default', 'ui', 'filled button against the page'),
  ...onPage('layout-border', 'ui', 'borders of inputs, checkboxes, selects'),
  ...onPage('action-focus', 'focus', 'focus ring (drawn with an offset, on the page)'),
  ...feedbackKinds.flatMap((kind): ContrastPair[] => [
    ...onPage(`feedback-${kind}`, 'text', `${kind} message text and icon`),
    {
      foreground: `feedback-${kind}`,
      background: `feedback-${kind}-background`,
      use: 'text',
      where: `${kind} message text and icon in its box`,
    },
    {
      foreground: 'layout-text-default',
      background: `feedback-${kind}-background`,
      use: 'text',
      where: `body text in a ${kind} box`,
    },
    {
      foreground: 'action-default',
      background: `feedback-${kind}-background`,
      use: 'text',
      where: `link in a ${kind} box`,
    },
  ]),
  ...dataPalette.map(
    (token): ContrastPair => ({
      foreground: token,
      background: 'layout-background-default',
      use: 'data',
      where: 'chart marks, map tiles and legend swatches',
    }),
  ),
];
