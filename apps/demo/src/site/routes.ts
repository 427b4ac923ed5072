import type { Locale } from '@nrw-health/core';

/** The pages of the site, in the order of its navigation. */
export const pageIds = ['overview', 'research', 'actors', 'data', 'accessibility'] as const;
export type PageId = (typeof pageIds)[number];

/** English is the site's first language (the dashboard is for international partners). */
export const locales = ['en', 'de'] as const satisfies readonly Locale[];

const slugs: Record<PageId, string> = {
  overview: '',
  research: 'research/',
  actors: 'actors/',
  data: 'data/',
  accessibility: 'accessibility/',
};

/** The URL path of a page: `/research/` in English, `/de/research/` in German. */
export function pagePath(page: PageId, locale: Locale): string {
  return `${locale === 'en' ? '/' : `/${locale}/`}${slugs[page]}`;
}

/** Every page of the site in every language. */
export const allPages = locales.flatMap((locale) => pageIds.map((page) => ({ page, locale })));
