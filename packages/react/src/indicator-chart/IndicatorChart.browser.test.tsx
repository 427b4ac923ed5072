import { type IndicatorDefinition, type Locale, locales, type Observation } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { expectNoAxeViolations } from '../testing/axe';
import { expectFocusKept, expectFocusVisible } from '../testing/keyboard';
import { expectNoXss, resetXss, xssPayloads } from '../testing/xss';
import { contrastOf, poisoned } from './chart-testing';
import { beds, flaggedSeries } from './examples';
import {
  IndicatorChart,
  type IndicatorChartProps,
  type IndicatorChartView,
} from './IndicatorChart';

const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;
const names = { '05954036': 'Witten', '11000': 'Berlin', '02000': 'Hamburg' };
const longName = 'Gesundheitswirtschaftsbeschäftigtenzahlenstatistikberichterstattungsverordnung';

const page = { background: 'var(--nrw-color-layout-background-default)' };

function Page(props: Partial<IndicatorChartProps> & { locale?: Locale; theme?: 'dark' }) {
  const { locale = 'en', theme, ...rest } = props;
  return (
    <NrwHealthProvider locale={locale}>
      {/* A page in the theme's colours, as a portal would set them. */}
      <main className="nrw" data-nrw-theme={theme} style={page}>
        <h1>Dashboard</h1>
        <IndicatorChart definition={beds} observations={flaggedSeries} headingLevel={2} {...rest} />
        <a href="#after" style={{ color: 'var(--nrw-color-action-default)' }}>
          After the chart
        </a>
      </main>
    </NrwHealthProvider>
  );
}

const point = (container: Element, index: number) =>
  container.querySelector<SVGElement>(`[data-point="${index}"]`);
const focusedLabel = () => document.activeElement?.getAttribute('aria-label');
const readout = (container: Element) =>
  container.querySelector('.nrw-indicator-chart__readout')?.textContent;

/** A parent that owns the view and accepts only a switch to the chart. */
function Controlled() {
  const [view, setView] = useState<IndicatorChartView>('table');
  return <Page view={view} onViewChange={(next) => next === 'chart' && setView(next)} />;
}

