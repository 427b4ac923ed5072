import { line } from 'd3-shape';
import type { FocusEvent, ReactNode } from 'react';
import { Marker, seriesClass } from './marks';
import { type LinearScale, linearScale, pointScale, px } from './scale';

/*
 * The SVG plots, laid out for a fixed width in user units: the SVG scales to its container
 * through its viewBox, so nothing is measured and server and browser draw the same.
 */

/** A layout size in px from a prop: whole, at least `least`, the default for what is no number. */
export const layoutSize = (value: number | undefined, fallback: number, least: number) =>
  Math.max(least, Math.round(Number.isFinite(value) ? value! : fallback));

/** Average advance of a glyph of the small type (14 px), for laying out labels unmeasured. */
const glyph = 8;

/** A focusable point: its place in the chart's keyboard order, and what it announces. */
export interface Focusable {
  readonly index: number;
  readonly label: string;
}

/** What a plot needs to make its points focusable (IndicatorChart); without it, marks only. */
export interface PointProps {
  readonly active: number;
  readonly onFocus: (index: number) => void;
  readonly onHover: (index: number | undefined) => void;
}

/**
 * A mark that takes focus: one tab stop for the whole chart (roving tabindex), named by its
 * announcement. Without `points`, a plain group.
 */
function PointGroup(props: {
  readonly focus?: Focusable;
  readonly points?: PointProps;
  readonly className: string;
  readonly transform?: string;
  readonly children: ReactNode;
}) {
  const { focus, points } = props;
  if (!focus || !points) {
    return (
      <g className={props.className} transform={props.transform}>
        {props.children}
      </g>
    );
  }
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a data point is an image with a name (as in Highcharts' accessibility module); it takes focus only to be read
    <g
      className={`${props.className} nrw-chart__point`}
      transform={props.transform}
      role="img"
      aria-label={focus.label}
      tabIndex={focus.index === points.active ? 0 : -1}
      data-point={focus.index}
      onFocus={(event: FocusEvent) => {
        if (event.target === event.currentTarget) points.onFocus(focus.index);
      }}
      onMouseEnter={() => points.onHover(focus.index)}
      onMouseLeave={() => points.onHover(undefined)}
    >
      {props.children}
    </g>
  );
}

/** Superscript note numbers next to a mark, hidden from screen readers (the label has them). */
function NoteMarks(props: {
  readonly notes?: readonly number[];
  readonly x: number;
  readonly y: number;
}) {
  if (!props.notes || props.notes.length === 0) return null;
  return (
    <text className="nrw-chart__note-mark" x={props.x} y={props.y}>
      {props.notes.join(',')}
    </text>
  );
}

