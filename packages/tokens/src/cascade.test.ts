// The cascade of tokens.css in a real browser: Debian's Chromium through Playwright, with the
// media features emulated. Parsing the CSS (css.test.ts) shows what is declared; this shows
// which declaration wins.
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../../scripts/chromium.ts';
import { tokensToCss } from './css';
import { color, forcedColors } from './tokens';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

type Media = Parameters<Page['emulateMedia']>[0];

/** The computed value of a custom property on each element of the page. */
async function tokenOn(
  html: string,
  media: Media,
  property: string,
): Promise<Record<string, string>> {
  await page.emulateMedia(media);
  await page.setContent(`<!doctype html><html ${html}</html>`);
  await page.addStyleTag({ content: tokensToCss() });
  return page.evaluate((name) => {
    const values: Record<string, string> = {};
    for (const element of document.querySelectorAll('[id]')) {
      values[element.id] = getComputedStyle(element).getPropertyValue(name).trim();
    }
    return values;
  }, property);
}

const text = '--nrw-color-layout-text-default';
const nested =
  'id="root"><body id="body"><div id="forced-dark" data-nrw-theme="dark"><div id="forced-light" data-nrw-theme="light"></div></div>';

describe('tokens.css in Chromium', () => {
  it('is light by default, and a data-nrw-theme subtree follows its attribute', async () => {
    const values = await tokenOn(nested, { colorScheme: 'light' }, text);
    expect(values).toEqual({
      root: color['layout-text-default'].light,
      body: color['layout-text-default'].light,
      'forced-dark': color['layout-text-default'].dark,
      'forced-light': color['layout-text-default'].light,
    });
  });

  it('turns dark when the system prefers it, except where the page says light', async () => {
    const values = await tokenOn(nested, { colorScheme: 'dark' }, text);
    expect(values).toEqual({
      root: color['layout-text-default'].dark,
      body: color['layout-text-default'].dark,
      'forced-dark': color['layout-text-default'].dark,
      'forced-light': color['layout-text-default'].light,
    });
  });

  it('stays light on a page that says light on its root, whatever the system prefers', async () => {
    const values = await tokenOn(
      'id="root" data-nrw-theme="light"><body id="body">',
      { colorScheme: 'dark' },
      text,
    );
    expect(values).toEqual({
      root: color['layout-text-default'].light,
      body: color['layout-text-default'].light,
    });
  });

  it('turns dark on a page that says dark on its root', async () => {
    const values = await tokenOn(
      'id="root" data-nrw-theme="dark"><body id="body">',
      { colorScheme: 'light' },
      text,
    );
    expect(values.body).toBe(color['layout-text-default'].dark);
  });

  it('sets color-scheme, so native controls follow the theme', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setContent(
      '<!doctype html><html><body><div id="d" data-nrw-theme="dark"></div></body></html>',
    );
    await page.addStyleTag({ content: tokensToCss() });
    const schemes = await page.evaluate(() => [
      getComputedStyle(document.documentElement).colorScheme,
      getComputedStyle(document.getElementById('d')!).colorScheme,
    ]);
    expect(schemes).toEqual(['light', 'dark']);
  });

  it('uses system colours in forced-colors mode, in every theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const values = await tokenOn(
        nested,
        { colorScheme, forcedColors: 'active' },
        '--nrw-color-action-focus',
      );
      expect(new Set(Object.values(values))).toEqual(new Set([forcedColors['action-focus']]));
    }
  });

  it('sets durations to 0ms when reduced motion is asked for', async () => {
    const normal = await tokenOn(
      nested,
      { reducedMotion: 'no-preference' },
      '--nrw-motion-duration-medium',
    );
    const reduced = await tokenOn(
      nested,
      { reducedMotion: 'reduce' },
      '--nrw-motion-duration-medium',
    );
    expect(normal.body).toBe('200ms');
    expect(new Set(Object.values(reduced))).toEqual(new Set(['0ms']));
  });
});
