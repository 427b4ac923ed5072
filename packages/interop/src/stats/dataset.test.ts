import { describe, expect, it } from 'vitest';
import { periodOf, regionOfCode } from './dataset';

describe('regionOfCode', () => {
  it.each([
    ['05113', '05113'],
    ['5113', '05113'],
    ['05113000', '05113'],
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
