export type {
  Feature,
  FeatureCollection,
  FlatProperties,
  GeoJsonResult,
  Point,
  Position,
  SkippedRecord,
} from './geojson';
export {
  type JoinedItem,
  type JoinKey,
  type JoinOptions,
  type JoinResult,
  joinObservations,
  type UnmatchedObservation,
} from './join';
export {
  type ActorProperties,
  actorsToGeoJson,
  type GeoJsonOptions,
  type TrialSiteProperties,
  trialSitesToGeoJson,
} from './points';
