import { symbol, symbolsFill } from 'd3-shape';

/*
 * What tells series apart besides colour (WCAG 1.4.1): each of the seven palette slots has its
 * own marker shape (d3-shape's seven filled symbols) and line dash (in styles.css). From the
 * eighth series on, markers are drawn hollow, so 14 series stay distinct in forced colours too.
 */

export const paletteSize = 7;

// Drawn on first use, not at import: a call at module level would stay in every bundle of the
// package's one built file, and d3-shape with it.
let markers: string[] | undefined;
const markerPath = (series: number) => {
  markers ??= symbolsFill.map((type) => symbol(type, 64)() ?? '');
  return markers[series % paletteSize];
};

/** The class of a series' marks: its colour and dash by palette slot, hollow after the 7th. */
export function seriesClass(index: number): string {
  const slot = (index % paletteSize) + 1;
  const hollow = index % (paletteSize * 2) >= paletteSize ? ' nrw-chart__series--hollow' : '';
  return `nrw-chart__series nrw-chart__series--${slot}${hollow}`;
}

/** The marker of a series, centred on 0,0 (d3's circle, cross, diamond, square, star, …). */
export function Marker(props: {
  readonly series: number;
  readonly x?: number;
  readonly y?: number;
}) {
  return (
    <path
      className="nrw-chart__marker"
      d={markerPath(props.series)}
      transform={`translate(${props.x ?? 0},${props.y ?? 0})`}
    />
  );
}

/** The series' key for a legend: a short stretch of its line with its marker on it. */
export function LegendKey(props: { readonly series: number; readonly line?: boolean }) {
  return (
    <svg
      className={`nrw-chart__key ${seriesClass(props.series)}`}
      viewBox="0 0 32 16"
      width="32"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {props.line !== false && <path className="nrw-chart__line" d="M0,8H32" />}
      <Marker series={props.series} x={16} y={8} />
    </svg>
  );
}
