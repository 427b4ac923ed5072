import { type IndicatorDefinition, type Locale, locales } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { contrastRatio } from '@nrw-health/tokens/contrast';
import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { expectNoAxeViolations } from '../testing/axe';
import { expectFocusKept, expectFocusVisible } from '../testing/keyboard';
import { expectNoXss, resetXss, xssPayloads } from '../testing/xss';
import { districtAbbreviations } from './layout';
import type { MapView } from './parts';
import { RegionTileMap, type RegionTileMapProps } from './RegionTileMap';

// Real figures (document 002): clinical trials 2013–2022 for 4 Ruhr districts, and digital-health
// start-ups 2022 for 5 districts of NRW. The other districts have no figure: "no value".
const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;
const startUps = indicatorDefinitions.find(
  (definition) => definition.id === 'digital-health-start-ups',
)!;

function TileMap(props: RegionTileMapProps & { locale?: Locale }) {
  const { locale = 'en', ...rest } = props;
  return (
    <NrwHealthProvider locale={locale}>
      <main>
        <h1>Map</h1>
        <RegionTileMap regions="ruhr" observations={observations} indicator={trials} {...rest} />
      </main>
    </NrwHealthProvider>
  );
}

/** A parent that owns the view, starting with the table. */
function Owner() {
  const [view, setView] = useState<MapView>('table');
  return <TileMap view={view} onViewChange={setView} />;
}

const tiles = (container: Element) => [
  ...container.querySelectorAll<SVGGElement>('g.nrw-region-map__tile'),
];
const tile = (container: Element, abbreviation: string) =>
  tiles(container).find((g) => g.querySelector('text')?.textContent === abbreviation)!;
