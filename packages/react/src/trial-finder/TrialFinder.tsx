import { type Locale, regionByAgs, type Trial, trialPhases, trialStatuses } from '@nrw-health/core';
import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { FacetFilter, type FacetOption } from '../facet-filter/FacetFilter';
import { useNrwHealth } from '../provider/use-nrw-health';
import { useControllable } from '../shared/use-controllable';
import { Heading, type HeadingLevel, levelOf } from '../trial-card/Heading';
import { TrialCard } from '../trial-card/TrialCard';
import {
  cityPrefix,
  type FacetDomain,
  type FacetName,
  filterTrials,
  hasFilters,
  indexOf,
  noFilters,
  recruitingStatus,
  sortOrder,
  type TrialFilters,
  type TrialSortKey,
  trialSortKeys,
} from './filter';
import { trialFinderMessages } from './messages';
import { Pagination } from './Pagination';
import { stateOf, type TrialFinderState } from './state';

export type TrialFinderStatus = 'ready' | 'loading' | 'error';

export interface TrialFinderProps {
  /** The trials to search, in `@nrw-health/core`'s model. Keep the array stable: it is indexed once. */
  readonly trials: readonly Trial[];
  /** `loading` and `error` replace the results with a message. Default `ready`. */
  readonly status?: TrialFinderStatus;
  /** Shown under the error message: what went wrong, in the portal's words. */
  readonly errorDetail?: string;
  /** Level of the finder's heading, h2–h6 (default 2); its parts and cards follow below it. */
  readonly headingLevel?: HeadingLevel;
  /** Trials per page, 1–100. Default 10. */
  readonly pageSize?: number;
  /** Search, filters, sort and page, controlled: the finder shows them and reports changes. */
  readonly value?: Partial<TrialFinderState>;
  /** Search, filters, sort and page at first, uncontrolled. */
  readonly defaultValue?: Partial<TrialFinderState>;
  readonly onChange?: (state: TrialFinderState) => void;
  /** A trial's details page in the portal: each card's title links there (relative or http(s)). */
  readonly trialHref?: (trial: Trial) => string | undefined;
  /** Called when a reader asks for a trial's details: each card shows a "Show details" button. */
  readonly onSelectTrial?: (trial: Trial) => void;
  readonly className?: string;
}

/** How long the result count waits for typing to pause before it is announced. */
export const announceDelay = 700;

const facetLegends = {
  status: 'trialFinder.status',
  phase: 'trialFinder.phase',
  place: 'trialFinder.place',
  condition: 'trialFinder.condition',
} as const;

const sortLabels = {
  updated: 'trialFinder.sortUpdated',
  start: 'trialFinder.sortStart',
  title: 'trialFinder.sortTitle',
} as const satisfies Record<TrialSortKey, string>;

/** What a facet value is called: the code list's label, the district's name, or the data's text. */
function labelOf(facet: FacetName, key: string, label: string, locale: Locale): string {
  if (facet === 'status') return trialStatuses.label(key, locale);
  if (facet === 'phase') return trialPhases.label(key, locale);
  if (facet === 'place' && !key.startsWith(cityPrefix))
    return regionByAgs(key)?.name[locale] ?? key;
  return label;
}

// A facet's labels only change with the locale: named once per domain and locale, not per keystroke.
const labelCache = new WeakMap<FacetDomain, Map<Locale, readonly string[]>>();

function labelsOf(facet: FacetName, domain: FacetDomain, locale: Locale): readonly string[] {
  let byLocale = labelCache.get(domain);
  if (!byLocale) {
    byLocale = new Map();
    labelCache.set(domain, byLocale);
  }
  let labels = byLocale.get(locale);
  if (!labels) {
    labels = domain.keys.map((key, at) => labelOf(facet, key, domain.labels[at]!, locale));
    byLocale.set(locale, labels);
  }
  return labels;
}

/** The facet's options with their counts; a checked value the data lacks stays, to be unchecked. */
function optionsOf(
  facet: FacetName,
  domain: FacetDomain,
  counts: Int32Array,
  checked: readonly string[],
  locale: Locale,
): FacetOption[] {
  const labels = labelsOf(facet, domain, locale);
  const options = domain.keys.map((key, at) => ({
    value: key,
    label: labels[at]!,
    count: counts[at]!,
  }));
  for (const key of checked) {
    if (!domain.keys.includes(key)) {
      options.push({ value: key, label: labelOf(facet, key, key, locale), count: 0 });
    }
  }
  return options;
}

/**
 * Clinical trials to search and filter, for patients, relatives, clinics and companies alike:
 * a search field in a search landmark, facets with counts (status, phase, place, condition,
 * "recruiting only"), a sort, trial cards in pages, and the result count announced politely
 * once typing pauses. State controlled (`value`) or uncontrolled (`defaultValue`).
 */
