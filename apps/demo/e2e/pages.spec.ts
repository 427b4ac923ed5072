// Every page: its content is in the HTML before any script runs; it hydrates without errors, its
// skip link is the first stop of the keyboard, and its widgets respond.
import { indicatorGroups, type Locale } from '@nrw-health/core';
import { actors, indicatorDefinitions, observations } from '@nrw-health/data';
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { PageId } from '../src/site/routes';
import { textsFor } from '../src/site/texts';
import {
  collectErrors,
  countIn,
  escapeRegExp,
  expectFocusVisible,
  gotoHydrated,
  sitePages,
  widgetText,
} from './site';

/** Indicators of the dashboard's groups by their number of figures: one is a tile, more a chart. */
const perIndicator = new Map<string, number>();
for (const o of observations)
  perIndicator.set(o.indicator, (perIndicator.get(o.indicator) ?? 0) + 1);
const dashboard = indicatorDefinitions.filter(
  (d) => d.group !== undefined && indicatorGroups.codes.includes(d.group) && perIndicator.has(d.id),
);
const charted = dashboard.filter((d) => perIndicator.get(d.id)! > 1);
const tiled = dashboard.filter((d) => perIndicator.get(d.id) === 1);
const titleIn = (title: Readonly<Record<string, string | undefined>>, locale: Locale) =>
  title[locale] ?? title.en ?? '';

/** The files the data page offers for download, by name. */
const downloadNames = [
  'observations-en.csv',
  'observations-de.csv',
  'observations-en.csv-metadata.json',
  'indicators.jsonstat.json',
  'indicator-definitions.json',
  'actors.json',
  'trials.ndjson',
];

/** The actor directory's result count (its live region says the same later, after a pause). */
const actorCount = (main: Locator, locale: Locale) =>
  main.locator('.nrw-actor-directory__summary').getByText(widgetText[locale].actorsFound);

/** The page kind's key content, as `<main>` holds it. */
const keyContent: Record<PageId, (main: Locator, locale: Locale, page: Page) => Promise<void>> = {
  async overview(main, locale) {
    const glance = main.getByRole('region', { name: textsFor(locale).overview.atAGlance });
    await expect(glance.locator('.nrw-kpi-tile').first()).toBeVisible();
    for (const tile of await glance.locator('.nrw-kpi-tile').all())
      await expect(tile.locator('.nrw-kpi-tile__value')).not.toBeEmpty();
    // Below the glance: a tile for each indicator with one figure, a chart for the others.
    await expect(main.locator('.site-group .nrw-kpi-tile')).toHaveCount(tiled.length);
    const charts = main.locator('.site-group figure.nrw-indicator-chart');
    await expect(charts).toHaveCount(charted.length);
    const headings = await charts.locator('.nrw-indicator-chart__title').allTextContents();
    expect(headings.sort()).toEqual(charted.map((d) => titleIn(d.title, locale)).sort());
    for (const chart of await charts.all())
      await expect(chart.locator('svg[role="group"]')).toBeVisible();
  },
  async research(main, locale, page) {
    const listing = await page.request.get('/trials/listing.json');
    const total = ((await listing.json()) as unknown[]).length;
    expect(total).toBeGreaterThan(0);
    const finder = main.getByRole('region', { name: widgetText[locale].trialFinder });
    const count = finder.getByRole('heading', { name: widgetText[locale].trialsFound });
    await expect(count).toBeVisible();
    expect(countIn(await count.textContent(), widgetText[locale].trialsFound)).toBe(total);
    await expect(finder.getByRole('article')).toHaveCount(Math.min(10, total));
    for (const card of await finder.getByRole('article').all())
      await expect(card.getByRole('heading')).not.toBeEmpty();
  },
  async actors(main, locale) {
    await expect(actorCount(main, locale)).toHaveText(new RegExp(`^${actors.length} `));
    await expect(main.locator('.nrw-actor-directory__cards').getByRole('article')).toHaveCount(
      actors.length,
    );
  },
  async data(main, locale) {
    const downloads = main.getByRole('table', { name: textsFor(locale).data.downloads });
    for (const name of downloadNames) {
      const link = downloads.getByRole('link', { name, exact: true });
      await expect(link).toHaveAttribute('href', `/downloads/${name}`);
      await expect(link).toHaveAttribute('download');
    }
    // Every indicator with figures has its own CSV.
    const indicators = main.getByRole('table', {
      name: textsFor(locale).data.indicatorsCaption,
    });
    const withFigures = indicatorDefinitions.filter((d) => perIndicator.has(d.id));
    await expect(indicators.getByRole('link', { name: /: CSV$/ })).toHaveCount(withFigures.length);
  },
  async accessibility(main, locale) {
    const text = textsFor(locale).accessibility;
    await expect(main.getByRole('heading', { level: 2 })).toHaveText([
      text.status,
      text.testing,
      text.features,
      text.limits,
      text.feedback,
    ]);
    await expect(main.getByRole('listitem')).toHaveCount(
      text.testingItems.length + text.featureItems.length + text.limitItems.length,
    );
  },
};

