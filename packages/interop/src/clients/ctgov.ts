// The ClinicalTrials.gov API v2 client: GET /studies page by page (pageToken), each study read
// into a Trial by the kit's CT.gov reader. Parameters and enums follow the official OpenAPI spec
// (ctg-oas-v2.yaml, operation listStudies).
import { type CodeOf, type Locale, trialStatuses } from '@nrw-health/core';
import { type CtgovStatus, ctgovReader, ctgovStatusMap } from '../registries/ctgov';
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

/** The API's base URL. */
export const ctgovApiBase = 'https://clinicaltrials.gov/api/v2';

/** The API's largest page; larger `pageSize`s are coerced down to it. */
export const ctgovMaxPageSize = 1000;

/** A search of `GET /studies`. Texts take the API's Essie expression syntax. */
export interface CtgovQuery {
  /** `query.cond`: conditions or disease, e.g. `lung cancer`. */
  readonly condition?: string;
  /** `query.term`: other terms, anywhere in the record. */
  readonly term?: string;
  /** `query.locn`: location terms, e.g. `Essen, Germany`. For all of NRW see `nrwCtgovQueries`. */
  readonly location?: string;
  /** `query.titles`: title or acronym. */
  readonly title?: string;
  /** `query.intr`: intervention or treatment. */
  readonly intervention?: string;
  /** `query.spons`: sponsor or collaborator. */
  readonly sponsor?: string;
  /**
   * `filter.overallStatus`: the kit's status codes (`recruiting`, `not-yet-recruiting`, …) or the
   * API's own values (`RECRUITING`); any of them matches.
   */
  readonly status?: readonly string[];
  /** `filter.advanced`: an Essie expression, e.g. `AREA[StartDate]RANGE[2024-01-01,MAX]`. */
  readonly advanced?: string;
}

export interface CtgovSearchOptions extends ClientOptions {
  /** Default `https://clinicaltrials.gov/api/v2`; a mirror or a test server. */
  readonly baseUrl?: string;
  /** Studies a page, 1 to 1,000. Default 100. */
  readonly pageSize?: number;
  /** Ask for `totalCount` with the first page. Default true. */
  readonly countTotal?: boolean;
  /** Stop with a `ProtocolError` after this many pages. Default 10,000. */
  readonly maxPages?: number;
  /** Language of the reader's issue messages. Default en. */
  readonly locale?: Locale;
}

/** The kit's status codes as the API's `Status` values: the inverse of `ctgovStatusMap`. */
export const ctgovStatusOfCode = Object.fromEntries(
  Object.entries(ctgovStatusMap).map(([api, code]) => [code, api]),
) as Readonly<Record<TrialStatusCode, CtgovStatus>>;

/**
 * The `filter.overallStatus` values for statuses given as the kit's codes or as the API's values
 * (any case; `-`, `_` and spaces alike). Throws a RangeError naming an unknown one.
 */
export function ctgovStatusFilter(statuses: readonly string[]): CtgovStatus[] {
  const values = statuses.map((status) => {
    const trimmed = status.trim();
    if (Object.hasOwn(ctgovStatusOfCode, trimmed)) {
      return ctgovStatusOfCode[trimmed as TrialStatusCode];
    }
    const api = trimmed.toUpperCase().replace(/[-,\s]+/g, '_');
    if (Object.hasOwn(ctgovStatusMap, api)) return api as CtgovStatus;
    throw new RangeError(
      `unknown status "${status}"; statuses: ${Object.keys(trialStatuses.entries).join(', ')}`,
    );
  });
  return [...new Set(values)];
}

const queryParameters = [
  ['condition', 'query.cond'],
  ['term', 'query.term'],
  ['location', 'query.locn'],
  ['title', 'query.titles'],
  ['intervention', 'query.intr'],
  ['sponsor', 'query.spons'],
  ['advanced', 'filter.advanced'],
] as const;

interface PageParameters {
  readonly baseUrl?: string;
  readonly pageSize?: number;
  readonly countTotal?: boolean;
  readonly pageToken?: string;
  readonly fields?: readonly string[];
}

/** The URL of one page of a search. Blank texts are left out. */
export function ctgovSearchUrl(query: CtgovQuery, page: PageParameters = {}): string {
  const base = (page.baseUrl ?? ctgovApiBase).replace(/\/+$/, '');
  const url = new URL(`${base}/studies`);
  const params = url.searchParams;
  params.set('format', 'json');
  for (const [key, parameter] of queryParameters) {
    const value = query[key]?.trim();
    if (value) params.set(parameter, value);
  }
  if (query.status && query.status.length > 0) {
    params.set('filter.overallStatus', ctgovStatusFilter(query.status).join('|'));
  }
  if (page.fields) params.set('fields', page.fields.join('|'));
  if (page.pageSize !== undefined) params.set('pageSize', String(page.pageSize));
  // The API counts with the first page only.
  if (page.countTotal) params.set('countTotal', 'true');
  if (page.pageToken !== undefined) params.set('pageToken', page.pageToken);
  return url.href;
}

interface StudiesPage {
  readonly studies: readonly unknown[];
  readonly nextPageToken: string | undefined;
  readonly totalCount: number | undefined;
}