const button = (container: Element, name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;
const focusedLabel = () =>
  document.activeElement?.querySelector('.nrw-region-map__label')?.textContent;

const longGerman: IndicatorDefinition = {
  ...trials,
  title: {
    de: 'Krankenhausinvestitionsförderungsbeträge je Einwohnerin und Einwohner (Beispiel)',
    en: 'Hospital investment grants per inhabitant (example)',
  },
  unit: { label: { de: 'Gesundheitswirtschaftsbeschäftigtenanteil', en: 'share' } },
};

describe('RegionTileMap in Chromium', () => {
  describe.each(locales)('axe, %s', (locale) => {
    it.each<[string, RegionTileMapProps]>([
      ['the Ruhr with real trial counts', {}],
      ['NRW with real start-up counts', { regions: 'nrw', indicator: startUps }],
      ['no values at all', { observations: [] }],
      ['loading', { status: 'loading' }],
      ['error', { status: 'error', errorDetail: 'HTTP 503' }],
      ['the table view', { defaultView: 'table' }],
      [
        'long German compound words',
        { regions: 'nrw', indicator: longGerman, values: { '05113': 1.5, '05315': 2 } },
      ],
      [
        'own class breaks and a note',
        { thresholds: [150, 400], values: { '05113': 1, '5113': 2 } },
      ],
    ])('finds no WCAG 2.2 AA violation: %s', async (_, props) => {
      const { container } = render(<TileMap locale={locale} {...props} />);
      await expectNoAxeViolations(container);
    });

    it('finds no violation with a tile focused and hovered', async () => {
      const { container } = render(<TileMap locale={locale} />);
      await userEvent.hover(tile(container, 'E'));
      act(() => tile(container, 'BO').focus());
      expect(container.querySelector('.nrw-region-map__focus')).not.toBeNull();
      await expectNoAxeViolations(container);
    });
  });

  it('names every tile with the full name and value; shows short name and value on it', () => {
    const { container } = render(<TileMap locale="de" />);
    expect(tiles(container)).toHaveLength(15);
    const essen = tile(container, 'E');
    expect(essen.getAttribute('role')).toBe('img');
    expect(essen.getAttribute('aria-label')).toBe('Essen: 1.041 Studien');
    expect(essen.textContent).toBe('E1.041');
    const hamm = tile(container, 'HAM');
    expect(hamm.getAttribute('aria-label')).toBe('Hamm: keine Angabe');
    expect(hamm.textContent).toBe('HAMk. A.');
    // The group is named by the title and tells how to move.
    const svg = container.querySelector('svg[role="group"]')!;
    expect(document.getElementById(svg.getAttribute('aria-labelledby')!)!.textContent).toBe(
      'Beteiligung an klinischen Studien, 2013–2022',
    );
    expect(document.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /Pfeiltasten/,
    );
  });

  it('is one tab stop; the arrow keys move between tiles as they lie; Tab leaves', async () => {
    const { container, getByText } = render(
      <>
        <TileMap />
        <button type="button">after</button>
      </>,
    );
    await userEvent.tab();
    expectFocusVisible(button(container, 'Map'));
    await userEvent.tab();
    expectFocusVisible(button(container, 'Table'));
    await userEvent.tab();
    expectFocusVisible(tile(container, 'WES'));
    const readout = container.querySelector('.nrw-region-map__readout')!;
    expect(readout.textContent).toBe('Wesel district: no value');

    const path: string[] = [];
    for (const key of [
      'ArrowDown',
      'ArrowDown',
      'ArrowRight',
      'ArrowRight',
      'ArrowUp',
      'ArrowRight',
      'ArrowDown',
      'ArrowLeft',
    ]) {
      await userEvent.keyboard(`{${key}}`);
      path.push(focusedLabel()!);
    }
    expect(path).toEqual(['OB', 'DU', 'MH', 'E', 'GE', 'HER', 'BO', 'E']);
    expectFocusVisible(tile(container, 'E'));
    expect(readout.textContent).toBe('Essen: 1,041 studies');
    expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    // At the edge focus stays; Home and End go to the first and last tile.
    await userEvent.keyboard('{End}');
    expect(focusedLabel()).toBe('EN');
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedLabel()).toBe('EN');
    await userEvent.keyboard('{Home}');
    expect(focusedLabel()).toBe('WES');
    await userEvent.keyboard('{ArrowLeft}{ArrowUp}');
    expectFocusVisible(tile(container, 'WES'));

    await userEvent.keyboard('{ArrowRight}');
    await userEvent.tab();
    expect(document.activeElement).toBe(getByText('after'));
    // Back in, focus returns to the tile last visited.
    await userEvent.tab({ shift: true });
    expectFocusVisible(tile(container, 'RE'));
  });

  it('switches to the table and back by keyboard; focus stays on the switch', async () => {
    const { container } = render(<TileMap locale="de" />);
    await userEvent.tab();
    await userEvent.tab();
    const table = button(container, 'Tabelle');
    expectFocusVisible(table);
    await userEvent.keyboard('{Enter}');
    expect(table.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('svg[role="group"]')).toBeNull();
    expect(container.querySelectorAll('tbody tr')).toHaveLength(15);
    expectFocusVisible(table);

    // Into the table: sort by value, largest first, missing values last.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement?.textContent).toMatch(/^Wert/);
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    const names = [...container.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(names.slice(0, 4)).toEqual(['Essen', 'Bochum', 'Dortmund', 'Herne']);
    expect(container.querySelector('[role="status"]')!.textContent).toBe(
      'Sortiert nach Wert, absteigend',
    );
    expectFocusKept();

    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    const map = button(container, 'Karte');
    expectFocusVisible(map);
    await userEvent.keyboard(' ');
    expect(map.getAttribute('aria-pressed')).toBe('true');
    expect(tiles(container)).toHaveLength(15);
    expectFocusVisible(map);
  });

  it('works controlled: it shows the view it is given and reports wishes', async () => {
    const wishes: MapView[] = [];
    const fixed = render(<TileMap view="table" onViewChange={(view) => wishes.push(view)} />);
    await userEvent.click(button(fixed.container, 'Map'));
    expect(wishes).toEqual(['map']);
    expect(fixed.container.querySelector('table')).not.toBeNull();
    fixed.unmount();

    const { container } = render(<Owner />);
    await userEvent.click(button(container, 'Map'));
    expect(tiles(container)).toHaveLength(15);
  });

  it('shows the name and value of the tile under the pointer', async () => {
    const { container } = render(<TileMap />);
    await userEvent.hover(tile(container, 'BO'));
    expect(container.querySelector('.nrw-region-map__readout')!.textContent).toBe(
      'Bochum: 330 studies',
    );
    await userEvent.unhover(tile(container, 'BO'));
    expect(container.querySelector('.nrw-region-map__readout')!.textContent).toBe('');
  });

  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
  ])('keeps text on every fill at 4.5:1 or more, outlines at 3:1 (%s theme)', (_, theme) => {
    const values = { '05113': 1, '05911': 2, '05913': 3, '05916': 4, '05914': 5, '05170': 0 };
    const { container } = render(
      <div data-nrw-theme={theme}>
        <TileMap values={values} />
      </div>,
    );
    // The page background of the theme, as the tokens set it.
    const page = getComputedStyle(container.querySelector('[data-nrw-theme]')!)
      .getPropertyValue('--nrw-color-layout-background-default')
      .trim();
    expect(page).not.toBe('');
    const steps = new Set<string>();
    const fills: string[] = [];
    for (const g of tiles(container)) {
      const step = g.getAttribute('class')!.match(/__step-(\d)/)?.[1];
      const fill = getComputedStyle(g.querySelector('rect')!).fill;
      for (const text of g.querySelectorAll('text')) {
        const ink = getComputedStyle(text).fill;
        // Hatched tiles: the text sits on a halo of the page background.
        const ground = step ? fill : getComputedStyle(text).stroke;
        expect(
          contrastRatio(ink, ground),
          `${text.textContent} on ${ground}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
      expect(
        contrastRatio(getComputedStyle(g.querySelector('rect')!).stroke, page),
      ).toBeGreaterThanOrEqual(3);
      if (step && !steps.has(step)) {
        steps.add(step);
        fills[Number(step)] = fill;
      }
    }
    expect([...steps].sort()).toEqual(['1', '2', '3', '4', '5']);
    // The ramp runs one way: each step stands further from the page than the one before.
    const distance = fills.slice(1).map((fill) => contrastRatio(fill, page));
    expect(distance).toEqual([...distance].sort((a, b) => a - b));
    expect(new Set(distance).size).toBe(5);
  });

  it('gives every tile and button a target of at least 24 by 24 px, and no motion', () => {
    const { container } = render(<TileMap regions="nrw" />);
    for (const element of [...tiles(container), ...container.querySelectorAll('button')]) {
      const { width, height } = element.getBoundingClientRect();
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(24);
    }
    for (const element of container.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      expect(style.animationName).toBe('none');
      expect(Number.parseFloat(style.transitionDuration)).toBe(0);
    }
  });

  it('keeps every district by its abbreviation on the NRW grid', () => {
    const { container } = render(<TileMap regions="nrw" />);
    expect(
      tiles(container)
        .map((g) => g.querySelector('text')!.textContent)
        .sort(),
    ).toEqual(Object.values(districtAbbreviations).sort());
  });

  describe('XSS', () => {
    it.each(xssPayloads)(
      'renders %j as text in every text prop and data field',
      async (payload) => {
        resetXss();
        const indicator: IndicatorDefinition = {
          ...trials,
          title: { de: payload, en: payload },
          unit: { label: { de: payload, en: payload } },
          sources: [{ producer: payload, title: payload }],
        };
        const { container } = render(
          <NrwHealthProvider
            locale="en"
            labels={{ en: { 'regionMap.missingShort': payload, 'regionMap.hint': payload } }}
          >
            <RegionTileMap
              regions="ruhr"
              observations={observations.map((row) => ({ ...row, indicator: trials.id }))}
              indicator={indicator}
              values={{ '05113': 3, [payload]: 4 }}
              className={payload}
            />
            <RegionTileMap
              regions="ruhr"
              title={payload}
              unit={payload}
              source={payload}
              defaultView="table"
              values={{ '05113': 3 }}
            />
            <RegionTileMap regions="ruhr" status="error" errorDetail={payload} />
          </NrwHealthProvider>,
        );
        expect(container.textContent).toContain(payload);
        tile(container, 'E').focus();
        await expectNoXss(container);
      },
    );
  });
});
