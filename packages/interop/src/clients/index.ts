// Source clients: ClinicalTrials.gov API v2 and FHIR R4 servers, fetch-based (browsers, Node,
// edge), with retries, backoff, a rate limit and AbortSignal.
export { type Clock, systemClock } from './clock';
export {
  type CtgovQuery,
  type CtgovSearchOptions,
  countCtgovStudies,
  ctgovApiBase,
  ctgovMaxPageSize,
  ctgovSearchUrl,
  ctgovStatusFilter,
  ctgovStatusOfCode,
  searchCtgov,
} from './ctgov';
export { HttpError, NetworkError, ProtocolError } from './errors';
export {
  defaultFhirIncludes,
  type FhirSearchOptions,
  type FhirSearchParams,
  fhirSearchUrl,
  fhirStatusFilter,
  fhirStudyStatuses,
  searchFhirResearchStudies,
} from './fhir';
export {
  type ClientOptions,
  defaultRetry,
  HttpClient,
  isRetryableStatus,
  parseRetryAfter,
  type RequestStats,
  type RetryEvent,
  type RetryOptions,
} from './http';
export {
  type NrwPlaceOptions,
  type NrwQueryOptions,
  nrwCtgovQueries,
  nrwLocationExpressions,
  nrwPlaceNames,
} from './nrw';
export { defaultRateLimit, type RateLimit, RateLimiter } from './rate-limit';
export {
  defaultMaxPages,
  type FetchedTrial,
  type SearchStats,
  type TrialSearch,
} from './search';
