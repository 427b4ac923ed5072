import {
  type AggregateOptions,
  aggregateValidRegion,
  type IndicatorDefinition,
  type Observation,
  ruhrDistricts,
} from '@nrw-health/core';
import { useId, useMemo } from 'react';
import { dataTableMessages } from '../data-table/messages';
import type { DataTableColumn } from '../data-table/types';
import { ChartTable } from '../indicator-chart/ChartTable';
import {
  breakdownKey,
  formatValue,
  periodText,
  statusLabel,
  titleOf,
} from '../indicator-chart/format';
import { Meta } from '../indicator-chart/Meta';
import { indicatorChartMessages } from '../indicator-chart/messages';
import { type BarGroup, BarPlot, barPlotHeight, layoutSize } from '../indicator-chart/plots';
import { type ChartPoint, chartData } from '../indicator-chart/series';
import { useNrwHealth } from '../provider/use-nrw-health';
import { Heading, type HeadingLevel, levelOf } from '../trial-card/Heading';
import { langOf } from '../trial-card/text';
import { regionComparisonMessages } from './messages';

export interface RegionComparisonProps {
  readonly definition: IndicatorDefinition;
  /**
   * Observations of the indicator for the 15 Ruhr districts, NRW (`05`) and Germany (`DE`);
   * for a rate or share also those of its numerator and denominator. Totals only: observations
   * with breakdowns are left out. A value given for `RVR` is not used.
   */
  readonly observations: readonly Observation[];
  /** Definitions of a rate's numerator and denominator, for computing the Ruhr's rate. */
  readonly definitions?: AggregateOptions['definitions'];
  /** The period compared. Default: the latest with a value. */
  readonly period?: string;
  /** Replaces the definition's title. */
  readonly title?: string;
  /** Level of the title, h2–h6 (default 3); the two parts take the next level. */
  readonly headingLevel?: HeadingLevel;
  /** The portal's names for region codes, over core's registry. */
  readonly regionNames?: Readonly<Record<string, string>>;
  /** Width the bars are laid out for, in px; they scale to their container. Default 640. */
  readonly width?: number;
  /** `loading` and `error` replace the comparison with a message. Default `ready`. */
  readonly status?: 'ready' | 'loading' | 'error';
  readonly errorDetail?: string;
  readonly className?: string;
}

const ruhr = 'RVR';
const references = ['05', 'DE'] as const;

/** An entry for a region without an observation: shown as "no value", never as 0. */
const absent = (
  indicator: string,
  region: string,
  period: string,
  status: 'missing' | 'not-applicable' = 'missing',
): Observation => ({ indicator, region, period, value: null, status });

/**
 * The Ruhr next to North Rhine-Westphalia and Germany, then its 15 districts one by one, as
 * bars and as a table. The Ruhr's value is computed by core's `aggregateValidRegion` from the
 * districts (counts add up, rates are recomputed from their parts), never taken from the data;
 * where it cannot be computed (an index, rank or mean; districts without values) the widget
 * says why.
 */
