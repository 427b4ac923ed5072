import { type Actor, type Locale, locales } from '@nrw-health/core';
import { act, render, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { expectNoAxeViolations } from '../testing/axe';
import { expectFocusKept, expectFocusVisible } from '../testing/keyboard';
import { expectNoXss, resetXss, xssPayloads } from '../testing/xss';
import { ActorDirectory, type ActorDirectoryProps, announceDelay } from './ActorDirectory';
import { fullActor, longWordsActor, realActors, syntheticActors } from './examples';
import type { ActorFilterState } from './filter';

const page = (locale: Locale, props: Partial<ActorDirectoryProps>) => (
  <NrwHealthProvider locale={locale}>
    <main>
      <h1>Digital Health Ruhr</h1>
      <ActorDirectory actors={realActors} {...props} />
    </main>
  </NrwHealthProvider>
);

const cards = (container: Element) => container.querySelectorAll('.nrw-actor-directory__card');
const liveRegion = (container: Element) =>
  container.querySelector<HTMLElement>('.nrw-actor-directory > [role="status"]')!;
const dialog = () => document.querySelector<HTMLDialogElement>('dialog[open]');
const viewRadio = (container: Element, view: 'cards' | 'table') =>
  container.querySelector<HTMLInputElement>(`input[type="radio"][value="${view}"]`)!;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the dialog to close and focus to be back on `target`. */
async function expectClosedWithFocusOn(target: HTMLElement) {
  await waitFor(() => expect(dialog()).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(target));
  expectFocusVisible(target);
}

/** Presses Tab until `target` holds focus, checking that every stop on the way shows focus. */
async function tabTo(target: Element | null, limit = 80) {
  expect(target, 'an element to tab to').not.toBeNull();
  for (let step = 0; step < limit && document.activeElement !== target; step++) {
    await userEvent.tab();
    expectFocusVisible(document.activeElement);
  }
  expectFocusVisible(target);
}

/** Every string of `value` replaced by `payload`: ids, codes, texts and addresses alike. */
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

/** A portal that owns every piece of the directory's state. */
function Portal(props: { readonly onSelected: (id: string | null) => void }) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ActorFilterState>({
    kinds: [],
    topics: ['clinical-research'],
    places: [],
  });
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <NrwHealthProvider locale="en">
      <p data-testid="state">{JSON.stringify({ query, filters, selected })}</p>
      <ActorDirectory
        actors={realActors}
        query={query}
        onQueryChange={setQuery}
        filters={filters}
        onFiltersChange={setFilters}
        selected={selected}
        onSelectedChange={(id) => {
          props.onSelected(id);
          setSelected(id);
        }}
      />
    </NrwHealthProvider>
  );
}