describe('IndicatorChart in Chromium', () => {
  describe.each(locales)('axe, %s', (locale) => {
    it.each<[string, Partial<IndicatorChartProps> & { theme?: 'dark' }]>([
      ['a line chart with flags and gaps', {}],
      ['bars grouped by period', { type: 'bar' }],
      ['real trial counts as bars', { definition: trials, observations, regionNames: names }],
      ['the table view', { defaultView: 'table' }],
      ['no data', { observations: [] }],
      ['loading', { status: 'loading' }],
      ['an error', { status: 'error', errorDetail: 'HTTP 503' }],
      [
        'long German compound words',
        { title: longName, regionNames: { '05113': longName, '05911': `${longName}kreis` } },
      ],
      ['the dark theme', { theme: 'dark', type: 'bar' }],
    ])('%s: 0 violations', async (_, props) => {
      const { container } = render(<Page locale={locale} {...props} />);
      await expectNoAxeViolations(container);
    });

    it('a focused point and the sorted table: 0 violations', async () => {
      const { container } = render(<Page locale={locale} />);
      point(container, 3)!.focus();
      await expectNoAxeViolations(container);
      await userEvent.click(container.querySelectorAll('.nrw-indicator-chart__view')[1]!);
      await userEvent.click(container.querySelector('th button')!);
      await expectNoAxeViolations(container);
    });
  });

  it('is operated by keyboard: the toolbar, then every point by arrow keys, then on', async () => {
    const { container } = render(<Page />);
    const [chart, table] = container.querySelectorAll<HTMLButtonElement>(
      '.nrw-indicator-chart__view',
    );
    await userEvent.tab();
    expectFocusVisible(chart!);
    await userEvent.tab();
    expectFocusVisible(table!);
    await userEvent.tab();
    expectFocusVisible(container.querySelector('.nrw-indicator-chart__download'));

    // One tab stop for the chart: its first point.
    await userEvent.tab();
    expectFocusVisible(point(container, 0));
    expect(focusedLabel()).toBe('Essen, 2019: 5,000 beds');
    expect(readout(container)).toBe('Essen, 2019: 5,000 beds');

    await userEvent.keyboard('{ArrowRight}');
    expectFocusVisible(point(container, 1));
    expect(focusedLabel()).toBe('Essen, 2020: 5,150 beds');
    await userEvent.keyboard('{End}');
    expect(focusedLabel()).toBe('Essen, 2023: 5,600 beds, Provisional, note 2');
    expect(readout(container)).toBe('Essen, 2023: 5,600 beds, Provisional, note 2');
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedLabel()).toBe('Essen, 2023: 5,600 beds, Provisional, note 2');

    // Down to the next series, at the same period; a missing value is a stop of its own.
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedLabel()).toBe('Bochum, 2023: 3,140 beds');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(focusedLabel()).toBe('Bochum, 2021: no value, Missing value, note 3');
    expectFocusVisible(document.activeElement);
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedLabel()).toBe('Dortmund, 2021: 4,220 beds');
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedLabel()).toBe('Dortmund, 2021: 4,220 beds');
    await userEvent.keyboard('{Home}{ArrowRight}');
    expect(focusedLabel()).toBe('Dortmund, 2020: no value, Confidential, note 6');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(focusedLabel()).toBe('Essen, 2020: 5,150 beds');
    // Only the current point is in the tab order.
    expect(container.querySelectorAll('svg [tabindex="0"]')).toHaveLength(1);

    // Tab leaves the chart (through the source link) and Shift+Tab comes back to the same point.
    await userEvent.tab();
    expectFocusVisible(container.querySelector('.nrw-chart__sources a'));
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('After the chart');
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    expect(focusedLabel()).toBe('Essen, 2020: 5,150 beds');
    expectFocusKept();
  });

  it('moves along bars in their order, top to bottom', async () => {
    const { container } = render(
      <Page definition={trials} observations={observations} regionNames={names} />,
    );
    point(container, 0)!.focus();
    expect(focusedLabel()).toMatch(
      /^Ruhr \(Regionalverband Ruhr area\), 2013–2022: 1,721 studies, note 1, note 2$/,
    );
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedLabel()).toMatch(/^Essen, 2013–2022: 1,041 studies/);
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedLabel()).toMatch(/^Bochum,/);
    await userEvent.keyboard('{End}');
    expect(focusedLabel()).toMatch(/^France, 2013–2022: 4,097 studies/);
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedLabel()).toMatch(/^Spain,/);
    expectFocusVisible(document.activeElement);
  });

  it('names the SVG by the title and describes it by the summary and the notes', () => {
    const { container } = render(<Page />);
    const svg = container.querySelector('svg.nrw-indicator-chart__svg')!;
    const text = (ids: string) =>
      ids
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' ');
    expect(text(svg.getAttribute('aria-labelledby')!)).toBe('Hospital beds (example)');
    const description = text(svg.getAttribute('aria-describedby')!);
    expect(description).toContain(
      '2023: highest Essen with 5,600 beds, lowest Bochum with 3,140 beds.',
    );
    expect(description).toContain('Provisional: A preliminary value that may still change.');
    expect(description).toContain('Break in series');
    const figure = container.querySelector('figure')!;
    expect(text(figure.getAttribute('aria-labelledby')!)).toBe('Hospital beds (example)');
  });

  it('switches to the table and back by keyboard; focus stays on the button', async () => {
    const onViewChange = vi.fn();
    const { container } = render(<Page onViewChange={onViewChange} />);
    const [chart, table] = container.querySelectorAll<HTMLButtonElement>(
      '.nrw-indicator-chart__view',
    );
    table!.focus();
    await userEvent.keyboard('{Enter}');
    expect(onViewChange).toHaveBeenLastCalledWith('table');
    expect(table!.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('table caption')?.textContent).toBe('Hospital beds (example)');
    expect(container.querySelectorAll('tbody tr')).toHaveLength(15);
    expect(container.querySelector('svg.nrw-indicator-chart__svg')).toBeNull();
    expectFocusVisible(table!);
    // On into the table's sort buttons, and back.
    await userEvent.tab();
    await userEvent.tab();
    expectFocusVisible(container.querySelector('th button'));
    await userEvent.keyboard('{Enter}');
    expect(container.querySelector('th[aria-sort]')?.textContent).toMatch(/^Region/);
    chart!.focus();
    await userEvent.keyboard(' ');
    expect(onViewChange).toHaveBeenLastCalledWith('chart');
    expect(container.querySelector('svg.nrw-indicator-chart__svg')).not.toBeNull();
    expectFocusVisible(chart!);
  });

  it('shows a controlled view only as the parent says', async () => {
    const { container } = render(<Controlled />);
    expect(container.querySelector('table')).not.toBeNull();
    const [chart] = container.querySelectorAll<HTMLButtonElement>('.nrw-indicator-chart__view');
    await userEvent.click(chart!);
    expect(container.querySelector('table')).toBeNull();
  });

  describe('CSV download', () => {
    let blobs: Blob[] = [];
    let names: string[] = [];
    beforeEach(() => {
      blobs = [];
      names = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        blobs.push(blob as Blob);
        return 'blob:test';
      });
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        names.push(this.download);
      });
    });
    afterEach(() => vi.restoreAllMocks());

    it.each([
      [
        'de',
        undefined,
        /^\uFEFFindicator;region;region_name;period;value;/,
        ';5000;Betten;0;normal;',
      ],
      ['en', undefined, /^indicator,region,region_name,period,value,/, ',5000,beds,0,normal,'],
      ['de', 'en', /^indicator,region,/, ',5000,Betten,0,normal,'],
    ] as const)('in %s (dialect %s) by keyboard', async (locale, csvDialect, header, row) => {
      const { container } = render(<Page locale={locale} csvDialect={csvDialect} />);
      container.querySelector<HTMLButtonElement>('.nrw-indicator-chart__download')!.focus();
      await userEvent.keyboard('{Enter}');
      expect(names).toEqual(['example-hospital-beds.csv']);
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        await blobs[0]!.arrayBuffer(),
      );
      expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
      expect(csv).toMatch(header);
      expect(csv).toContain(row);
      expect(csv.split('\r\n')).toHaveLength(17);
      // The temporary link is gone; no blob: or data: link stays in the page.
      expect(document.querySelector('a[download]')).toBeNull();
      expectFocusKept();
    });
  });

  it.each([undefined, 'dark'] as const)(
    'draws data marks with 3:1 contrast or more against the background (%s theme)',
    (theme) => {
      const { container } = render(<Page theme={theme} type="line" />);
      const figure = container.querySelector('figure')!;
      const background = getComputedStyle(figure).backgroundColor;
      const marks = [...container.querySelectorAll('.nrw-chart__marker, .nrw-chart__line')];
      expect(marks.length).toBeGreaterThan(15);
      for (const mark of marks) {
        const style = getComputedStyle(mark);
        const paint = mark.classList.contains('nrw-chart__line') ? style.stroke : style.fill;
        expect(
          contrastOf(paint, background),
          `${mark.outerHTML} on ${background}`,
        ).toBeGreaterThanOrEqual(3);
      }
      const { container: bars } = render(<Page theme={theme} type="bar" />);
      for (const rect of bars.querySelectorAll('rect')) {
        expect(contrastOf(getComputedStyle(rect).fill, background)).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('tells series apart beyond colour: each has its own marker and dash', () => {
    const { container } = render(<Page />);
    const series = [...container.querySelectorAll('svg .nrw-chart__series')];
    const markers = new Set(
      series.map((one) => one.querySelector('.nrw-chart__marker')?.getAttribute('d')),
    );
    const dashes = new Set(
      series.map((one) => getComputedStyle(one.querySelector('.nrw-chart__line')!).strokeDasharray),
    );
    expect(markers.size).toBe(3);
    expect(dashes.size).toBe(3);
  });

  it('keeps its marks out of the browser’s forced colours, on the tokens’ system colours', () => {
    const { container } = render(<Page />);
    const svg = container.querySelector('svg.nrw-indicator-chart__svg')!;
    expect(getComputedStyle(svg).forcedColorAdjust).toBe('none');
  });

  it('scales to a narrow container by its viewBox, nothing measured', () => {
    const { container } = render(
      <div style={{ width: 320 }}>
        <Page />
      </div>,
    );
    const box = container.querySelector('svg.nrw-indicator-chart__svg')!.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(320);
    expect(box.height / box.width).toBeCloseTo(320 / 640, 2);
  });

  it('gives buttons and links targets of at least 24 px', () => {
    const { container } = render(<Page />);
    for (const target of container.querySelectorAll('figure button, figure a')) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.outerHTML).toBeGreaterThanOrEqual(24);
      expect(box.width, target.outerHTML).toBeGreaterThanOrEqual(24);
    }
  });

  describe('XSS', () => {
    beforeEach(() => resetXss());

    it.each(xssPayloads)(
      'renders %j in every text prop and data field as text',
      async (payload) => {
        for (const props of [
          // Every string of the data replaced: codes, periods, statuses and texts alike.
          {
            definition: poisoned(beds, payload) as IndicatorDefinition,
            observations: poisoned(flaggedSeries, payload) as Observation[],
          },
          // Only the texts: the chart still draws, with the payload in its notes, names and sources.
          {
            definition: {
              ...beds,
              title: { en: payload },
              definition: { en: payload },
              comparability: { en: payload },
              unit: { code: payload, label: { en: payload } },
              sources: [{ producer: payload, title: payload, url: payload, locator: payload }],
            } as IndicatorDefinition,
            observations: flaggedSeries.map((observation) => ({
              ...observation,
              flag: payload,
              footnotes: [{ en: payload }],
              breakdowns: { sector: payload },
              source: { producer: payload, url: payload },
            })),
            regionNames: { '05113': payload },
            title: payload,
          },
        ]) {
          for (const view of ['chart', 'table'] as const) {
            const { container, unmount } = render(
              <Page {...props} defaultView={view} type={view === 'chart' ? 'bar' : undefined} />,
            );
            await expectNoXss(container);
            expect(container.textContent).toContain(payload.slice(0, 5));
            expect(container.querySelector('a[href*="script" i]')).toBeNull();
            unmount();
          }
        }
        const { container } = render(<Page status="error" errorDetail={payload} />);
        await expectNoXss(container);
        expect(container.textContent).toContain(payload);
      },
    );
  });
});
