import { observations } from '@nrw-health/data';
import { scaleQuantize, scaleThreshold } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { classify, maxClasses, niceDomain } from './scale';

// Real figures: clinical trials 2013–2022 in the Ruhr cities that document 002 names.
const trials = observations
  .filter((row) => row.indicator === 'clinical-trials' && /^05\d{3}$/.test(row.region))
  .map((row) => row.value!);

const bounds = (values: readonly number[], options = {}) =>
  classify(values, options)!.classes.map(({ from, to, closed }) => [from, to, closed]);

describe('classify', () => {
  it('has real trial counts to classify', () => {
    expect(trials.length).toBeGreaterThanOrEqual(4);
    expect(trials).toContain(1041);
  });

  it('makes up to five classes of equal width over a nice domain, whole numbers for counts', () => {
    const result = classify(trials)!;
    expect(result.integer).toBe(true);
    expect(bounds(trials)).toEqual([
      [0, 240, false],
      [240, 480, false],
      [480, 720, false],
      [720, 960, false],
      [960, 1200, false],
    ]);
    expect(result.classes.map((c) => c.step)).toEqual([1, 2, 3, 4, 5]);
    expect(result.classes.map((c) => c.count)).toEqual([2, 1, 0, 0, 1]);
    expect(result.classOf(1041).index).toBe(4);
    expect(result.classOf(122).index).toBe(0);
    expect(result.classOf(239).index).toBe(0);
    expect(result.classOf(240).index).toBe(1);
  });

  it('never makes more classes than there are whole numbers to tell apart', () => {
    const startUps = [6, 7, 6, 8, 8];
    expect(bounds(startUps)).toEqual([
      [6, 7, false],
      [7, 8, false],
      [8, 9, false],
    ]);
    expect(classify(startUps)!.classes.map((c) => [c.step, c.count])).toEqual([
      [1, 2],
      [3, 1],
      [5, 2],
    ]);
  });

  it('keeps fractions for rates, with the top class closed', () => {
    const result = classify([0.4, 1.25, 2.9, 3.6], { classes: 4 })!;
    expect(result.integer).toBe(false);
    expect(bounds([0.4, 1.25, 2.9, 3.6], { classes: 4 })).toEqual([
      [0, 1, false],
      [1, 2, false],
      [2, 3, false],
      [3, 4, true],
    ]);
    expect(result.classOf(4).index).toBe(3);
  });

  it('takes own breaks with open ends', () => {
    const result = classify(trials, { thresholds: [500, 100, 100, Number.NaN, 250] })!;
    expect(bounds(trials, { thresholds: [100, 250, 500] })).toEqual([
      [undefined, 100, false],
      [100, 250, false],
      [250, 500, false],
      [500, undefined, false],
    ]);
    expect(result.classes).toHaveLength(4);
    expect(result.classes.map((c) => c.step)).toEqual([1, 2, 4, 5]);
    expect(result.classOf(1041).index).toBe(3);
    expect(result.classOf(99).index).toBe(0);
  });

  it('puts each value in the class d3’s scaleThreshold gives it, on and between the bounds', () => {
    for (const [values, options] of [
      [trials, {}],
      [trials, { thresholds: [100, 250, 500] }],
      [[0.4, 1.25, 2.9, 3.6], { classes: 4 }],
      [[-5, 12, 40], {}],
      [[6, 7, 6, 8, 8], {}],
    ] as const) {
      const result = classify(values, options)!;
      const breaks = result.classes.slice(1).map((c) => c.from!);
      const d3 = scaleThreshold<number, number>()
        .domain(breaks)
        .range(result.classes.map((c) => c.index));
      const probes = [...values, ...breaks, ...breaks.map((b) => b - 1e-9), -1e9, 1e9];
      for (const value of probes) expect(result.classOf(value).index, `${value}`).toBe(d3(value));
    }
  });

  it('caps own breaks at the ramp', () => {
    const result = classify([1], { thresholds: [1, 2, 3, 4, 5, 6, 7] })!;
    expect(result.classes).toHaveLength(maxClasses);
  });

  it('makes one class of one value', () => {
    expect(bounds([7, 7])).toEqual([[7, 7, true]]);
    expect(classify([7])!.classes[0]!.step).toBe(3);
  });

  it('leaves missing values out and has no classes without values', () => {
    expect(classify([])).toBeUndefined();
    expect(classify([Number.NaN, Number.POSITIVE_INFINITY])).toBeUndefined();
    const result = classify([Number.NaN, 2, 4])!;
    expect(result.classes.reduce((sum, c) => sum + c.count, 0)).toBe(2);
  });

  it('covers the values without gaps: each class starts where the one before ends', () => {
    for (const values of [trials, [0.1, 0.2, 0.35], [-5, 12, 40], [0, 1], [1e6, 2.5e6]]) {
      const { classes } = classify(values)!;
      for (const [index, current] of classes.entries()) {
        if (index > 0) expect(current.from).toBe(classes[index - 1]!.to);
      }
      expect(classes.length).toBeLessThanOrEqual(maxClasses);
      expect(classes.reduce((sum, c) => sum + c.count, 0)).toBe(values.length);
    }
  });
});

describe('niceDomain', () => {
  it('widens a domain exactly as d3-scale does, with the breaks scaleQuantize makes', () => {
    // A deterministic spread of domains: counts, rates, negatives, tiny and huge spans.
    const domains: [number, number][] = [];
    for (let i = 1; i <= 400; i++) {
      const start = ((i * 7919) % 1000) / 10 ** (i % 6) - (i % 3 === 0 ? 50 : 0);
      const span = ((i * 104729) % 997) / 10 ** ((i * 3) % 7) + 1e-3;
      domains.push([start, start + span]);
    }
    for (const [start, stop] of domains) {
      for (const count of [2, 3, 4, 5]) {
        const quantize = scaleQuantize()
          .domain([start, stop])
          .nice(count)
          .range([...Array(count).keys()]);
        expect(niceDomain(start, stop, count), `${start}..${stop} / ${count}`).toEqual(
          quantize.domain(),
        );
        const thresholds = quantize.thresholds();
        const classes = classify([start, stop], { classes: count });
        if (!classes!.integer) {
          expect(classes!.classes.slice(1).map((c) => c.from)).toEqual(thresholds);
        }
      }
    }
  });
});
