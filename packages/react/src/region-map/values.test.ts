import type { IndicatorDefinition, Observation } from '@nrw-health/core';
import { exampleIndicatorDefinitions, exampleObservations } from '@nrw-health/core/examples';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { describe, expect, it } from 'vitest';
import { helpersFor } from '../provider/use-nrw-health';
import { regionMapMessages } from './messages';
import { classify } from './scale';
import { defaultTitle, mapValues, rangeText, sourceText, valueFormat } from './values';

const helpers = (locale: 'de' | 'en') =>
  helpersFor({ locale, setLocale: () => {}, labels: undefined, timeZone: 'UTC', now: undefined }, [
    regionMapMessages,
  ]);

const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;

describe('mapValues', () => {
  it('takes the indicator’s observations of the latest period, by region', () => {
    const { values, period } = mapValues({ observations, indicator: trials });
    expect(period).toBe('2013/2022');
    expect(values.get('05113')).toBe(1041);
    expect(values.get('05911')).toBe(330);
    // Another indicator's figure for Essen is not mixed in.
    expect(
      [...values.keys()].every((key) =>
        observations.some((row) => row.indicator === 'clinical-trials' && row.region === key),
      ),
    ).toBe(true);
  });

  it('keeps a missing observation missing, never 0, and skips breakdowns', () => {
    const rows: Observation[] = [
      { indicator: 'x', region: '05113', period: '2022', value: null, status: 'confidential' },
      { indicator: 'x', region: '05911', period: '2022', value: 4, status: 'normal' },
      {
        indicator: 'x',
        region: '05911',
        period: '2022',
        value: 2,
        status: 'normal',
        breakdowns: { sex: 'female' },
      },
      { indicator: 'x', region: '05913', period: '2021', value: 9, status: 'normal' },
    ];
    const { values, period } = mapValues({ observations: rows });
    expect(period).toBe('2022');
    expect(values.get('05113')).toBeNull();
    expect(values.get('05911')).toBe(4);
    expect(values.has('05913')).toBe(false);
    expect(mapValues({ observations: rows, period: '2021' }).values.get('05913')).toBe(9);
  });

  it('takes plain values as given, and anything but a finite number as missing', () => {
    const { values } = mapValues({
      values: { '05113': 3, '05911': null, '05913': Number.NaN, '05916': '7' as never },
    });
    expect([...values]).toEqual([
      ['05113', 3],
      ['05911', null],
      ['05913', null],
      ['05916', null],
    ]);
  });
});

describe('valueFormat', () => {
  it('writes counts with the unit, per locale, and missing values as words', () => {
    expect(valueFormat(helpers('de'), trials, undefined).full(1041)).toBe('1.041 Studien');
    expect(valueFormat(helpers('en'), trials, undefined).full(1041)).toBe('1,041 studies');
    expect(valueFormat(helpers('de'), trials, undefined).full(null)).toBe('keine Angabe');
    expect(valueFormat(helpers('en'), undefined, undefined).full(undefined)).toBe('no value');
    expect(valueFormat(helpers('en'), undefined, undefined).full(0)).toBe('0');
    expect(valueFormat(helpers('en'), trials, 'trials').full(2)).toBe('2 trials');
  });

  it('writes short values for tiles', () => {
    expect(valueFormat(helpers('en'), trials, undefined).short(1041)).toBe('1,041');
    expect(valueFormat(helpers('de'), trials, undefined).short(1041)).toBe('1.041');
    expect(valueFormat(helpers('de'), undefined, undefined).short(12.149)).toBe('12,1');
    expect(valueFormat(helpers('en'), undefined, undefined).short(0)).toBe('0');
    expect(valueFormat(helpers('en'), undefined, undefined).short(-0.0456)).toBe('-0.0456');
    expect(valueFormat(helpers('en'), undefined, undefined).short(123_456)).toBe('123K');
    expect(valueFormat(helpers('de'), undefined, undefined).short(2_400_000)).toBe('2,4\u00a0Mio.');
  });

  it('follows the definition: percent, currency, multiplier and decimals', () => {
    const base = exampleIndicatorDefinitions[0]!;
    const share: IndicatorDefinition = {
      ...base,
      unit: { code: '%', label: { de: '%', en: '%' } },
      decimals: 1,
    };
    expect(valueFormat(helpers('de'), share, undefined).full(12.14)).toBe('12,1\u00a0%');
    expect(valueFormat(helpers('en'), share, undefined).full(12.14)).toBe('12.1%');
    const money: IndicatorDefinition = {
      ...base,
      unit: { code: 'EUR', label: { de: 'Euro', en: 'euros' } },
      unitMultiplier: 6,
      decimals: 0,
    };
    expect(valueFormat(helpers('en'), money, undefined).full(2.5)).toBe('€2,500,000');
    expect(valueFormat(helpers('de'), money, undefined).bound(2)).toBe('2.000.000');
  });
});

describe('rangeText', () => {
  it('says each class in words', () => {
    const en = helpers('en');
    const de = helpers('de');
    const bound = (value: number) => en.formatNumber(value);
    const counts = classify([122, 127, 330, 1041])!;
    expect(counts.classes.map((c) => rangeText(c, true, en, bound))).toEqual([
      '0 to 239',
      '240 to 479',
      '480 to 719',
      '720 to 959',
      '960 to 1,199',
    ]);
    const open = classify([5], { thresholds: [10, 20] })!;
    expect(open.classes.map((c) => rangeText(c, open.integer, de, de.formatNumber))).toEqual([
      'unter 10',
      '10 bis 19',
      '20 und mehr',
    ]);
    const rates = classify([0.5, 1.5], { thresholds: [0.5, 1] })!;
    expect(rangeText(rates.classes[1]!, rates.integer, en, bound)).toBe('0.5 to under 1');
    const single = classify([6, 7, 8])!;
    expect(rangeText(single.classes[0]!, true, en, bound)).toBe('6');
  });
});

describe('title and source', () => {
  it('come from the definition unless the portal gives its own', () => {
    expect(defaultTitle(trials, '2013/2022', 'en')).toBe(
      'Participation in clinical trials, 2013–2022',
    );
    expect(defaultTitle(undefined, '2022', 'de')).toBeUndefined();
    expect(sourceText(trials, undefined)).toMatch(
      /^Institut Arbeit und Technik .*: Internationalisierung der Gesundheitswirtschaft im Ruhrgebiet$/,
    );
    expect(sourceText(trials, '  Own source ')).toBe('Own source');
    expect(sourceText(undefined, undefined)).toBeUndefined();
  });

  it('read the synthetic examples too', () => {
    const definition = exampleIndicatorDefinitions[0]!;
    const rows = exampleObservations.filter((row) => row.indicator === definition.id);
    const { values } = mapValues({ observations: rows, indicator: definition });
    expect(values.size).toBeGreaterThan(0);
  });
});
