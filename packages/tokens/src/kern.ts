// KERN (kern-ux.de), the UX standard of the German public sector, names its tokens
// `--kern-<category>-<concept>-<property>-<variant>`. Ours follow the same structure under
// `--nrw-`; where KERN has a token for the same purpose, this map names it, so a portal built on
// KERN can point our tokens at its own (see the README). Only names confirmed in KERN's
// documentation or its published CSS are listed.

const same = (...names: string[]): [string, string][] =>
  names.map((name) => [`--nrw-${name}`, `--kern-${name}`]);

/** Our CSS custom property → KERN's custom property for the same purpose. */
export const kernAliases: Readonly<Record<string, string>> = Object.fromEntries([
  ...same(
    'color-layout-background-default',
    'color-layout-background-hued',
    'color-layout-text-default',
    'color-layout-text-muted',
    'color-layout-border',
    'color-action-default',
    'color-action-on-default',
    'color-action-visited',
    ...['danger', 'success', 'warning', 'info'].flatMap((kind) => [
      `color-feedback-${kind}`,
      `color-feedback-${kind}-background`,
    ]),
    ...['none', '2x-small', 'x-small', 'small', 'default', 'large', 'x-large'].map(
      (size) => `metric-space-${size}`,
    ),
    ...['light', 'default', 'bold'].map((width) => `metric-border-width-${width}`),
    ...['none', 'small', 'default', 'large', 'full'].map(
      (radius) => `metric-border-radius-${radius}`,
    ),
    'typography-font-family-default',
    'typography-font-weight-regular',
    'typography-font-weight-semi-bold',
    'typography-font-weight-bold',
  ),
  ['--nrw-color-decorative-border', '--kern-color-decorative-border-default'],
]);
