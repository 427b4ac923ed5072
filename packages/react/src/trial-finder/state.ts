import { noFilters, type TrialFilters, type TrialSortKey, trialSortKeys } from './filter';

/** Everything a reader chose in the finder: search, filters, sort and page. */
export interface TrialFinderState extends TrialFilters {
  readonly sort: TrialSortKey;
  /** The page of results, from 1. */
  readonly page: number;
}

/** The finder as it opens: no search, no filter, most recently updated first, page 1. */
export const initialTrialFinderState: TrialFinderState = { ...noFilters, sort: 'updated', page: 1 };

const texts = (value: unknown): readonly string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * A whole state from what a portal passed (a part of one, perhaps from its URL): anything
 * missing or of the wrong kind takes the initial value.
 */
export function stateOf(value: Partial<TrialFinderState> | undefined): TrialFinderState {
  const given = value ?? {};
  const page = Number(given.page);
  return {
    query: typeof given.query === 'string' ? given.query : '',
    status: texts(given.status),
    phase: texts(given.phase),
    place: texts(given.place),
    condition: texts(given.condition),
    recruitingOnly: given.recruitingOnly === true,
    sort: trialSortKeys.includes(given.sort as TrialSortKey)
      ? (given.sort as TrialSortKey)
      : initialTrialFinderState.sort,
    page: Number.isFinite(page) && page >= 1 ? Math.floor(page) : 1,
  };
}

/**
 * The pages a pagination shows: the first, the last, the current one and its neighbours, with
 * `gap` where pages are left out (never for a single page, which is shown instead).
 */
export function pageItems(current: number, count: number): (number | 'gap')[] {
  const shown = new Set([1, count, current - 1, current, current + 1]);
  const items: (number | 'gap')[] = [];
  for (let page = 1; page <= count; page++) {
    if (shown.has(page) || (shown.has(page - 1) && shown.has(page + 1))) items.push(page);
    else if (items.at(-1) !== 'gap') items.push('gap');
  }
  return items;
}
