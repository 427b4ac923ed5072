import type { Locale } from '@nrw-health/core';

export type NumberInput = number | bigint | null | undefined;
/** A `Date`, epoch milliseconds, an ISO timestamp or a partial date (`2024`, `2024-05`, `2024-05-17`). */
export type DateInput = Date | number | string | null | undefined;

// Building an Intl formatter costs far more than using one, and a table formats thousands of
// cells: one instance per locale and options.
const formatters = new Map<
  string,
  Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat
>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: Locale,
  options: object | undefined,
  make: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options ?? {})}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

type Precision = 'year' | 'month' | 'day' | 'instant';

const partialDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The instant a value stands for and how precisely it is known; undefined when it is none. */
export function parseDate(value: DateInput): { date: Date; precision: Precision } | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : { date: value, precision: 'instant' };
  }
  if (typeof value === 'number') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : { date, precision: 'instant' };
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const partial = partialDate.exec(text);
  if (partial) {
    const [, year, month = '01', day = '01'] = partial;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    // Date.UTC rolls 2024-02-31 over into March: such a date does not exist.
    if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
      return undefined;
    }
    return { date, precision: partial[3] ? 'day' : partial[2] ? 'month' : 'year' };
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : { date, precision: 'instant' };
}

export interface FormatSettings {
  readonly locale: Locale;
  /** The label for a missing value. */
  readonly missing: string;
  /** IANA time zone for instants; unset, the runtime's own (which differs between server and browser). */
  readonly timeZone?: string;
  /** "Now" for relative dates; unset, the clock at the time of the call. */
  readonly now?: DateInput;
}

export function formatNumber(
  settings: FormatSettings,
  value: NumberInput,
  options?: Intl.NumberFormatOptions,
): string {
  if (value === null || value === undefined) return settings.missing;
  if (typeof value === 'number' && Number.isNaN(value)) return settings.missing;
  if (typeof value !== 'number' && typeof value !== 'bigint') return settings.missing;
  return cached('number', settings.locale, options, () =>
    safeFormatter(
      () => new Intl.NumberFormat(settings.locale, options),
      () => new Intl.NumberFormat(settings.locale),
    ),
  ).format(value);
}

/**
 * Formats a date for the locale. A partial date is shown as precisely as it is known ("May
 * 2024", never an invented first of May); `options` apply to full dates and instants.
 */
export function formatDate(
  settings: FormatSettings,
  value: DateInput,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const parsed = parseDate(value);
  if (!parsed) return settings.missing;
  const resolved: Intl.DateTimeFormatOptions =
    parsed.precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : parsed.precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : parsed.precision === 'day'
          ? { ...options, timeZone: 'UTC' }
          : { timeZone: settings.timeZone, ...options };
  return cached('date', settings.locale, resolved, () =>
    safeFormatter(
      () => new Intl.DateTimeFormat(settings.locale, resolved),
      () => new Intl.DateTimeFormat(settings.locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    ),
  ).format(parsed.date);
}

const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "3 days ago", "vor 3 Tagen", "tomorrow": the distance from `settings.now` in the largest fitting unit. */
export function formatRelativeTime(settings: FormatSettings, value: DateInput): string {
  const parsed = parseDate(value);
  const now = settings.now === undefined ? { date: new Date() } : parseDate(settings.now);
  if (!parsed || !now) return settings.missing;
  let amount = (parsed.date.getTime() - now.date.getTime()) / 1000;
  let unit: Intl.RelativeTimeFormatUnit = 'second';
  for (const [name, size] of units) {
    unit = name;
    if (Math.abs(Math.round(amount)) < size) break;
    amount /= size;
  }
  const options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
  return cached('relative', settings.locale, options, () =>
    safeFormatter(
      () => new Intl.RelativeTimeFormat(settings.locale, options),
      () => new Intl.RelativeTimeFormat(settings.locale),
    ),
  ).format(Math.round(amount), unit);
}

/** Options from a portal (an unknown time zone, a bad currency code) must not break a page. */
function safeFormatter<T>(make: () => T, fallback: () => T): T {
  try {
    return make();
  } catch {
    return fallback();
  }
}
