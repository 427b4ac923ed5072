import {
  type IndicatorDefinition,
  type Locale,
  type Observation,
  observationStatuses,
  regionByCode,
  regionByNuts,
  type Source,
  sexes,
} from '@nrw-health/core';
import type { NrwHealth } from '../provider/use-nrw-health';
import { type Picked, pickText } from '../trial-card/text';

/*
 * Numbers, units, periods and region names of indicators, shared by IndicatorChart, KpiTile and
 * RegionComparison. Values stay in the definition's unit and multiplier (10^n) everywhere in the
 * data; only the text shown multiplies them out.
 */

/** Float noise off (0.1 + 0.2), as core's aggregation does. */
export const clean = (value: number) => Number(value.toPrecision(12));

/** The number a stored value stands for: 19.93 with multiplier 9 is 19,930,000,000. */
export const realValue = (definition: IndicatorDefinition, value: number) =>
  clean(value * 10 ** (definition.unitMultiplier ?? 0));

// Compact notation: English in the British style ("€19.9bn", "5.1m"), as international
// dashboards write it; American "B" and "M" read as bytes or Roman numerals to many readers.
const compactLocale: Record<Locale, string> = { de: 'de', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    try {
      found = new Intl.NumberFormat(locale, options);
    } catch {
      // A currency code Intl does not know: the number alone.
      found = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    }
    formatters.set(key, found);
  }
  return found;
}

/**
 * How to show numbers: `text` in full for tables, summaries and announcements ("19.93 billion
 * euros", "1,041 studies"); `short` for tiles, axes and bar labels ("€19.9bn", "1,041").
 */
export type ValueStyle = 'text' | 'short';

/** Whether the unit is money: an ISO 4217 code such as `EUR`. */
export const isCurrency = (code: string | undefined): code is string =>
  code !== undefined && /^[A-Z]{3}$/.test(code);

/**
 * A value of `definition` for the locale, in its unit. `text`: "19.93 billion euros", "1,041
 * studies", "9.8%". `short`, the number alone with its currency or percent sign: "€19.9bn",
 * "19,9 Mrd. €", "5.1m", "1,041". Null, undefined and NaN give the "no value" label, never 0.
 */
export function formatValue(
  definition: IndicatorDefinition,
  value: number | null | undefined,
  helpers: NrwHealth,
  style: ValueStyle = 'text',
  /** For axis ticks: the largest value on the axis, so that all ticks are compact or none. */
  scale?: number,
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return helpers.t('value.missing');
  const { locale } = helpers;
  const code = definition.unit?.code;
  const decimals = definition.decimals;
  const real = realValue(definition, value);
  const short = style === 'short';
  const digits = short ? Math.min(decimals ?? 1, 1) : (decimals ?? 2);
  if (code === '%') {
    return numberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: short ? 0 : (decimals ?? 0),
      maximumFractionDigits: digits,
    }).format(real / 100);
  }
  const money = isCurrency(code);
  // Millions and more in words ("5.1 million"); short, from 100,000 on ("€19.9bn", "545.8k"),
  // where "1k" for 1,041 would hide too much.
  const size = Math.abs(scale === undefined ? real : realValue(definition, scale));
  const compact = size >= (short ? 1e5 : 1e6);
  const number = numberFormat(compact ? compactLocale[locale] : locale, {
    ...(compact ? { notation: 'compact', compactDisplay: short ? 'short' : 'long' } : {}),
    ...(money && (short || !compact) ? { style: 'currency', currency: code } : {}),
    minimumFractionDigits: compact || short ? 0 : (decimals ?? 0),
    maximumFractionDigits: digits,
  }).format(real);
  if (short || (money && !compact)) return number;
  const unit = pickText(definition.unit?.label, locale)?.text;
  return unit ? `${number} ${unit}` : number;
}

/** The unit with its multiplier in words: "persons", "1 million persons", "1 Milliarde Euro". */
export function unitText(definition: IndicatorDefinition, locale: Locale): string {
  const unit = pickText(definition.unit?.label, locale)?.text ?? '';
  const multiplier = definition.unitMultiplier ?? 0;
  if (multiplier === 0) return unit;
  const factor = numberFormat(compactLocale[locale], {
    notation: multiplier >= 3 ? 'compact' : 'standard',
    compactDisplay: 'long',
  }).format(10 ** multiplier);
  return `${factor} ${unit}`.trim();
}

