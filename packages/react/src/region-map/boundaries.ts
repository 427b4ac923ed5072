import { geoArea } from 'd3-geo';
import { feature as topoFeature } from 'topojson-client';

// GeoJSON's shapes, spelled out so that the package's types need no @types/geojson.
type Position = number[];
/** A GeoJSON Polygon or MultiPolygon geometry. */
export type AreaGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: Position[][] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: Position[][][] };

/** Why boundaries could not be read at all. */
export type BoundaryProblem =
  /** Neither a GeoJSON FeatureCollection or Feature nor a TopoJSON Topology. */
  | { readonly code: 'not-geo' }
  /** A Topology without the object asked for (or without any). */
  | { readonly code: 'no-object'; readonly object: string }
  /** Read, but not one area could be drawn (see `issues`). */
  | { readonly code: 'no-areas'; readonly issues: readonly BoundaryIssue[] };

/** A feature that was left out, and why; the others are drawn. */
export type BoundaryIssue =
  | { readonly code: 'missing-key'; readonly index: number }
  | { readonly code: 'no-geometry'; readonly index: number; readonly key: string };

export interface BoundaryArea {
  readonly key: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly geometry: AreaGeometry;
}

export type BoundaryResult =
  | {
      readonly ok: true;
      readonly areas: readonly BoundaryArea[];
      readonly issues: readonly BoundaryIssue[];
      /** Every coordinate lies within longitude ±180 and latitude ±90. */
      readonly geographic: boolean;
    }
  | { readonly ok: false; readonly problem: BoundaryProblem };

export interface ReadBoundariesOptions {
  /** The feature property that holds the key, e.g. `AGS` or `NUTS`. */
  readonly keyProperty: string;
  /** Of a TopoJSON Topology: the object to draw. Default its first object. */
  readonly object?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type TopologyInput = Parameters<typeof topoFeature>[0];

/** The features of GeoJSON or of a TopoJSON object, or why there are none. */
function featuresOf(
  input: unknown,
  object: string | undefined,
): { features: readonly unknown[] } | BoundaryProblem {
  if (!isRecord(input)) return { code: 'not-geo' };
  if (input.type === 'Topology') {
    if (!isRecord(input.objects)) return { code: 'not-geo' };
    const name = object ?? Object.keys(input.objects)[0] ?? '';
    const target = Object.hasOwn(input.objects, name) ? input.objects[name] : undefined;
    if (!isRecord(target)) return { code: 'no-object', object: name };
    try {
      const converted: unknown = topoFeature(input as unknown as TopologyInput, target as never);
      return featuresOf(converted, undefined);
    } catch {
      // topojson-client trusts its input: broken arcs or transforms throw.
      return { code: 'not-geo' };
    }
  }
  if (input.type === 'FeatureCollection' && Array.isArray(input.features)) {
    return { features: input.features };
  }
  if (input.type === 'Feature') return { features: [input] };
  return { code: 'not-geo' };
}

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length >= 2 &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]);

const isRing = (value: unknown): value is Position[] =>
  Array.isArray(value) && value.length >= 4 && value.every(isPosition);

const isPolygon = (value: unknown): value is Position[][] =>
  Array.isArray(value) && value.length > 0 && value.every(isRing);

function polygonal(geometry: unknown): AreaGeometry | undefined {
  if (!isRecord(geometry)) return undefined;
  const { type, coordinates } = geometry;
  if (type === 'Polygon' && isPolygon(coordinates)) return { type, coordinates };
  if (
    type === 'MultiPolygon' &&
    Array.isArray(coordinates) &&
    coordinates.length > 0 &&
    coordinates.every(isPolygon)
  ) {
    return { type, coordinates };
  }
  return undefined;
}

function keyOf(properties: Record<string, unknown>, keyProperty: string): string | undefined {
  const value = Object.hasOwn(properties, keyProperty) ? properties[keyProperty] : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Reads boundaries a portal supplies: a GeoJSON FeatureCollection or Feature, or a TopoJSON
 * Topology (converted with topojson-client). Never throws: input that is no such thing gives a
 * typed problem; a feature without the key or without a polygon is left out and reported as an
 * issue, and the rest are drawn. Features that share a key are joined into one area.
 */
export function readBoundaries(input: unknown, options: ReadBoundariesOptions): BoundaryResult {
  const read = featuresOf(input, options.object);
  if (!('features' in read)) return { ok: false, problem: read };
  const areas: BoundaryArea[] = [];
  const issues: BoundaryIssue[] = [];
  const byKey = new Map<string, number>();
  let geographic = true;
  read.features.forEach((item, index) => {
    const properties = isRecord(item) && isRecord(item.properties) ? item.properties : {};
    const key = keyOf(properties, options.keyProperty);
    if (key === undefined) {
      issues.push({ code: 'missing-key', index });
      return;
    }
    const geometry = isRecord(item) ? polygonal(item.geometry) : undefined;
    if (!geometry) {
      issues.push({ code: 'no-geometry', index, key });
      return;
    }
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (const [x, y] of ring) {
        if (Math.abs(x!) > 180 || Math.abs(y!) > 90) geographic = false;
      }
    }
    // A district in several features (BKG files split off islands and waters) is one area.
    const earlier = byKey.get(key);
    if (earlier === undefined) {
      byKey.set(key, areas.length);
      areas.push({ key, properties, geometry });
      return;
    }
    const first = areas[earlier]!;
    const before =
      first.geometry.type === 'Polygon' ? [first.geometry.coordinates] : first.geometry.coordinates;
    areas[earlier] = {
      ...first,
      geometry: { type: 'MultiPolygon', coordinates: [...before, ...polygons] },
    };
  });
  if (areas.length === 0) return { ok: false, problem: { code: 'no-areas', issues } };
  return { ok: true, areas, issues, geographic };
}

/**
 * A polygon in the winding d3-geo expects on the sphere (exterior rings clockwise). GeoJSON after
 * RFC 7946 winds the other way, and d3 would draw such a district as the whole globe but it.
 */
export function sphericalWinding(geometry: AreaGeometry) {
  const fix = (polygon: Position[][]) =>
    geoArea({ type: 'Polygon', coordinates: [polygon[0]!] }) > 2 * Math.PI
      ? polygon.map((ring) => [...ring].reverse())
      : polygon;
  const fixed: AreaGeometry =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: fix(geometry.coordinates) }
      : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
  return { type: 'Feature', properties: {}, geometry: fixed } as const;
}