export function TrialFinder(props: TrialFinderProps) {
  const { t, locale } = useNrwHealth(trialFinderMessages);
  const status = props.status ?? 'ready';
  const level = levelOf(props.headingLevel, 2);
  const partLevel = levelOf(level + 1, 3);
  const cardLevel = levelOf(level + 2, 4);
  const pageSize = Math.min(100, Math.max(1, Math.floor(props.pageSize ?? 10) || 10));
  const ids = useId();
  const resultsHeading = useRef<HTMLHeadingElement | null>(null);

  const [state, setState] = useControllable<TrialFinderState>(
    props.value === undefined ? undefined : stateOf(props.value),
    stateOf(props.defaultValue),
    props.onChange,
  );

  // The index is built once per trials array; a keystroke filters it and renders one page.
  const index = useMemo(() => indexOf(props.trials), [props.trials]);
  const order = useMemo(() => sortOrder(index, state.sort, locale), [index, state.sort, locale]);
  const filtersKey = JSON.stringify([
    state.query,
    state.status,
    state.phase,
    state.place,
    state.condition,
    state.recruitingOnly,
  ]);
  const filters = useMemo<TrialFilters>(() => {
    const [query, status, phase, place, condition, recruitingOnly] = JSON.parse(filtersKey);
    return { query, status, phase, place, condition, recruitingOnly };
  }, [filtersKey]);
  const result = useMemo(() => filterTrials(index, filters, order), [index, filters, order]);

  const total = result.matches.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(state.page, pageCount);
  const first = (page - 1) * pageSize;
  const shown = result.matches.slice(first, first + pageSize);
  const filtered = hasFilters(filters, false);
  const ready = status === 'ready';

  const countText = t('trialFinder.resultCount', { count: total });
  const [announcement, cancelAnnouncement] = useAnnouncement(
    `${status}|${filtersKey}|${ready ? total : ''}`,
    status === 'error' ? t('trialFinder.error') : status === 'loading' ? '' : countText,
  );

  const update = (patch: Partial<TrialFinderState>) => setState({ ...state, page: 1, ...patch });
  // Focus moves to the results heading once React has rendered the change, so that a screen
  // reader reads the new count there; one request per change, kept or not by a controlling parent.
  const [focusRequests, setFocusRequests] = useState(0);
  useEffect(() => {
    if (focusRequests === 0) return;
    // The heading says it: the count need not also be announced.
    cancelAnnouncement();
    resultsHeading.current?.focus();
  }, [focusRequests, cancelAnnouncement]);
  /** Applies a change, then moves focus to the results heading. */
  const updateAndFocus = (patch: Partial<TrialFinderState>) => {
    update(patch);
    setFocusRequests((requests) => requests + 1);
  };

  const ResultsHeading = `h${partLevel}` as const;
  let results: ReactNode;
  if (status === 'loading') {
    results = <p className="nrw-trial-finder__message">{t('trialFinder.loading')}</p>;
  } else if (status === 'error') {
    results = (
      <div className="nrw-trial-finder__message">
        <p className="nrw-trial-finder__error">{t('trialFinder.error')}</p>
        {props.errorDetail ? <p>{props.errorDetail}</p> : null}
      </div>
    );
  } else if (total === 0) {
    results = (
      <div className="nrw-trial-finder__message">
        <p className="nrw-trial-finder__empty">{t('trialFinder.empty')}</p>
        <p>{t('trialFinder.emptyHint')}</p>
        {filtered ? (
          <button
            type="button"
            className="nrw-trial-finder__clear"
            onClick={() => updateAndFocus({ ...noFilters, query: state.query })}
          >
            {t('trialFinder.clearFilters')}
          </button>
        ) : null}
      </div>
    );
  } else {
    results = (
      <>
        <div className="nrw-trial-finder__toolbar">
          <p className="nrw-trial-finder__range">
            {t('trialFinder.range', {
              from: first + 1,
              to: first + shown.length,
              count: total,
            })}
          </p>
          <p className="nrw-trial-finder__sort">
            <label htmlFor={`${ids}-sort`}>{t('trialFinder.sortLabel')}</label>
            <select
              id={`${ids}-sort`}
              value={state.sort}
              onChange={(event) => update({ sort: event.currentTarget.value as TrialSortKey })}
            >
              {trialSortKeys.map((key) => (
                <option key={key} value={key}>
                  {t(sortLabels[key])}
                </option>
              ))}
            </select>
          </p>
        </div>
        <ul className="nrw-trial-finder__list">
          {shown.map((position) => {
            const trial = props.trials[position]!;
            return (
              <li key={position} className="nrw-trial-finder__item">
                <TrialCard
                  trial={trial}
                  headingLevel={cardLevel}
                  href={props.trialHref?.(trial)}
                  onSelect={props.onSelectTrial}
                />
              </li>
            );
          })}
        </ul>
        {pageCount > 1 ? (
          <Pagination
            page={page}
            pageCount={pageCount}
            onPage={(next) => updateAndFocus({ ...state, page: next })}
          />
        ) : null}
      </>
    );
  }

  return (
    <section
      className={['nrw', 'nrw-trial-finder', props.className].filter(Boolean).join(' ')}
      lang={locale}
      aria-labelledby={`${ids}-title`}
    >
      <Heading level={level} id={`${ids}-title`} className="nrw-trial-finder__title">
        {t('trialFinder.title')}
      </Heading>
      <search aria-label={t('trialFinder.searchLandmark')} className="nrw-trial-finder__search">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            cancelAnnouncement();
            resultsHeading.current?.focus();
          }}
        >
          <label htmlFor={`${ids}-query`} className="nrw-trial-finder__label">
            {t('trialFinder.searchLabel')}
          </label>
          <p id={`${ids}-hint`} className="nrw-trial-finder__hint">
            {t('trialFinder.searchHint')}
          </p>
          <div className="nrw-trial-finder__field">
            <input
              type="search"
              id={`${ids}-query`}
              className="nrw-trial-finder__input"
              aria-describedby={`${ids}-hint`}
              autoComplete="off"
              enterKeyHint="search"
              value={state.query}
              onChange={(event) => update({ query: event.currentTarget.value })}
            />
            <button type="submit" className="nrw-trial-finder__submit">
              {t('trialFinder.searchButton')}
            </button>
          </div>
        </form>
      </search>
      <div className="nrw-trial-finder__body">
        {ready && props.trials.length > 0 ? (
          <div className="nrw-trial-finder__filters">
            <Heading
              level={partLevel}
              id={`${ids}-filters`}
              className="nrw-trial-finder__part-title"
            >
              {t('trialFinder.filters')}
            </Heading>
            <button
              type="button"
              className="nrw-trial-finder__clear"
              disabled={!filtered}
              onClick={() => updateAndFocus({ ...noFilters, query: state.query })}
            >
              {t('trialFinder.clearFilters')}
            </button>
            <FacetFilter
              legend={t('trialFinder.recruitingLegend')}
              options={[
                {
                  value: recruitingStatus,
                  label: t('trialFinder.recruitingOnly'),
                  count: result.recruitingCount,
                },
              ]}
              value={state.recruitingOnly ? [recruitingStatus] : []}
              onChange={(checked) => update({ recruitingOnly: checked.length > 0 })}
            />
            {(['status', 'phase', 'place', 'condition'] as const).map((facet) => {
              const options = optionsOf(
                facet,
                index.facets[facet],
                result.counts[facet],
                state[facet],
                locale,
              );
              return options.length === 0 ? null : (
                <FacetFilter
                  key={facet}
                  legend={t(facetLegends[facet])}
                  options={options}
                  value={state[facet]}
                  onChange={(checked) => update({ [facet]: checked } as Partial<TrialFinderState>)}
                />
              );
            })}
          </div>
        ) : null}
        <div className="nrw-trial-finder__results" aria-busy={status === 'loading' || undefined}>
          <ResultsHeading
            ref={resultsHeading}
            id={`${ids}-results`}
            className="nrw-trial-finder__part-title"
            tabIndex={-1}
          >
            {ready ? countText : t('trialFinder.results')}
          </ResultsHeading>
          {results}
        </div>
      </div>
      <p role="status" className="nrw-visually-hidden">
        {announcement}
      </p>
    </section>
  );
}

/**
 * The text of the polite live region: `text` once `signature` (search, filters, status) has
 * stopped changing for `announceDelay`, so typing does not flood a screen reader. The first
 * render and a change of locale announce nothing. The returned function drops a pending
 * announcement (when focus moves to the count instead).
 */
function useAnnouncement(signature: string, text: string): [string, () => void] {
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef(text);
  const previous = useRef(signature);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const repeats = useRef(0);

  useEffect(() => {
    latest.current = text;
  });
  useEffect(() => {
    if (previous.current === signature) return;
    previous.current = signature;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (latest.current === '') return;
      // The same count twice in a row would not be read again: a trailing space makes it new.
      repeats.current++;
      setAnnouncement(`${latest.current}${repeats.current % 2 ? '' : '\u00a0'}`);
    }, announceDelay);
  }, [signature]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const cancel = useCallback(() => clearTimeout(timer.current), []);
  return [announcement, cancel];
}
