/*
 * Numbers in CSV cells. Written: the shortest decimal that reads back as the same double (what
 * `String(n)` picks), spelled out without an exponent, with the dialect's decimal mark and no
 * grouping. Read: a plain decimal with the dialect's mark; grouping only where it cannot be
 * mistaken for a decimal mark (see `parseNumber`).
 */

/** A decimal mark and, when the file groups thousands, its grouping mark. */
export interface NumberFormat {
  readonly decimal: '.' | ',';
  /** Off unless asked for: `1.234` in a German file could be 1234 or 1.234. */
  readonly thousands?: '.' | ',' | ' ' | "'";
}

/** The digits of `String(n)` without an exponent: `1e21` → `1000000000000000000000`. */
function plainDecimal(value: number): string {
  if (Object.is(value, -0)) return '-0';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, rest = '', power] = match;
  const exponent = Number(power);
  const digits = `${lead}${rest}`;
  if (exponent >= 0) {
    // Only 1e21 and up come with an exponent, and they have at most 17 digits: no point left.
    return `${sign}${digits.padEnd(exponent + 1, '0')}`;
  }
  return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
}

/** A finite number as a CSV cell; undefined for NaN and ±Infinity, which no CSV cell can hold. */
export function formatNumber(value: number, decimal: '.' | ','): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = plainDecimal(value);
  return decimal === ',' ? text.replace('.', ',') : text;
}

/** Why a cell is not a number: not one at all, or grouped in a way that could mean two numbers. */
export type NumberProblem = 'not-a-number' | 'ambiguous-grouping';

const escapeRegExp = (mark: string) => mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new Map<string, { plain: RegExp; grouped: RegExp }>();

function patternsOf(decimal: string, thousands: string): { plain: RegExp; grouped: RegExp } {
  const key = decimal + thousands;
  let found = patterns.get(key);
  if (!found) {
    const d = escapeRegExp(decimal);
    const g = escapeRegExp(thousands);
    const exponent = '(?:[eE][+-]?\\d+)?';
    found = {
      plain: new RegExp(`^[+-]?(?:\\d+(?:${d}\\d*)?|${d}\\d+)${exponent}$`),
      grouped: new RegExp(`^[+-]?\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`),
    };
    patterns.set(key, found);
  }
  return found;
}

/**
 * The number in a cell (already trimmed and not empty). The rule:
 * - a plain decimal with the format's decimal mark, optionally signed or with an exponent
 *   (`-1234,5`, `1,5E-07` in German; `-1234.5` in English) is read;
 * - grouped digits (`1.234.567,5` in German, `1,234,567.5` in English) are read when
 *   `thousands` is set, or when the cell also has the decimal mark after correct groups of three,
 *   which leaves no doubt (`1.234,5`);
 * - grouped digits without a decimal mark (`1.234` in German) are ambiguous unless `thousands`
 *   is set: a problem, never a guess;
 * - anything else is not a number.
 */
export function parseNumber(
  cell: string,
  format: NumberFormat,
): { value: number } | { problem: NumberProblem } {
  const { decimal } = format;
  const otherMark = decimal === ',' ? '.' : ',';
  const { plain, grouped } = patternsOf(decimal, format.thousands ?? otherMark);
  let digits: string | undefined;
  if (plain.test(cell)) digits = cell;
  else if (grouped.test(cell)) {
    const groupsOnly = !cell.includes(decimal);
    if (format.thousands === undefined && groupsOnly) return { problem: 'ambiguous-grouping' };
    digits = cell.split(format.thousands ?? otherMark).join('');
  }
  const value = digits === undefined ? Number.NaN : Number(digits.replace(decimal, '.'));
  // `1e999` has the form of a number but is none a cell can mean.
  return Number.isFinite(value) ? { value } : { problem: 'not-a-number' };
}