function ValueAxisLines(props: {
  readonly scale: LinearScale;
  readonly vertical: boolean;
  readonly from: number;
  readonly to: number;
  readonly format: (value: number) => string;
  readonly labelAt: number;
}) {
  const { scale, vertical } = props;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable; the ticks would only be noise between the points
    <g className="nrw-chart__axis" aria-hidden="true">
      {scale.ticks.map((tick) => {
        const at = px(scale(tick));
        return (
          <g key={tick}>
            <path
              className={tick === 0 ? 'nrw-chart__baseline' : 'nrw-chart__grid'}
              d={vertical ? `M${at},${props.from}V${props.to}` : `M${props.from},${at}H${props.to}`}
            />
            <text
              x={vertical ? at : props.labelAt}
              y={vertical ? props.labelAt : at}
              dy={vertical ? undefined : '0.32em'}
              textAnchor={vertical ? 'middle' : 'end'}
            >
              {props.format(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** One series of a line chart: its values by period (null: a gap), with what each point says. */
export interface LineSeries {
  readonly index: number;
  readonly points: readonly (
    | (Focusable & { readonly value: number | null; readonly notes?: readonly number[] })
    | undefined
  )[];
}

/**
 * A line chart: one line per series over the periods, broken where a value is missing (never
 * drawn at 0), a marker on every value, and a focusable stop for every observation.
 */
export function LinePlot(props: {
  readonly width: number;
  readonly height: number;
  readonly periods: readonly string[];
  readonly series: readonly LineSeries[];
  readonly format: (value: number, scale: number) => string;
  readonly zero?: boolean;
  readonly points?: PointProps;
}) {
  const { width, height, periods, series } = props;
  const values = series.flatMap((one) =>
    one.points.flatMap((point) => (point && point.value !== null ? [point.value] : [])),
  );
  const top = 12;
  const bottom = height - 28;
  const probe = linearScale(values, [bottom, top], { zero: props.zero });
  const largest = Math.max(...probe.ticks.map(Math.abs));
  const tickText = (value: number) => props.format(value, largest);
  const left = Math.max(...probe.ticks.map((tick) => tickText(tick).length)) * glyph + 12;
  const right = width - 16;
  const y = probe;
  const x = pointScale(periods.length, [left, right]);
  const xAt = (period: number) => px(x(period));
  // Period labels that fit side by side; with many periods, every second or third is shown.
  const widest = Math.max(...periods.map((period) => period.length)) * glyph + 12;
  const every = Math.max(1, Math.ceil((periods.length * widest) / Math.max(right - left, 1)));
  const path = line<{ value: number | null } | undefined>()
    .defined((point) => point !== undefined && point.value !== null)
    .x((_, index) => xAt(index))
    .y((point) => px(y(point!.value!)));

  return (
    <>
      <ValueAxisLines
        scale={y}
        vertical={false}
        from={left}
        to={right}
        format={tickText}
        labelAt={left - 8}
      />
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable; each point names its period */}
      <g className="nrw-chart__axis" aria-hidden="true">
        {periods.map((period, index) =>
          index % every === 0 || index === periods.length - 1 ? (
            <text key={period} x={xAt(index)} y={bottom + 20} textAnchor="middle">
              {period}
            </text>
          ) : null,
        )}
      </g>
      {series.map((one) => (
        <g key={one.index} className={seriesClass(one.index)}>
          <path className="nrw-chart__line" d={path(one.points as never) ?? ''} />
          {one.points.map((point, period) => {
            if (!point) return null;
            const cx = xAt(period);
            if (point.value === null) {
              // A missing value: no mark at all; focused, a dashed guide shows where it would be.
              return (
                <PointGroup
                  key={point.index}
                  focus={point}
                  points={props.points}
                  className="nrw-chart__gap"
                  transform={`translate(${cx},0)`}
                >
                  <path className="nrw-chart__guide" d={`M0,${top}V${bottom}`} />
                </PointGroup>
              );
            }
            const cy = px(y(point.value));
            return (
              <PointGroup
                key={point.index}
                focus={point}
                points={props.points}
                className="nrw-chart__value"
                transform={`translate(${cx},${cy})`}
              >
                <circle className="nrw-chart__hit" r="12" />
                <Marker series={one.index} />
                <NoteMarks notes={point.notes} x={6} y={-7} />
              </PointGroup>
            );
          })}
        </g>
      ))}
    </>
  );
}

/** A bar: its value (null: no bar, the text says why), its series and what its label says. */
export interface BarItem {
  readonly key: string;
  readonly value: number | null;
  readonly series: number;
  /** Shown at the bar's end: the value, or "no value, Confidential". */
  readonly text: string;
  readonly notes?: readonly number[];
  /** Draw the series' marker at the bar's end, to tell series apart beyond colour. */
  readonly marker?: boolean;
  readonly focus?: Focusable;
}

export interface BarGroup {
  readonly key: string;
  /** Written above the group's bars: the region, or the period. */
  readonly label: string;
  readonly lang?: string;
  readonly bars: readonly BarItem[];
}

const labelHeight = 20;
const barHeight = 20;
const barGap = 4;
const groupGap = 12;
const axisHeight = 28;

/** The height of a bar plot with these groups: it grows with them, the width is fixed. */
export const barPlotHeight = (groups: readonly BarGroup[]) =>
  groups.reduce(
    (height, group) => height + labelHeight + group.bars.length * (barHeight + barGap) + groupGap,
    4 + axisHeight,
  );

/**
 * Horizontal bars from 0, grouped, each group's name written above its bars (long German names
 * need no margin), the value written after each bar. Missing values get no bar, only text.
 */
export function BarPlot(props: {
  readonly width: number;
  readonly groups: readonly BarGroup[];
  readonly format: (value: number, scale: number) => string;
  readonly points?: PointProps;
}) {
  const { width, groups } = props;
  const bars = groups.flatMap((group) => group.bars);
  const values = bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  const longest = Math.max(
    ...bars.map(
      (bar) => bar.text.length + (bar.marker ? 3 : 0) + (bar.notes?.join(',').length ?? 0),
    ),
  );
  const right = Math.min(width * 0.45, longest * glyph + 16);
  const x = linearScale(values, [8, width - right], { zero: true, count: 4 });
  const largest = Math.max(...x.ticks.map(Math.abs));
  const zero = px(x(0));
  let top = 4;
  const placed = groups.map((group) => {
    const labelY = top + 14;
    top += labelHeight;
    const rows = group.bars.map((bar) => {
      const y = top;
      top += barHeight + barGap;
      return { bar, y };
    });
    top += groupGap;
    return { group, labelY, rows };
  });

  return (
    <>
      <ValueAxisLines
        scale={x}
        vertical
        from={4}
        to={top}
        format={(value) => props.format(value, largest)}
        labelAt={top + 18}
      />
      {placed.map(({ group, labelY, rows }) => (
        <g key={group.key}>
          <text className="nrw-chart__group-label" x={8} y={labelY} lang={group.lang}>
            {group.label}
          </text>
          {rows.map(({ bar, y }) => {
            const end = bar.value === null ? zero : px(x(bar.value));
            const after = Math.max(end, zero) + 6;
            return (
              <PointGroup
                key={bar.key}
                focus={bar.focus}
                points={props.points}
                className={`${seriesClass(bar.series)} nrw-chart__bar${bar.value === null ? ' nrw-chart__bar--missing' : ''}`}
              >
                {bar.value !== null && (
                  <rect
                    x={Math.min(end, zero)}
                    y={y}
                    width={Math.max(px(Math.abs(end - zero)), 1)}
                    height={barHeight}
                  />
                )}
                {bar.marker && bar.value !== null && (
                  <Marker series={bar.series} x={after + 6} y={y + barHeight / 2} />
                )}
                <text
                  className="nrw-chart__bar-text"
                  x={after + (bar.marker && bar.value !== null ? 16 : 0)}
                  y={y + barHeight / 2}
                  dy="0.32em"
                >
                  {bar.text}
                  {bar.notes && bar.notes.length > 0 && (
                    <tspan className="nrw-chart__note-mark" dy="-0.6em">
                      {` ${bar.notes.join(',')}`}
                    </tspan>
                  )}
                </text>
              </PointGroup>
            );
          })}
        </g>
      ))}
    </>
  );
}