test.describe('before JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { page: kind, locale, path, title, h1 } of sitePages) {
    test(`${path} has its content in the HTML`, async ({ page, request }) => {
      const raw = await request.get(path);
      expect(raw.status()).toBe(200);
      const html = await raw.text();
      expect(html).toContain(`<html lang="${locale}">`);
      const mainHtml = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      expect(mainHtml).toMatch(new RegExp(`<h1[^>]*>${escapeRegExp(h1)}</h1>`));

      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(title);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(h1);
      await keyContent[kind](main, locale, page);
    });
  }
});

/** What the page does once hydrated, where it has something to do. */
const interaction: Partial<Record<PageId, (page: Page, locale: Locale) => Promise<void>>> = {
  async research(page, locale) {
    const { trialsFound, trialSearch } = widgetText[locale];
    const count = page.getByRole('heading', { name: trialsFound });
    const shown = async () => countIn(await count.textContent(), trialsFound);
    const before = await shown();
    expect(before).toBeGreaterThan(1);
    await page.getByRole('searchbox', { name: trialSearch }).fill('Essen');
    await expect.poll(shown).toBeLessThan(before);
    expect(await shown()).toBeGreaterThan(0);
  },
  async actors(page, locale) {
    const { actorsFound, actorSearch } = widgetText[locale];
    const count = actorCount(page.getByRole('main'), locale);
    const shown = async () => countIn(await count.textContent(), actorsFound);
    const before = await shown();
    expect(before).toBe(actors.length);
    await page.getByRole('searchbox', { name: actorSearch }).fill('Essen');
    await expect.poll(shown).toBeLessThan(before);
    expect(await shown()).toBeGreaterThan(0);
  },
  async overview(page, locale) {
    const chart = page.locator('figure.nrw-indicator-chart').first();
    await chart.getByRole('button', { name: widgetText[locale].table, exact: true }).click();
    await expect(chart.getByRole('table')).toBeVisible();
  },
};

test.describe('after hydration', () => {
  for (const { page: kind, locale, path } of sitePages) {
    test(`${path} hydrates without errors, skips to main and responds`, async ({ page }) => {
      const errors = collectErrors(page);
      await gotoHydrated(page, path);
      await test.step('the skip link is the first Tab stop and moves focus to main', async () => {
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: textsFor(locale).skipLink });
        await expect(skip).toBeFocused();
        await expectFocusVisible(page);
        await expect(skip).toBeInViewport();
        await page.keyboard.press('Enter');
        await expect(page.getByRole('main')).toBeFocused();
        expect(new URL(page.url()).hash).toBe('#main');
      });
      await test.step('the widgets respond', async () => {
        await interaction[kind]?.(page, locale);
      });
      expect(errors).toEqual([]);
    });
  }
});
