// Test helper: the real ClinicalTrials.gov API v2 studies of ../shared/fixtures (never copied into
// the repository), each once, and an emulation of GET /studies that pages through them.
import { readdirSync, readFileSync } from 'node:fs';
import { ctgovRecords } from '../../registries/ctgov';
import type { RecordedRequest, Reply } from './replay-server';

const studiesDir = new URL(
  '../../../../../../shared/fixtures/ctgov-v2-json/studies/',
  import.meta.url,
);

// biome-ignore lint/suspicious/noExplicitAny: raw JSON of the fixtures, navigated freely in tests
type Json = Record<string, any>;

export const nctIdOf = (study: unknown): string =>
  (study as Json).protocolSection.identificationModule.nctId;

let cached: readonly Json[] | undefined;

/** Every fixture study once (the first of the files, sorted, that has it), in file order. */
export function fixtureStudies(): readonly Json[] {
  if (cached) return cached;
  const seen = new Set<string>();
  const studies: Json[] = [];
  for (const file of readdirSync(studiesDir).sort()) {
    const document = JSON.parse(readFileSync(new URL(file, studiesDir), 'utf8'));
    for (const study of ctgovRecords(document)) {
      const id = nctIdOf(study);
      if (seen.has(id)) continue;
      seen.add(id);
      studies.push(study as Json);
    }
  }
  cached = studies;
  return studies;
}

const nrwStates = new Set(['Nordrhein-Westfalen', 'North Rhine-Westphalia', 'NRW']);

/**
 * The city clauses of an Essie expression as `nrwLocationExpressions` writes them: a city, and
 * whether the site's state must be NRW.
 */
const citiesOf = (expression: string) =>
  new Map(
    [...expression.matchAll(/AREA\[LocationCity\]"([^"]*)"( AND \(AREA\[LocationState\])?/g)].map(
      (match) => [match[1]!, match[2] !== undefined],
    ),
  );

function matches(study: Json, params: URLSearchParams): boolean {
  const statuses = params.get('filter.overallStatus')?.split(/[|,]/);
  if (statuses && !statuses.includes(study.protocolSection.statusModule?.overallStatus)) {
    return false;
  }
  const cities = citiesOf(params.get('filter.advanced') ?? '');
  if (cities.size > 0) {
    const locations: Json[] = study.protocolSection.contactsLocationsModule?.locations ?? [];
    const inList = (site: Json) =>
      cities.has(site.city) && (!cities.get(site.city) || nrwStates.has(site.state));
    if (!locations.some((site) => site.country === 'Germany' && inList(site))) return false;
  }
  return true;
}

/**
 * GET /studies as the API answers it, over `studies`: `filter.overallStatus` and NRW city
 * expressions filter, `pageSize` (default 10, at most 1000) and an opaque `pageToken` page,
 * `countTotal` counts on the first page only.
 */
export function studiesApi(studies: readonly Json[] = fixtureStudies()) {
  return (request: RecordedRequest): Reply => {
    const params = request.url.searchParams;
    if (!request.url.pathname.endsWith('/studies')) return { status: 404, body: 'Not found' };
    const found = studies.filter((study) => matches(study, params));
    const size = Math.min(Number(params.get('pageSize') || 10) || 10, 1000);
    const token = params.get('pageToken');
    const start = token ? Number(Buffer.from(token, 'base64url').toString().slice(5)) : 0;
    const end = start + size;
    return {
      body: {
        ...(params.get('countTotal') === 'true' && !token && { totalCount: found.length }),
        studies: found.slice(start, end),
        ...(end < found.length && {
          nextPageToken: Buffer.from(`page:${end}`).toString('base64url'),
        }),
      },
    };
  };
}
