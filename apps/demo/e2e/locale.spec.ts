// The language switch: from every English page to the German page of the same kind and back, by
// keyboard alone; the language, title, navigation and the widgets' words follow.
import type { Locale } from '@nrw-health/core';
import { expect, type Page, test } from '@playwright/test';
import { type PageId, pageIds, pagePath } from '../src/site/routes';
import { textsFor } from '../src/site/texts';
import { englishPages, tabTo, titleOf, waitForHydration, widgetText } from './site';

/** A widget's word on each kind of page, in the page's language (the site's own texts aside). */
function widgetWord(page: Page, kind: PageId, locale: Locale) {
  const words = widgetText[locale];
  if (kind === 'overview')
    return page.getByRole('button', { name: words.download, exact: true }).first();
  if (kind === 'research') return page.getByRole('heading', { name: words.trialFinder });
  if (kind === 'actors') return page.getByRole('searchbox', { name: words.actorSearch });
  return undefined; // the data page and the statement are the site's own words
}

async function expectLanguage(page: Page, kind: PageId, locale: Locale) {
  const text = textsFor(locale);
  const other: Locale = locale === 'en' ? 'de' : 'en';
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page).toHaveTitle(titleOf(kind, locale));
  const nav = page.getByRole('navigation', { name: text.navLabel });
  await expect(nav.getByRole('link')).toHaveText(pageIds.map((id) => text.pages[id]));
  await expect(nav.locator('[aria-current="page"]')).toHaveText(text.pages[kind]);
  await expect(page.getByRole('link', { name: text.skipLink })).toBeAttached();
  const here = widgetWord(page, kind, locale);
  const there = widgetWord(page, kind, other);
  if (here && there) {
    await expect(here).toBeVisible();
    await expect(there).toHaveCount(0);
  }
}

/** Tabs to the link to the other language, checks where it leads, and follows it with Enter. */
async function switchLanguage(page: Page, kind: PageId, from: Locale) {
  const to: Locale = from === 'en' ? 'de' : 'en';
  const link = page.getByRole('link', { name: textsFor(from).otherLanguage, exact: true });
  await expect(link).toHaveAttribute('hreflang', to);
  await expect(link).toHaveAttribute('lang', to);
  await tabTo(page, link, { max: 10 });
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === pagePath(kind, to));
  await waitForHydration(page);
}

for (const { page: kind, path } of englishPages) {
  test(`${path} switches to ${pagePath(kind, 'de')} and back by keyboard`, async ({ page }) => {
    await page.goto(path);
    await waitForHydration(page);
    await expectLanguage(page, kind, 'en');
    await switchLanguage(page, kind, 'en');
    await expectLanguage(page, kind, 'de');
    await switchLanguage(page, kind, 'de');
    await expectLanguage(page, kind, 'en');
  });
}
