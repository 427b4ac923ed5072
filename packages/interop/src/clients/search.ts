// What the searches of both clients share: the results they yield, their counts, and the guard
// against paging that never ends.
import type { Trial } from '@nrw-health/core';
import type { RecordResult } from '../shared/result';
import { ProtocolError } from './errors';
import type { RequestStats } from './http';

/** One record of a search, read as a Trial: the reader's `{ value, lost, issues }` and where from. */
export interface FetchedTrial extends RecordResult<Trial> {
  /** The record's id at the source: the NCT number, the ResearchStudy's address. */
  readonly id: string | undefined;
  /** The page it came on, from 1 (counted over all queries of a search). */
  readonly page: number;
  /** The URL of that page. */
  readonly url: string;
}

/** What a search did so far. */
export interface SearchStats extends RequestStats {
  pages: number;
  /** Records yielded, read or not. */
  records: number;
  /** Records the source sent again (the same id on a later page or query), not yielded again. */
  duplicates: number;
}

/** A running search: iterate it for the records; the counts fill in as it goes. */
export interface TrialSearch extends AsyncIterable<FetchedTrial> {
  /**
   * The number of matches the source reports with the first page (CT.gov `totalCount`, a
   * Bundle's `total`), summed over the queries of a search; undefined until then, or when the
   * source does not tell.
   */
  readonly totalCount: number | undefined;
  readonly stats: Readonly<SearchStats>;
  /** What the source warned about (a FHIR server's OperationOutcome issues), as text. */
  readonly warnings: readonly string[];
}

/** The default guard: no search needs more pages (CT.gov at 100 a page: a million studies). */
export const defaultMaxPages = 10_000;

/** Throws a RangeError for a `maxPages` that is not a positive whole number. */
export function checkMaxPages(maxPages: number = defaultMaxPages): number {
  if (!(Number.isInteger(maxPages) && maxPages > 0)) {
    throw new RangeError('maxPages must be a positive whole number');
  }
  return maxPages;
}

/**
 * Stops a search that would never end: a next page it already fetched (the same page token or
 * next link), or more pages than `maxPages`.
 */
export class PageGuard {
  private readonly seen = new Set<string>();

  constructor(private readonly maxPages = defaultMaxPages) {
    checkMaxPages(maxPages);
  }

  /** Checks the next page's key (token or URL) before it is fetched; `pages` is the count so far. */
  next(key: string, pages: number, url: string, what: string): void {
    if (this.seen.has(key)) {
      throw new ProtocolError(`the ${what} repeats an earlier one: paging would never end`, url);
    }
    if (pages >= this.maxPages) {
      throw new ProtocolError(`more than ${this.maxPages} pages (maxPages)`, url);
    }
    this.seen.add(key);
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
