import type { Trial } from '@nrw-health/core';
import { exampleFullTrial, exampleTrials } from '@nrw-health/core/examples';
import { describe, expect, it } from 'vitest';
import { buildSite, type SiteInput } from './entry-server';
import { allPages, pagePath } from './site/routes';
import { textsFor } from './site/texts';
import { detailFileName } from './trials/listing';

const template = `<!doctype html>
<html lang="en">
  <head>
    <!--head-->
    <script type="module" src="/assets/index.js"></script>
  </head>
  <body><div id="root"><!--app--></div></body>
</html>`;
const input = (trials: readonly Trial[], source: SiteInput['source']): SiteInput => ({
  template,
  trials,
  source,
  builtAt: '2026-12-05T06:00:00.000Z',
});
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const bare = await buildSite(input([], { kind: 'none' }));

describe('buildSite without trials', () => {
  const site = bare;
  const page = (path: string) => site.files.find((file) => file.path === path)?.content ?? '';

  it('renders every page in both languages, with its language, title and heading', () => {
    expect(site.pages).toBe(10);
    for (const { page: id, locale } of allPages) {
      const html = page(`${pagePath(id, locale).slice(1)}index.html`);
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html).toMatch(/<main id="main"[^>]*>\s*<h1>/);
      expect(html).toContain('<script type="application/json" id="page-data">');
      expect(html).toContain(`hreflang="${locale === 'en' ? 'de' : 'en'}"`);
      expect(html).not.toContain('<!--app-->');
      const title = textsFor(locale).pages[id];
      expect(html).toContain(
        id === 'overview' ? '<title>International Health.Ruhr</title>' : `<title>${title} · `,
      );
    }
  });

  it('shows the day it was built in Berlin, whatever the server’s time zone', async () => {
    expect(text(page('index.html'))).toContain('Built on December 5, 2026');
    expect(text(page('de/index.html'))).toContain('Erstellt am 5. Dezember 2026');
    // 23:30 UTC is already the next day in Berlin.
    const late = await buildSite({
      ...input([], { kind: 'none' }),
      builtAt: '2026-12-05T23:30:00Z',
    });
    const html = late.files.find((f) => f.path === 'index.html')?.content ?? '';
    expect(text(html)).toContain('Built on December 6, 2026');
  });

  it('says where trials come from and writes no trial files', () => {
    expect(text(page('research/index.html'))).toContain(textsFor('en').research.sourceNone);
    expect(text(page('de/research/index.html'))).toContain(textsFor('de').research.sourceNone);
    expect(site.files.some((file) => file.path.startsWith('trials/'))).toBe(false);
  });

  it('preloads nothing: the first paint needs only the page itself', () => {
    for (const file of bare.files.filter((f) => f.path.endsWith('.html')))
      expect(file.content).not.toMatch(/rel="(module)?preload"/);
  });

  it('lists the downloads with their sizes, all written', () => {
    const data = text(page('data/index.html'));
    for (const name of ['observations-en.csv', 'observations-de.csv', 'indicators.jsonstat.json'])
      expect(data).toContain(name);
    expect(page('data/index.html')).toContain('href="/downloads/indicators/clinical-trials.csv"');
    expect(data).not.toContain('trials.ndjson');
    // digital-health-start-ups: two passages give Essen's 2022 count; JSON-stat holds one.
    expect(data).toContain(textsFor('en').data.jsonStatGap(1));
    expect(page('data/index.html')).toContain(
      'href="/downloads/indicators/digital-health-start-ups.csv"',
    );
    expect(page('data/index.html')).not.toContain('digital-health-start-ups.jsonstat.json');
  });
});

const dollars = {
  ...exampleFullTrial,
  title: {
    ...exampleFullTrial.title,
    public: { en: 'Example $& $1 $` study', de: 'Beispiel $&' },
  },
} as Trial;
const trials = [...exampleTrials, dollars];
const withTrials = await buildSite(input(trials, { kind: 'file', files: ['a.json', 'b.xml'] }));

describe('buildSite with trials', () => {
  const site = withTrials;
  const file = (path: string) => site.files.find((f) => f.path === path)?.content;

  it('writes the finder’s listing, each full record and the NDJSON download', () => {
    const listing = JSON.parse(file('trials/listing.json')!);
    expect(listing).toHaveLength(trials.length);
    expect(listing[0]).not.toHaveProperty('summary');
    const detail = JSON.parse(file(`trials/${detailFileName(dollars)}`)!);
    expect(detail).toEqual(dollars);
    expect(file('downloads/trials.ndjson')?.trim().split('\n')).toHaveLength(trials.length);
  });

  it('renders the finder with the trials, and names the listing to hydrate with', () => {
    const html = file('research/index.html')!;
    expect(html).toContain('"listingUrl":"/trials/listing.json"');
    expect(text(html)).toContain(textsFor('en').research.sourceFile(String(trials.length), 2));
    expect(text(html)).toMatch(new RegExp(`${trials.length} trials found`));
  });

  it('puts data text into the page as it is, never as a replacement pattern', () => {
    const all = site.files.filter((f) => f.path.endsWith('index.html')).map((f) => f.content);
    expect(
      all.some(
        (html) =>
          html.includes('Example $&amp; $1 $` study') || html.includes('Example $& $1 $` study'),
      ),
    ).toBe(true);
    for (const html of all) expect(html).not.toContain('<!--head-->');
  });
});
