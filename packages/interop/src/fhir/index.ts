// FHIR R4: trials as ResearchStudy, Organization and Location in a Bundle, and back.

// Actors as Organization and Location; indicators as Measure, observations as MeasureReport.
export { type ActorBundleOptions, actorsToFhirBundle, actorToFhir } from './actor';
export {
  actorFhirSystems,
  kindToOrganizationType,
  organizationDescription,
  organizationTypeToKind,
} from './actor-codes';
export { readFhirOrganization, readFhirOrganizations } from './actor-read';
export {
  ageUnitToUcum,
  type FhirStudyPhase,
  type FhirStudyStatus,
  fhirExtensions,
  fhirSystems,
  funderClassFromFhir,
  funderClassToFhir,
  kitCodeSystem,
  kitExtension,
  kitFhirBase,
  outcomeTypeToFhir,
  phaseFromFhir,
  phaseToFhir,
  sponsorRoleFromFhir,
  sponsorRoleToFhir,
  statusFromFhir,
  statusToFhir,
} from './codes';
export { indicatorToFhirMeasure, observationsToFhirMeasureReports } from './measure';
export {
  measureFhirSystems,
  measureTypeOfScoring,
  measureUrl,
  periodFromFhir,
  periodToFhir,
  scoringOfMeasureType,
} from './measure-codes';
export { type MeasureReadOptions, readFhirMeasure, readFhirMeasureReport } from './measure-read';
export {
  type FhirReadOptions,
  fhirReader,
  fhirRecords,
  readFhirBundle,
  readFhirRecord,
} from './read';
export type * from './resource-types';
export type * from './types';
export {
  type FhirBundleOptions,
  fhirBundleEntries,
  registrySystem,
  trialsToFhirBundle,
} from './write';
