// Shared helpers of the end-to-end tests: the site's pages with what each must show, the words
// of the widgets the journeys look for, hydration, keyboard focus, and axe.
import AxeBuilder from '@axe-core/playwright';
import type { Locale } from '@nrw-health/core';
import { expect, type Locator, type Page } from '@playwright/test';
import { allPages, type PageId, pagePath } from '../src/site/routes';
import { textsFor } from '../src/site/texts';

/** One page of the site in one language, with its expected title and main heading. */
export interface SitePage {
  readonly page: PageId;
  readonly locale: Locale;
  readonly path: string;
  readonly title: string;
  readonly h1: string;
}

function h1Of(page: PageId, locale: Locale): string {
  const text = textsFor(locale);
  return page === 'overview'
    ? text.overview.title
    : page === 'research'
      ? text.research.title
      : page === 'actors'
        ? text.actors.title
        : page === 'data'
          ? text.data.title
          : text.accessibility.title;
}

/** The document title: the site's name, after the page's name on every page but the overview. */
export function titleOf(page: PageId, locale: Locale): string {
  const text = textsFor(locale);
  return page === 'overview' ? text.siteName : `${text.pages[page]} · ${text.siteName}`;
}

/** Every page in both languages (10). */
export const sitePages: readonly SitePage[] = allPages.map(({ page, locale }) => ({
  page,
  locale,
  path: pagePath(page, locale),
  title: titleOf(page, locale),
  h1: h1Of(page, locale),
}));

export const englishPages = sitePages.filter((one) => one.locale === 'en');

/**
 * The words of the @nrw-health/react widgets the tests look for. The kit does not export its
 * catalogue, and a test that read it from there could not notice a lost translation.
 */
export const widgetText = {
  en: {
    trialFinder: 'Find clinical trials',
    trialSearch: 'What are you looking for?',
    recruitingOnly: 'Only trials looking for participants now',
    place: 'Place (district or city)',
    trialsFound: /^([\d,]+) trials? found$/,
    showDetails: 'Show details',
    showMore: /^Show [\d,]+ more options?$/,
    outcomes: 'Outcomes',
    criteria: ['Inclusion criteria', 'Exclusion criteria', 'Criteria'],
    actorSearch: 'Search actors',
    topic: 'Topic',
    actorPlace: 'Place or district',
    actorsFound: /^(\d+) actors? found$/,
    table: 'Table',
    download: 'Download CSV',
  },
  de: {
    trialFinder: 'Klinische Studien finden',
    trialSearch: 'Wonach suchen Sie?',
    recruitingOnly: 'Nur Studien, die jetzt Teilnehmende suchen',
    place: 'Ort (Kreis oder Stadt)',
    trialsFound: /^([\d.]+) Studien? gefunden$/,
    showDetails: 'Details anzeigen',
    showMore: /^[\d.]+ weitere Optionen? zeigen$/,
    outcomes: 'Endpunkte',
    criteria: ['Einschlusskriterien', 'Ausschlusskriterien', 'Kriterien'],
    actorSearch: 'Akteure durchsuchen',
    topic: 'Thema',
    actorPlace: 'Ort oder Kreis',
    actorsFound: /^(\d+) Akteure? gefunden$/,
    table: 'Tabelle',
    download: 'CSV herunterladen',
  },
} as const satisfies Record<Locale, unknown>;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The number a count text holds ("1,370 trials found", "1.370 Studien gefunden"): the first group
 * of `pattern`, without grouping marks; NaN when the text does not match.
 */
export function countIn(text: string | null, pattern: RegExp): number {
  const digits = pattern.exec(text?.trim() ?? '')?.[1];
  return digits === undefined ? Number.NaN : Number(digits.replace(/[.,\s\u00a0\u202f]/g, ''));
}

/**
 * Waits until React has hydrated all of the page: the footer, the last element the page renders,
 * carries React's fiber once hydration reached it. Keys pressed before that would go to static
 * HTML that nothing listens to yet.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const last = document.querySelector('#root > footer time');
    return !!last && Object.keys(last).some((key) => key.startsWith('__reactFiber$'));
  });
  // Hydration commits after the render phase that set the fiber: let it finish.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** Opens a page and waits for its hydration. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}

/**
 * The focused element shows its focus: it matches `:focus-visible` and draws an outline at
 * least 2 px wide (WCAG 2.4.7, and the size 2.4.13 asks for).
 */
export async function expectFocusVisible(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    return {
      visible: element.matches(':focus-visible'),
      style: style.outlineStyle,
      width: Number.parseFloat(style.outlineWidth),
      what: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
    };
  });
  expect(focus, 'an element holds focus').toBeDefined();
  expect(focus!.visible, `${focus!.what} matches :focus-visible`).toBe(true);
  expect(focus!.style, `${focus!.what} has an outline`).not.toBe('none');
  expect(focus!.width, `${focus!.what}'s outline width`).toBeGreaterThanOrEqual(2);
}

/** Whether `target` holds focus now (without waiting for it to appear). */
const hasFocus = (target: Locator) =>
  target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));

/**
 * Presses Tab (or Shift+Tab) until `target` holds focus, at most `max` times, then checks that
 * it holds it visibly. Returns the number of presses.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { readonly max?: number; readonly backwards?: boolean } = {},
): Promise<number> {
  const max = options.max ?? 100;
  let presses = 0;
  while (presses < max && !(await hasFocus(target))) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    presses += 1;
  }
  await expect(target).toBeFocused();
  await expectFocusVisible(page);
  return presses;
}

/**
 * Tabs through a facet (a fieldset of checkboxes) to the option `option`. When the option sits
 * behind the facet's "show more" button, presses Enter there; the options it reveals come before
 * the button, so Shift+Tab goes back to them.
 */
export async function tabToOption(
  page: Page,
  facet: Locator,
  option: Locator,
  showMore: RegExp,
): Promise<void> {
  await tabTo(page, facet.getByRole('checkbox').first());
  const more = facet.getByRole('button', { name: showMore });
  let key = 'Tab';
  for (let presses = 0; presses < 200 && !(await hasFocus(option)); presses++) {
    if (key === 'Tab' && (await hasFocus(more))) {
      await page.keyboard.press('Enter');
      await expect(facet.getByRole('button', { expanded: true })).toBeFocused();
      await expectFocusVisible(page);
      key = 'Shift+Tab';
    }
    await page.keyboard.press(key);
  }
  await expect(option).toBeFocused();
  await expectFocusVisible(page);
}

/** The WCAG 2.2 A and AA rule set the issue asks for. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page and fails with each violation's rule, impact and elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Violations only: axe then skips describing every element that passes, much of its time.
  // Legacy mode runs axe in the page itself, without the blank page @axe-core/playwright opens
  // to merge the results of frames: the site has no frames, and it saves seconds per page.
  const { violations } = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  // One line per violation: its rule, impact, help and the elements concerned.
  const found = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Console errors and uncaught page errors from now on. Call before `goto`; read the list at
 * the end of the test.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}
