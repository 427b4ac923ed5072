import { describe, expect, it } from 'vitest';
import { districtAbbreviations, tileLayouts } from './layout';
import { pointInDirection } from './navigation';

const ruhr = tileLayouts.ruhr;
const points = ruhr.map((place) => ({ x: place.col, y: place.row }));
const label = (index: number | undefined) =>
  index === undefined ? undefined : districtAbbreviations[ruhr[index]!.ags];
const from = (abbreviation: string) =>
  ruhr.findIndex((place) => districtAbbreviations[place.ags] === abbreviation);
const go = (start: string, dx: number, dy: number) =>
  label(pointInDirection(points, from(start), [dx, dy]));

describe('pointInDirection on the Ruhr tiles', () => {
  it('moves to the neighbouring tile in each direction', () => {
    expect(go('E', 1, 0)).toBe('BO');
    expect(go('E', -1, 0)).toBe('MH');
    expect(go('E', 0, -1)).toBe('GE');
    expect(go('BO', 0, 1)).toBe('EN');
  });

  it('keeps to the row across a gap, and takes the nearest tile where the row ends', () => {
    // Wesel, then a gap of two cells, then Recklinghausen.
    expect(go('WES', 1, 0)).toBe('RE');
    // Above Gelsenkirchen is a gap: the nearest tile up there is Recklinghausen, one step aside.
    expect(go('GE', 0, -1)).toBe('RE');
    // Right of Hagen the row ends: Unna lies up and to the right.
    expect(go('HA', 1, 0)).toBe('UN');
  });

  it('stops at the edge instead of wrapping around', () => {
    expect(go('DU', -1, 0)).toBeUndefined();
    expect(go('WES', 0, -1)).toBeUndefined();
    expect(go('EN', 0, 1)).toBeUndefined();
    expect(go('HAM', 1, 0)).toBeUndefined();
  });

  it('reaches every tile from the first one by arrow keys alone', () => {
    const reached = new Set([0]);
    const queue = [0];
    while (queue.length > 0) {
      const index = queue.shift()!;
      for (const direction of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ] as const) {
        const next = pointInDirection(points, index, direction);
        if (next !== undefined && !reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect(reached.size).toBe(ruhr.length);
  });

  it('is safe with nothing to move to', () => {
    expect(pointInDirection([], 0, [1, 0])).toBeUndefined();
    expect(pointInDirection([{ x: 0, y: 0 }], 0, [1, 0])).toBeUndefined();
    expect(pointInDirection(points, 99, [1, 0])).toBeUndefined();
  });
});

describe('pointInDirection on all of NRW', () => {
  const nrw = tileLayouts.nrw.map((place) => ({ x: place.col, y: place.row }));

  it('reaches every tile from every other by arrow keys', () => {
    for (const start of nrw.keys()) {
      const reached = new Set([start]);
      const queue = [start];
      while (queue.length > 0) {
        const index = queue.shift()!;
        for (const direction of [
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ] as const) {
          const next = pointInDirection(nrw, index, direction);
          if (next !== undefined && !reached.has(next)) {
            reached.add(next);
            queue.push(next);
          }
        }
      }
      expect(reached.size, `from tile ${start}`).toBe(nrw.length);
    }
  });
});
