import type { IndicatorDefinition } from '@nrw-health/core';
import type { NrwHealth } from '../provider/use-nrw-health';
import { formatValue } from './format';
import type { ChartData, ChartPoint } from './series';

/** Series for which the summary tells each one's change; with more it counts rises and falls. */
const namedChanges = 3;

const hasValue = (point: ChartPoint | undefined): point is ChartPoint & { value: number } =>
  point !== undefined && point.value !== null;

/**
 * A text summary of what the chart shows, built from the data: the latest period with its
 * highest and lowest series (or its one value), how each series changed from its first value
 * to its last, and how many values are missing. It is the chart's accessible description.
 */
export function summarize(
  data: ChartData,
  definition: IndicatorDefinition,
  helpers: NrwHealth,
): string {
  const { t } = helpers;
  const value = (point: ChartPoint) => formatValue(definition, point.value, helpers);
  const withValues = data.points.filter(hasValue);
  if (withValues.length === 0) return t('indicatorChart.empty');

  const latest = Math.max(...withValues.map((point) => point.period));
  const period = data.periodLabels[latest]!;
  const now = withValues.filter((point) => point.period === latest);
  const label = (point: ChartPoint) => data.series[point.series]!.label;
  const sentences: string[] = [];
  if (now.length === 1) {
    const [only] = now;
    sentences.push(
      t('indicatorChart.summaryOne', { series: label(only!), period, value: value(only!) }),
    );
  } else {
    // The first of equal values wins, in the order of the series.
    const max = now.reduce((best, point) => (point.value > best.value ? point : best));
    const min = now.reduce((best, point) => (point.value < best.value ? point : best));
    sentences.push(
      t('indicatorChart.summaryRange', {
        period,
        max: label(max),
        maxValue: value(max),
        min: label(min),
        minValue: value(min),
      }),
    );
  }

  const changes = data.series.flatMap((series) => {
    const points = series.byPeriod.filter(hasValue);
    const first = points[0];
    const last = points.at(-1);
    return first && last && first !== last ? [{ series, first, last }] : [];
  });
  if (changes.length > 0 && data.series.length <= namedChanges) {
    for (const { series, first, last } of changes) {
      const key =
        last.value > first.value
          ? 'indicatorChart.summaryRose'
          : last.value < first.value
            ? 'indicatorChart.summaryFell'
            : 'indicatorChart.summaryUnchanged';
      sentences.push(
        t(key, {
          series: series.label,
          from: value(first),
          fromPeriod: data.periodLabels[first.period]!,
          to: value(last),
          toPeriod: data.periodLabels[last.period]!,
        }),
      );
    }
  } else if (changes.length > 0) {
    const starts = Math.min(...changes.map((change) => change.first.period));
    const ends = Math.max(...changes.map((change) => change.last.period));
    sentences.push(
      t('indicatorChart.summaryTrend', {
        fromPeriod: data.periodLabels[starts]!,
        toPeriod: data.periodLabels[ends]!,
        rose: changes.filter((change) => change.last.value > change.first.value).length,
        fell: changes.filter((change) => change.last.value < change.first.value).length,
        count: changes.length,
      }),
    );
  }

  const missing = data.points.length - withValues.length;
  if (missing > 0) sentences.push(t('indicatorChart.summaryMissing', { count: missing }));
  return sentences.join(' ');
}
