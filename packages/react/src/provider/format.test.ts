import { describe, expect, it } from 'vitest';
import {
  type FormatSettings,
  formatDate,
  formatNumber,
  formatRelativeTime,
  parseDate,
} from './format';

const de: FormatSettings = { locale: 'de', missing: 'keine Angabe', timeZone: 'Europe/Berlin' };
const en: FormatSettings = { locale: 'en', missing: 'no value', timeZone: 'Europe/Berlin' };

describe('formatNumber', () => {
  it('formats for the locale', () => {
    expect(formatNumber(de, 1234.5)).toBe('1.234,5');
    expect(formatNumber(en, 1234.5)).toBe('1,234.5');
    expect(formatNumber(de, 0.125, { style: 'percent', maximumFractionDigits: 1 })).toBe(
      '12,5\u00a0%',
    );
    expect(formatNumber(en, 12345678901234567890n)).toBe('12,345,678,901,234,567,890');
  });

  it('never shows a missing value as 0', () => {
    for (const missing of [null, undefined, Number.NaN]) {
      expect(formatNumber(de, missing)).toBe('keine Angabe');
      expect(formatNumber(en, missing)).toBe('no value');
    }
    expect(formatNumber(en, '12' as never)).toBe('no value');
    expect(formatNumber(en, 0)).toBe('0');
  });

  it('survives options a portal got wrong', () => {
    expect(formatNumber(en, 5, { style: 'currency', currency: 'not a code' })).toBe('5');
  });
});

describe('parseDate', () => {
  it('knows how precisely a date is given', () => {
    expect(parseDate('2024')?.precision).toBe('year');
    expect(parseDate('2024-05')?.precision).toBe('month');
    expect(parseDate('2024-05-17')?.precision).toBe('day');
    expect(parseDate('2024-05-17T10:00:00Z')?.precision).toBe('instant');
    expect(parseDate(new Date(0))?.precision).toBe('instant');
  });

  it('rejects what is no date', () => {
    for (const value of [
      '2024-02-30',
      '2024-13',
      'soon',
      '',
      '17.05.2024',
      new Date(Number.NaN),
      null,
      {},
    ]) {
      expect(parseDate(value as never), String(value)).toBeUndefined();
    }
  });
});

describe('formatDate', () => {
  it('shows a partial date as precisely as it is known, never with an invented day', () => {
    expect(formatDate(de, '2024')).toBe('2024');
    expect(formatDate(de, '2024-05')).toBe('Mai 2024');
    expect(formatDate(en, '2024-05')).toBe('May 2024');
    expect(formatDate(en, '2024-05', { dateStyle: 'full' })).toBe('May 2024');
    expect(formatDate(de, '2024-05-17')).toBe('17.05.2024');
    expect(formatDate(en, '2024-05-17', { dateStyle: 'long' })).toBe('May 17, 2024');
  });

  it('shows instants in the time zone it is given', () => {
    const instant = '2024-05-17T23:30:00Z';
    expect(formatDate(de, instant)).toBe('18.05.2024');
    expect(formatDate({ ...de, timeZone: 'UTC' }, instant)).toBe('17.05.2024');
    expect(formatDate(en, Date.UTC(2024, 0, 1, 12), { timeStyle: 'short', timeZone: 'UTC' })).toBe(
      '12:00 PM',
    );
  });

  it('gives the missing label for what is no date', () => {
    expect(formatDate(de, undefined)).toBe('keine Angabe');
    expect(formatDate(en, 'not a date')).toBe('no value');
    expect(formatDate(en, '2024-02-31')).toBe('no value');
  });

  it('survives a time zone that does not exist', () => {
    expect(formatDate({ ...en, timeZone: 'Mars/Olympus' }, '2024-05-17T10:00:00Z')).toBe(
      'May 17, 2024',
    );
  });
});

describe('formatRelativeTime', () => {
  const now = '2024-05-17T12:00:00Z';

  it('picks the largest fitting unit', () => {
    expect(formatRelativeTime({ ...en, now }, '2024-05-14T12:00:00Z')).toBe('3 days ago');
    expect(formatRelativeTime({ ...de, now }, '2024-05-14T12:00:00Z')).toBe('vor 3 Tagen');
    expect(formatRelativeTime({ ...de, now }, '2024-05-16T12:00:00Z')).toBe('gestern');
    expect(formatRelativeTime({ ...en, now }, '2024-05-17T12:00:30Z')).toBe('in 30 seconds');
    expect(formatRelativeTime({ ...en, now }, '2024-05-17T14:00:00Z')).toBe('in 2 hours');
    expect(formatRelativeTime({ ...en, now }, '2022-05-17')).toBe('2 years ago');
  });

  it('gives the missing label without a date', () => {
    expect(formatRelativeTime({ ...en, now }, null)).toBe('no value');
    expect(formatRelativeTime({ ...en, now: 'garbage' }, '2024-05-17')).toBe('no value');
  });
});
