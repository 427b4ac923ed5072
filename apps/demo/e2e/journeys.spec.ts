// Keyboard-only journeys, in both languages: only `page.keyboard` drives the page (Tab,
// Shift+Tab, Enter, Space, Escape), and after each step focus is where it should be, visibly.
// What the journeys expect comes from the data (the trial listing the site serves, and
// @nrw-health/data), never from constants.
import { readFile } from 'node:fs/promises';
import {
  type Locale,
  regionByAgs,
  regions,
  type Trial,
  topics,
  trialStatuses,
} from '@nrw-health/core';
import { actors, indicatorDefinitions, observations } from '@nrw-health/data';
import { readObservationsCsv } from '@nrw-health/interop';
import { test as base, expect } from '@playwright/test';
import { pagePath } from '../src/site/routes';
import { textsFor } from '../src/site/texts';
import {
  collectErrors,
  countIn,
  escapeRegExp,
  expectFocusVisible,
  gotoHydrated,
  tabTo,
  tabToOption,
  widgetText,
} from './site';

/** A facet option whose label starts with `label` (its count follows). */
const optionNamed = (label: string) => new RegExp(`^${escapeRegExp(label)}(?![\\p{L}-])`, 'u');

/** Each journey also ends without console or page errors. */
const test = base.extend<{ errors: string[] }>({
  errors: [
    async ({ page }, use) => {
      const errors = collectErrors(page);
      await use(errors);
      expect(errors, 'console and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

const essen = regions.find((region) => region.level === 'district' && region.name.en === 'Essen')!;
const locales: readonly Locale[] = ['en', 'de'];

for (const locale of locales) {
  const words = widgetText[locale];
  const site = textsFor(locale);

  test(`research (${locale}): find a recruiting trial in Essen and open it`, async ({ page }) => {
    await gotoHydrated(page, pagePath('research', locale));
    const listing = (await (await page.request.get('/trials/listing.json')).json()) as Trial[];
    const expected = listing.filter(
      (trial) =>
        trial.status.code === 'recruiting' &&
        trial.sites?.some((one) => one.district?.slice(0, 5) === essen.code),
    );
    expect(expected.length, 'recruiting trials with a site in Essen').toBeGreaterThan(0);

    const finder = page.getByRole('region', { name: words.trialFinder });
    const count = finder.getByRole('heading', { name: words.trialsFound });
    const shown = async () => countIn(await count.textContent(), words.trialsFound);

    await test.step('Tab into the trial finder', async () => {
      await tabTo(page, finder.getByRole('searchbox', { name: words.trialSearch }));
    });

    await test.step('check "recruiting only" with Space', async () => {
      const recruiting = finder.getByRole('checkbox', { name: words.recruitingOnly });
      await tabTo(page, recruiting, { max: 5 });
      await page.keyboard.press('Space');
      await expect(recruiting).toBeChecked();
      await expect(recruiting).toBeFocused();
      await expectFocusVisible(page);
      const recruitingNow = listing.filter((trial) => trial.status.code === 'recruiting');
      await expect.poll(shown).toBe(recruitingNow.length);
    });

    await test.step('check the place Essen with Space', async () => {
      const place = finder.getByRole('group', { name: words.place });
      const option = place.getByRole('checkbox', { name: optionNamed(essen.name[locale]) });
      await tabToOption(page, place, option.first(), words.showMore);
      await page.keyboard.press('Space');
      await expect(option.first()).toBeChecked();
      await expect(option.first()).toBeFocused();
      await expectFocusVisible(page);
      await expect.poll(shown).toBe(expected.length);
    });

    const cards = finder.getByRole('article');
    await expect(cards).toHaveCount(Math.min(10, expected.length));
    // Each card is one of the expected trials (a card names at most three places: the trial's
    // registry number tells which it is), and says that it recruits.
    const ids = expected.map((trial) => trial.identifiers.primary.id);
    const recruitingLabel = trialStatuses.label('recruiting', locale);
    const shownIds: string[] = [];
    for (const card of await cards.all()) {
      const text = (await card.textContent()) ?? '';
      const named = ids.filter((id) => text.includes(id));
      expect(named, text).toHaveLength(1);
      shownIds.push(named[0]!);
      await expect(card).toContainText(recruitingLabel);
    }

    const details = cards.first().getByRole('button', { name: words.showDetails });
    await test.step('reach the first result\'s "Show details"', async () => {
      await tabTo(page, details);
    });

    const dialog = page.getByRole('dialog');
    await test.step('open it with Enter: the full record loads', async () => {
      const response = page.waitForResponse((answer) =>
        /^\/trials\/(?!listing\.json)[^/]+\.json$/.test(new URL(answer.url()).pathname),
      );
      await page.keyboard.press('Enter');
      const record = (await (await response).json()) as Trial;
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: site.research.detailClose })).toBeFocused();
      await expectFocusVisible(page);

      // The full record of the first card's trial.
      expect(record.identifiers.primary.id).toBe(shownIds[0]);
      const title = record.title.public;
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
        (title[locale] ?? title.en ?? Object.values(title)[0])!,
      );
      // Once loaded, the dialog shows what only the full record has: outcomes, criteria.
      await expect(dialog.getByText(site.research.detailLoading)).toHaveCount(0);
      const eligibility = record.eligibility;
      const criteria = [eligibility?.inclusion, eligibility?.exclusion, eligibility?.criteria];
      const fullOnly = [
        ...(record.outcomes?.length ? [dialog.getByRole('heading', { name: words.outcomes })] : []),
        ...criteria.flatMap((text, at) =>
          text ? [dialog.getByText(words.criteria[at]!, { exact: true })] : [],
        ),
      ];
      expect(fullOnly.length, 'fields of the full record').toBeGreaterThan(0);
      for (const field of fullOnly) await expect(field).toBeVisible();
    });

    await test.step('Escape closes it and focus returns to the button', async () => {
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(details).toBeFocused();
      await expectFocusVisible(page);
    });
  });

  test(`actors (${locale}): filter by topic and district`, async ({ page }) => {
    const topic = 'clinical-research';
    const expected = actors.filter(
      (actor) =>
        actor.topics?.includes(topic) &&
        regionByAgs(actor.address?.district ?? '')?.code === essen.code,
    );
    expect(expected.length, 'actors of the topic in Essen').toBeGreaterThan(0);
    const nameOf = (actor: (typeof actors)[number]) =>
      actor.name[locale] ?? actor.name.en ?? actor.name.de ?? String(actor.id);

    await gotoHydrated(page, pagePath('actors', locale));
    const main = page.getByRole('main');

    await test.step('Tab to the search of the directory', async () => {
      await tabTo(page, main.getByRole('searchbox', { name: words.actorSearch }));
    });

    await test.step('check the topic with Space', async () => {
      const facet = main.getByRole('group', { name: words.topic, exact: true });
      const option = facet.getByRole('checkbox', {
        name: optionNamed(topics.label(topic, locale)),
      });
      await tabToOption(page, facet, option, words.showMore);
      await page.keyboard.press('Space');
      await expect(option).toBeChecked();
      await expect(option).toBeFocused();
      await expectFocusVisible(page);
    });

    await test.step('check the district with Space', async () => {
      const facet = main.getByRole('group', { name: words.actorPlace });
      const option = facet.getByRole('checkbox', { name: optionNamed(essen.name[locale]) });
      await tabToOption(page, facet, option, words.showMore);
      await page.keyboard.press('Space');
      await expect(option).toBeChecked();
      await expect(option).toBeFocused();
      await expectFocusVisible(page);
    });

    const count = main.locator('.nrw-actor-directory__summary').getByText(words.actorsFound);
    await expect
      .poll(async () => countIn(await count.textContent(), words.actorsFound))
      .toBe(expected.length);
    const cards = main.locator('.nrw-actor-directory__cards').getByRole('article');
    await expect(cards).toHaveCount(expected.length);
    const names = await cards.getByRole('heading').locator('span:first-child').allTextContents();
    expect(names.sort()).toEqual(expected.map(nameOf).sort());
  });

  test(`overview (${locale}): a chart's table and its CSV`, async ({ page }) => {
    await gotoHydrated(page, pagePath('overview', locale));
    const chart = page.locator('figure.nrw-indicator-chart').first();
    const title = await chart.getByRole('heading').first().textContent();
    const definition = indicatorDefinitions.find(
      (one) => (one.title[locale] ?? one.title.en) === title,
    );
    expect(definition, `the indicator titled "${title}"`).toBeDefined();
    const own = observations.filter((o) => o.indicator === definition!.id);

    const table = chart.getByRole('table');
    await test.step('switch the chart to its table with Enter', async () => {
      const button = chart.getByRole('button', { name: words.table, exact: true });
      await tabTo(page, button);
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(button).toBeFocused();
      await expectFocusVisible(page);
      // A header row, then one row per observation.
      await expect(table.getByRole('row')).toHaveCount(own.length + 1);
    });

    await test.step('download its CSV with Enter', async () => {
      const button = chart.getByRole('button', { name: words.download, exact: true });
      await tabTo(page, button, { max: 3 });
      const download = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const file = await download;
      expect(file.suggestedFilename()).toBe(`${definition!.id}.csv`);
      await expect(button).toBeFocused();
      await expectFocusVisible(page);

      const csv = await readFile(await file.path(), 'utf8');
      const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toMatch(locale === 'de' ? /^indicator;region;/ : /^indicator,region,/);
      expect(lines.filter(Boolean)).toHaveLength(own.length + 1);
      const read = readObservationsCsv(csv);
      expect(read.issues).toEqual([]);
      const key = (o: { region: string; period: string; value?: number | null }) =>
        `${o.region} ${o.period} ${o.value ?? ''}`;
      expect(read.value?.observations.map(key).sort()).toEqual(own.map(key).sort());
    });
  });
}
