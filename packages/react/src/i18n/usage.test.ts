// Each widget loads only its own texts (see messages.ts). This test keeps that honest: every
// catalogue key a widget's source names must be in the texts that widget hands to
// `useNrwHealth`, or shared by all; otherwise the widget would show the bare key.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues';
import { de } from './de';
import type { MessageSource } from './messages';

const src = new URL('../', import.meta.url);
const allKeys = new Set(Object.keys(catalogues.en));
const sharedKeys = new Set(Object.keys(de));

const folders = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const sourcesOf = (folder: string) =>
  readdirSync(new URL(`${folder}/`, src))
    .filter((name) => /\.tsx?$/.test(name) && !/\.(test|bench)\.tsx?$/.test(name))
    .map((name) => readFileSync(new URL(`${folder}/${name}`, src), 'utf8'));

// Every `xMessages` bundle, by its exported name.
const bundles = new Map<string, MessageSource>();
for (const folder of folders) {
  // i18n/messages.ts defines the bundle type; the widgets' folders hold the bundles.
  if (folder === 'i18n' || !readdirSync(new URL(`${folder}/`, src)).includes('messages.ts')) {
    continue;
  }
  const module = (await import(`../${folder}/messages.ts`)) as Record<string, MessageSource>;
  for (const [name, bundle] of Object.entries(module)) bundles.set(name, bundle);
}

// The provider defines useNrwHealth; every other folder that calls it is a widget.
const widgetFolders = folders.filter(
  (folder) =>
    folder !== 'provider' && sourcesOf(folder).some((text) => /useNrwHealth\(/.test(text)),
);

describe.each(widgetFolders)('%s', (folder) => {
  const texts = sourcesOf(folder);
  const passed = new Set(
    texts.flatMap((text) =>
      [...text.matchAll(/useNrwHealth\(([^)]*)\)/g)].flatMap((call) =>
        call[1]!
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    ),
  );
  const available = new Set(sharedKeys);
  for (const name of passed) {
    const bundle = bundles.get(name);
    if (bundle) for (const key of Object.keys(bundle.en)) available.add(key);
  }
  const named = [
    ...new Set(
      texts.flatMap((text) =>
        [...text.matchAll(/['`]([a-zA-Z]+\.[a-zA-Z.]+)['`]/g)]
          .map((match) => match[1]!)
          .filter((key) => allKeys.has(key)),
      ),
    ),
  ];

  it('hands every bundle it names to useNrwHealth', () => {
    for (const name of passed) expect(bundles.has(name), name).toBe(true);
  });

  it.each(named.length > 0 ? named : ['(no keys)'])('finds %s in its own texts', (key) => {
    if (key === '(no keys)') return;
    expect(available.has(key), `${key} in ${[...passed].join(', ') || 'shared texts only'}`).toBe(
      true,
    );
  });
});
