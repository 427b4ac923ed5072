import { type Locale, locales, type Trial } from '@nrw-health/core';
import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { LabelOverrides } from '../i18n/catalogue';
import { catalogues } from '../i18n/catalogues';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { expectNoAxeViolations } from '../testing/axe';
import { expectFocusKept, expectFocusVisible } from '../testing/keyboard';
import { expectNoXss, resetXss, xssPayloads } from '../testing/xss';
import { exampleTrials, fullExample } from './examples';
import { readRealTrials, replicate } from './real-trials';
import type { TrialFinderState } from './state';
import { announceDelay, TrialFinder, type TrialFinderProps } from './TrialFinder';

const examples = exampleTrials(25);

// 10,000 trials from the real registry records of the shared fixtures, read by interop's readers;
// the fixtures hold fewer, so the real ones are replicated with distinct identifiers.
let real: Trial[] = [];
beforeAll(async () => {
  const read = await readRealTrials((path) => commands.readFile(path));
  real = replicate(read.trials, 10_000);
}, 60_000);

function Finder(props: Partial<TrialFinderProps> & { locale?: Locale; labels?: LabelOverrides }) {
  const { locale = 'en', labels, ...rest } = props;
  return (
    <NrwHealthProvider locale={locale} labels={labels} timeZone="UTC">
      <main>
        <h1>Klinische Forschung NRW</h1>
        <TrialFinder trials={examples} {...rest} />
      </main>
    </NrwHealthProvider>
  );
}

/** A parent that owns the finder's state and records every change it accepts. */
function Controlled(props: { onWish: (state: TrialFinderState) => void }) {
  const [state, setState] = useState<Partial<TrialFinderState>>({ status: ['recruiting'] });
  return (
    <Finder
      value={state}
      onChange={(next) => {
        props.onWish(next);
        setState(next);
      }}
    />
  );
}

const liveRegion = (container: Element) => container.querySelector('[role="status"]')!;
const resultsHeading = (container: Element) =>
  container.querySelector<HTMLElement>('.nrw-trial-finder__results > [tabindex="-1"]')!;
const searchField = (container: Element) =>
  container.querySelector<HTMLInputElement>('input[type="search"]')!;
const cardTitles = (container: Element) =>
  [...container.querySelectorAll('.nrw-trial-card__title')].map((title) => title.textContent);