export function RegionComparison(props: RegionComparisonProps) {
  const helpers = useNrwHealth(regionComparisonMessages, indicatorChartMessages, dataTableMessages);
  const { t, locale } = helpers;
  const { definition } = props;
  const titleId = useId();
  const summaryId = useId();
  const overviewId = useId();
  const districtsId = useId();
  const notesId = useId();
  const status = props.status ?? 'ready';
  const level = levelOf(props.headingLevel, 3);

  const model = useMemo(() => {
    const all = Array.isArray(props.observations) ? props.observations : [];
    const own = all.filter(
      (observation) =>
        typeof observation === 'object' &&
        observation !== null &&
        observation.indicator === definition?.id &&
        breakdownKey(observation.breakdowns) === '',
    );
    const typed = own.some((observation) => observation.region === ruhr);
    const compared = new Set<string>([...ruhrDistricts, ...references]);
    const relevant = own.filter((observation) => compared.has(observation.region));
    const aggregate = aggregateValidRegion(definition, all, {
      locale,
      ...(props.definitions ? { definitions: props.definitions } : {}),
    });
    const computed = aggregate.ok
      ? aggregate.value.filter((observation) => breakdownKey(observation.breakdowns) === '')
      : [];
    const withValue = [...relevant, ...computed].filter(
      (observation) => observation.value !== null,
    );
    const periods = [
      ...new Set([...relevant, ...computed].map((observation) => observation.period)),
    ].sort();
    const period =
      props.period ??
      withValue
        .map((observation) => observation.period)
        .sort()
        .at(-1) ??
      periods.at(-1);
    const at = (list: readonly Observation[], region: string) =>
      list.find((observation) => observation.region === region && observation.period === period);
    // A rate or share not given for a region, but with its numerator and denominator: the
    // region's own rate, computed the same way as the Ruhr's.
    const ownRate = (code: string) => {
      if (!props.definitions || !definition?.numerator) return undefined;
      const single = aggregateValidRegion(definition, all, {
        definitions: props.definitions,
        region: { code, members: [code] },
      });
      return single.ok
        ? at(
            single.value.filter((one) => !one.breakdowns),
            code,
          )
        : undefined;
    };
    const id = String(definition?.id ?? '');
    const value = (code: string) =>
      at(relevant, code) ?? ownRate(code) ?? absent(id, code, period!);
    const rows = period
      ? [
          // Refused by core (an index, a rank, a mean): a Ruhr value would not be meaningful.
          at(computed, ruhr) ??
            absent(id, ruhr, period, aggregate.ok ? 'missing' : 'not-applicable'),
          ...references.map(value),
          ...ruhrDistricts.map(value),
        ]
      : [];
    const data = chartData(definition, rows, helpers, { regionNames: props.regionNames });
    return {
      data,
      period,
      typed,
      reason: aggregate.ok ? undefined : aggregate.issues[0]?.message,
    };
  }, [
    definition,
    props.observations,
    props.definitions,
    props.period,
    props.regionNames,
    locale,
    helpers,
  ]);

  const { data, period } = model;
  const points = data.points;
  const overview = points.slice(0, 3);
  // Districts from the highest value down; those without a value last, in the registry's order.
  const districts = points
    .slice(3)
    .sort((a, b) =>
      a.value === null || b.value === null
        ? (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0)
        : b.value - a.value,
    );
  const label = (point: ChartPoint) => data.series[point.series]!.label;
  const value = (point: ChartPoint) => formatValue(definition, point.value, helpers);
  const barText = (point: ChartPoint) =>
    point.value !== null
      ? formatValue(definition, point.value, helpers, 'short')
      : point.observation.status === 'missing'
        ? t('value.missing')
        : `${t('value.missing')}, ${statusLabel(point.observation.status, locale)}`;
  const groupsOf = (
    list: readonly ChartPoint[],
    colour: (point: ChartPoint) => number,
  ): BarGroup[] =>
    list.map((point) => ({
      key: String(point.index),
      label: label(point),
      bars: [
        {
          key: String(point.index),
          value: point.value,
          series: colour(point),
          text: barText(point),
          notes: point.notes,
        },
      ],
    }));
  // The three regions in three palette colours; the districts in one (their names tell them apart).
  const overviewGroups = groupsOf(overview, (point) => point.index);
  const districtGroups = groupsOf(districts, () => 0);
  const width = layoutSize(props.width, 640, 240);
  const format = (amount: number, scale: number) =>
    formatValue(definition, amount, helpers, 'short', scale);

  const periodLabel = period ? periodText(period, helpers) : '';
  const title = props.title?.trim()
    ? { text: props.title, lang: locale }
    : titleOf(definition, locale);
  const withValues = districts.filter((point) => point.value !== null);
  const summary = [
    t('regionComparison.summary', {
      period: periodLabel,
      values: overview.map((point) => `${label(point)} ${value(point)}`).join('; '),
    }),
    withValues.length > 1
      ? t('indicatorChart.summaryRange', {
          period: t('regionComparison.districts'),
          max: label(withValues[0]!),
          maxValue: value(withValues[0]!),
          min: label(withValues.at(-1)!),
          minValue: value(withValues.at(-1)!),
        })
      : '',
    districts.length > withValues.length
      ? t('indicatorChart.summaryMissing', { count: districts.length - withValues.length })
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  const columns: DataTableColumn<ChartPoint>[] = [
    { id: 'region', header: t('indicatorChart.region'), value: label, rowHeader: true },
    {
      id: 'value',
      header: t('indicatorChart.value'),
      value: (point) => point.value,
      render: value,
      align: 'end',
    },
    {
      id: 'notes',
      header: t('indicatorChart.notes'),
      value: (point) => point.notes[0],
      render: (point) =>
        [
          point.observation.status === 'normal'
            ? ''
            : statusLabel(point.observation.status, locale),
          ...point.notes.map((number) => t('indicatorChart.noteRef', { number: String(number) })),
        ]
          .filter(Boolean)
          .join(', '),
    },
  ];

  const plot = (groups: BarGroup[], labelledBy: string) => (
    // biome-ignore lint/a11y/noSvgWithoutTitle: named by aria-labelledby (an id from useId, which the rule cannot read)
    <svg
      className="nrw-region-comparison__svg"
      viewBox={`0 0 ${width} ${barPlotHeight(groups)}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={summaryId}
    >
      <BarPlot width={width} groups={groups} format={format} />
    </svg>
  );
  const sub = levelOf(level + 1, 4);

  return (
    <section
      className={['nrw', 'nrw-region-comparison', props.className].filter(Boolean).join(' ')}
      lang={locale}
      aria-labelledby={titleId}
      aria-busy={status === 'loading' || undefined}
    >
      <Heading
        level={level}
        id={titleId}
        className="nrw-region-comparison__title"
        lang={langOf(title, locale)}
      >
        {title.text}
        {status === 'ready' && periodLabel ? `, ${periodLabel}` : ''}
      </Heading>
      {status === 'loading' && (
        <p className="nrw-region-comparison__message">{t('dataTable.loading')}</p>
      )}
      {status === 'error' && (
        <p className="nrw-region-comparison__message">
          <strong className="nrw-region-comparison__error">{t('dataTable.error')}</strong>
          {props.errorDetail ? <span> {props.errorDetail}</span> : null}
        </p>
      )}
      {status === 'ready' && points.length === 0 && (
        <p className="nrw-region-comparison__message">{t('indicatorChart.empty')}</p>
      )}
      {status === 'ready' && points.length > 0 && (
        <>
          <p id={summaryId} className="nrw-region-comparison__summary">
            {summary}
          </p>
          <Heading level={sub} id={overviewId} className="nrw-region-comparison__part">
            {t('regionComparison.overview')}
          </Heading>
          {plot(overviewGroups, overviewId)}
          <p className="nrw-region-comparison__method">
            {model.reason
              ? t('regionComparison.notComputed', { reason: model.reason })
              : t('regionComparison.computed', { count: String(ruhrDistricts.length) })}
            {model.typed ? ` ${t('regionComparison.typedIgnored')}` : ''}
          </p>
          <Heading level={sub} id={districtsId} className="nrw-region-comparison__part">
            {t('regionComparison.districts')}
          </Heading>
          {plot(districtGroups, districtsId)}
          <ChartTable
            caption={`${title.text}, ${periodLabel}`}
            columns={columns}
            rows={[...overview, ...districts]}
            rowKey={(point) => point.index}
          />
          <Meta
            definition={definition}
            observations={points.map((point) => point.observation)}
            notes={data.notes}
            notesId={notesId}
            skipped={data.skipped}
          />
        </>
      )}
    </section>
  );
}
