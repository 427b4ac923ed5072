import { existsSync, readFileSync } from 'node:fs';
import postcss, { type AtRule, type Rule } from 'postcss';
import { beforeAll, describe, expect, it } from 'vitest';
import { cssVar, cssVarName, type TokenSet, tokensToCss } from './css';
import { kernAliases } from './kern';
import { contrastPairs, minimumContrast } from './pairs';
import {
  color,
  dataPalette,
  dataPaletteHues,
  forcedColors,
  metric,
  motion,
  okabeIto,
  tokens,
  typography,
} from './tokens';

// CSS Color 4 system colours, the only colours a forced-colours theme should name.
const systemColors = new Set([
  'AccentColor',
  'AccentColorText',
  'ActiveText',
  'ButtonBorder',
  'ButtonFace',
  'ButtonText',
  'Canvas',
  'CanvasText',
  'Field',
  'FieldText',
  'GrayText',
  'Highlight',
  'HighlightText',
  'LinkText',
  'Mark',
  'MarkText',
  'SelectedItem',
  'SelectedItemText',
  'VisitedText',
]);

/** The stylesheet parsed back: declarations by "media | selector". */
function parseBack(css: string): Map<string, Record<string, string>> {
  const blocks = new Map<string, Record<string, string>>();
  postcss.parse(css).walkRules((rule: Rule) => {
    const parent = rule.parent?.type === 'atrule' ? (rule.parent as AtRule) : undefined;
    const key = `${parent ? `@${parent.name} ${parent.params}` : ''} | ${rule.selectors.join(', ')}`;
    const declarations: Record<string, string> = {};
    rule.walkDecls((decl) => {
      expect(declarations[decl.prop], `${decl.prop} twice in ${key}`).toBeUndefined();
      declarations[decl.prop] = decl.value;
    });
    expect(blocks.has(key), `${key} twice`).toBe(false);
    blocks.set(key, declarations);
  });
  return blocks;
}

const prefixed = <T extends string>(group: string, values: Record<T, string>) =>
  Object.fromEntries(
    Object.entries<string>(values).map(([name, value]) => [`--nrw-${group}-${name}`, value]),
  );
const colorsOf = (theme: 'light' | 'dark') =>
  Object.fromEntries(
    Object.entries(color).map(([name, value]) => [`--nrw-color-${name}`, value[theme]]),
  );

describe('tokensToCss, parsed back', () => {
  const blocks = parseBack(tokensToCss());

  it('has exactly the expected rules', () => {
    expect([...blocks.keys()]).toEqual([
      ' | :root',
      ' | :root, [data-nrw-theme="light"]',
      '@media (prefers-color-scheme: dark) | :root:where(:not([data-nrw-theme="light"]))',
      ' | [data-nrw-theme="dark"]',
      '@media (prefers-reduced-motion: reduce) | :root',
      '@media (forced-colors: active) | :root, [data-nrw-theme]',
    ]);
  });

  it('declares every metric, typography and motion token on :root', () => {
    expect(blocks.get(' | :root')).toEqual({
      ...prefixed('metric', metric),
      ...prefixed('typography', typography),
      ...prefixed('motion', motion),
    });
  });

  it('declares the light colours on :root and under data-nrw-theme="light"', () => {
    expect(blocks.get(' | :root, [data-nrw-theme="light"]')).toEqual({
      'color-scheme': 'light',
      ...colorsOf('light'),
    });
  });

  it('declares the dark colours for a system preference and under data-nrw-theme="dark"', () => {
    const dark = { 'color-scheme': 'dark', ...colorsOf('dark') };
    expect(blocks.get(' | [data-nrw-theme="dark"]')).toEqual(dark);
    expect(
      blocks.get(
        '@media (prefers-color-scheme: dark) | :root:where(:not([data-nrw-theme="light"]))',
      ),
    ).toEqual(dark);
  });

  it('sets every duration to 0ms under reduced motion, and only durations', () => {
    const reduced = blocks.get('@media (prefers-reduced-motion: reduce) | :root')!;
    const durations = Object.keys(motion).filter((name) => name.startsWith('duration-'));
    expect(durations.length).toBeGreaterThan(0);
    expect(reduced).toEqual(
      Object.fromEntries(durations.map((name) => [`--nrw-motion-${name}`, '0ms'])),
    );
  });

  it('maps every colour to a CSS system colour in forced colours', () => {
    const forced = blocks.get('@media (forced-colors: active) | :root, [data-nrw-theme]')!;
    expect(forced).toEqual(prefixed('color', forcedColors));
    for (const value of Object.values(forced)) expect(systemColors).toContain(value);
  });

  it('overrides the themed blocks in order: dark attribute after light, forced colours last', () => {
    const order = [...blocks.keys()];
    const at = (part: string) => order.findIndex((key) => key.includes(part));
    expect(at('[data-nrw-theme="dark"]')).toBeGreaterThan(at('[data-nrw-theme="light"]'));
    expect(at('forced-colors')).toBe(order.length - 1);
  });
});

