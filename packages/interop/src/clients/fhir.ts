// The FHIR R4 client: ResearchStudy search on any server (GET [base]/ResearchStudy?…), Bundle
// paging through link[relation=next], each study read into a Trial by the kit's FHIR reader with
// the sponsors and sites included in its page.
import type { CodeOf, Locale, trialStatuses } from '@nrw-health/core';
import type { FhirStudyStatus } from '../fhir/codes';
import { statusToFhir } from '../fhir/codes';
import { fhirRecords, readFhirRecord } from '../fhir/read';
import { ProtocolError } from './errors';
import { type ClientOptions, HttpClient } from './http';
import {
  checkMaxPages,
  type FetchedTrial,
  isObject,
  PageGuard,
  type SearchStats,
  type TrialSearch,
} from './search';

type TrialStatusCode = CodeOf<typeof trialStatuses>;
type Json = Record<string, unknown>;
type Values = string | readonly string[];

/** The values of FHIR R4 `ResearchStudy.status` (research-study-status). */
export const fhirStudyStatuses: readonly FhirStudyStatus[] = [
  'active',
  'administratively-completed',
  'approved',
  'closed-to-accrual',
  'closed-to-accrual-and-intervention',
  'completed',
  'disapproved',
  'in-review',
  'temporarily-closed-to-accrual',
  'temporarily-closed-to-accrual-and-intervention',
  'withdrawn',
];

/**
 * A ResearchStudy search with the standard search parameters of FHIR R4. A list means "all of
 * these" (the parameter repeated); for "any of these" give one value with commas, as FHIR does.
 */
export interface FhirSearchParams {
  /**
   * `status`: the kit's status codes (mapped with `statusToFhir`: `recruiting` is `active`) or
   * FHIR's own; any of them matches.
   */
  readonly status?: readonly string[];
  /** `title` (string search: starts with, any case). */
  readonly title?: Values;
  /** `identifier` (token: `[system|]value`, e.g. `https://clinicaltrials.gov|NCT01234567`). */
  readonly identifier?: Values;
  /** `keyword` (token). */
  readonly keyword?: Values;
  /** `condition` (token). */
  readonly condition?: Values;
  /** `category` (token). */
  readonly category?: Values;
  /** `focus` (token). */
  readonly focus?: Values;
  /** `date` (the study's period), with a prefix: `ge2024-01-01`. */
  readonly date?: Values;
  /** `_lastUpdated`, with a prefix: `ge2024-01-01` for what changed since. */
  readonly lastUpdated?: Values;
  /** `_id`. */
  readonly id?: Values;
  /** `_sort`, e.g. `-_lastUpdated`. */
  readonly sort?: string;
  /**
   * `_include`: the resources each page should bring along. Default
   * `ResearchStudy:sponsor` and `ResearchStudy:site`, which the reader needs for sponsors and
   * sites; `[]` for none.
   */
  readonly include?: readonly string[];
  /** Any other search parameter, by name (`partof`, `sponsor`, `_profile`, …). */
  readonly params?: Readonly<Record<string, Values>>;
}

export interface FhirSearchOptions extends ClientOptions {
  /** Sent as `Authorization: Bearer <token>`, and only to the server of the base URL. */
  readonly token?: string;
  /** `_count`: studies a page (the server may send fewer). */
  readonly count?: number;
  /** `_total`: ask for the number of matches (`accurate`, `estimate`). */
  readonly total?: 'none' | 'estimate' | 'accurate';
  /** Stop with a `ProtocolError` after this many pages. Default 10,000. */
  readonly maxPages?: number;
  /** Language of the reader's issue messages. Default en. */
  readonly locale?: Locale;
  /** Today, as `YYYY-MM-DD`, for the reader: dates after it are estimated. */
  readonly today?: string;
  /**
   * Fetch the Organizations and Locations a page's studies reference but the page lacks (those
   * `_include` cannot bring, such as the kit's `associatedParty` parties), by `_id` from the same
   * server: one search per type and page. Default true.
   */
  readonly resolveReferences?: boolean;
}

export const defaultFhirIncludes = ['ResearchStudy:sponsor', 'ResearchStudy:site'] as const;