describe('ActorDirectory in Chromium', () => {
  describe.each(locales)('axe, %s', (locale) => {
    it.each<[string, Partial<ActorDirectoryProps>]>([
      ['the real actors as cards', {}],
      ['the real actors as a table', { defaultView: 'table' }],
      ['filtered', { defaultQuery: 'Bochum', defaultFilters: { kinds: ['start-up'] } }],
      ['no match', { defaultQuery: 'zzzz' }],
      ['no actors', { actors: [] }],
      ['loading', { status: 'loading' }],
      ['an error', { status: 'error', errorDetail: 'HTTP 503 Service Unavailable' }],
      ['an error as a table', { status: 'error', defaultView: 'table', errorDetail: 'HTTP 503' }],
      ['long German compound words', { actors: [longWordsActor, fullActor] }],
      ['long German compound words as a table', { actors: [longWordsActor], defaultView: 'table' }],
    ])('%s: 0 violations', async (_, props) => {
      const { container } = render(page(locale, props));
      await expectNoAxeViolations(container);
    });

    it('an open profile with every part, sources unfolded: 0 violations', async () => {
      render(
        page(locale, {
          actors: [...syntheticActors, longWordsActor],
          defaultSelected: fullActor.id,
        }),
      );
      await waitFor(() => expect(dialog()).not.toBeNull());
      // Native and modal: in the top layer, the rest of the page inert.
      expect(dialog()!.matches(':modal')).toBe(true);
      for (const details of document.querySelectorAll('details')) details.open = true;
      await expectNoAxeViolations(document.body);
    });
  });

  it('never overflows a card with long German words', () => {
    const { container } = render(page('de', { actors: [longWordsActor] }));
    const card = cards(container)[0]!;
    expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth + 1);
  });

  it('gives every control a target of at least 24 px, in both views and the dialog', async () => {
    const { container } = render(page('de', { actors: [...syntheticActors, longWordsActor] }));
    const check = (root: ParentNode, least: number) => {
      const targets = root.querySelectorAll('a, button, summary, input, label:has(> input)');
      expect(targets.length).toBeGreaterThanOrEqual(least);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.height, target.outerHTML).toBeGreaterThanOrEqual(24);
        expect(box.width, target.outerHTML).toBeGreaterThanOrEqual(24);
      }
    };
    check(container, 20);
    await userEvent.click(viewRadio(container, 'table'));
    check(container, 20);
    const full = [...container.querySelectorAll<HTMLElement>('.nrw-actor-directory__name-button')];
    await userEvent.click(
      full.find((button) => button.textContent === 'Beispiel-Universitätsklinikum')!,
    );
    await waitFor(() => expect(dialog()).not.toBeNull());
    check(dialog()!, 4);
  });

  it('is searched, filtered, switched and left by keyboard alone', async () => {
    const { container } = render(page('en', {}));
    const input = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    await tabTo(input);
    expect(input.closest('search')).not.toBeNull();
    await userEvent.keyboard('bochum');
    const bochum = cards(container).length;
    expect(bochum).toBeGreaterThan(5);
    expect(bochum).toBeLessThan(realActors.length);

    // The first kind (the most frequent: companies) by Space; focus stays on the box.
    const firstKind = container.querySelector<HTMLInputElement>('fieldset input')!;
    await tabTo(firstKind);
    await userEvent.keyboard(' ');
    expect(firstKind.checked).toBe(true);
    expectFocusVisible(firstKind);
    const companies = cards(container).length;
    expect(companies).toBeGreaterThan(0);
    expect(companies).toBeLessThan(bochum);
    for (const card of cards(container)) {
      expect(card.querySelector('.nrw-actor-directory__kind')!.textContent).toBe('Company');
    }

    // Clear all: the button goes away, focus moves to the search.
    const clear = container.querySelector('.nrw-actor-directory__clear');
    await tabTo(clear);
    await userEvent.keyboard('{Enter}');
    expect(container.querySelector('.nrw-actor-directory__clear')).toBeNull();
    expectFocusVisible(input);
    expect(input.value).toBe('');
    expect(cards(container).length).toBe(realActors.length);

    // The view switch: Tab reaches the checked radio, the arrow keys check the other view.
    const cardsRadio = viewRadio(container, 'cards');
    const tableRadio = viewRadio(container, 'table');
    expect(cardsRadio.closest('fieldset')!.querySelector('legend')!.textContent).toBe('View');
    expect(container.querySelector('[role^="tab"]')).toBeNull();
    await tabTo(cardsRadio);
    await userEvent.keyboard('{ArrowRight}');
    expectFocusVisible(tableRadio);
    expect(tableRadio.checked).toBe(true);
    expect(container.querySelector('table')).not.toBeNull();
    expect(cards(container).length).toBe(0);
    await userEvent.keyboard('{ArrowLeft}');
    expectFocusVisible(cardsRadio);
    expect(cardsRadio.checked).toBe(true);
    expect(cards(container).length).toBe(realActors.length);
    await userEvent.keyboard('{ArrowRight}');
    expect(tableRadio.checked).toBe(true);

    // Into the table: the first name button opens the profile.
    await userEvent.tab();
    const nameButton = container.querySelector<HTMLElement>('.nrw-actor-directory__name-button')!;
    // The sort buttons of the header come first.
    await tabTo(nameButton);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(dialog()).not.toBeNull());
    expect(dialog()!.contains(document.activeElement)).toBe(true);
    const titleId = dialog()!.getAttribute('aria-labelledby')!;
    expect(document.getElementById(titleId)!.textContent).toBe(nameButton.textContent);
    await userEvent.keyboard('{Escape}');
    await expectClosedWithFocusOn(nameButton);
    expectFocusKept();
  });

  it('keeps focus in the modal profile dialog, closes it by Escape, button or backdrop, and returns focus', async () => {
    const { container } = render(page('de', { actors: [...syntheticActors] }));
    const opener = [...container.querySelectorAll<HTMLElement>('.nrw-actor-directory__card')]
      .find((card) => card.textContent?.includes('Beispiel-Universitätsklinikum'))!
      .querySelector<HTMLElement>('.nrw-actor-directory__profile-button')!;
    expect(opener.textContent).toBe('Profil als Studienzentrum anzeigen');
    await tabTo(opener);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(dialog()).not.toBeNull());
    const open = dialog()!;
    expect(open.closest('.nrw')?.getAttribute('lang')).toBe('de');
    expect(open.querySelector('h2')!.textContent).toBe(
      'Beispiel-Universitätsklinikum (UK Beispiel)',
    );

    // The study-centre profile, with phases from core's code list and experience.
    const text = open.textContent!;
    expect(text).toContain('Fachgebiete');
    expect(text).toContain('Onkologie');
    expect(text).toContain('Kardiologie');
    expect(text).toContain('Phase 1, Phase 2, Phase 3');
    expect(text).toContain('Führt Studien durch seit1995');
    expect(text).toContain('Studien bisher250');
    // Memberships by name, identifiers, and a ROR link.
    expect(text).toContain('Beispiel-Gesundheitsnetzwerk Ruhr e. V.');
    expect(text).toContain('IK 260000000');
    expect(open.querySelector('a[href="https://ror.org/000000098"]')).not.toBeNull();

    // Focus moved in (to the close button, its first control); the page behind is inert.
    expect(open.matches(':modal')).toBe(true);
    expect(document.activeElement).toBe(open.querySelector('.nrw-actor-directory__close'));
    // Behind it, nothing can be clicked: every point of the page hits the dialog or its backdrop.
    const behind = document.elementFromPoint(2, 2);
    expect(behind === open || open.contains(behind)).toBe(true);
    // Tab and Shift+Tab never reach the page behind the dialog.
    const stops = [...open.querySelectorAll<HTMLElement>('button, a, summary')];
    expect(stops.length).toBeGreaterThan(3);
    for (let step = 0; step < stops.length + 2; step++) {
      await userEvent.tab();
      const active = document.activeElement;
      expect(active === document.body || open.contains(active), `step ${step}`).toBe(true);
      if (active !== document.body) expectFocusVisible(active);
    }
    for (let step = 0; step < 3; step++) {
      await userEvent.tab({ shift: true });
      const active = document.activeElement;
      expect(active === document.body || open.contains(active)).toBe(true);
    }
    await userEvent.keyboard('{Escape}');
    await expectClosedWithFocusOn(opener);

    // The close button, by Space.
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(dialog()).not.toBeNull());
    await tabTo(dialog()!.querySelector('.nrw-actor-directory__close'));
    await userEvent.keyboard(' ');
    await expectClosedWithFocusOn(opener);

    // A click on the backdrop, outside the dialog's box.
    await userEvent.click(opener);
    await waitFor(() => expect(dialog()).not.toBeNull());
    const box = dialog()!.getBoundingClientRect();
    expect(Math.min(box.top, box.left)).toBeGreaterThan(5);
    // The page is inert: the point (4, 4) of the viewport hits the dialog's backdrop.
    expect(document.elementFromPoint(4, 4)).toBe(dialog());
    await userEvent.click(document.documentElement, { position: { x: 4, y: 4 }, force: true });
    await waitFor(() => expect(dialog()).toBeNull());
    // Focus returns; opened and closed by pointer, it need not show (no :focus-visible).
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it('sorts the table by a column and announces the order, without a virtual scroll region', async () => {
    const { container } = render(page('en', { defaultView: 'table' }));
    const names = () =>
      [...container.querySelectorAll('tbody th')].map((cell) => cell.textContent ?? '');
    expect(names().length).toBe(realActors.length);
    expect(container.querySelector('[aria-rowcount], .nrw-data-table__scroll--virtual')).toBeNull();
    const byName = container.querySelector<HTMLElement>('thead th:first-child button')!;
    await userEvent.click(byName);
    await userEvent.click(byName);
    expect(byName.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    expect(names()).toEqual([...names()].sort((a, b) => collator.compare(b, a)));
    expect(container.querySelector('.nrw-data-table [role="status"]')!.textContent).toBe(
      'Sorted by Name, descending',
    );
  });

  it('leaves the widget with Tab after its last control', async () => {
    const { container } = render(
      <NrwHealthProvider locale="en">
        <ActorDirectory actors={[longWordsActor]} />
        <button type="button">after</button>
      </NrwHealthProvider>,
    );
    const stops = container.querySelectorAll<HTMLElement>(
      '.nrw-actor-directory input, .nrw-actor-directory button, .nrw-actor-directory a',
    );
    await tabTo(stops[stops.length - 1]!);
    await userEvent.tab();
    expect(document.activeElement!.textContent).toBe('after');
  });

  describe('the live region', () => {
    it('announces the result count once typing pauses, not per letter', async () => {
      const { container } = render(page('en', {}));
      const region = liveRegion(container);
      expect(region.getAttribute('role')).toBe('status');
      const changes: string[] = [];
      new MutationObserver(() => changes.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      await userEvent.click(container.querySelector('input[type="search"]')!);
      await userEvent.keyboard('dortmund');
      // Right after typing, nothing is announced yet.
      expect(region.textContent).toBe('');
      await wait(announceDelay / 2);
      expect(region.textContent).toBe('');
      const found = cards(container).length;
      await waitFor(() => expect(region.textContent).toBe(`${found} actors found`), {
        timeout: announceDelay * 4,
      });
      expect(changes).toEqual([`${found} actors found`]);

      // A filter is announced too; the same count again is still read (a no-break space).
      await userEvent.click(container.querySelector('.nrw-actor-directory__clear')!);
      await waitFor(() => expect(region.textContent).toBe(`${realActors.length} actors found`), {
        timeout: announceDelay * 4,
      });
      await userEvent.keyboard('a');
      await userEvent.keyboard('{Backspace}');
      await waitFor(
        () => expect(region.textContent).toBe(`${realActors.length} actors found\u00a0`),
        { timeout: announceDelay * 4 },
      );
    });

    it('announces in German, and says when loading failed; the first render says nothing', async () => {
      const { container, rerender } = render(page('de', { status: 'loading' }));
      const region = liveRegion(container);
      await wait(announceDelay * 1.5);
      expect(region.textContent).toBe('');
      rerender(page('de', { status: 'ready' }));
      await waitFor(
        () => expect(region.textContent).toBe(`${realActors.length} Akteure gefunden`),
        { timeout: announceDelay * 4 },
      );
      rerender(page('de', { status: 'error' }));
      await waitFor(
        () => expect(region.textContent).toBe('Die Akteure konnten nicht geladen werden.'),
        { timeout: announceDelay * 4 },
      );
    });
  });

  describe('controlled and uncontrolled', () => {
    it('reports every change and shows only what the portal passes back', async () => {
      const onQueryChange = vi.fn();
      const onFiltersChange = vi.fn();
      const onViewChange = vi.fn();
      const onSelectedChange = vi.fn();
      const { container } = render(
        page('en', {
          query: 'essen',
          filters: { kinds: [] },
          view: 'cards',
          selected: null,
          onQueryChange,
          onFiltersChange,
          onViewChange,
          onSelectedChange,
        }),
      );
      const before = cards(container).length;
      await userEvent.type(container.querySelector('input[type="search"]')!, 'x');
      expect(onQueryChange).toHaveBeenLastCalledWith('essenx');
      expect(container.querySelector<HTMLInputElement>('input[type="search"]')!.value).toBe(
        'essen',
      );
      const box = container.querySelector<HTMLInputElement>('fieldset input')!;
      await userEvent.click(box);
      expect(onFiltersChange).toHaveBeenLastCalledWith({
        kinds: [box.value],
        topics: [],
        places: [],
      } satisfies ActorFilterState);
      expect(box.checked).toBe(false);
      await userEvent.click(viewRadio(container, 'table'));
      expect(onViewChange).toHaveBeenLastCalledWith('table');
      expect(container.querySelector('table')).toBeNull();
      expect(viewRadio(container, 'cards').checked).toBe(true);
      await userEvent.click(container.querySelector('.nrw-actor-directory__profile-button')!);
      expect(onSelectedChange).toHaveBeenCalledTimes(1);
      await wait(50);
      expect(dialog()).toBeNull();
      expect(cards(container).length).toBe(before);
    });

    it('follows a portal that owns the state', async () => {
      const seen: string[] = [];
      const { container } = render(<Portal onSelected={(id) => seen.push(String(id))} />);
      const clinical = realActors.filter((actor) => actor.topics?.includes('clinical-research'));
      expect(cards(container).length).toBe(clinical.length);
      await userEvent.type(container.querySelector('input[type="search"]')!, 'essen');
      expect(cards(container).length).toBeLessThan(clinical.length);
      const button = [...container.querySelectorAll<HTMLElement>('.nrw-actor-directory__card')]
        .find((card) =>
          card
            .querySelector('.nrw-actor-directory__name')
            ?.textContent?.startsWith('Universitätsklinikum Essen'),
        )!
        .querySelector('button')!;
      await userEvent.click(button);
      await waitFor(() => expect(dialog()).not.toBeNull());
      expect(dialog()!.textContent).toContain('Cancer research');
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(dialog()).toBeNull());
      expect(seen).toEqual(['uk-essen', 'null']);
      expect(container.querySelector('[data-testid="state"]')!.textContent).toContain(
        '"query":"essen"',
      );
    });

    it('starts from default values and keeps its own state', async () => {
      const { container } = render(
        page('de', {
          defaultQuery: 'essen',
          defaultView: 'table',
          defaultFilters: { places: ['05113'] },
        }),
      );
      const rows = container.querySelectorAll('tbody tr');
      const inEssen = realActors.filter((actor) => actor.address?.district === '05113');
      expect(rows.length).toBeLessThanOrEqual(inEssen.length);
      expect(rows.length).toBeGreaterThan(3);
      await userEvent.click(viewRadio(container, 'cards'));
      expect(cards(container).length).toBe(rows.length);
    });
  });

  describe('XSS', () => {
    beforeEach(() => resetXss());

    it.each(xssPayloads)('renders %j in every field and prop as text', async (payload) => {
      const actor = poisoned(fullActor, payload) as Actor;
      const { container } = render(
        <NrwHealthProvider locale="de">
          <ActorDirectory
            actors={[actor, longWordsActor]}
            defaultSelected={payload}
            defaultQuery={payload}
            errorDetail={payload}
          />
          <ActorDirectory
            actors={[actor]}
            defaultView="table"
            status="error"
            errorDetail={payload}
          />
          <ActorDirectory actors={[actor]} defaultView="table" />
        </NrwHealthProvider>,
      );
      // The query is the payload too: the poisoned actor is found by it, whatever it is.
      await waitFor(() => expect(dialog()).not.toBeNull());
      for (const details of document.querySelectorAll('details')) details.open = true;
      await expectNoXss(document.body);
      expect(container.textContent).toContain(payload.trim() === '' ? '' : payload.slice(0, 5));
      await act(async () => {
        await userEvent.keyboard('{Escape}');
      });
    });

    it('never links a javascript: website, identifier or source', async () => {
      const script = 'javascript:window.__nrwXss=1';
      const actor = {
        ...fullActor,
        website: script,
        identifiers: [{ scheme: 'website', url: script }],
        provenance: { sources: [{ title: 'Quelle', url: script }] },
      } as unknown as Actor;
      const { container } = render(page('en', { actors: [actor], defaultSelected: actor.id }));
      await waitFor(() => expect(dialog()).not.toBeNull());
      expect(document.querySelector('a[href*="javascript" i]')).toBeNull();
      expect(container.textContent).toContain(script);
      expect(dialog()!.textContent).toContain(script);
      await expectNoXss(document.body);
    });
  });
});