const checkbox = (container: Element, label: string) =>
  [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((box) =>
    box.labels?.[0]?.textContent?.startsWith(label),
  )!;

/** Long German compounds, made up ("Beispiel"), in every field a card or facet shows. */
const compounds: Trial[] = exampleTrials(3).map((trial, n) => ({
  ...trial,
  title: {
    public: {
      de: `Beispiel-Lebensqualitätsverbesserungsmaßnahmenbewertungsstudie ${n + 1}`,
    },
  },
  conditions: [{ text: 'Herzkreislauferkrankungsrisikofaktorenfrüherkennungsuntersuchung' }],
  interventions: [{ name: 'Bewegungstherapieprogrammteilnahmebereitschaftsförderung' }],
  sites: [{ city: 'Beispielhausenerlandkreisgemeindeverwaltungsbezirk' }],
}));

describe('TrialFinder in Chromium', () => {
  it('has 10,000 real trials to search', () => {
    expect(real).toHaveLength(10_000);
    expect(new Set(real.map((trial) => trial.identifiers.primary.id)).size).toBe(10_000);
  });

  describe.each(locales)('axe, %s', (locale) => {
    it.each([
      ['filled', {}],
      [
        'with a search, filters and page 2',
        {
          defaultValue: { query: 'beispiel', status: ['recruiting', 'completed'], page: 2 },
          pageSize: 5,
        },
      ],
      ['empty: nothing matches', { defaultValue: { query: 'zzz', phase: ['phase-4'] } }],
      ['empty: no trials at all', { trials: [] }],
      ['loading', { status: 'loading' as const, trials: [] }],
      ['error', { status: 'error' as const, errorDetail: 'HTTP 503 Service Unavailable' }],
      ['long German compound words', { trials: compounds }],
      ['with links and details buttons', { trialHref: () => '/trial', onSelectTrial: () => {} }],
    ] as [string, Partial<TrialFinderProps>][])(
      'finds no WCAG 2.2 AA violation, %s',
      async (_, props) => {
        const { container } = render(<Finder locale={locale} {...props} />);
        await expectNoAxeViolations(container);
      },
    );

    it('finds no WCAG 2.2 AA violation with 10,000 real trials', async () => {
      const { container } = render(<Finder locale={locale} trials={real} />);
      expect(resultsHeading(container).textContent).toMatch(/^10[.,]000 /);
      await expectNoAxeViolations(container);
    });

    // The long facet, places, expanded; once, in English: axe takes its time over 1,000 checkboxes.
    it.runIf(locale === 'en')(
      'finds no WCAG 2.2 AA violation with the place facet expanded',
      async () => {
        const { container, getByRole } = render(<Finder locale={locale} trials={real} />);
        const places = getByRole('group', { name: 'Place (district or city)' });
        const more = places.querySelector<HTMLButtonElement>('.nrw-facet-filter__more')!;
        await act(async () => more.click());
        expect(places.querySelectorAll('input[type="checkbox"]').length).toBeGreaterThan(500);
        await expectNoAxeViolations(container);
      },
      120_000,
    );

    it('finds no WCAG 2.2 AA violation in a narrow column', async () => {
      const { container } = render(
        <div style={{ width: 320 }}>
          <Finder locale={locale} trials={compounds} />
        </div>,
      );
      await expectNoAxeViolations(container);
      // Long words wrap instead of pushing the page sideways.
      const finder = container.querySelector('.nrw-trial-finder')!;
      expect(finder.scrollWidth).toBeLessThanOrEqual(320);
    });
  });

  it('gives every control a target of at least 44 px high, 24 px wide', () => {
    const { container } = render(<Finder />);
    const controls = container.querySelectorAll(
      '.nrw-trial-finder__search input, .nrw-trial-finder button, .nrw-trial-finder select',
    );
    expect(controls.length).toBeGreaterThan(5);
    for (const control of controls) {
      if (control.closest('.nrw-trial-card, .nrw-facet-filter')) continue;
      const { width, height } = control.getBoundingClientRect();
      expect(height, control.outerHTML).toBeGreaterThanOrEqual(44);
      expect(width, control.outerHTML).toBeGreaterThanOrEqual(24);
    }
  });

  it('is operated by keyboard alone: search, sort, page, filter, clear, leave', async () => {
    const { container, getByText } = render(
      <>
        <button type="button">before</button>
        <Finder pageSize={4} />
        <button type="button">after</button>
      </>,
    );
    await userEvent.tab();
    await userEvent.tab();
    expectFocusVisible(searchField(container));
    await userEvent.keyboard('beispiel');
    expect(resultsHeading(container).textContent).toBe('25 trials found');

    // The Search button sends focus to the count, which a screen reader then reads.
    await userEvent.tab();
    expectFocusVisible(getByText('Search'));
    await userEvent.keyboard('{Enter}');
    expectFocusVisible(resultsHeading(container));

    // On to the sort: arrow keys choose, the first card changes.
    await userEvent.tab();
    const sort = container.querySelector('select')!;
    expectFocusVisible(sort);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(sort.value).toBe('title');
    expect(cardTitles(container)[0]).toBe('Example trial 1');

    // The pages: Next moves on and focus goes to the count, never to <body>.
    const next = getByText('Next page').closest('button')!;
    for (let step = 0; step < 40 && document.activeElement !== next; step++) {
      await userEvent.tab();
      expectFocusVisible(document.activeElement);
    }
    expectFocusVisible(next);
    await userEvent.keyboard('{Enter}');
    expectFocusVisible(resultsHeading(container));
    expect(container.querySelector('[aria-current="page"]')!.textContent).toBe('2');
    expect(cardTitles(container)[0]).toBe('Example trial 5');

    // Back into the filters, which come before the results: "recruiting only" with Space.
    const recruiting = checkbox(container, 'Only trials looking for participants now');
    for (let step = 0; step < 40 && document.activeElement !== recruiting; step++) {
      await userEvent.tab({ shift: true });
      expectFocusVisible(document.activeElement);
    }
    await userEvent.keyboard(' ');
    expect(recruiting.checked).toBe(true);
    expect(resultsHeading(container).textContent).toBe('7 trials found');
    expect(container.querySelector('[aria-current="page"]')!.textContent).toBe('1');

    // Through the status and phase facets to Essen in the place facet.
    const essen = checkbox(container, 'Essen');
    for (let step = 0; step < 20 && document.activeElement !== essen; step++) {
      await userEvent.tab();
      expectFocusVisible(document.activeElement);
    }
    await userEvent.keyboard(' ');
    expect(essen.checked).toBe(true);
    expect(resultsHeading(container).textContent).toBe('2 trials found');
    expectFocusVisible(essen);

    // Clearing the filters sends focus to the count; the search stays.
    const clear = container.querySelector<HTMLButtonElement>('.nrw-trial-finder__clear')!;
    for (let step = 0; step < 20 && document.activeElement !== clear; step++) {
      await userEvent.tab({ shift: true });
    }
    expectFocusVisible(clear);
    await userEvent.keyboard('{Enter}');
    expect(recruiting.checked).toBe(false);
    expect(essen.checked).toBe(false);
    expect(searchField(container).value).toBe('beispiel');
    expectFocusVisible(resultsHeading(container));
    expect(resultsHeading(container).textContent).toBe('25 trials found');

    // Leave: past the pagination, the next thing on the page.
    for (let step = 0; step < 60 && document.activeElement !== getByText('after'); step++) {
      await userEvent.tab();
      expectFocusKept();
    }
    expect(document.activeElement).toBe(getByText('after'));
  });

  it('moves focus to the count on a page change, and names the pages', async () => {
    const { container, getByRole } = render(<Finder pageSize={2} />);
    const nav = getByRole('navigation', { name: 'Pages of results' });
    expect(
      [...nav.querySelectorAll('button')].map(
        (button) => button.getAttribute('aria-label') ?? button.textContent,
      ),
    ).toEqual(['Page 1', 'Page 2', 'Page 13', 'Next page ›']);
    await userEvent.click(getByRole('button', { name: 'Page 13' }));
    expect(document.activeElement).toBe(resultsHeading(container));
    expect(getByRole('button', { name: 'Page 13' }).getAttribute('aria-current')).toBe('page');
    expect(container.textContent).toContain('Trials 25 to 25 of 25');
    await userEvent.click(getByRole('button', { name: 'Previous page' }));
    expect(container.textContent).toContain('Trials 23 to 24 of 25');
  });

  describe('live region', () => {
    /** Every text the live region takes on, in order. */
    function record(container: Element): string[] {
      const texts: string[] = [];
      const region = liveRegion(container);
      new MutationObserver(() => texts.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      return texts;
    }
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    it('announces the count once typing pauses, not at every keystroke', async () => {
      const { container } = render(<Finder />);
      const said = record(container);
      await pause(announceDelay + 200);
      expect(said).toEqual([]);
      await userEvent.click(searchField(container));
      await userEvent.keyboard('asthma');
      expect(said).toEqual([]);
      await vi.waitFor(() => expect(said).toHaveLength(1), { timeout: announceDelay * 4 });
      expect(said[0]!.trim()).toBe('6 trials found');
      await pause(announceDelay + 200);
      expect(said).toHaveLength(1);
    });

    it('announces the same count again after a change, and the filters’ counts too', async () => {
      const { container } = render(<Finder locale="de" />);
      const said = record(container);
      await userEvent.click(checkbox(container, 'Köln'));
      await vi.waitFor(() => expect(said).toHaveLength(1), { timeout: announceDelay * 4 });
      await userEvent.click(checkbox(container, 'Asthma'));
      await userEvent.click(checkbox(container, 'Asthma'));
      await vi.waitFor(() => expect(said).toHaveLength(2), { timeout: announceDelay * 4 });
      expect(said.map((text) => text.trim())).toEqual(['5 Studien gefunden', '5 Studien gefunden']);
      expect(said[0]).not.toBe(said[1]);
    });

    it('announces the outcome of loading, and the error; a new locale announces nothing', async () => {
      const { container, rerender } = render(<Finder status="loading" trials={[]} />);
      const said = record(container);
      rerender(<Finder status="ready" />);
      await vi.waitFor(() => expect(said).toHaveLength(1), { timeout: announceDelay * 4 });
      expect(said[0]!.trim()).toBe('25 trials found');
      rerender(<Finder status="error" />);
      await vi.waitFor(() => expect(said).toHaveLength(2), { timeout: announceDelay * 4 });
      expect(said[1]!.trim()).toBe('The trials could not be loaded.');
      rerender(<Finder status="error" locale="de" />);
      await pause(announceDelay + 200);
      expect(said).toHaveLength(2);
    });

    it('says nothing extra when Enter moves focus to the count', async () => {
      const { container } = render(<Finder />);
      const said = record(container);
      await userEvent.click(searchField(container));
      await userEvent.keyboard('essen{Enter}');
      expect(document.activeElement).toBe(resultsHeading(container));
      await pause(announceDelay + 300);
      expect(said).toEqual([]);
    });

    it('says nothing extra when "Clear all filters" or a page moves focus to the count', async () => {
      const { container, getByRole } = render(<Finder pageSize={5} />);
      const said = record(container);
      await userEvent.click(checkbox(container, 'Essen'));
      await vi.waitFor(() => expect(said).toHaveLength(1), { timeout: announceDelay * 4 });
      await userEvent.click(getByRole('button', { name: 'Clear all filters' }));
      expect(document.activeElement).toBe(resultsHeading(container));
      await userEvent.click(getByRole('button', { name: 'Page 2' }));
      expect(document.activeElement).toBe(resultsHeading(container));
      await pause(announceDelay + 300);
      expect(said.map((text) => text.trim())).toEqual(['5 trials found']);
    });
  });

  it('works controlled: reports each change, shows only what the parent keeps', async () => {
    const wishes: TrialFinderState[] = [];
    const { container } = render(<Controlled onWish={(state) => wishes.push(state)} />);
    expect(resultsHeading(container).textContent).toBe('7 trials found');
    await userEvent.click(checkbox(container, 'Essen'));
    expect(wishes.at(-1)).toMatchObject({ status: ['recruiting'], place: ['05113'], page: 1 });
    expect(resultsHeading(container).textContent).toBe('2 trials found');
    await userEvent.click(searchField(container));
    await userEvent.keyboard('x');
    expect(wishes.at(-1)?.query).toBe('x');

    // A parent that keeps nothing: the finder shows what it is given, the field included.
    const { container: fixed } = render(<Finder value={{ query: 'essen' }} onChange={() => {}} />);
    await userEvent.click(searchField(fixed));
    await userEvent.keyboard('zz');
    expect(searchField(fixed).value).toBe('essen');
    expect(resultsHeading(fixed).textContent).toBe('5 trials found');
  });

  describe('with 10,000 real trials', () => {
    it('finds Cologne’s trials as Köln, Koeln and koln, and pages through them', async () => {
      const { container } = render(<Finder trials={real} pageSize={5} />);
      const field = searchField(container);
      const found: string[] = [];
      for (const query of ['Köln', 'Koeln', 'koln']) {
        await userEvent.clear(field);
        await userEvent.type(field, query);
        found.push(`${resultsHeading(container).textContent} ${cardTitles(container).join('|')}`);
      }
      expect(found[0]).toMatch(/^\d+ trials? found /);
      expect(found[0]).not.toMatch(/^0 /);
      expect(new Set(found).size).toBe(1);
    });

    it('narrows the place facet to the trials that match', async () => {
      const { container } = render(<Finder trials={real} locale="de" />);
      await userEvent.click(checkbox(container, 'Essen'));
      const count = Number.parseInt(resultsHeading(container).textContent!.replace('.', ''), 10);
      expect(count).toBeGreaterThan(0);
      expect(checkbox(container, 'Essen').labels![0]!.textContent).toContain(`(${count} Treffer)`);
    });
  });

  describe('XSS', () => {
    beforeEach(() => resetXss());

    /** Every string of `value` replaced by `payload`: ids, codes, texts, dates and addresses alike. */
    function poisoned(value: unknown, payload: string): unknown {
      if (typeof value === 'string') return payload;
      if (Array.isArray(value)) return value.map((item) => poisoned(item, payload));
      if (value && typeof value === 'object') {
        return Object.fromEntries(
          Object.entries(value).map(([key, item]) => [key, poisoned(item, payload)]),
        );
      }
      return value;
    }

    it.each(xssPayloads)(
      'renders %j in every data field and text prop as text',
      async (payload) => {
        const trials = [fullExample, ...examples.slice(0, 3)].map(
          (trial) => poisoned(trial, payload) as Trial,
        );
        const labels = {
          en: Object.fromEntries(
            Object.keys(catalogues.en)
              .filter((key) => key.startsWith('trialFinder.'))
              .map((key) => [key, payload]),
          ),
        };
        const { container } = render(
          <>
            <Finder
              trials={trials}
              labels={labels}
              trialHref={() => payload}
              onSelectTrial={() => {}}
              defaultValue={{ status: [payload], place: [payload] }}
            />
            <Finder
              trials={trials}
              status="error"
              errorDetail={payload}
              defaultValue={{ query: payload }}
            />
            <Finder trials={trials} defaultValue={{ query: payload.slice(0, 4) }} />
          </>,
        );
        for (const more of container.querySelectorAll<HTMLButtonElement>(
          '.nrw-facet-filter__more',
        )) {
          await act(async () => more.click());
        }
        await expectNoXss(container);
        if (payload.trim() !== '') expect(container.textContent).toContain(payload.slice(0, 5));
      },
    );
  });
});
