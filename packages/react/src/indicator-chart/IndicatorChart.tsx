import type { IndicatorDefinition, Observation } from '@nrw-health/core';
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { dataTableMessages } from '../data-table/messages';
import type { DataTableColumn } from '../data-table/types';
import { useNrwHealth } from '../provider/use-nrw-health';
import { useControllable } from '../shared/use-controllable';
import { Heading, type HeadingLevel, levelOf } from '../trial-card/Heading';
import { langOf } from '../trial-card/text';
import { ChartTable } from './ChartTable';
import { type CsvDialectName, indicatorCsv } from './csv';
import { formatValue, statusLabel, titleOf } from './format';
import { Meta } from './Meta';
import { LegendKey } from './marks';
import { indicatorChartMessages } from './messages';
import {
  type BarGroup,
  BarPlot,
  barPlotHeight,
  LinePlot,
  layoutSize,
  type PointProps,
} from './plots';
import { type ChartData, type ChartPoint, chartData } from './series';
import { summarize } from './summary';

export type IndicatorChartType = 'line' | 'bar';
export type IndicatorChartView = 'chart' | 'table';
export type IndicatorChartStatus = 'ready' | 'loading' | 'error';

export interface IndicatorChartProps {
  readonly definition: IndicatorDefinition;
  /** Observations of the indicator; those of other indicators are left out. */
  readonly observations: readonly Observation[];
  /** Default: a line over several periods, bars for one. */
  readonly type?: IndicatorChartType;
  /** Replaces the definition's title. */
  readonly title?: string;
  /** Level of the title, h2–h6 (default 3). */
  readonly headingLevel?: HeadingLevel;
  /** Chart or table, controlled. */
  readonly view?: IndicatorChartView;
  /** Chart or table at first, uncontrolled. Default `chart`. */
  readonly defaultView?: IndicatorChartView;
  readonly onViewChange?: (view: IndicatorChartView) => void;
  /** Width the chart is laid out for, in px; it scales to its container. Default 640. */
  readonly width?: number;
  /** Height of a line chart, in px at `width` (bars grow with their count). Default 320. */
  readonly height?: number;
  /** Whether a line chart's axis includes 0. Default true (bars always start at 0). */
  readonly zeroBaseline?: boolean;
  /** The portal's names for region codes, over core's registry (e.g. municipality keys). */
  readonly regionNames?: Readonly<Record<string, string>>;
  /** CSV dialect of the download. Default: the locale's (`de`: `;` and decimal comma). */
  readonly csvDialect?: CsvDialectName;
  /** `loading` and `error` replace the chart with a message. Default `ready`. */
  readonly status?: IndicatorChartStatus;
  /** Shown under the error message: what went wrong, in the portal's words. */
  readonly errorDetail?: string;
  readonly className?: string;
}

const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/** The point a key moves to: along a line's periods or between its series; along bars in order. */
function move(
  key: string,
  point: ChartPoint,
  data: ChartData,
  bars: readonly number[] | undefined,
): ChartPoint | undefined {
  if (bars) {
    const at = bars.indexOf(point.index);
    const to =
      key === 'Home'
        ? 0
        : key === 'End'
          ? bars.length - 1
          : key === 'ArrowDown' || key === 'ArrowRight'
            ? Math.min(at + 1, bars.length - 1)
            : Math.max(at - 1, 0);
    return data.points[bars[to]!];
  }
  const present = (series: number) =>
    data.series[series]!.byPeriod.filter((one): one is ChartPoint => one !== undefined);
  const own = present(point.series);
  const at = own.indexOf(point);
  if (key === 'Home') return own[0];
  if (key === 'End') return own.at(-1);
  if (key === 'ArrowRight') return own[Math.min(at + 1, own.length - 1)];
  if (key === 'ArrowLeft') return own[Math.max(at - 1, 0)];
  // Up and down: the previous or next series, at the period nearest this one.
  const step = key === 'ArrowDown' ? 1 : -1;
  for (let series = point.series + step; data.series[series]; series += step) {
    const candidates = present(series);
    if (candidates.length === 0) continue;
    return candidates.reduce((best, one) =>
      Math.abs(one.period - point.period) < Math.abs(best.period - point.period) ? one : best,
    );
  }
  return point;
}

