/*
 * The parts of GeoJSON (RFC 7946) the kit writes and reads. Positions are [longitude, latitude]
 * in WGS 84, in that order: the reverse of how people say them.
 */

/** [longitude, latitude], WGS 84 degrees. */
export type Position = readonly [longitude: number, latitude: number];

export interface Point {
  readonly type: 'Point';
  readonly coordinates: Position;
}

/** Flat properties: every value a string, number, boolean or null, so GIS tables can hold them. */
export type FlatProperties = Readonly<Record<string, string | number | boolean | null>>;

export interface Feature<G = unknown, P = Record<string, unknown> | null> {
  readonly type: 'Feature';
  readonly id?: string | number;
  readonly geometry: G;
  readonly properties: P;
}

export interface FeatureCollection<F = Feature> {
  readonly type: 'FeatureCollection';
  readonly features: readonly F[];
}

/** A record that did not become a feature, and why. Nothing is skipped unseen. */
export interface SkippedRecord {
  /** Position of the record (actor or trial) in the input, from 0. */
  readonly index: number;
  /** Its id, where it has one. */
  readonly id?: string;
  /** For trial sites: the position of the site in `trial.sites`. */
  readonly site?: number;
  readonly reason: 'no-coordinates' | 'invalid-coordinates' | 'no-sites' | 'invalid-record';
}

/** Features written, and the records that could not be placed on a map. */
export interface GeoJsonResult<P extends FlatProperties> {
  readonly value: FeatureCollection<Feature<Point, P>>;
  readonly skipped: readonly SkippedRecord[];
}
