import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from './numbers';

describe('formatNumber', () => {
  it('writes the shortest decimal that reads back as the same number, in both marks', () => {
    expect(formatNumber(0.1, '.')).toBe('0.1');
    expect(formatNumber(1234.5, ',')).toBe('1234,5');
    expect(formatNumber(-1234.5, ',')).toBe('-1234,5');
    // 0.1 + 0.2 is not 0.3: the shortest text that keeps it is all a writer may shorten to.
    expect(formatNumber(0.1 + 0.2, '.')).toBe('0.30000000000000004');
  });

  it('never writes an exponent, a grouping mark or a rounded value', () => {
    expect(formatNumber(1e21, '.')).toBe('1000000000000000000000');
    expect(formatNumber(1.5e-7, ',')).toBe('0,00000015');
    expect(formatNumber(-2.5e-10, '.')).toBe('-0.00000000025');
    expect(formatNumber(123456789, ',')).toBe('123456789');
    expect(formatNumber(Number.MAX_SAFE_INTEGER + 2, '.')).toBe('9007199254740992');
  });

  it('keeps the sign of zero and refuses what is no number', () => {
    expect(formatNumber(-0, ',')).toBe('-0');
    expect(formatNumber(0, ',')).toBe('0');
    expect(formatNumber(Number.NaN, '.')).toBeUndefined();
    expect(formatNumber(Number.POSITIVE_INFINITY, '.')).toBeUndefined();
  });

  it('reads back every finite double exactly, with either mark', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom('.', ','),
        (value, mark) => {
          const cell = formatNumber(value, mark as '.' | ',')!;
          expect(cell).not.toMatch(/e/i);
          const read = parseNumber(cell, { decimal: mark as '.' | ',' });
          expect('value' in read && Object.is(read.value, value)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('parseNumber', () => {
  const de = { decimal: ',' } as const;
  const en = { decimal: '.' } as const;

  it('reads plain decimals with the dialect mark, signs and exponents', () => {
    expect(parseNumber('1234,5', de)).toEqual({ value: 1234.5 });
    expect(parseNumber('-0,25', de)).toEqual({ value: -0.25 });
    expect(parseNumber('+7', de)).toEqual({ value: 7 });
    expect(parseNumber(',5', de)).toEqual({ value: 0.5 });
    expect(parseNumber('1,5E-07', de)).toEqual({ value: 1.5e-7 });
    expect(parseNumber('1234.5', en)).toEqual({ value: 1234.5 });
  });

  it('reads grouped digits only where they cannot be a decimal mark', () => {
    // Groups of three and then the decimal mark: nothing else it could mean.
    expect(parseNumber('1.234,5', de)).toEqual({ value: 1234.5 });
    expect(parseNumber('1.234.567,25', de)).toEqual({ value: 1234567.25 });
    expect(parseNumber('1,234.5', en)).toEqual({ value: 1234.5 });
    // 1234 or 1.234? Only the caller knows.
    expect(parseNumber('1.234', de)).toEqual({ problem: 'ambiguous-grouping' });
    expect(parseNumber('1,234', en)).toEqual({ problem: 'ambiguous-grouping' });
    expect(parseNumber('1.234', { ...de, thousands: '.' })).toEqual({ value: 1234 });
    expect(parseNumber('1 234 567', { ...de, thousands: ' ' })).toEqual({ value: 1234567 });
    expect(parseNumber("1'234.5", { ...en, thousands: "'" })).toEqual({ value: 1234.5 });
  });

  it('refuses everything else', () => {
    for (const cell of [
      '1.5',
      '12.34,5',
      '1.23,4',
      'abc',
      '1,2,3',
      '--1',
      '1e999',
      '0x10',
      'NaN',
      '∞',
    ]) {
      expect(parseNumber(cell, de), cell).toEqual({ problem: 'not-a-number' });
    }
    expect(parseNumber('1,5', en)).toEqual({ problem: 'not-a-number' });
  });
});
