/*
 * The chart's scales. d3-scale's scaleLinear would bring d3-interpolate, d3-color and d3-format
 * (about 11 kB gzip, half the chart's 20 kB budget) for what is one line of arithmetic and the
 * 1-2-5 tick steps below (the steps d3-array's `ticks` takes); its scalePoint, d3-array's
 * InternMap (1.8 kB, the last bit over the budget) for evenly spaced periods. The paths and
 * markers are d3-shape's.
 */

/** A linear map from values to pixels, with its round ticks. */
export interface LinearScale {
  (value: number): number;
  readonly ticks: readonly number[];
  readonly domain: readonly [number, number];
}

const tidy = (value: number) => Number(value.toPrecision(12));

/** A tick step of 1, 2 or 5 times a power of ten, giving about `count` ticks over the span. */
function tickStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/**
 * A scale over `values` onto `range`, widened to round ticks; with `zero`, 0 is always on it
 * (bars start at 0; a line may too). An empty or flat domain gets a span around its value.
 */
export function linearScale(
  values: readonly number[],
  range: readonly [number, number],
  options: { zero?: boolean; count?: number } = {},
): LinearScale {
  const finite = values.filter(Number.isFinite);
  let low = finite.length > 0 ? Math.min(...finite) : 0;
  let high = finite.length > 0 ? Math.max(...finite) : 1;
  if (options.zero !== false) {
    low = Math.min(low, 0);
    high = Math.max(high, 0);
  }
  if (low === high) {
    const pad = Math.abs(low) || 1;
    low = low > 0 ? 0 : low - pad;
    high = high < 0 ? 0 : high + pad;
  }
  const step = tickStep(high - low, options.count ?? 5);
  const first = Math.floor(tidy(low / step));
  const last = Math.ceil(tidy(high / step));
  const ticks: number[] = [];
  for (let index = first; index <= last; index++) ticks.push(tidy(index * step));
  const domain = [ticks[0]!, ticks.at(-1)!] as const;
  const [from, to] = range;
  const scale = (value: number) =>
    from + ((value - domain[0]) / (domain[1] - domain[0])) * (to - from);
  return Object.assign(scale, { ticks, domain });
}

/**
 * `count` points spread evenly over `range`, half a step in from each end (d3's scalePoint with
 * padding 0.5): point `index` lies at the middle of the index-th of `count` equal bands.
 */
export function pointScale(count: number, range: readonly [number, number]) {
  const [from, to] = range;
  const step = (to - from) / Math.max(count, 1);
  return (index: number) => from + step * (index + 0.5);
}

/** Rounds a coordinate to 0.1 px: the same text on server and client, and shorter markup. */
export const px = (value: number) => Math.round(value * 10) / 10;
