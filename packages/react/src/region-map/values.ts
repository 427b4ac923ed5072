import type { IndicatorDefinition, Locale, Observation } from '@nrw-health/core';
import type { NrwHealth } from '../provider/use-nrw-health';
import { pickText } from '../trial-card/text';
import type { ValueClass } from './scale';

/** Values by region key (AGS, or the key the boundaries use); null or undefined: no value. */
export type RegionValues = Readonly<Record<string, number | null | undefined>>;

/** Where a map's numbers come from: plain values, or observations of one indicator from core. */
export interface MapValueProps {
  /** Values by AGS (RegionTileMap) or by the boundaries' key (GeoChoropleth). */
  readonly values?: RegionValues;
  /** Observations from `@nrw-health/core`; used when `values` is not given. */
  readonly observations?: readonly Observation[];
  /** The indicator of `observations`: it picks them, and gives title, unit, decimals and sources. */
  readonly indicator?: IndicatorDefinition;
  /** The period of `observations` to show; default the latest one. */
  readonly period?: string;
  /** The unit after each value ("trials"); default the indicator's unit. */
  readonly unit?: string;
}

const periodEnd = (period: string) => period.split('/').at(-1) ?? period;

/**
 * The values a map shows, by region code, and the period they are for. Observations count when
 * they are of the indicator (when one is given), without breakdowns (totals), and of `period`
 * or else the latest period among them. A null observation stays a missing value.
 */
export function mapValues(props: MapValueProps): {
  values: ReadonlyMap<string, number | null>;
  period: string | undefined;
} {
  const values = new Map<string, number | null>();
  if (props.values) {
    for (const [key, value] of Object.entries(props.values)) {
      values.set(key, typeof value === 'number' && Number.isFinite(value) ? value : null);
    }
    return { values, period: props.period };
  }
  const candidates = (props.observations ?? []).filter(
    (observation) =>
      (!props.indicator || observation.indicator === props.indicator.id) &&
      Object.keys(observation.breakdowns ?? {}).length === 0,
  );
  let period = props.period;
  if (period === undefined) {
    for (const observation of candidates) {
      if (period === undefined || periodEnd(observation.period) > periodEnd(period)) {
        period = observation.period;
      }
    }
  }
  for (const observation of candidates) {
    if (observation.period !== period) continue;
    const { value } = observation;
    values.set(
      observation.region,
      typeof value === 'number' && Number.isFinite(value) ? value : null,
    );
  }
  return { values, period };
}

/** Formats a map's values: in full with the unit (names, table) and short (on a tile). */
export interface ValueFormat {
  /** "1.041 Studien", "12,1 %", "2,4 Mio. €"; a missing value gives "keine Angabe". */
  readonly full: (value: number | null | undefined) => string;
  /** "1041", "1.04K": what fits on a tile. */
  readonly short: (value: number) => string;
  /** A bound of a legend class, without the unit. */
  readonly bound: (value: number) => string;
  readonly unit: string | undefined;
}

export function valueFormat(
  helpers: NrwHealth,
  indicator: IndicatorDefinition | undefined,
  unitProp: string | undefined,
): ValueFormat {
  const { formatNumber, locale } = helpers;
  const multiplier = 10 ** (indicator?.unitMultiplier ?? 0);
  const decimals = indicator?.decimals;
  const digits: Intl.NumberFormatOptions =
    decimals === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  const code = indicator?.unit.code;
  const unit = unitProp?.trim() || pickText(indicator?.unit.label, locale)?.text;
  const currency = code && /^[A-Z]{3}$/.test(code) ? code : undefined;
  // Intl writes the unit where each language puts it: "12,1 %" and "12.1%", "2,4 Mio. €".
  const style: Intl.NumberFormatOptions = currency
    ? { style: 'currency', currency }
    : code === '%'
      ? { style: 'unit', unit: 'percent' }
      : {};
  const own = !currency && code !== '%' && unit;
  return {
    unit,
    full: (value) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) return formatNumber(null);
      const text = formatNumber(value * multiplier, { ...style, ...digits });
      return own ? `${text} ${unit}` : text;
    },
    // Three significant digits, never fewer than the whole part has below 10,000 ("1.041", not
    // "1040"); from 10,000 on in compact notation ("12,3 Mio.", "24K").
    short: (value) => {
      const scaled = value * multiplier;
      const whole = Math.floor(Math.log10(Math.abs(scaled))) + 1;
      return Math.abs(scaled) >= 10_000
        ? formatNumber(scaled, { notation: 'compact', maximumSignificantDigits: 3 })
        : formatNumber(scaled, { maximumSignificantDigits: Math.max(3, whole || 1) });
    },
    bound: (value) => formatNumber(value * multiplier, digits),
  };
}

/** A legend class in words: "240 bis 479", "unter 10", "0,5 bis unter 1", "50 und mehr". */
export function rangeText(
  valueClass: ValueClass,
  integer: boolean,
  { t }: NrwHealth,
  bound: (value: number) => string,
): string {
  const { from, to, closed } = valueClass;
  if (from === undefined) return t('regionMap.rangeBelow', { to: bound(to!) });
  if (to === undefined) return t('regionMap.rangeAtLeast', { from: bound(from) });
  const end = closed ? to : integer ? to - 1 : undefined;
  if (end === undefined) return t('regionMap.rangeBetween', { from: bound(from), to: bound(to) });
  return end === from
    ? bound(from)
    : t('regionMap.rangeInclusive', { from: bound(from), to: bound(end) });
}

/** "Producer: title" of each distinct source of the indicator, or the portal's own text. */
export function sourceText(
  indicator: IndicatorDefinition | undefined,
  own: string | undefined,
): string | undefined {
  if (own?.trim()) return own.trim();
  const texts = (indicator?.sources ?? []).map((source) =>
    [source.producer, source.title].filter(Boolean).join(': '),
  );
  const distinct = [...new Set(texts.filter(Boolean))];
  return distinct.length > 0 ? distinct.join('; ') : undefined;
}

/** The title from the indicator and period, when the portal gives none. */
export function defaultTitle(
  indicator: IndicatorDefinition | undefined,
  period: string | undefined,
  locale: Locale,
): string | undefined {
  const title = pickText(indicator?.title, locale)?.text;
  if (!title) return undefined;
  return period ? `${title}, ${period.replace('/', '–')}` : title;
}
