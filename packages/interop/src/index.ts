// @nrw-health/interop: the bridges between the kit's model and the formats trial registries,
// FHIR servers and statistics offices use. Readers return { value, lost, issues } per record or
// per dataset.

export * from './clients';
export * from './fhir';
export type { TrialFormatName, TrialReader } from './formats';
export * from './geo';
export * from './harmonise';
export { ndjsonTrialReader, toNdjsonLine } from './ndjson';
export { trialReaders } from './readers';
export * from './registries/ctgov';
export * from './registries/ctis';
export * from './registries/drks';
export * from './registries/euctr';
export * from './registries/ictrp';
export { compact, finishTrial } from './shared/finish';
export {
  countryAliases,
  countryCode,
  normaliseSite,
  nrwDistrictOf,
  type RawSite,
} from './shared/places';
export {
  IssueLog,
  type LostField,
  type ReadIssue,
  type ReadOptions,
  type RecordResult,
} from './shared/result';
export { ReadMarks, type Tracked, track } from './shared/track';
export * from './stats';
export { type JsonValueResult, jsonValues } from './streams/json-values';
