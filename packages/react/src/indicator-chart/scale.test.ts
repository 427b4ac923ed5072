import { scalePoint } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale, pointScale, px } from './scale';

describe('linearScale', () => {
  it('widens the domain to round 1-2-5 ticks that include 0', () => {
    expect(linearScale([101, 2412], [0, 100]).ticks).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(linearScale([3.1, 7.6], [0, 100]).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(linearScale([19233], [0, 100], { count: 4 }).ticks).toEqual([
      0, 5000, 10000, 15000, 20000,
    ]);
  });

  it('maps the domain onto the range, also upside down', () => {
    const scale = linearScale([0, 10], [300, 0]);
    expect(scale.domain).toEqual([0, 10]);
    expect(scale(0)).toBe(300);
    expect(scale(10)).toBe(0);
    expect(scale(2.5)).toBe(225);
  });

  it('may leave out 0 for a line, and keeps negative values', () => {
    expect(linearScale([361678, 367365], [0, 1], { zero: false }).ticks).toEqual([
      361000, 362000, 363000, 364000, 365000, 366000, 367000, 368000,
    ]);
    expect(linearScale([-2.5, 4], [0, 1]).ticks).toEqual([-3, -2, -1, 0, 1, 2, 3, 4]);
  });

  it('gives a flat or empty domain a span, without float noise', () => {
    expect(linearScale([5, 5], [0, 1]).domain).toEqual([0, 5]);
    expect(linearScale([5, 5], [0, 1], { zero: false }).domain).toEqual([0, 10]);
    expect(linearScale([], [0, 1]).domain).toEqual([0, 1]);
    expect(linearScale([-3], [0, 1]).domain).toEqual([-3, 0]);
    expect(linearScale([0.1, 0.3], [0, 1]).ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(linearScale([Number.NaN, 2], [0, 1]).ticks).toEqual([0, 0.5, 1, 1.5, 2]);
  });
});

describe('pointScale', () => {
  it('places periods as d3-scale’s point scale with padding 0.5 does', () => {
    for (const count of [1, 2, 5, 13]) {
      const d3 = scalePoint<number>()
        .domain([...Array(count).keys()])
        .range([40, 624])
        .padding(0.5);
      const mine = pointScale(count, [40, 624]);
      for (let index = 0; index < count; index++) expect(mine(index)).toBeCloseTo(d3(index)!, 9);
    }
  });
});

describe('px', () => {
  it('rounds to a tenth of a pixel', () => {
    expect(px(12.345)).toBe(12.3);
    expect(px(-0.04)).toBe(-0);
  });
});
