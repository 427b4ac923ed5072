// The build's server side: renders every page to static HTML and computes the data files. The
// build script (scripts/build.mjs) bundles this with Vite and calls `buildSite` in Node.
import type { Locale, Trial } from '@nrw-health/core';
import { actors, indicatorDefinitions, observations } from '@nrw-health/data';
import { renderToString } from 'react-dom/server';
import { type BuiltFile, dataFiles, type JsonStatGap } from './downloads/files';
import { pageModules } from './pages';
import { pageDataScript } from './site/page-data';
import { allPages, type PageId, pagePath } from './site/routes';
import { Site } from './site/Site';
import type { SiteData, TrialSource } from './site/site-data';
import { textsFor } from './site/texts';
import { trialCounts, trialFiles } from './trials/listing';

export type { BuiltFile } from './downloads/files';

export interface SiteInput {
  /** The client build's index.html: its `<!--head-->` and `<!--app-->` markers are filled. */
  readonly template: string;
  readonly trials: readonly Trial[];
  readonly source: TrialSource;
  readonly builtAt: string;
}

export interface SiteOutput {
  readonly files: BuiltFile[];
  /** Indicators without a JSON-stat file, for the build's report. */
  readonly gaps: JsonStatGap[];
  readonly pages: number;
}

const listingUrl = '/trials/listing.json';

/** The day of an instant in Berlin, written out in a language ("5 December 2026"). */
export const berlinDay = (instant: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(
    new Date(instant),
  );

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function headOf(page: PageId, site: SiteData, locale: Locale): string {
  const text = textsFor(locale);
  const title = page === 'overview' ? text.siteName : `${text.pages[page]} · ${text.siteName}`;
  return [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(text.descriptions[page])}">`,
    `<link rel="alternate" hreflang="en" href="${pagePath(page, 'en')}">`,
    `<link rel="alternate" hreflang="de" href="${pagePath(page, 'de')}">`,
    pageDataScript({ page, locale, site }),
  ].join('\n    ');
}

/** Every page in both languages, the trial files and the downloads. */
export async function buildSite(input: SiteInput): Promise<SiteOutput> {
  const { trials } = input;
  const downloads = dataFiles({ definitions: indicatorDefinitions, observations, actors });
  const files: BuiltFile[] = [...downloads.files];
  const trialData = trials.length > 0 ? trialFiles(trials) : undefined;
  if (trialData) {
    files.push({ path: 'trials/listing.json', content: JSON.stringify(trialData.listing) });
    for (const [name, trial] of trialData.details)
      files.push({ path: `trials/${name}`, content: JSON.stringify(trial) });
    files.push({
      path: 'downloads/trials.ndjson',
      content: trials.map((trial) => `${JSON.stringify(trial)}\n`).join(''),
    });
  }
  const bytes = (content: string) => Buffer.byteLength(content);
  const site: SiteData = {
    builtAt: input.builtAt,
    builtOn: { de: berlinDay(input.builtAt, 'de'), en: berlinDay(input.builtAt, 'en') },
    trials: {
      source: input.source,
      count: trials.length,
      ...trialCounts(trials),
      ...(trialData && { listingUrl }),
    },
    downloads: files
      .filter((file) => file.path.startsWith('downloads/'))
      .map((file) => ({ id: file.path, href: `/${file.path}`, bytes: bytes(file.content) })),
  };

  for (const { page, locale } of allPages) {
    const { default: Page } = await pageModules[page]();
    const props = {
      locale,
      site,
      ...(page === 'research' && trialData && { trials: trialData.listing }),
    };
    const app = renderToString(
      <Site page={page} {...props}>
        <Page {...props} />
      </Site>,
    );
    const html = input.template
      .replace('<html lang="en">', `<html lang="${locale}">`)
      .replace('<!--head-->', () => headOf(page, site, locale))
      .replace('<!--app-->', () => app);
    files.push({ path: `${pagePath(page, locale).slice(1)}index.html`, content: html });
  }
  return { files, gaps: downloads.gaps, pages: allPages.length };
}
