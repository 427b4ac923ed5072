import { type Locale, locales } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { describe, expect, it } from 'vitest';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { renderToStringStrict } from '../testing/ssr';
import { beds, flaggedSeries } from './examples';
import { IndicatorChart, type IndicatorChartProps } from './IndicatorChart';

const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;
const names = { '05954036': 'Witten', '11000': 'Berlin', '02000': 'Hamburg' };

const html = (props: Partial<IndicatorChartProps> & { locale?: Locale }) => {
  const { locale = 'en', ...rest } = props;
  return renderToStringStrict(
    <NrwHealthProvider locale={locale}>
      <IndicatorChart definition={beds} observations={flaggedSeries} {...rest} />
    </NrwHealthProvider>,
  );
};

// Tags read as a space; React's markers between adjacent texts as nothing.
const text = (markup: string) =>
  markup
    .replaceAll('<!-- -->', '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const count = (markup: string, pattern: RegExp) => markup.match(pattern)?.length ?? 0;

describe('IndicatorChart on the server', () => {
  it.each(locales)('renders a figure with title, summary, toolbar and SVG in %s', (locale) => {
    const markup = html({ locale });
    expect(markup).toMatch(new RegExp(`^<figure class="nrw nrw-indicator-chart" lang="${locale}"`));
    expect(markup).toMatch(/<figcaption class="nrw-indicator-chart__caption"><h3 id="([^"]+)"/);
    expect(text(markup)).toContain(
      locale === 'de' ? 'Krankenhausbetten (Beispiel)' : 'Hospital beds (example)',
    );
    expect(text(markup)).toContain(locale === 'de' ? 'CSV herunterladen' : 'Download CSV');
    expect(markup).toMatch(/<svg[^>]+viewBox="0 0 640 320" preserveAspectRatio="xMidYMid meet"/);
  });

  it('describes the SVG with the summary and the notes', () => {
    const markup = html({});
    const [, titleId] = markup.match(/<h3 id="([^"]+)"/)!;
    const [, summaryId] = markup.match(/<p id="([^"]+)" class="nrw-indicator-chart__summary">/)!;
    const [, notesId] = markup.match(/<ol id="([^"]+)" class="nrw-chart__notes">/)!;
    expect(markup).toContain(
      `role="group" aria-labelledby="${titleId}" aria-describedby="${summaryId} ${notesId}"`,
    );
    expect(text(markup)).toContain(
      '2023: highest Essen with 5,600 beds, lowest Bochum with 3,140 beds.',
    );
    expect(text(markup)).toContain('Provisional: A preliminary value that may still change.');
    expect(text(markup)).toContain('Confidential: The value is withheld for confidentiality.');
  });

  it('draws missing values as gaps: a broken line, no marker, never a point at 0', () => {
    const markup = html({}).split('<svg class="nrw-indicator-chart__svg"')[1]!;
    const lines = [...markup.matchAll(/<path class="nrw-chart__line" d="([^"]*)"/g)].map(
      (m) => m[1]!,
    );
    expect(lines).toHaveLength(3);
    // Essen is whole; Bochum breaks at 2021 and Dortmund at 2020: each a second "M".
    expect(lines.map((d) => count(d, /M/g))).toEqual([1, 2, 2]);
    // 13 values with a marker, 2 missing ones as a focusable gap without one.
    expect(count(markup, /class="nrw-chart__marker"/g)).toBe(13);
    expect(count(markup, /nrw-chart__gap nrw-chart__point/g)).toBe(2);
  });

  it('gives every observation a named stop, and one tab stop for the chart', () => {
    const markup = html({});
    const labels = [...markup.matchAll(/role="img" aria-label="([^"]+)" tabindex="(-?\d)"/g)];
    expect(labels).toHaveLength(15);
    expect(labels.filter((match) => match[2] === '0')).toHaveLength(1);
    expect(labels[0]![1]).toBe('Essen, 2019: 5,000 beds');
    expect(labels.map((match) => match[1])).toContain(
      'Essen, 2023: 5,600 beds, Provisional, note 2',
    );
    expect(labels.map((match) => match[1])).toContain(
      'Bochum, 2022: 3,100 beds, Break in series, note 4, note 5',
    );
  });

  it('shows one period of real data as labelled bars, in German', () => {
    const markup = html({ definition: trials, observations, regionNames: names, locale: 'de' });
    expect(markup).toMatch(/viewBox="0 0 640 \d+"/);
    expect(count(markup, /<rect /g)).toBe(13);
    expect(text(markup)).toContain('Essen 1.041');
    expect(text(markup)).toContain(
      '2013–2022: am höchsten Vereinigte Staaten mit 19.233 Studien, am niedrigsten Witten mit 101 Studien.',
    );
    expect(text(markup)).toContain('Einheit: Studien');
    // One period: bars named by their label need no legend.
    expect(markup).not.toContain('nrw-indicator-chart__legend');
  });

  it('groups bars by period, each series with its marker, and writes no bar for a missing value', () => {
    const markup = html({ type: 'bar' });
    expect(count(markup, /<rect /g)).toBe(13);
    expect(count(markup, /nrw-chart__bar--missing/g)).toBe(2);
    expect(text(markup)).toContain('no value, Confidential');
    expect(markup).toContain('nrw-indicator-chart__legend');
    expect(count(markup, /class="nrw-chart__marker"/g)).toBe(13 + 3);
  });

  it('shows the table view, with every observation and its notes', () => {
    const markup = html({ defaultView: 'table' });
    expect(markup).not.toContain('<svg class="nrw-indicator-chart__svg"');
    expect(markup).toContain(
      '<caption class="nrw-data-table__caption">Hospital beds (example)</caption>',
    );
    expect(count(markup, /<tr>/g)).toBe(16);
    expect(text(markup)).toContain('Bochum 2021 no value Missing value, note 3');
    expect(text(markup)).toContain('Essen 2023 5,600 beds Provisional, note 2');
    expect(markup).toMatch(/aria-pressed="true"[^>]*>Table</);
  });

  it('follows a controlled view and falls back from a view it does not know', () => {
    expect(html({ view: 'table', defaultView: 'chart' })).toContain('<table');
    expect(html({ view: 'pie' as never })).toContain('<svg class="nrw-indicator-chart__svg"');
  });

  it('says what is loading, what failed, and when there is no data', () => {
    const loading = html({ status: 'loading' });
    expect(loading).toContain('aria-busy="true"');
    expect(text(loading)).toContain('Loading…');
    expect(loading).not.toContain('<svg');
    const failed = html({ status: 'error', errorDetail: 'HTTP 503', locale: 'de' });
    expect(text(failed)).toContain('Die Daten konnten nicht geladen werden. HTTP 503');
    const empty = html({ observations: [] });
    expect(text(empty)).toContain('No data for this indicator.');
    expect(empty).not.toContain('<svg');
  });

  it('says how many records could not be shown', () => {
    const markup = html({
      observations: [...flaggedSeries, null, { indicator: beds.id }] as never,
    });
    expect(text(markup)).toContain(
      '2 records of this indicator could not be read and are not shown.',
    );
  });

  it('takes a title, a heading level, a layout width and label overrides', () => {
    const markup = renderToStringStrict(
      <NrwHealthProvider locale="en" labels={{ en: { 'indicatorChart.download': 'Get the data' } }}>
        <IndicatorChart
          definition={beds}
          observations={flaggedSeries}
          title="Beds in three cities"
          headingLevel={2}
          width={360}
          height={240}
        />
      </NrwHealthProvider>,
    );
    expect(markup).toMatch(
      /<h2 id="[^"]+" class="nrw-indicator-chart__title">Beds in three cities</,
    );
    expect(markup).toContain('viewBox="0 0 360 240"');
    expect(html({ width: Number.NaN, height: -5 })).toContain('viewBox="0 0 640 160"');
    expect(text(markup)).toContain('Get the data');
  });
});
