import type { Locale } from '@nrw-health/core';
import { type PageId, pageIds } from './routes';
import type { SiteData } from './site-data';

/** What the server hands the browser in each page, to hydrate exactly what it rendered. */
export interface PageData {
  readonly page: PageId;
  readonly locale: Locale;
  readonly site: SiteData;
}

const elementId = 'page-data';

/** The page data as a `<script type="application/json">`, safe inside HTML. */
export function pageDataScript(data: PageData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${elementId}">${json}</script>`;
}

/** The page data of a rendered page, or undefined when it is missing or not the site's. */
export function readPageData(document: Document): PageData | undefined {
  try {
    const data = JSON.parse(document.getElementById(elementId)?.textContent ?? 'null');
    const known = pageIds as readonly unknown[];
    return known.includes(data?.page) && (data.locale === 'en' || data.locale === 'de')
      ? (data as PageData)
      : undefined;
  } catch {
    return undefined;
  }
}
