// The one source of truth: the stylesheet (dist/tokens.css) and dist/tokens.json are generated
// from these objects at build time. Names follow KERN's structure (category-concept-property-
// variant, e.g. `color-layout-text-default`, `metric-space-small`) under the `--nrw-` prefix.

/** A colour in the light and in the dark theme (hex, `#rrggbb`). */
export interface ThemedColor {
  readonly light: string;
  readonly dark: string;
}

/** The two colour themes. */
export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/**
 * Okabe & Ito's colour-universal-design palette as published (Okabe, M. and Ito, K. (2008):
 * Color Universal Design (CUD): How to make figures and presentations that are friendly to
 * colorblind people). The data palette below derives from it.
 */
export const okabeIto = {
  black: '#000000',
  orange: '#e69f00',
  'sky-blue': '#56b4e9',
  'bluish-green': '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  'reddish-purple': '#cc79a7',
} as const;

/** The Okabe-Ito hue behind each slot of the data palette, in series order. */
export const dataPaletteHues = [
  'blue',
  'orange',
  'bluish-green',
  'vermillion',
  'sky-blue',
  'reddish-purple',
  'black',
] as const satisfies readonly (keyof typeof okabeIto)[];

export const color = {
  // Page and panel backgrounds.
  'layout-background-default': { light: '#ffffff', dark: '#15181d' },
  'layout-background-hued': { light: '#f3f5f8', dark: '#1f242b' },
  // Text.
  'layout-text-default': { light: '#1b1f24', dark: '#eef0f3' },
  'layout-text-muted': { light: '#525a65', dark: '#aeb5bf' },
  // Borders of controls (inputs, checkboxes, cards that must be seen): 3:1.
  'layout-border': { light: '#737b86', dark: '#848c97' },
  // Dividers that only decorate: no contrast needed.
  'decorative-border': { light: '#d5dae1', dark: '#353c46' },
  // Links and buttons.
  'action-default': { light: '#0b5cad', dark: '#7db7ff' },
  'action-hover': { light: '#08457f', dark: '#a9cfff' },
  'action-on-default': { light: '#ffffff', dark: '#0d1117' },
  'action-visited': { light: '#6a3d9a', dark: '#c6a4f5' },
  'action-focus': { light: '#0b5cad', dark: '#7db7ff' },
  // Messages and states: the colour goes with an icon or a word, never alone.
  'feedback-danger': { light: '#b3261e', dark: '#ff8f85' },
  'feedback-danger-background': { light: '#fdeceb', dark: '#3b1714' },
  'feedback-success': { light: '#1e7a3c', dark: '#6fcf8f' },
  'feedback-success-background': { light: '#e7f5ec', dark: '#10301b' },
  'feedback-warning': { light: '#8a5300', dark: '#f5c451' },
  'feedback-warning-background': { light: '#fff3d6', dark: '#3a2a07' },
  'feedback-info': { light: '#0b5cad', dark: '#8cc4ff' },
  'feedback-info-background': { light: '#e8f1fb', dark: '#10243d' },
  // Data series, in order (see `dataPaletteHues`). Dark: Okabe-Ito as published, white for black.
  // Light: the same hues, darkened in OKLCH (lightness only) until each mark has 3:1 against the
  // page and every two colours stay apart for protan, deutan and tritan vision. Yellow is left
  // out: at 3:1 on white it turns olive and merges with orange for deuteranopes.
  'data-1': { light: '#005586', dark: '#0072b2' },
  'data-2': { light: '#be8300', dark: '#e69f00' },
  'data-3': { light: '#007e5b', dark: '#009e73' },
  'data-4': { light: '#a94900', dark: '#d55e00' },
  'data-5': { light: '#3798cc', dark: '#56b4e9' },
  'data-6': { light: '#b36390', dark: '#cc79a7' },
  'data-7': { light: '#000000', dark: '#ffffff' },
} as const satisfies Record<string, ThemedColor>;

export type ColorToken = keyof typeof color;

/** The data palette in series order: the nth series of a chart uses `dataPalette[n % length]`. */
export const dataPalette = [
  'data-1',
  'data-2',
  'data-3',
  'data-4',
  'data-5',
  'data-6',
  'data-7',
] as const satisfies readonly ColorToken[];