/**
 * An indicator as a line or bar chart (SVG: d3-shape, and scales of its own) in a `<figure>`: its
 * title, a summary generated from the data (the chart's accessible description), a table view,
 * a CSV download, units and sources from the definition, and status flags and footnotes as
 * numbered notes. Every observation is a stop for the arrow keys, announced with its region,
 * period, value and flags; missing values are gaps, never 0.
 */
export function IndicatorChart(props: IndicatorChartProps) {
  const helpers = useNrwHealth(indicatorChartMessages, dataTableMessages);
  const { t, locale } = helpers;
  const { definition, regionNames } = props;
  const titleId = useId();
  const summaryId = useId();
  const notesId = useId();
  const svg = useRef<SVGSVGElement | null>(null);
  const [view, setView] = useControllable<IndicatorChartView>(
    props.view === 'chart' || props.view === 'table' ? props.view : undefined,
    props.defaultView === 'table' ? 'table' : 'chart',
    props.onViewChange,
  );
  const [active, setActive] = useState(0);
  const [hovered, setHovered] = useState<number | undefined>(undefined);
  const [focused, setFocused] = useState(false);

  const data = useMemo(
    () => chartData(definition, props.observations, helpers, { regionNames }),
    [definition, props.observations, helpers, regionNames],
  );
  const summary = useMemo(() => summarize(data, definition, helpers), [data, definition, helpers]);
  const status = props.status ?? 'ready';
  const title = props.title?.trim()
    ? { text: props.title, lang: locale }
    : titleOf(definition, locale);
  const width = layoutSize(props.width, 640, 240);
  const lineHeight = layoutSize(props.height, 320, 160);
  const type: IndicatorChartType =
    props.type === 'line' || props.type === 'bar'
      ? props.type
      : data.periods.length > 1
        ? 'line'
        : 'bar';

  const format = (value: number, scale: number) =>
    formatValue(definition, value, helpers, 'short', scale);
  const barText = (point: ChartPoint) => {
    if (point.value !== null) return formatValue(definition, point.value, helpers, 'short');
    const { status: flag } = point.observation;
    return flag === 'missing' || flag === 'normal'
      ? t('value.missing')
      : `${t('value.missing')}, ${statusLabel(flag, locale)}`;
  };

  // Bars: one per region when there is one period, else grouped by period.
  const single = data.periods.length === 1;
  const groups: BarGroup[] =
    type !== 'bar'
      ? []
      : single
        ? data.points.map((point) => ({
            key: `s${point.series}`,
            label: data.series[point.series]!.label,
            bars: [barOf(point, false)],
          }))
        : data.periods.map((_, period) => ({
            key: `p${period}`,
            label: data.periodLabels[period]!,
            bars: data.series.flatMap((series) => {
              const point = series.byPeriod[period];
              return point ? [barOf(point, true)] : [];
            }),
          }));
  // One period: each bar is named by its own label, so all take the first colour.
  function barOf(point: ChartPoint, marker: boolean) {
    return {
      key: String(point.index),
      value: point.value,
      series: marker ? point.series : 0,
      text: barText(point),
      notes: point.notes,
      marker,
      focus: point,
    };
  }
  const barOrder =
    type === 'bar'
      ? groups.flatMap((group) => group.bars.map((bar) => Number(bar.key)))
      : undefined;
  const height = type === 'bar' ? barPlotHeight(groups) : lineHeight;
  const current = data.points[active] ? active : 0;

  const pointProps: PointProps = {
    active: current,
    onFocus: (index) => {
      setActive(index);
      setFocused(true);
    },
    onHover: setHovered,
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const point = data.points[current];
    if (!keys.includes(event.key) || !point) return;
    event.preventDefault();
    const next = move(event.key, point, data, barOrder);
    if (!next) return;
    setActive(next.index);
    svg.current?.querySelector<SVGElement>(`[data-point="${next.index}"]`)?.focus();
  };

  const download = () => {
    const csv = indicatorCsv(
      definition,
      data.points.map((point) => point.observation),
      { dialect: props.csvDialect ?? locale, locale, regionNames },
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${String(definition.id).replace(/[^\w.-]+/g, '-')}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const readout = hovered ?? (focused ? current : undefined);
  const ready = status === 'ready' && data.points.length > 0;
  const legend = type === 'line' || !single;

  const columns: DataTableColumn<ChartPoint>[] = [
    {
      id: 'series',
      header: t(data.byBreakdown ? 'indicatorChart.series' : 'indicatorChart.region'),
      value: (point) => data.series[point.series]!.label,
      rowHeader: true,
    },
    {
      id: 'period',
      header: t('indicatorChart.period'),
      value: (point) => point.observation.period,
      render: (point) => data.periodLabels[point.period],
    },
    {
      id: 'value',
      header: t('indicatorChart.value'),
      value: (point) => point.value,
      render: (point) => formatValue(definition, point.value, helpers),
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

  return (
    <figure
      className={['nrw', 'nrw-indicator-chart', props.className].filter(Boolean).join(' ')}
      lang={locale}
      aria-labelledby={titleId}
      aria-busy={status === 'loading' || undefined}
    >
      <figcaption className="nrw-indicator-chart__caption">
        <Heading
          level={levelOf(props.headingLevel, 3)}
          id={titleId}
          className="nrw-indicator-chart__title"
          lang={langOf(title, locale)}
        >
          {title.text}
        </Heading>
        {status === 'ready' && (
          <p id={summaryId} className="nrw-indicator-chart__summary">
            {summary}
          </p>
        )}
      </figcaption>
      {status === 'loading' && (
        <p className="nrw-indicator-chart__message">{t('dataTable.loading')}</p>
      )}
      {status === 'error' && (
        <p className="nrw-indicator-chart__message">
          <strong className="nrw-indicator-chart__error">{t('dataTable.error')}</strong>
          {props.errorDetail ? <span> {props.errorDetail}</span> : null}
        </p>
      )}
      {ready && (
        <>
          <div className="nrw-indicator-chart__toolbar">
            <fieldset className="nrw-indicator-chart__views">
              <legend className="nrw-visually-hidden">{t('indicatorChart.view')}</legend>
              {(['chart', 'table'] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  aria-pressed={view === option}
                  className="nrw-indicator-chart__view"
                  onClick={() => setView(option)}
                >
                  {t(option === 'chart' ? 'indicatorChart.showChart' : 'indicatorChart.showTable')}
                </button>
              ))}
            </fieldset>
            <button type="button" className="nrw-indicator-chart__download" onClick={download}>
              {t('indicatorChart.download')}
            </button>
          </div>
          {view === 'chart' ? (
            <>
              {legend && data.series.length > 1 && (
                <ul className="nrw-indicator-chart__legend">
                  {data.series.map((series) => (
                    <li key={series.index}>
                      <LegendKey series={series.index} line={type === 'line'} />
                      {series.label}
                    </li>
                  ))}
                </ul>
              )}
              {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group holds the focusable points */}
              <svg
                ref={svg}
                className="nrw-indicator-chart__svg"
                viewBox={`0 0 ${width} ${height}`}
                preserveAspectRatio="xMidYMid meet"
                role="group"
                aria-labelledby={titleId}
                aria-describedby={data.notes.length > 0 ? `${summaryId} ${notesId}` : summaryId}
                onKeyDown={onKeyDown}
                onBlur={(event) => {
                  if (!event.currentTarget.contains(event.relatedTarget as Node | null))
                    setFocused(false);
                }}
              >
                {type === 'line' ? (
                  <LinePlot
                    width={width}
                    height={height}
                    periods={data.periodLabels}
                    series={data.series.map((series) => ({
                      index: series.index,
                      points: series.byPeriod,
                    }))}
                    format={format}
                    zero={props.zeroBaseline !== false}
                    points={pointProps}
                  />
                ) : (
                  <BarPlot width={width} groups={groups} format={format} points={pointProps} />
                )}
              </svg>
              <p className="nrw-indicator-chart__readout" aria-hidden="true">
                {readout !== undefined ? data.points[readout]?.label : ''}
              </p>
            </>
          ) : (
            <ChartTable
              caption={title.text}
              columns={columns}
              rows={data.points}
              rowKey={(point) => point.index}
            />
          )}
        </>
      )}
      {status === 'ready' && (
        <Meta
          definition={definition}
          observations={data.points.map((point) => point.observation)}
          notes={data.notes}
          notesId={notesId}
          skipped={data.skipped}
        />
      )}
    </figure>
  );
}
