import { readFileSync } from 'node:fs';
import { regions, ruhrDistricts } from '@nrw-health/core';
import { geoCentroid } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { districtAbbreviations, layoutSize, type TilePlace, tileLayouts } from './layout';

// The real district boundaries (BKG VG250, via /work/shared/fixtures): only to check the
// hand-drawn grids against geography, never to make them.
const fixture = new URL(
  '../../../../../shared/fixtures/geo/kreise-geojson/landkreise_NRW.geojson',
  import.meta.url,
);
const boundaries = JSON.parse(readFileSync(fixture, 'utf8')) as {
  features: { properties: { AGS: string }; geometry: never }[];
};
const centroids = new Map(
  boundaries.features.map((feature) => [
    feature.properties.AGS,
    geoCentroid(feature as never) as [number, number],
  ]),
);

const nrwDistricts = regions.filter((region) => region.level === 'district').map((r) => r.code);

/** Of all pairs of tiles in different columns (rows), how many are in the real west–east (north–south) order. */
function orderAgreement(places: readonly TilePlace[]) {
  const tally = { x: [0, 0], y: [0, 0] };
  for (const [i, a] of places.entries()) {
    for (const b of places.slice(i + 1)) {
      const [ax, ay] = centroids.get(a.ags)!;
      const [bx, by] = centroids.get(b.ags)!;
      if (a.col !== b.col) {
        tally.x[1]!++;
        if (Math.sign(a.col - b.col) === Math.sign(ax - bx)) tally.x[0]!++;
      }
      if (a.row !== b.row) {
        tally.y[1]!++;
        // Rows count down from the north; latitude counts up.
        if (Math.sign(a.row - b.row) === Math.sign(by - ay)) tally.y[0]!++;
      }
    }
  }
  return { x: tally.x[0]! / tally.x[1]!, y: tally.y[0]! / tally.y[1]! };
}

/** How many tiles lie within one step (also diagonally) of the tile of each district's nearest real neighbour. */
function nearestNeighbourKept(places: readonly TilePlace[]) {
  const kept = places.filter((place) => {
    const [x, y] = centroids.get(place.ags)!;
    // Degrees of longitude are shorter at 51.5° north: cos(51.5°) ≈ 0.62.
    const distance = (other: TilePlace) => {
      const [ox, oy] = centroids.get(other.ags)!;
      return Math.hypot((ox - x) * 0.62, oy - y);
    };
    const nearest = places
      .filter((other) => other !== place)
      .reduce((best, other) => (distance(other) < distance(best) ? other : best));
    return Math.max(Math.abs(nearest.col - place.col), Math.abs(nearest.row - place.row)) <= 1;
  });
  return kept.length / places.length;
}

describe('the tile layouts', () => {
  it('have the real boundaries to be checked against', () => {
    expect(centroids.size).toBe(53);
    expect([...centroids.keys()].sort()).toEqual([...nrwDistricts].sort());
  });

  it('place each of the 53 districts of NRW and the 15 of the Ruhr exactly once', () => {
    expect(tileLayouts.nrw.map((place) => place.ags).sort()).toEqual([...nrwDistricts].sort());
    expect(tileLayouts.ruhr.map((place) => place.ags).sort()).toEqual([...ruhrDistricts].sort());
  });

  it.each(['nrw', 'ruhr'] as const)('%s: one district per cell, in reading order', (set) => {
    const places = tileLayouts[set];
    const cells = places.map((place) => `${place.row}:${place.col}`);
    expect(new Set(cells).size).toBe(places.length);
    const order = [...places].sort((a, b) => a.row - b.row || a.col - b.col);
    expect(order).toEqual(places);
    const { cols, rows } = layoutSize(places);
    expect(cols * rows).toBeGreaterThanOrEqual(places.length);
    expect(Math.min(...places.map((place) => place.col))).toBe(0);
  });

  it.each([
    ['nrw', 0.97],
    ['ruhr', 0.97],
  ] as const)(
    '%s: west–east and north–south order agree with the real centroids for at least %d of the pairs',
    (set, share) => {
      const agreement = orderAgreement(tileLayouts[set]);
      expect(agreement.x).toBeGreaterThanOrEqual(share);
      expect(agreement.y).toBeGreaterThanOrEqual(share);
    },
  );

  it.each([
    ['nrw', 0.95],
    ['ruhr', 0.95],
  ] as const)(
    '%s: the nearest real neighbour is a tile next to it for at least %d of the districts',
    (set, share) => {
      expect(nearestNeighbourKept(tileLayouts[set])).toBeGreaterThanOrEqual(share);
    },
  );

  it('would notice a layout that ignores geography', () => {
    // The same cells, handed out in AGS order: a grid as a table would make it.
    const cells = tileLayouts.nrw.map(({ col, row }) => ({ col, row }));
    const shuffled = [...nrwDistricts].sort().map((ags, index) => ({ ags, ...cells[index]! }));
    const agreement = orderAgreement(shuffled);
    expect(Math.min(agreement.x, agreement.y)).toBeLessThan(0.8);
  });

  it('has a short, distinct label for every district', () => {
    const labels = nrwDistricts.map((ags) => districtAbbreviations[ags]);
    expect(labels.every((label) => label !== undefined && /^[A-ZÄÖÜ]{1,3}$/.test(label))).toBe(
      true,
    );
    expect(new Set(labels).size).toBe(53);
    expect(districtAbbreviations['05113']).toBe('E');
    expect(districtAbbreviations['05958']).toBe('HSK');
  });
});
