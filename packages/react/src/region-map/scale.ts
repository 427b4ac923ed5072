/** The sequential ramp has five steps (styles.css); more classes would no longer be told apart. */
export const maxClasses = 5;

// Which ramp steps k classes use: spread over the ramp, so neighbouring classes differ clearly.
const rampSteps: Readonly<Record<number, readonly number[]>> = {
  1: [3],
  2: [2, 4],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
  5: [1, 2, 3, 4, 5],
};

/** One class of a choropleth: its bounds, its ramp step, and how many regions fall in it. */
export interface ValueClass {
  readonly index: number;
  /** Ramp step 1 (lightest) to 5 (strongest), the `nrw-region-map__step-<n>` style. */
  readonly step: number;
  /** Lower bound, inclusive; undefined for an open first class ("under 10"). */
  readonly from: number | undefined;
  /** Upper bound, exclusive; inclusive when `closed`; undefined for an open last class. */
  readonly to: number | undefined;
  readonly closed: boolean;
  readonly count: number;
}

export interface Classification {
  readonly classes: readonly ValueClass[];
  /** Whether every value and bound is a whole number: ranges then read "240–479", not "240 to under 480". */
  readonly integer: boolean;
  readonly classOf: (value: number) => ValueClass;
}

export interface ClassifyOptions {
  /** How many classes of equal width over a nice domain (as d3 `scaleQuantize().nice()`), 1–5. Default 5. */
  readonly classes?: number;
  /** Own class breaks (as d3 `scaleThreshold`): up to 4 ascending values give up to 5 classes. */
  readonly thresholds?: readonly number[];
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * The step of "nice" ticks over [start, stop]: 1, 2 or 5 times a power of ten, as d3's
 * `tickIncrement` picks it; negative for steps below 1 (the inverse, so it stays exact).
 */
function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return power >= 0 ? factor * 10 ** power : -(10 ** -power) / factor;
}

/**
 * The domain widened to nice bounds for `count` classes, as d3's `linear.nice(count)` does it.
 * (scaleQuantize would do the same, but its tick formatting pulls in d3-format: 2.5 kB more.)
 */
export function niceDomain(start: number, stop: number, count: number): [number, number] {
  let previous: number | undefined;
  for (let round = 0; round < 10; round++) {
    const step = tickIncrement(start, stop, count);
    if (step === previous || !Number.isFinite(step) || step === 0) break;
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    }
    previous = step;
  }
  return [start, stop];
}

/**
 * Sorts values into classes for a sequential choropleth. Without values and thresholds there
 * are no classes (everything is "no value"). Missing values are never classified: a missing
 * value is not a zero.
 */
export function classify(
  values: readonly number[],
  options: ClassifyOptions = {},
): Classification | undefined {
  const finite = values.filter(isFiniteNumber);
  const thresholds = [...new Set((options.thresholds ?? []).filter(isFiniteNumber))]
    .sort((a, b) => a - b)
    .slice(0, maxClasses - 1);
  const integer = finite.every(Number.isInteger) && thresholds.every(Number.isInteger);

  let bounds: { from: number | undefined; to: number | undefined; closed: boolean }[];
  let breaks = thresholds;
  if (thresholds.length > 0) {
    bounds = [undefined, ...thresholds].map((from, i) => ({
      from,
      to: thresholds[i],
      closed: false,
    }));
  } else {
    if (finite.length === 0) return undefined;
    const min = Math.min(...finite);
    const max = Math.max(...finite);
    if (min === max) {
      bounds = [{ from: min, to: max, closed: true }];
    } else {
      let count = Math.min(maxClasses, Math.max(1, Math.round(options.classes ?? maxClasses)));
      // Whole numbers: the classes cover [min, max + 1), so that every bound is a whole number too.
      if (integer) count = Math.min(count, max - min + 1);
      // Equal widths over a nice domain, as scaleQuantize().nice() makes them.
      const [low, high] = niceDomain(min, integer ? max + 1 : max, count);
      breaks = Array.from(
        { length: count - 1 },
        (_, i) => ((i + 1) * high - (i - count + 1) * low) / count,
      );
      if (integer) breaks = [...new Set(breaks.map(Math.ceil))].filter((b) => b > low && b < high);
      const edges = [low, ...breaks];
      bounds = edges.map((from, i) => {
        const last = i === edges.length - 1;
        // The last class holds the top of the domain; with whole numbers its end is exclusive.
        return { from, to: last ? high : breaks[i], closed: last && !integer };
      });
    }
  }
  // The class of a value, as d3's scaleThreshold finds it: how many breaks are at or below it.
  // Written out because d3-scale's module brings d3-array's top-level work (blur, shuffle):
  // 1.2 kB of the tile map's 10 kB for a search over at most four breaks.
  const index = (value: number) => breaks.filter((edge) => edge <= value).length;

  const steps = rampSteps[bounds.length]!;
  const counts = bounds.map(() => 0);
  for (const value of finite) counts[index(value)]!++;
  const classes = bounds.map((bound, i) => ({
    ...bound,
    index: i,
    step: steps[i]!,
    count: counts[i]!,
  }));
  return { classes, integer, classOf: (value) => classes[index(value)]! };
}
