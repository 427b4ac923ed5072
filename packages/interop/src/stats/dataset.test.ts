import { describe, expect, it } from 'vitest';
import { indicatorIdOf, numericCodesAreAgs, periodOf, regionOfCode, slugOf } from './dataset';

describe('regionOfCode', () => {
  it.each([
    ['05113', '05113'],
    ['5113', '05113'],
    ['05113000', '05113'],
    ['05334002', '05334002'],
    ['053340002002', '05334002'],
    ['05354', '05334'],
    ['051130000000', '05113'],
    ['DEA13', '05113'],
    ['dea13', '05113'],
    ['DEA', '05'],
    ['DE', 'DE'],
    ['AT', 'AT'],
    ['EL', 'GR'],
    ['UK', 'GB'],
    ['FR101', 'FR101'],
    ['09162', '09162'],
    ['Essen, Stadt', '05113'],
    ['Kreis Wesel', '05170'],
    ['RVR', 'RVR'],
  ])('%s → %s', (code, expected) => {
    expect(regionOfCode(code)).toBe(expected);
  });

  it.each(['', ' ', 'EU27_2020', 'EA19', '1234567', 'Atlantis'])(
    'gives undefined for %j',
    (code) => {
      expect(regionOfCode(code)).toBeUndefined();
    },
  );
});

describe('periodOf', () => {
  it.each([
    ['2024', '2024'],
    ['2024Q1', '2024-Q1'],
    ['2024-Q4', '2024-Q4'],
    ['2024S2', '2024-H2'],
    ['2024-S1', '2024-H1'],
    ['2024M05', '2024-05'],
    ['2024-05', '2024-05'],
    ['2024-A1', '2024'],
    ['31.12.2017', '2017-12-31'],
    ['2013-2022', '2013/2022'],
    ['2013/2022', '2013/2022'],
  ])('%s → %s', (code, expected) => {
    expect(periodOf(code)).toBe(expected);
  });

  it.each(['', '2024-W01', '2024M13', '32.12.2017', '2022-2013', 'last year'])(
    'gives undefined for %j',
    (code) => {
      expect(periodOf(code)).toBeUndefined();
    },
  );
});

describe('slugOf', () => {
  it.each([
    ['23111-01-04-4 aufgestellte Betten (JD)', '23111-01-04-4-aufgestellte-betten-jd'],
    ['Bevölkerungsstand', 'bevoelkerungsstand'],
    ['ECB:EXR(1.0)', 'ecb-exr-1.0'],
    ['Straße – café', 'strasse-cafe'],
  ])('%s → %s', (text, expected) => {
    expect(slugOf(text)).toBe(expected);
  });

  it('gives undefined when nothing is left', () => {
    expect(slugOf(' ().;: ')).toBeUndefined();
  });
});

describe('indicatorIdOf', () => {
  it('takes the option string for one category, as a prefix for several', () => {
    expect(indicatorIdOf({ indicator: 'beds' }, 'Betten', 'table')).toBe('beds');
    expect(indicatorIdOf({ indicator: 'beds' }, 'Betten', 'table', 2)).toBe('beds-betten');
  });

  it('asks the option function, and gives undefined for what it cannot use', () => {
    expect(indicatorIdOf({ indicator: (c) => c.toLowerCase() }, 'BEV', 'table')).toBe('bev');
    expect(indicatorIdOf({ indicator: () => 'Not A Slug' }, 'BEV', 'table')).toBeUndefined();
    const throws = () => {
      throw new Error('no');
    };
    expect(indicatorIdOf({ indicator: throws }, 'BEV', 'table')).toBeUndefined();
  });

  it('derives the id from the base and the category by default', () => {
    expect(indicatorIdOf({}, 'Krankenhäuser', '23111-01-04-4')).toBe(
      '23111-01-04-4-krankenhaeuser',
    );
  });
});

describe('numericCodesAreAgs', () => {
  it.each([
    [['05113', '05315', '05'], true],
    [['05113000', '051130000000', 'DE'], true],
    [['5113', '09162'], true],
    [['01001', '56045'], false],
    [['15', '27', '32', '36'], false],
    [['1234'], true],
    [['123456'], false],
  ])('%j → %s', (codes, expected) => {
    expect(numericCodesAreAgs(codes)).toBe(expected);
  });

  it('lets regionOfCode refuse numeric codes of another country', () => {
    expect(regionOfCode('01001', { numeric: 'foreign' })).toBeUndefined();
    expect(regionOfCode('DEA13', { numeric: 'foreign' })).toBe('05113');
  });
});
