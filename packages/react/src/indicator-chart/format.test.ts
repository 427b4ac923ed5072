import type { IndicatorDefinition, Locale } from '@nrw-health/core';
import { indicatorDefinitions } from '@nrw-health/data';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../provider/context';
import { helpersFor } from '../provider/use-nrw-health';
import {
  breakdownKey,
  breakdownText,
  formatValue,
  periodText,
  regionName,
  sourceText,
  unitText,
} from './format';
import { indicatorChartMessages } from './messages';

const helpers = (locale: Locale) =>
  helpersFor({ ...defaultSettings, locale, timeZone: 'UTC' }, [indicatorChartMessages]);
const de = helpers('de');
const en = helpers('en');
// Intl separates number and unit with a no-break space; the tests read it as a space.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const real = (id: string) => indicatorDefinitions.find((definition) => definition.id === id)!;

const revenue = real('health-economy-revenue'); // EUR, multiplier 9
const trials = real('clinical-trials'); // studies
const population = real('population'); // persons, multiplier 6
const share = real('nursing-staff-third-country-share'); // %

describe('formatValue', () => {
  it('writes money compact per locale: "19,9 Mrd. €" and "€19.9bn"', () => {
    expect(plain(formatValue(revenue, 19.93, de, 'short'))).toBe('19,9 Mrd. €');
    expect(formatValue(revenue, 19.93, en, 'short')).toBe('€19.9bn');
    expect(formatValue(revenue, 19.93, en)).toBe('19.93 billion euros');
    expect(formatValue(revenue, 19.93, de)).toBe('19,93 Milliarden Euro');
  });

  it('writes counts in full, with the unit, and compact only when large', () => {
    expect(formatValue(trials, 1041, en)).toBe('1,041 studies');
    expect(formatValue(trials, 1041, de)).toBe('1.041 Studien');
    expect(formatValue(trials, 1041, en, 'short')).toBe('1,041');
    expect(formatValue(trials, 545754, en, 'short')).toBe('545.8k');
    expect(formatValue(population, 5.1, en)).toBe('5.1 million persons');
    expect(plain(formatValue(population, 5.1, de, 'short'))).toBe('5,1 Mio.');
  });

  it('writes percentages as the locale does', () => {
    expect(formatValue(share, 7.5, en)).toBe('7.5%');
    expect(plain(formatValue(share, 7.5, de))).toBe('7,5 %');
  });

  it('makes axis ticks compact together, by the largest one', () => {
    expect(formatValue(trials, 50000, en, 'short', 200000)).toBe('50k');
    expect(formatValue(trials, 50000, en, 'short', 50000)).toBe('50,000');
  });

  it('never writes a missing value as 0', () => {
    for (const missing of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatValue(trials, missing, en)).toBe('no value');
      expect(formatValue(revenue, missing, de, 'short')).toBe('keine Angabe');
    }
    expect(formatValue(trials, 0, en)).toBe('0 studies');
  });

  it('survives a currency code Intl does not know, and a unit without a label', () => {
    const odd = { ...revenue, unit: { code: 'XYZ', label: {} } } as unknown as IndicatorDefinition;
    expect(formatValue(odd, 2, en, 'short')).toMatch(/2/);
    const bare = { ...trials, unit: { label: {} } } as unknown as IndicatorDefinition;
    expect(formatValue(bare, 12, en)).toBe('12');
  });
});

describe('unitText', () => {
  it('names the unit with its multiplier', () => {
    expect(unitText(trials, 'en')).toBe('studies');
    expect(unitText(revenue, 'en')).toBe('1 billion euros');
    expect(unitText(revenue, 'de')).toBe('1 Milliarde Euro');
  });
});

describe('periodText', () => {
  it('writes each kind of period for the locale', () => {
    expect(periodText('2023', en)).toBe('2023');
    expect(periodText('2023-Q2', en)).toBe('Q2 2023');
    expect(periodText('2023-Q2', de)).toBe('2. Quartal 2023');
    expect(periodText('2023-H1', de)).toBe('1. Halbjahr 2023');
    expect(periodText('2023-05', en)).toBe('May 2023');
    expect(periodText('2021-12-31', de)).toBe('31.12.2021');
    expect(periodText('2013/2022', en)).toBe('2013–2022');
    expect(periodText('2023-02-30', en)).toBe('2023-02-30');
  });
});

describe('regionName', () => {
  it('takes the portal name, then the registry, NUTS, the country, then the code', () => {
    expect(regionName('05113', 'de')).toBe('Essen');
    expect(regionName('05170', 'en')).toBe('Wesel district');
    expect(regionName('DEA13', 'en')).toBe('Essen');
    expect(regionName('RVR', 'de')).toBe('Ruhrgebiet (Regionalverband Ruhr)');
    expect(regionName('US', 'de')).toBe('Vereinigte Staaten');
    expect(regionName('05954036', 'en')).toBe('05954036');
    expect(regionName('05954036', 'en', { '05954036': 'Witten' })).toBe('Witten');
    expect(regionName('05113', 'en', { '05113': ' ' })).toBe('Essen');
    expect(regionName('constructor', 'en', {})).toBe('constructor');
  });
});

describe('breakdowns', () => {
  it('names and keys a breakdown whatever the order of its dimensions', () => {
    expect(breakdownText({ sex: 'female', ageGroup: 'Y65-74' }, 'de')).toBe('Weiblich, Y65-74');
    expect(breakdownText({ dimensions: { isced11: 'ED0-2' } }, 'en')).toBe('isced11: ED0-2');
    expect(breakdownText(undefined, 'en')).toBeUndefined();
    expect(breakdownKey({ dimensions: { a: '1', b: '2' } })).toBe(
      breakdownKey({ dimensions: { b: '2', a: '1' } }),
    );
    expect(breakdownKey({})).toBe('');
    expect(breakdownKey({ sector: 'x' })).not.toBe(breakdownKey({ sector: 'y' }));
  });
});

describe('sourceText', () => {
  it('puts a source in one line', () => {
    expect(
      sourceText({
        producer: 'IT.NRW',
        title: 'Bevölkerung',
        table: '12411-01-01-4',
        cites: 'Zensus',
        published: '2024',
        licence: 'dl-de/by-2-0',
      }),
    ).toBe('IT.NRW, Bevölkerung, 12411-01-01-4 (Zensus), 2024, dl-de/by-2-0');
  });
});