/** A `PagedStudies` response, checked against what the spec promises. */
function studiesPage(json: unknown, url: string): StudiesPage {
  if (!isObject(json) || !Array.isArray(json.studies)) {
    throw new ProtocolError('not a page of studies: no "studies" array', url);
  }
  const { nextPageToken, totalCount } = json;
  if (nextPageToken !== undefined && (typeof nextPageToken !== 'string' || nextPageToken === '')) {
    throw new ProtocolError('"nextPageToken" is not a token', url);
  }
  if (totalCount !== undefined && !(Number.isInteger(totalCount) && (totalCount as number) >= 0)) {
    throw new ProtocolError('"totalCount" is not a count', url);
  }
  return {
    studies: json.studies,
    nextPageToken: nextPageToken as string | undefined,
    totalCount: totalCount as number | undefined,
  };
}

/** The NCT number of a study as the API sends it, without reading it into a Trial. */
function nctIdOf(study: unknown): string | undefined {
  const protocol = isObject(study) ? study.protocolSection : undefined;
  const identification = isObject(protocol) ? protocol.identificationModule : undefined;
  const id = isObject(identification) ? identification.nctId : undefined;
  return typeof id === 'string' ? id : undefined;
}

function checkPageSize(pageSize: number): number {
  if (!(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= ctgovMaxPageSize)) {
    throw new RangeError(`pageSize must be a whole number from 1 to ${ctgovMaxPageSize}`);
  }
  return pageSize;
}

class CtgovSearch implements TrialSearch {
  totalCount: number | undefined;
  warnings: string[] = [];
  private counts = { pages: 0, records: 0, duplicates: 0 };
  private client: HttpClient;
  private readonly pageSize: number;

  constructor(
    private readonly queries: readonly CtgovQuery[],
    private readonly options: CtgovSearchOptions,
  ) {
    this.pageSize = checkPageSize(options.pageSize ?? 100);
    // Unknown statuses fail here, before any request.
    for (const query of queries) if (query.status) ctgovStatusFilter(query.status);
    checkMaxPages(options.maxPages);
    this.client = new HttpClient(options);
  }

  get stats(): Readonly<SearchStats> {
    return { ...this.client.stats, ...this.counts };
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<FetchedTrial> {
    const { signal, locale } = this.options;
    const countTotal = this.options.countTotal ?? true;
    this.client = new HttpClient(this.options);
    this.counts = { pages: 0, records: 0, duplicates: 0 };
    this.totalCount = undefined;
    const guard = new PageGuard(this.options.maxPages);
    // A study matched by two queries, or sent again on a later page, is yielded once.
    const seen = new Set<string>();
    for (const [index, query] of this.queries.entries()) {
      let pageToken: string | undefined;
      do {
        const first = pageToken === undefined;
        const url = ctgovSearchUrl(query, {
          ...(this.options.baseUrl !== undefined && { baseUrl: this.options.baseUrl }),
          pageSize: this.pageSize,
          countTotal: first && countTotal,
          ...(pageToken !== undefined && { pageToken }),
        });
        const page = studiesPage((await this.client.getJson(url)).json, url);
        const number = ++this.counts.pages;
        if (first && page.totalCount !== undefined) {
          this.totalCount = (this.totalCount ?? 0) + page.totalCount;
        }
        for (const study of page.studies) {
          const id = nctIdOf(study);
          if (id !== undefined) {
            if (seen.has(id)) {
              this.counts.duplicates++;
              continue;
            }
            seen.add(id);
          }
          signal?.throwIfAborted();
          this.counts.records++;
          yield {
            ...ctgovReader.read(study, { ...(locale && { locale }) }),
            id,
            page: number,
            url,
          };
        }
        pageToken = page.nextPageToken;
        if (pageToken !== undefined) {
          guard.next(`${index} ${pageToken}`, this.counts.pages, url, 'nextPageToken');
        }
      } while (pageToken !== undefined);
    }
  }
}

/**
 * Searches ClinicalTrials.gov. Iterate the result for the studies as Trials, each with the
 * reader's `lost` and `issues`; `totalCount` and `stats` fill in as it runs. Several queries
 * (e.g. `nrwCtgovQueries`) run one after the other, and a study matched by more than one comes
 * once. Throws a RangeError at once for an unknown status or a bad `pageSize` or `maxPages`.
 *
 * ```ts
 * const search = searchCtgov({ condition: 'asthma', location: 'Essen, Germany', status: ['recruiting'] });
 * for await (const { value, issues } of search) …
 * ```
 */
export function searchCtgov(
  query: CtgovQuery | readonly CtgovQuery[],
  options: CtgovSearchOptions = {},
): TrialSearch {
  return new CtgovSearch(Array.isArray(query) ? query : [query as CtgovQuery], options);
}

/**
 * The number of studies a query matches, from one request for a single study (`countTotal`,
 * `fields=NCTId`).
 */
export async function countCtgovStudies(
  query: CtgovQuery,
  options: Omit<CtgovSearchOptions, 'pageSize' | 'countTotal' | 'maxPages'> = {},
): Promise<number> {
  const url = ctgovSearchUrl(query, {
    ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
    pageSize: 1,
    countTotal: true,
    fields: ['NCTId'],
  });
  const page = studiesPage((await new HttpClient(options).getJson(url)).json, url);
  if (page.totalCount === undefined) throw new ProtocolError('no "totalCount" in the page', url);
  return page.totalCount;
}
