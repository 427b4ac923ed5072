import { type Locale, locales } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { contrastRatio } from '@nrw-health/tokens/contrast';
import { act, render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { expectNoAxeViolations } from '../testing/axe';
import { expectFocusVisible } from '../testing/keyboard';
import { expectNoXss, resetXss, xssPayloads } from '../testing/xss';
import { GeoChoropleth, type GeoChoroplethProps } from './GeoChoropleth';

// Real boundaries (BKG, dl-de/by-2-0) from /work/shared/fixtures, read by the test, never copied.
// Vitest's readFile resolves against the project root (packages/react).
const geo = '../../../shared/fixtures/geo/';
type Collection = {
  type: 'FeatureCollection';
  features: { properties: Record<string, unknown> }[];
};
let nrw: Collection;
let germany: unknown;
beforeAll(async () => {
  nrw = JSON.parse(await commands.readFile(`${geo}kreise-geojson/landkreise_NRW.geojson`));
  germany = JSON.parse(await commands.readFile(`${geo}kreise-topojson/landkreise_DE.topojson`));
});

const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;

function Choropleth(props: Partial<GeoChoroplethProps> & { locale?: Locale }) {
  const { locale = 'en', ...rest } = props;
  return (
    <NrwHealthProvider locale={locale}>
      <main>
        <h1>Map</h1>
        <GeoChoropleth boundaries={nrw} observations={observations} indicator={trials} {...rest} />
      </main>
    </NrwHealthProvider>
  );
}

const areas = (container: Element) => [
  ...container.querySelectorAll<SVGGElement>('g.nrw-region-map__area'),
];
const area = (container: Element, name: string) =>
  areas(container).find((g) => g.getAttribute('aria-label')!.startsWith(`${name}:`))!;
const centre = (element: Element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x: x + width / 2, y: y + height / 2 };
};