/**
 * CSS system colours for `forced-colors: active` (Windows contrast themes): the user's colours
 * replace every colour token. Data series all become `CanvasText`, so charts must tell series
 * apart by markers, patterns or labels as well.
 */
export const forcedColors = {
  'layout-background-default': 'Canvas',
  'layout-background-hued': 'Canvas',
  'layout-text-default': 'CanvasText',
  'layout-text-muted': 'CanvasText',
  'layout-border': 'CanvasText',
  'decorative-border': 'GrayText',
  'action-default': 'LinkText',
  'action-hover': 'LinkText',
  'action-on-default': 'Canvas',
  'action-visited': 'VisitedText',
  'action-focus': 'Highlight',
  'feedback-danger': 'CanvasText',
  'feedback-danger-background': 'Canvas',
  'feedback-success': 'CanvasText',
  'feedback-success-background': 'Canvas',
  'feedback-warning': 'CanvasText',
  'feedback-warning-background': 'Canvas',
  'feedback-info': 'CanvasText',
  'feedback-info-background': 'Canvas',
  'data-1': 'CanvasText',
  'data-2': 'CanvasText',
  'data-3': 'CanvasText',
  'data-4': 'CanvasText',
  'data-5': 'CanvasText',
  'data-6': 'CanvasText',
  'data-7': 'CanvasText',
} as const satisfies Record<ColorToken, string>;

/** Sizes in rem (1rem = 16px unless the user changed it), so they follow the user's font size. */
export const metric = {
  // Spacing: the same steps as KERN (0, 2, 4, 8, 16, 24, 32 px), plus 48 px.
  'space-none': '0rem',
  'space-2x-small': '0.125rem',
  'space-x-small': '0.25rem',
  'space-small': '0.5rem',
  'space-default': '1rem',
  'space-large': '1.5rem',
  'space-x-large': '2rem',
  'space-2x-large': '3rem',
  'border-width-light': '0.0625rem',
  'border-width-default': '0.125rem',
  'border-width-bold': '0.25rem',
  'border-radius-none': '0rem',
  'border-radius-small': '0.125rem',
  'border-radius-default': '0.25rem',
  'border-radius-large': '0.5rem',
  'border-radius-full': '9999px',
  // Pointer targets: WCAG 2.2 SC 2.5.8 asks for 24 × 24 CSS px at least; 44 px (SC 2.5.5, AAA)
  // suits primary actions and users with tremor.
  'target-minimum': '1.5rem',
  'target-comfortable': '2.75rem',
  // Focus ring: drawn with `outline` (box-shadow vanishes in forced colours), off the element.
  'focus-width': '0.1875rem',
  'focus-offset': '0.125rem',
} as const satisfies Record<string, string>;

export const typography = {
  'font-family-default':
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  'font-family-mono': 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  // Type scale: body text at the user's default size, nothing below 14 px.
  'font-size-small': '0.875rem',
  'font-size-medium': '1rem',
  'font-size-large': '1.25rem',
  // 24 px and more is "large text" in WCAG (3:1 suffices); so is 18.66 px and more in bold.
  'font-size-x-large': '1.5rem',
  'font-size-2x-large': '2rem',
  'font-size-3x-large': '2.5rem',
  'font-weight-regular': '400',
  'font-weight-semi-bold': '600',
  'font-weight-bold': '700',
  'line-height-tight': '1.25',
  'line-height-default': '1.5',
} as const satisfies Record<string, string>;

/** Durations go to 0ms under `prefers-reduced-motion: reduce`. */
export const motion = {
  'duration-short': '100ms',
  'duration-medium': '200ms',
  'duration-long': '300ms',
  'easing-standard': 'cubic-bezier(0.2, 0, 0, 1)',
  'easing-enter': 'cubic-bezier(0, 0, 0.2, 1)',
  'easing-exit': 'cubic-bezier(0.4, 0, 1, 1)',
} as const satisfies Record<string, string>;

/** Every token, by group. The CSS name is `--nrw-<group>-<name>`. */
export const tokens = { color, metric, typography, motion } as const;

export type Tokens = typeof tokens;
export type TokenGroup = keyof Tokens;
export type TokenName<G extends TokenGroup> = keyof Tokens[G] & string;
export type MetricToken = TokenName<'metric'>;
export type TypographyToken = TokenName<'typography'>;
export type MotionToken = TokenName<'motion'>;
