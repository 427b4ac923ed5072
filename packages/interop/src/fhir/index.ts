// FHIR R4: trials as ResearchStudy, Organization and Location in a Bundle, and back.
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
export {
  type FhirReadOptions,
  fhirReader,
  fhirRecords,
  readFhirBundle,
  readFhirRecord,
} from './read';
export type * from './types';
export {
  type FhirBundleOptions,
  fhirBundleEntries,
  registrySystem,
  trialsToFhirBundle,
} from './write';