describe('tokensToCss with a token set of ones own', () => {
  it('writes the values it is given', () => {
    const brand: TokenSet = {
      ...tokens,
      color: { ...color, 'action-default': { light: '#7a1f5c', dark: '#f2a5d6' } },
    };
    const blocks = parseBack(tokensToCss(brand));
    expect(blocks.get(' | [data-nrw-theme="dark"]')?.['--nrw-color-action-default']).toBe(
      '#f2a5d6',
    );
    expect(blocks.get(' | :root, [data-nrw-theme="light"]')?.['--nrw-color-action-default']).toBe(
      '#7a1f5c',
    );
  });
});

describe('CSS names', () => {
  it('derives names and references from group and token', () => {
    expect(cssVarName('metric', 'target-minimum')).toBe('--nrw-metric-target-minimum');
    expect(cssVar('color', 'data-1')).toBe('var(--nrw-color-data-1)');
  });

  it('gives every token a distinct, valid custom property name', () => {
    const names = Object.entries(tokens).flatMap(([group, values]) =>
      Object.keys(values).map((name) => `--nrw-${group}-${name}`),
    );
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^--nrw-[a-z]+(-[a-z0-9]+)+$/);
  });

  it('maps only declared tokens to KERN tokens, one to one', () => {
    const declared = new Set(
      Object.entries(tokens).flatMap(([group, values]) =>
        Object.keys(values).map((name) => `--nrw-${group}-${name}`),
      ),
    );
    const targets = Object.values(kernAliases);
    expect(targets.length).toBeGreaterThanOrEqual(30);
    expect(new Set(targets).size).toBe(targets.length);
    for (const [ours, kern] of Object.entries(kernAliases)) {
      expect(declared).toContain(ours);
      expect(kern).toMatch(/^--kern-(color|metric|typography)-[a-z0-9-]+$/);
    }
  });
});

describe('the built files', () => {
  const dist = new URL('../dist/', import.meta.url);

  // `pnpm test` builds first (turbo); the files are what users import.
  beforeAll(() => {
    if (!existsSync(new URL('tokens.css', dist))) {
      throw new Error('dist/ is missing: run `pnpm build` before these tests');
    }
  });

  it('dist/tokens.css is tokensToCss() of src/tokens.ts', () => {
    expect(readFileSync(new URL('tokens.css', dist), 'utf8')).toBe(`${tokensToCss()}\n`);
  });

  it('dist/tokens.json holds the same tokens, pairs and palette', () => {
    const json = JSON.parse(readFileSync(new URL('tokens.json', dist), 'utf8'));
    expect(json).toEqual({
      prefix: '--nrw-',
      color,
      metric,
      typography,
      motion,
      forcedColors,
      dataPalette,
      dataPaletteHues,
      okabeIto,
      contrastPairs,
      minimumContrast,
      kernAliases,
    });
  });
});
