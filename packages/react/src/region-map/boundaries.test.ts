import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { readBoundaries, sphericalWinding } from './boundaries';

// Real boundaries from /work/shared/fixtures (BKG, dl-de/by-2-0): read here, never copied.
const fixtures = new URL('../../../../../shared/fixtures/geo/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, fixtures), 'utf8'));
const nrw = read('kreise-geojson/landkreise_NRW.geojson');
const germany = read('kreise-topojson/landkreise_DE.topojson');

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x, y + 1],
      [x + 1, y + 1],
      [x + 1, y],
      [x, y],
    ],
  ],
});
const feature = (properties: unknown, geometry: unknown = square(7, 51)) => ({
  type: 'Feature',
  properties,
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('readBoundaries', () => {
  it('reads the 53 districts of the NRW GeoJSON, keyed by AGS or by NUTS', () => {
    const result = readBoundaries(nrw, { keyProperty: 'AGS' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.areas).toHaveLength(53);
    expect(result.issues).toEqual([]);
    expect(result.geographic).toBe(true);
    expect(result.areas.find((area) => area.key === '05334')?.geometry.type).toBe('MultiPolygon');
    const byNuts = readBoundaries(nrw, { keyProperty: 'NUTS' });
    expect(byNuts.ok && byNuts.areas.map((area) => area.key)).toContain('DEA13');
  });

  it('converts the TopoJSON of Germany with topojson-client', () => {
    const result = readBoundaries(germany, { keyProperty: 'AGS' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 400 districts; the coast's are split into several features, which become one area each.
    const keys = new Set(
      germany.objects.data.geometries.map((g: { properties: { AGS: string } }) => g.properties.AGS),
    );
    expect(germany.objects.data.geometries.length).toBeGreaterThan(keys.size);
    expect(result.areas.length).toBe(keys.size);
    expect(result.issues).toEqual([]);
    const flensburg = result.areas.find((area) => area.key === '01001')!;
    expect(flensburg.geometry.type).toBe('MultiPolygon');
    expect(result.areas.filter((area) => area.key.startsWith('05'))).toHaveLength(53);
    expect(readBoundaries(germany, { keyProperty: 'AGS', object: 'data' }).ok).toBe(true);
  });

  it('winds every district the way d3-geo expects, whichever way the file winds it', () => {
    const result = readBoundaries(germany, { keyProperty: 'AGS' });
    if (!result.ok) throw new Error('unreadable fixture');
    const inverted = result.areas.filter(
      (area) =>
        geoArea({ type: 'Feature', properties: {}, geometry: area.geometry } as never) >
        2 * Math.PI,
    );
    // The TopoJSON has districts wound both ways: the fix has something to do.
    expect(inverted.length).toBeGreaterThan(0);
    for (const area of result.areas) {
      expect(geoArea(sphericalWinding(area.geometry) as never)).toBeLessThan(0.01);
    }
  });

  it('gives a typed problem for input that is no GeoJSON or TopoJSON, never an exception', () => {
    for (const input of [
      null,
      undefined,
      'FeatureCollection',
      42,
      [],
      {},
      { type: 'Point', coordinates: [7, 51] },
      { type: 'FeatureCollection' },
      { type: 'FeatureCollection', features: 'none' },
      { type: 'Topology' },
      {
        type: 'Topology',
        objects: {
          data: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[99]] }] },
        },
        arcs: [],
      },
    ]) {
      const result = readBoundaries(input, { keyProperty: 'AGS' });
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(['not-geo', 'no-areas']).toContain(result.problem.code);
    }
    expect(readBoundaries(germany, { keyProperty: 'AGS', object: 'kreise' })).toEqual({
      ok: false,
      problem: { code: 'no-object', object: 'kreise' },
    });
    expect(readBoundaries({ type: 'Topology', objects: {} }, { keyProperty: 'AGS' })).toEqual({
      ok: false,
      problem: { code: 'no-object', object: '' },
    });
  });

  it('leaves out features without the key or without a polygon and says so; joins features of one key', () => {
    const result = readBoundaries(
      collection(
        feature({ AGS: '05113' }),
        feature({ GEN: 'Ohne Schlüssel' }),
        feature(null),
        feature({ AGS: '   ' }),
        feature({ AGS: '05113' }, square(8, 51)),
        feature({ AGS: '05911' }, { type: 'Point', coordinates: [7.2, 51.5] }),
        feature(
          { AGS: '05913' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [7, 51],
                ['x', 51],
              ],
            ],
          },
        ),
        'not a feature',
        feature({ AGS: 5916 }),
      ),
      { keyProperty: 'AGS' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.areas.map((area) => area.key)).toEqual(['05113', '5916']);
    expect(result.areas[0]!.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [square(7, 51).coordinates, square(8, 51).coordinates],
    });
    expect(result.issues).toEqual([
      { code: 'missing-key', index: 1 },
      { code: 'missing-key', index: 2 },
      { code: 'missing-key', index: 3 },
      { code: 'no-geometry', index: 5, key: '05911' },
      { code: 'no-geometry', index: 6, key: '05913' },
      { code: 'missing-key', index: 7 },
    ]);
  });

  it('reports when not one area can be drawn', () => {
    const result = readBoundaries(collection(feature({ NAME: 'x' })), { keyProperty: 'AGS' });
    expect(result).toEqual({
      ok: false,
      problem: { code: 'no-areas', issues: [{ code: 'missing-key', index: 0 }] },
    });
  });

  it('tells projected coordinates from longitude and latitude', () => {
    const projected = readBoundaries(
      collection(feature({ AGS: '05113' }, square(360_000, 5_700_000))),
      { keyProperty: 'AGS' },
    );
    expect(projected.ok && projected.geographic).toBe(false);
  });

  it('reads a single Feature, and does not read keys from the prototype', () => {
    expect(readBoundaries(feature({ AGS: '05113' }), { keyProperty: 'AGS' }).ok).toBe(true);
    expect(readBoundaries(feature({}), { keyProperty: 'constructor' }).ok).toBe(false);
  });
});