/**
 * The `status` values for statuses given as the kit's codes or FHIR's. Throws a RangeError naming
 * an unknown one.
 */
export function fhirStatusFilter(statuses: readonly string[]): FhirStudyStatus[] {
  const values = statuses.map((status) => {
    const code = status.trim();
    if (Object.hasOwn(statusToFhir, code)) return statusToFhir[code as TrialStatusCode];
    if ((fhirStudyStatuses as readonly string[]).includes(code)) return code as FhirStudyStatus;
    throw new RangeError(
      `unknown status "${status}"; statuses: ${Object.keys(statusToFhir).join(', ')}, or FHIR's ${fhirStudyStatuses.join(', ')}`,
    );
  });
  return [...new Set(values)];
}

const tokenParameters = [
  ['title', 'title'],
  ['identifier', 'identifier'],
  ['keyword', 'keyword'],
  ['condition', 'condition'],
  ['category', 'category'],
  ['focus', 'focus'],
  ['date', 'date'],
  ['lastUpdated', '_lastUpdated'],
  ['id', '_id'],
] as const;

const list = (values: Values | undefined): readonly string[] =>
  values === undefined ? [] : typeof values === 'string' ? [values] : values;

/** The URL of the first page of a ResearchStudy search. Blank values are left out. */
export function fhirSearchUrl(
  baseUrl: string,
  params: FhirSearchParams = {},
  options: Pick<FhirSearchOptions, 'count' | 'total'> = {},
): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/ResearchStudy`);
  const search = url.searchParams;
  const add = (name: string, values: Values | undefined) => {
    for (const value of list(values)) if (value.trim()) search.append(name, value.trim());
  };
  if (params.status && params.status.length > 0) {
    search.set('status', fhirStatusFilter(params.status).join(','));
  }
  for (const [key, name] of tokenParameters) add(name, params[key]);
  add('_sort', params.sort);
  for (const [name, values] of Object.entries(params.params ?? {})) add(name, values);
  add('_include', params.include ?? defaultFhirIncludes);
  if (options.count !== undefined) search.set('_count', String(options.count));
  if (options.total !== undefined) search.set('_total', options.total);
  return url.href;
}

interface BundlePage {
  readonly entries: readonly Json[];
  readonly next: string | undefined;
  readonly total: number | undefined;
  readonly warnings: readonly string[];
}

/** The text of an OperationOutcome's issues: "warning: …; error: …". */
function outcomeText(outcome: unknown): string {
  const issues = isObject(outcome) && Array.isArray(outcome.issue) ? outcome.issue : [];
  return issues
    .map((issue) => {
      if (!isObject(issue)) return undefined;
      const details = isObject(issue.details) ? issue.details.text : undefined;
      const text = [issue.diagnostics, details].find((value) => typeof value === 'string');
      return `${typeof issue.severity === 'string' ? issue.severity : 'issue'}: ${text ?? issue.code ?? '?'}`;
    })
    .filter((text) => text !== undefined)
    .join('; ');
}

/** A searchset Bundle, checked for what paging needs. */
function bundlePage(json: unknown, url: string): BundlePage {
  if (isObject(json) && json.resourceType === 'OperationOutcome') {
    throw new ProtocolError(`an OperationOutcome instead of a Bundle: ${outcomeText(json)}`, url);
  }
  if (!isObject(json) || json.resourceType !== 'Bundle') {
    throw new ProtocolError('not a FHIR Bundle', url);
  }
  if (json.entry !== undefined && !Array.isArray(json.entry)) {
    throw new ProtocolError('"entry" of the Bundle is not a list', url);
  }
  if (json.link !== undefined && !Array.isArray(json.link)) {
    throw new ProtocolError('"link" of the Bundle is not a list', url);
  }
  const { total } = json;
  if (total !== undefined && !(Number.isInteger(total) && (total as number) >= 0)) {
    throw new ProtocolError('"total" of the Bundle is not a count', url);
  }
  const nextLink = ((json.link as unknown[] | undefined) ?? []).find(
    (link) => isObject(link) && link.relation === 'next',
  ) as Json | undefined;
  if (nextLink && (typeof nextLink.url !== 'string' || nextLink.url.trim() === '')) {
    throw new ProtocolError('the next link has no URL', url);
  }
  const entries = ((json.entry as unknown[] | undefined) ?? []).filter(isObject);
  const warnings = entries
    .filter(
      (entry) => isObject(entry.resource) && entry.resource.resourceType === 'OperationOutcome',
    )
    .map((entry) => outcomeText(entry.resource))
    .filter((text) => text !== '');
  return {
    entries,
    // Relative next links are relative to the page.
    next: nextLink ? new URL((nextLink.url as string).trim(), url).href : undefined,
    total: total as number | undefined,
    warnings,
  };
}

/**
 * The entries the reader gets: all but included ResearchStudies (a `partof` brought along is no
 * match) and the server's OperationOutcomes.
 */
const readable = (entry: Json) => {
  const resource = entry.resource;
  if (!isObject(resource) || resource.resourceType === 'OperationOutcome') return false;
  const mode = isObject(entry.search) ? entry.search.mode : undefined;
  return !(resource.resourceType === 'ResearchStudy' && mode === 'include');
};

/** A study's address: its fullUrl, else `ResearchStudy/<id>`. */
function addressOf(record: Json): string | undefined {
  const [entry] = Array.isArray(record.entry) ? (record.entry as Json[]) : [];
  if (typeof entry?.fullUrl === 'string') return entry.fullUrl;
  const id = isObject(entry?.resource) ? entry.resource.id : undefined;
  return typeof id === 'string' ? `ResearchStudy/${id}` : undefined;
}

/** Resource types whose references a page's studies need resolved: sponsors and sites. */
const referencedTypes = new Set(['Organization', 'Location']);

/** The `reference` strings in a resource, found without recursion. */
function referencesIn(resource: unknown): string[] {
  const found: string[] = [];
  const stack: unknown[] = [resource];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (!Array.isArray(value) && typeof (value as Json).reference === 'string') {
      found.push((value as Json).reference as string);
    }
    stack.push(...Object.values(value));
  }
  return found;
}

/** The ids, by type, of Organizations and Locations the page's studies reference but lack. */
function missingReferences(entries: readonly Json[], base: string): Map<string, string[]> {
  const known = new Set<string>();
  for (const entry of entries) {
    const resource = entry.resource as Json;
    if (typeof entry.fullUrl === 'string') known.add(entry.fullUrl);
    if (typeof resource.id === 'string') known.add(`${resource.resourceType}/${resource.id}`);
  }
  const missing = new Map<string, Set<string>>();
  for (const entry of entries) {
    const resource = entry.resource as Json;
    if (resource.resourceType !== 'ResearchStudy') continue;
    for (const reference of referencesIn(resource)) {
      if (known.has(reference)) continue;
      const local = reference.startsWith(`${base}/`) ? reference.slice(base.length + 1) : reference;
      // A FHIR id: up to 64 letters, digits, - and . (a version in /_history/ is not asked for).
      const match = /^([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(local);
      if (!match || !referencedTypes.has(match[1]!) || known.has(`${match[1]}/${match[2]}`)) {
        continue;
      }
      const ids = missing.get(match[1]!) ?? new Set<string>();
      missing.set(match[1]!, ids.add(match[2]!));
    }
  }
  return new Map([...missing].map(([type, ids]) => [type, [...ids]]));
}

/** Ids asked for in one `_id` search. */
const idsPerRequest = 50;

class FhirSearch implements TrialSearch {
  totalCount: number | undefined;
  warnings: string[] = [];
  private counts = { pages: 0, records: 0, duplicates: 0 };
  private client: HttpClient;
  private readonly firstUrl: string;
  private readonly origin: string;
  private readonly base: string;

  constructor(
    baseUrl: string,
    params: FhirSearchParams,
    private readonly options: FhirSearchOptions,
  ) {
    this.firstUrl = fhirSearchUrl(baseUrl, params, options);
    this.base = new URL(baseUrl.replace(/\/+$/, '')).href.replace(/\/+$/, '');
    this.origin = new URL(this.firstUrl).origin;
    checkMaxPages(options.maxPages);
    if (options.count !== undefined && !(Number.isInteger(options.count) && options.count > 0)) {
      throw new RangeError('count must be a positive whole number');
    }
    this.client = new HttpClient(options);
  }

  get stats(): Readonly<SearchStats> {
    return { ...this.client.stats, ...this.counts };
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<FetchedTrial> {
    const { signal, locale, today, token } = this.options;
    this.client = new HttpClient(this.options);
    this.counts = { pages: 0, records: 0, duplicates: 0 };
    this.totalCount = undefined;
    this.warnings = [];
    const headers: Record<string, string> = {
      accept: 'application/fhir+json, application/json;q=0.9',
      ...(token !== undefined && { authorization: `Bearer ${token}` }),
    };
    const guard = new PageGuard(this.options.maxPages);
    guard.next(this.firstUrl, 0, this.firstUrl, 'next link');
    const seen = new Set<string>();
    let url: string | undefined = this.firstUrl;
    while (url !== undefined) {
      const page = bundlePage((await this.client.getJson(url, headers)).json, url);
      const number = ++this.counts.pages;
      if (number === 1) this.totalCount = page.total;
      this.warnings.push(...page.warnings);
      const entries = page.entries.filter(readable);
      if (this.options.resolveReferences ?? true) {
        entries.push(...(await this.referenced(entries, headers)));
      }
      const bundle = { resourceType: 'Bundle', entry: entries };
      for (const record of fhirRecords(bundle)) {
        const id = addressOf(record);
        if (id !== undefined) {
          if (seen.has(id)) {
            this.counts.duplicates++;
            continue;
          }
          seen.add(id);
        }
        signal?.throwIfAborted();
        this.counts.records++;
        const options = { ...(locale && { locale }), ...(today && { today }) };
        yield { ...readFhirRecord(record, options), id, page: number, url };
      }
      if (page.next !== undefined) {
        // The token goes to the base URL's server only.
        if (new URL(page.next).origin !== this.origin) {
          throw new ProtocolError(`the next link leads to another server: ${page.next}`, url);
        }
        guard.next(page.next, this.counts.pages, url, 'next link');
      }
      url = page.next;
    }
  }

  /** The Organizations and Locations the entries' studies reference but lack, from the server. */
  private async referenced(
    entries: readonly Json[],
    headers: Readonly<Record<string, string>>,
  ): Promise<Json[]> {
    const found: Json[] = [];
    for (const [type, ids] of missingReferences(entries, this.base)) {
      for (let start = 0; start < ids.length; start += idsPerRequest) {
        const chunk = ids.slice(start, start + idsPerRequest);
        const url = new URL(`${this.base}/${type}`);
        url.searchParams.set('_id', chunk.join(','));
        url.searchParams.set('_count', String(chunk.length));
        const wanted = new Set(chunk);
        const asked = new Set<string>();
        // A server may page the answer; its next links are followed while ids are missing.
        let next: string | undefined = url.href;
        while (next !== undefined && wanted.size > 0 && !asked.has(next)) {
          asked.add(next);
          const page = bundlePage((await this.client.getJson(next, headers)).json, next);
          this.warnings.push(...page.warnings);
          for (const entry of page.entries) {
            const resource = entry.resource;
            if (isObject(resource) && resource.resourceType === type) {
              if (wanted.delete(resource.id as string)) found.push(entry);
            }
          }
          next = page.next && new URL(page.next).origin === this.origin ? page.next : undefined;
        }
        if (wanted.size > 0) {
          this.warnings.push(
            `${wanted.size} referenced ${type}(s) not found on the server: ${[...wanted].join(', ')}`,
          );
        }
      }
    }
    return found;
  }
}

/**
 * Searches a FHIR R4 server's ResearchStudies. Iterate the result for the studies as Trials, each
 * with the reader's `lost` and `issues`; `totalCount` (the Bundle's `total`), `stats` and the
 * server's `warnings` fill in as it runs. Throws a RangeError at once for an unknown status or a
 * bad `count` or `maxPages`, a TypeError for a base URL that is no URL.
 */
export function searchFhirResearchStudies(
  baseUrl: string,
  params: FhirSearchParams = {},
  options: FhirSearchOptions = {},
): TrialSearch {
  return new FhirSearch(baseUrl, params, options);
}
