import type { IndicatorDefinition, Locale, Observation } from '@nrw-health/core';
import type { NrwHealth } from '../provider/use-nrw-health';
import { pickText } from '../trial-card/text';
import {
  breakdownKey,
  breakdownText,
  formatValue,
  periodText,
  regionName,
  statusDescription,
  statusLabel,
} from './format';

/** One observation of a series, at a period. */
export interface ChartPoint {
  /** Position in `ChartData.points`: series by series, periods in order. */
  readonly index: number;
  readonly series: number;
  /** Position of the period in `ChartData.periods`. */
  readonly period: number;
  readonly observation: Observation;
  /** Null for a missing, confidential or not applicable value: drawn as a gap, never as 0. */
  readonly value: number | null;
  /** Numbers of the notes (flags and footnotes) that apply, from 1. */
  readonly notes: readonly number[];
  /** What a screen reader announces: "Essen, 2013–2022: 1,041 studies, note 1". */
  readonly label: string;
}

export interface ChartSeries {
  readonly index: number;
  readonly label: string;
  /** The series' points by period index; undefined where it has no observation at all. */
  readonly byPeriod: readonly (ChartPoint | undefined)[];
}

/** A footnote: the meaning of a status flag (core's words) or a footnote of the data. */
export interface ChartNote {
  readonly number: number;
  readonly text: string;
  /** Set when the text is in another language than the widget's. */
  readonly lang?: string;
}

export interface ChartData {
  readonly series: readonly ChartSeries[];
  /** The periods, in order, as given ("2023", "2013/2022"). */
  readonly periods: readonly string[];
  readonly periodLabels: readonly string[];
  readonly points: readonly ChartPoint[];
  readonly notes: readonly ChartNote[];
  /** Observations of the indicator that could not be shown (not readable, or given twice). */
  readonly skipped: number;
  /** Whether series differ by breakdown (sex, age group, sector), not only by region. */
  readonly byBreakdown: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const valueless: readonly unknown[] = ['missing', 'confidential', 'not-applicable'];

/**
 * Whether an observation can be drawn: a region, a period, and a finite number or null that
 * fits its status. Core's validator checks more; this is what the chart itself relies on.
 */
function readable(observation: unknown): observation is Observation {
  if (!isObject(observation)) return false;
  const { region, period, value, status } = observation;
  if (typeof region !== 'string' || region === '' || typeof period !== 'string' || period === '')
    return false;
  if (value === null) return true;
  return typeof value === 'number' && Number.isFinite(value) && !valueless.includes(status);
}

export interface ChartDataOptions {
  /** The portal's names for region codes, over core's registry. */
  readonly regionNames?: Readonly<Record<string, string>>;
}

/**
 * The series of a chart: one per region (and breakdown, where the observations differ by one),
 * in the order they first appear; the periods in order; the notes every flagged point refers
 * to. Observations of other indicators are left out; unreadable ones and the second of two for
 * the same series and period are counted in `skipped`, never dropped unseen.
 */
export function chartData(
  definition: IndicatorDefinition,
  observations: readonly Observation[],
  helpers: NrwHealth,
  options: ChartDataOptions = {},
): ChartData {
  const { locale, t } = helpers;
  let skipped = 0;
  const kept: Observation[] = [];
  for (const observation of Array.isArray(observations) ? observations : []) {
    if (isObject(observation) && observation.indicator !== definition?.id) continue;
    if (readable(observation)) kept.push(observation);
    else skipped++;
  }

  const breakdowns = new Set(kept.map((observation) => breakdownKey(observation.breakdowns)));
  const regions = new Set(kept.map((observation) => observation.region));
  const byBreakdown = breakdowns.size > 1;
  const keyOf = (observation: Observation) =>
    `${observation.region}\u0000${byBreakdown ? breakdownKey(observation.breakdowns) : ''}`;

  const seriesKeys: string[] = [];
  const labels = new Map<string, string>();
  for (const observation of kept) {
    const key = keyOf(observation);
    if (labels.has(key)) continue;
    seriesKeys.push(key);
    const region = regionName(observation.region, locale, options.regionNames);
    const breakdown = byBreakdown ? breakdownText(observation.breakdowns, locale) : undefined;
    // One region broken down: the breakdown names the series ("Female"); else "Essen, Female".
    labels.set(
      key,
      breakdown ? (regions.size === 1 ? breakdown : `${region}, ${breakdown}`) : region,
    );
  }
  const periods = [...new Set(kept.map((observation) => observation.period))].sort();
  const periodLabels = periods.map((period) => periodText(period, helpers));
  const periodIndex = new Map(periods.map((period, index) => [period, index]));

  const notes: ChartNote[] = [];
  const noteNumbers = new Map<string, number>();
  const noteFor = (text: string, lang?: string) => {
    let number = noteNumbers.get(text);
    if (number === undefined) {
      number = notes.length + 1;
      noteNumbers.set(text, number);
      notes.push(lang && lang !== locale ? { number, text, lang } : { number, text });
    }
    return number;
  };

  const grid = seriesKeys.map(() => new Array<Observation | undefined>(periods.length));
  const seriesIndex = new Map(seriesKeys.map((key, index) => [key, index]));
  for (const observation of kept) {
    const row = grid[seriesIndex.get(keyOf(observation))!]!;
    const column = periodIndex.get(observation.period)!;
    if (row[column]) skipped++;
    else row[column] = observation;
  }

  const points: ChartPoint[] = [];
  const series: ChartSeries[] = grid.map((row, index) => {
    const label = labels.get(seriesKeys[index]!)!;
    const byPeriod = row.map((observation, period): ChartPoint | undefined => {
      if (!observation) return undefined;
      const numbers = observationNotes(observation, locale, noteFor);
      const value = observation.value;
      const flag = observation.status !== 'normal' ? statusLabel(observation.status, locale) : '';
      const parts = [
        t('indicatorChart.point', {
          series: label,
          period: periodLabels[period]!,
          value: formatValue(definition, value, helpers),
        }),
        flag,
        ...numbers.map((number) => t('indicatorChart.noteRef', { number: String(number) })),
      ];
      const point: ChartPoint = {
        index: points.length,
        series: index,
        period,
        observation,
        value,
        notes: numbers,
        label: parts.filter(Boolean).join(', '),
      };
      points.push(point);
      return point;
    });
    return { index, label, byPeriod };
  });

  return { series, periods, periodLabels, points, notes, skipped, byBreakdown };
}

/** The notes of an observation: its status (unless normal), then its footnotes. */
function observationNotes(
  observation: Observation,
  locale: Locale,
  noteFor: (text: string, lang?: string) => number,
): number[] {
  const numbers: number[] = [];
  if (observation.status !== 'normal') {
    const description = statusDescription(observation.status, locale);
    const label = statusLabel(observation.status, locale);
    numbers.push(noteFor(description ? `${label}: ${description}` : label));
  }
  for (const footnote of Array.isArray(observation.footnotes) ? observation.footnotes : []) {
    const picked = pickText(footnote, locale);
    if (picked) numbers.push(noteFor(picked.text, picked.lang));
  }
  return [...new Set(numbers)];
}