/** "2023", "Q2 2023", "May 2023", "31.12.2021", "2013–2022": a period as the locale writes it. */
export function periodText(period: string, helpers: NrwHealth): string {
  const [start, end] = period.split('/');
  if (end !== undefined) return `${periodText(start!, helpers)}–${periodText(end, helpers)}`;
  const part = /^(\d{4})-([QH])([1-4])$/.exec(period);
  if (part) {
    const [, year, kind, number] = part;
    return helpers.t(kind === 'Q' ? 'indicatorChart.quarter' : 'indicatorChart.half', {
      year: year!,
      number: number!,
    });
  }
  if (/^\d{4}(-\d{2}){0,2}$/.test(period)) {
    const text = helpers.formatDate(period);
    return text === helpers.t('value.missing') ? period : text;
  }
  return period;
}

let countryNames: Partial<Record<Locale, Intl.DisplayNames | null>> = {};

function countryName(code: string, locale: Locale): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  if (countryNames[locale] === undefined) {
    try {
      countryNames = {
        ...countryNames,
        [locale]: new Intl.DisplayNames(locale, { type: 'region' }),
      };
    } catch {
      countryNames = { ...countryNames, [locale]: null };
    }
  }
  const name = countryNames[locale]?.of(code);
  return name && name !== code ? name : undefined;
}

/**
 * A region's name: the portal's own (`names`), else core's region registry (AGS, NUTS, RVR),
 * else the country's name from Intl, else the code as it is.
 */
export function regionName(
  code: string,
  locale: Locale,
  names?: Readonly<Record<string, string>>,
): string {
  const own = names && Object.hasOwn(names, code) ? names[code] : undefined;
  if (typeof own === 'string' && own.trim() !== '') return own;
  const region = regionByCode(code) ?? regionByNuts(code);
  return region?.name[locale] ?? countryName(code, locale) ?? code;
}

/** "Female", "Y65-74", "hospitals", "isced11: ED0-2": what a breakdown stands for. */
export function breakdownText(
  breakdowns: Observation['breakdowns'],
  locale: Locale,
): string | undefined {
  if (!breakdowns) return undefined;
  const parts = [
    breakdowns.sex && sexes.label(breakdowns.sex, locale),
    breakdowns.ageGroup,
    breakdowns.sector,
    ...Object.entries(breakdowns.dimensions ?? {}).map(([id, code]) => `${id}: ${code}`),
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** A key that tells breakdowns apart, whatever the order of their fields. */
export function breakdownKey(breakdowns: Observation['breakdowns']): string {
  if (!breakdowns) return '';
  const dimensions = Object.entries(breakdowns.dimensions ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const key = [breakdowns.sex, breakdowns.ageGroup, breakdowns.sector, dimensions.join('|')];
  return key.some((part) => part) ? JSON.stringify(key) : '';
}

/** The status's name from core's code list ("Provisional", "Vorläufig"). */
export const statusLabel = (status: string, locale: Locale) =>
  observationStatuses.label(status, locale);

/** What the status means, from core's code list; undefined for a code core does not know. */
export const statusDescription = (status: string, locale: Locale) =>
  observationStatuses.has(status)
    ? observationStatuses.entries[status].description[locale]
    : undefined;

/** A source in one line: producer, title, table, place in the document, what it cites, year. */
export function sourceText(source: Source): string {
  const parts = [source.producer, source.title, source.table, source.locator];
  const cites = source.cites ? ` (${source.cites})` : '';
  const tail = [source.published, source.licence].filter(Boolean).join(', ');
  const text = parts.filter(Boolean).join(', ') + cites;
  return tail ? `${text}, ${tail}` : text;
}

/** The definition's title in the locale (or another language, marked). */
export function titleOf(definition: IndicatorDefinition, locale: Locale): Picked {
  return (
    pickText(definition?.title, locale) ?? { text: String(definition?.id ?? ''), lang: locale }
  );
}