describe('GeoChoropleth in Chromium', () => {
  it('has the real boundaries to draw', () => {
    expect(nrw.features).toHaveLength(53);
  });

  describe.each(locales)('axe, %s', (locale) => {
    it.each<[string, () => Partial<GeoChoroplethProps>]>([
      ['NRW with real trial counts', () => ({})],
      ['keyed by NUTS', () => ({ keyProperty: 'NUTS', values: { DEA13: 3, DEA52: 9 } })],
      [
        'TopoJSON of Germany, NRW only',
        () => ({ boundaries: germany, include: (key: string) => key.startsWith('05') }),
      ],
      ['the table view', () => ({ defaultView: 'table' })],
      [
        'boundaries it cannot read',
        () => ({ boundaries: { type: 'Point', coordinates: [7, 51] } }),
      ],
      ['loading', () => ({ status: 'loading' })],
      ['error', () => ({ status: 'error', errorDetail: 'HTTP 503' })],
    ])('finds no WCAG 2.2 AA violation: %s', async (_, props) => {
      const { container } = render(<Choropleth locale={locale} {...props()} />);
      await expectNoAxeViolations(container);
    });
  });

  it('finds no violation with an area focused', async () => {
    const { container } = render(<Choropleth />);
    act(() => area(container, 'Essen').focus());
    expect(container.querySelector('.nrw-region-map__focus')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('names each area with its name and value; missing values as "no value"', () => {
    const { container } = render(<Choropleth locale="de" />);
    expect(areas(container)).toHaveLength(53);
    expect(area(container, 'Essen').getAttribute('aria-label')).toBe('Essen: 1.041 Studien');
    expect(area(container, 'Kreis Kleve').getAttribute('aria-label')).toBe(
      'Kreis Kleve: keine Angabe',
    );
    expect(area(container, 'Essen').getAttribute('role')).toBe('img');
  });

  it('is one tab stop, the arrow keys move to the area that lies that way, Tab leaves', async () => {
    const { container, getByText } = render(
      <>
        <Choropleth />
        <button type="button">after</button>
      </>,
    );
    act(() => area(container, 'Essen').focus());
    expectFocusVisible(area(container, 'Essen'));
    for (const [key, axis, sign] of [
      ['ArrowRight', 'x', 1],
      ['ArrowDown', 'y', 1],
      ['ArrowLeft', 'x', -1],
      ['ArrowLeft', 'x', -1],
      ['ArrowUp', 'y', -1],
      ['ArrowUp', 'y', -1],
    ] as const) {
      const before = centre(document.activeElement!);
      const name = document.activeElement!.getAttribute('aria-label');
      await userEvent.keyboard(`{${key}}`);
      const after = centre(document.activeElement!);
      expect(document.activeElement!.getAttribute('aria-label'), key).not.toBe(name);
      expect(Math.sign(after[axis] - before[axis]), `${key} from ${name}`).toBe(sign);
    }
    expect(container.querySelector('.nrw-region-map__readout')!.textContent).toBe(
      document.activeElement!.getAttribute('aria-label'),
    );
    expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await userEvent.keyboard('{Home}');
    expectFocusVisible(areas(container)[0]!);
    await userEvent.tab();
    expect(document.activeElement).toBe(getByText('after'));
    await userEvent.tab({ shift: true });
    expectFocusVisible(areas(container)[0]!);
  });

  it('switches to the table by keyboard', async () => {
    const { container } = render(<Choropleth />);
    await userEvent.tab();
    await userEvent.tab();
    expectFocusVisible(container.querySelector('button[aria-pressed="false"]'));
    await userEvent.keyboard('{Enter}');
    expect(container.querySelectorAll('tbody tr')).toHaveLength(53);
    expect(container.querySelector('svg[role="group"]')).toBeNull();
  });

  it('draws outlines at 3:1 against the page and shades the classes in order', () => {
    const { container } = render(
      <Choropleth values={{ '05113': 1, '05911': 2, '05913': 3, '05916': 4, '05914': 5 }} />,
    );
    const page = getComputedStyle(container.querySelector('.nrw')!)
      .getPropertyValue('--nrw-color-layout-background-default')
      .trim();
    const fills: string[] = [];
    for (const g of areas(container)) {
      const shape = g.querySelector('path')!;
      expect(contrastRatio(getComputedStyle(shape).stroke, page)).toBeGreaterThanOrEqual(3);
      const step = g.getAttribute('class')!.match(/__step-(\d)/)?.[1];
      if (step) fills[Number(step)] = getComputedStyle(shape).fill;
    }
    const distance = fills.slice(1).map((fill) => contrastRatio(fill, page));
    expect(distance).toHaveLength(5);
    expect(distance).toEqual([...distance].sort((a, b) => a - b));
  });

  it('shows a visible note for input it cannot draw, and draws the rest', () => {
    const features = nrw.features.map((feature, index) =>
      index < 2 ? { ...feature, properties: { GEN: 'ohne Schlüssel' } } : feature,
    );
    const { container } = render(
      <Choropleth
        boundaries={{ type: 'FeatureCollection', features }}
        values={{ '05113': 1, '05999': 2 }}
      />,
    );
    expect(areas(container)).toHaveLength(51);
    const notes = container.querySelector('.nrw-region-map__notes')!;
    expect(notes.checkVisibility()).toBe(true);
    expect(notes.textContent).toContain('2 areas without the property “AGS” were not drawn.');
    expect(notes.textContent).toContain('1 value belongs to no area of the map: 05999');
  });

  describe('XSS', () => {
    it.each(xssPayloads)(
      'renders %j as text in every text prop and data field',
      async (payload) => {
        resetXss();
        // Areas the registry does not know, named and keyed by the payload.
        const features = nrw.features.slice(0, 3).map((feature, index) => ({
          ...feature,
          properties: { ...feature.properties, AGS: `${payload}${index}`, GEN: payload },
        }));
        const { container } = render(
          <NrwHealthProvider locale="de">
            <GeoChoropleth
              boundaries={{ type: 'FeatureCollection', features }}
              values={{ [`${payload}0`]: 1, [payload]: 2 }}
              title={payload}
              unit={payload}
              source={payload}
              className={payload}
            />
            <GeoChoropleth
              boundaries={{ type: 'FeatureCollection', features }}
              keyProperty={payload}
              object={payload}
            />
            <GeoChoropleth boundaries={{ type: 'Topology', objects: {} }} object={payload} />
            <GeoChoropleth
              boundaries={{ type: 'FeatureCollection', features }}
              defaultView="table"
            />
          </NrwHealthProvider>,
        );
        expect(container.textContent).toContain(payload);
        act(() => areas(container)[0]!.focus());
        await expectNoXss(container);
      },
    );
  });
});
