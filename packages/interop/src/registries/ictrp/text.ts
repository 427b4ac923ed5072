// Reading the free-form values of an ICTRP export: HTML remnants, dates in several forms, ages
// with units, lists separated by ";".
import { type AgeBound, formats } from '@nrw-health/core';

const entities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntity(match: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const point = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    const valid = point > 0 && point <= 0x10ffff && (point < 0xd800 || point > 0xdfff);
    return valid ? String.fromCodePoint(point) : match;
  }
  return entities[body.toLowerCase()] ?? match;
}

/**
 * A text as ICTRP passes it on, made plain: `<br>` becomes a line break, HTML entities
 * (`&apos;`, `&#39;`) their character, runs of spaces one space. Empty lines are kept as one.
 */
export function cleanText(raw: string): string {
  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
      .join('\n');
  const text = lines(raw.replace(/\r\n?/g, '\n'))
    // "line\n<br>next": a <br> right after a line break is that same break.
    .replace(/\n?<br\s*(?:\/\s*)?>/gi, '\n')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, decodeEntity);
  return lines(text)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The items of a list, split at `separator`, trimmed, without empty items and repeats. */
export function splitList(text: string, separator: RegExp = /;/): string[] {
  const items = text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1-12 for an English month name or its three-letter abbreviation ("Sept" too). */
function monthOf(name: string): number | undefined {
  const key = name.toLowerCase();
  const full = monthNames.indexOf(key);
  if (full >= 0) return full + 1;
  const short = monthNames.findIndex((month) => month.slice(0, 3) === key);
  if (short >= 0) return short + 1;
  return key === 'sept' ? 9 : undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** YYYY, YYYY-MM or YYYY-MM-DD from parts, when they form a real date. */
function partial(year: string, month?: number, day?: number): string | undefined {
  let date = year;
  if (month !== undefined) date += `-${pad(month)}`;
  if (month !== undefined && day !== undefined) date += `-${pad(day)}`;
  return formats.partialDate.pattern.test(date) ? date : undefined;
}

/**
 * A date of an ICTRP export at the precision it is given: ISO (`2023-06-14`, `2023-06`),
 * `20230614` (the export's "Date registration3"), `14/06/2023`, `06/2023`, `June 2023`,
 * `19 June 2023`, `June 19, 2023`; a time after the date is cut off. Slashed dates are read
 * day first, as ICTRP writes them, unless `order` says month first or the numbers leave no
 * doubt (`6/22/2023`). Undefined when the text is no date.
 */
export function parseIctrpDate(text: string, order: 'dmy' | 'mdy' = 'dmy'): string | undefined {
  const value = text.trim();
  if (value.length > 64) return undefined;
  let match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T\s].*)?$/.exec(value);
  if (match) {
    const month = match[2] === undefined ? undefined : Number(match[2]);
    const day = match[3] === undefined ? undefined : Number(match[3]);
    return partial(match[1]!, month, day);
  }
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (match) return partial(match[1]!, Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:\s.*)?$/.exec(value);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const dayFirst = first > 12 || (second <= 12 && order === 'dmy');
    return dayFirst ? partial(match[3]!, second, first) : partial(match[3]!, first, second);
  }
  match = /^(\d{1,2})[/.](\d{4})$/.exec(value);
  if (match) return partial(match[2]!, Number(match[1]));
  // "June 2023", "19 June 2023", "19-Jun-2023", "June 19, 2023"
  match = /^(?:(\d{1,2})[\s-]+)?([A-Za-z]{3,9})\.?(?:[\s-]+(\d{1,2}))?,?[\s-]+(\d{4})$/.exec(value);
  if (match) {
    const month = monthOf(match[2]!);
    if (month === undefined || (match[1] && match[3])) return undefined;
    const day = match[1] ?? match[3];
    return partial(match[4]!, month, day === undefined ? undefined : Number(day));
  }
  return undefined;
}

const ageUnits: Readonly<Record<string, AgeBound['unit']>> = {
  y: 'years',
  yr: 'years',
  yrs: 'years',
  year: 'years',
  years: 'years',
  m: 'months',
  mo: 'months',
  month: 'months',
  months: 'months',
  w: 'weeks',
  wk: 'weeks',
  wks: 'weeks',
  week: 'weeks',
  weeks: 'weeks',
  d: 'days',
  day: 'days',
  days: 'days',
  h: 'hours',
  hr: 'hours',
  hrs: 'hours',
  hour: 'hours',
  hours: 'hours',
  min: 'minutes',
  mins: 'minutes',
  minute: 'minutes',
  minutes: 'minutes',
};

/** Words for "no age bound". A bare 0 is no bound either: no trial caps age at zero. */
const noBound =
  /^(?:n\/?a|no limit|no age limit|none|not applicable|not stated|not specified|-|0)$/;

/**
 * An age bound of an ICTRP export: `18 Years`, `18Y`, `6 Months`, `18 Year(s)`, `28D`.
 * `null` when the value says there is no bound ("No limit", "N/A"); undefined when it cannot
 * be read, which includes a number without a unit.
 */
export function parseIctrpAge(text: string): AgeBound | null | undefined {
  const value = text.trim().toLowerCase();
  if (noBound.test(value)) return null;
  const match = /^(\d{1,4}(?:[.,]\d{1,2})?)\s*([a-z]{1,7})(?:\(s\))?(?:\s*old)?$/.exec(value);
  const unit = match ? ageUnits[match[2]!] : undefined;
  if (!match || !unit) return undefined;
  return { value: Number(match[1]!.replace(',', '.')), unit };
}
