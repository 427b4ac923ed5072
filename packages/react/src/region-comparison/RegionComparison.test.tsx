import { type Locale, locales, type Observation, ruhrDistricts } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { describe, expect, it } from 'vitest';
import {
  beds,
  bedsPer100k,
  districtObservations,
  innovationIndex,
  population,
} from '../indicator-chart/examples';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { renderToStringStrict } from '../testing/ssr';
import { RegionComparison, type RegionComparisonProps } from './RegionComparison';

const parts = { [beds.id]: beds, [population.id]: population };

const html = (props: Partial<RegionComparisonProps> & { locale?: Locale }) => {
  const { locale = 'en', ...rest } = props;
  return renderToStringStrict(
    <NrwHealthProvider locale={locale}>
      <RegionComparison definition={beds} observations={districtObservations} {...rest} />
    </NrwHealthProvider>,
  );
};

const text = (markup: string) =>
  markup
    .replaceAll('<!-- -->', '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
/** The table's cells, row by row: the comparison as a reader of the table gets it. */
const rows = (markup: string) =>
  [...markup.split('<tbody>')[1]!.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => text(cell[1]!).trim()),
  );
const value = (list: readonly Observation[], indicator: string, region: string, period = '2023') =>
  list.find((o) => o.indicator === indicator && o.region === region && o.period === period)!.value!;
const en = (amount: number, digits = 0) =>
  new Intl.NumberFormat('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);

describe('RegionComparison on the server', () => {
  it.each(locales)('renders a section with two bar charts and a table in %s', (locale) => {
    const markup = html({ locale });
    expect(markup).toMatch(
      new RegExp(`^<section class="nrw nrw-region-comparison" lang="${locale}"`),
    );
    expect(markup.match(/<svg class="nrw-region-comparison__svg"[^>]* role="img"/g)).toHaveLength(
      2,
    );
    expect(rows(markup)).toHaveLength(18);
    expect(text(markup)).toContain(
      locale === 'de' ? 'Nach Kreisen und kreisfreien Städten' : 'District by district',
    );
  });

  it('adds up the Ruhr from its 15 districts, next to NRW and Germany', () => {
    const sum = ruhrDistricts.reduce(
      (total, code) => total + value(districtObservations, beds.id, code),
      0,
    );
    const table = rows(html({}));
    expect(table[0]).toEqual(['Ruhr (Regionalverband Ruhr area)', `${en(sum)} beds`, '']);
    expect(table[1]![0]).toBe('North Rhine-Westphalia');
    expect(table[1]![1]).toBe(`${en(value(districtObservations, beds.id, '05'))} beds`);
    expect(table[2]![0]).toBe('Germany');
    expect(text(html({}))).toContain(
      'The value for the Ruhr is computed from its 15 districts, never typed in.',
    );
  });

  it('recomputes a rate from summed numerators and denominators, never averages it', () => {
    const sum = (id: string) =>
      ruhrDistricts.reduce((total, code) => total + value(districtObservations, id, code), 0);
    const rate = (sum(beds.id) / sum(population.id)) * 100000;
    const mean =
      ruhrDistricts.reduce(
        (total, code) =>
          total +
          (value(districtObservations, beds.id, code) /
            value(districtObservations, population.id, code)) *
            100000,
        0,
      ) / ruhrDistricts.length;
    expect(en(rate, 1)).not.toBe(en(mean, 1));
    const table = rows(html({ definition: bedsPer100k, definitions: parts }));
    expect(table[0]![1]).toBe(`${en(rate, 1)} beds per 100,000`);
    // A district's own rate, from its own beds and residents.
    const essen =
      (value(districtObservations, beds.id, '05113') /
        value(districtObservations, population.id, '05113')) *
      100000;
    expect(table.find((row) => row[0] === 'Essen')![1]).toBe(`${en(essen, 1)} beds per 100,000`);
  });

  it('sorts the districts from the highest value down', () => {
    const table = rows(html({})).slice(3);
    const numbers = table.map((row) => Number(row[1]!.replace(/\D/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(numbers).toHaveLength(15);
  });

  it('uses a value given for the Ruhr itself nowhere, and says so', () => {
    const typed: Observation = {
      indicator: beds.id,
      region: 'RVR',
      period: '2023',
      value: 1,
      status: 'normal',
    };
    const markup = html({ observations: [...districtObservations, typed] });
    expect(rows(markup)[0]![1]).not.toBe('1 beds');
    expect(text(markup)).toContain('A value given for the Ruhr itself is not used');
  });

  it('gives no Ruhr value when a district lacks one, and names it', () => {
    const without = districtObservations.filter(
      (o) => !(o.region === '05916' && o.period === '2023'),
    );
    const markup = html({ observations: without });
    expect(rows(markup)[0]).toEqual([
      'Ruhr (Regionalverband Ruhr area)',
      'no value',
      'Missing value, note 1, note 2',
    ]);
    expect(text(markup)).toContain('No value for 1 of 15 member areas: Herne.');
    expect(rows(markup).at(-1)).toEqual(['Herne', 'no value', 'Missing value, note 1']);
  });

  it('refuses an index honestly, in the words of core', () => {
    const index = ruhrDistricts.map((region, at) => ({
      indicator: innovationIndex.id,
      region,
      period: '2023',
      value: 90 + at,
      status: 'normal' as const,
    }));
    const markup = html({ definition: innovationIndex, observations: index });
    expect(text(markup)).toContain(
      'No value is computed for the Ruhr: &quot;example-innovation-index&quot; cannot be aggregated across regions: its measure type is Index.',
    );
    expect(rows(markup)[0]![1]).toBe('no value');
    expect(
      text(html({ definition: innovationIndex, observations: index, locale: 'de' })),
    ).toContain(
      'Für das Ruhrgebiet wird kein Wert berechnet: &quot;example-innovation-index&quot; lässt sich nicht über Regionen zusammenfassen',
    );
  });

  it('shows the real trial counts as they are: four districts, no sum invented', () => {
    const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;
    const markup = html({ definition: trials, observations, locale: 'de' });
    const table = rows(markup);
    expect(table[0]![1]).toBe('keine Angabe');
    expect(table[2]).toEqual(['Deutschland', '5.058 Studien', 'Anmerkung 3, Anmerkung 4']);
    expect(table.slice(3, 7).map((row) => row[0])).toEqual([
      'Essen',
      'Bochum',
      'Dortmund',
      'Herne',
    ]);
    expect(text(markup)).toContain('Ohne Wert für 11 von 15 Gebieten');
    expect(text(markup)).toContain('2013–2022:');
  });

  it('compares the period asked for, else the latest with a value', () => {
    expect(text(html({ period: '2020' }))).toContain('Hospital beds (example), 2020');
    expect(text(html({}))).toContain('Hospital beds (example), 2023');
  });

  it('says what is loading, what failed, and when there is no data', () => {
    expect(text(html({ status: 'loading' }))).toContain('Loading…');
    expect(text(html({ status: 'error', errorDetail: 'HTTP 500' }))).toContain(
      'The data could not be loaded. HTTP 500',
    );
    const empty = html({ observations: [] });
    expect(text(empty)).toContain('No data for this indicator.');
    expect(empty).not.toContain('<svg');
    expect(html({ observations: null as never })).toContain('No data for this indicator.');
  });
});
