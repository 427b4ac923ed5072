import type { Actor } from '@nrw-health/core';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { dataTableMessages } from '../data-table/messages';
import type { DataTableColumn } from '../data-table/types';
import { FacetFilter } from '../facet-filter/FacetFilter';
import { type NrwHealth, useNrwHealth } from '../provider/use-nrw-health';
import { useControllable } from '../shared/use-controllable';
import { Heading, type HeadingLevel, levelOf } from '../trial-card/Heading';
import { ActorCard } from './ActorCard';
import { ProfileDialog } from './ActorProfile';
import { ActorTable } from './ActorTable';
import { kindText, placeText, specialityTexts, topicTexts, websiteOf } from './describe';
import {
  type ActorFilterState,
  type ActorFilters,
  actorName,
  type FacetName,
  facetNames,
  facetValues,
  filterActors,
  type IndexedActor,
  indexActors,
  isFiltered,
  noFilters,
  normalizeFilters,
} from './filter';
import { actorDirectoryMessages } from './messages';
import { type ActorDirectoryView, isView, ViewSwitch } from './ViewSwitch';

export type ActorDirectoryStatus = 'ready' | 'loading' | 'error';

export interface ActorDirectoryProps {
  /** The actors to show (core's `Actor`); the directory never fetches. */
  readonly actors: readonly Actor[];
  /** `loading` and `error` replace the results with a message. Default `ready`. */
  readonly status?: ActorDirectoryStatus;
  /** Shown under the error message: what went wrong, in the portal's words. */
  readonly errorDetail?: string;
  /** Level of the directory's heading, h2–h6 (default 2); filters and cards take the next ones. */
  readonly headingLevel?: HeadingLevel;
  /** The search text, controlled. */
  readonly query?: string;
  /** The search text at first, uncontrolled. */
  readonly defaultQuery?: string;
  readonly onQueryChange?: (query: string) => void;
  /** The checked filters, controlled. */
  readonly filters?: ActorFilters;
  /** The checked filters at first, uncontrolled. */
  readonly defaultFilters?: ActorFilters;
  readonly onFiltersChange?: (filters: ActorFilterState) => void;
  /** `cards` or `table`, controlled. */
  readonly view?: ActorDirectoryView;
  /** The view at first, uncontrolled. Default `cards`. */
  readonly defaultView?: ActorDirectoryView;
  readonly onViewChange?: (view: ActorDirectoryView) => void;
  /** The id of the actor whose profile is open, controlled (`null`: none). */
  readonly selected?: string | null;
  /** The actor whose profile is open at first, uncontrolled. */
  readonly defaultSelected?: string | null;
  readonly onSelectedChange?: (id: string | null) => void;
  readonly className?: string;
}

/** How long typing or clicking must pause before the result count is announced. */
export const announceDelay = 500;

/**
 * The text for the polite live region, set `delay` ms after `key` last changed: typing a word
 * announces one count, not one per letter. The first render announces nothing.
 */
function useDebouncedAnnouncement(key: string, text: string, delay: number): string {
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(key);
  const latest = useRef(text);
  latest.current = text;
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    const timer = setTimeout(() => {
      const next = latest.current;
      // The same text again would not be read: a no-break space makes it new.
      if (next) setAnnouncement((current) => (current === next ? `${next}\u00a0` : next));
    }, delay);
    return () => clearTimeout(timer);
  }, [key, delay]);
  return announcement;
}

const facetLegends = {
  kinds: 'actorDirectory.kind',
  topics: 'actorDirectory.topic',
  places: 'actorDirectory.places',
} as const satisfies Record<FacetName, string>;

function tableColumns(
  helpers: NrwHealth,
  onShowProfile: (actor: Actor) => void,
): DataTableColumn<IndexedActor>[] {
  const { t, locale } = helpers;
  return [
    {
      id: 'name',
      header: t('actorDirectory.name'),
      value: ({ actor }) => actorName(actor, locale).text,
      rowHeader: true,
      render: ({ actor }) => {
        const name = actorName(actor, locale);
        return (
          <button
            type="button"
            className="nrw-actor-directory__name-button"
            lang={name.lang}
            onClick={() => onShowProfile(actor)}
          >
            {name.text}
          </button>
        );
      },
    },
    { id: 'kind', header: t('actorDirectory.kind'), value: ({ actor }) => kindText(actor, locale) },
    {
      id: 'place',
      header: t('actorDirectory.place'),
      value: ({ actor }) => placeText(actor, locale),
    },
    {
      id: 'topics',
      header: t('actorDirectory.topics'),
      value: ({ actor }) => topicTexts(actor, locale).join(', '),
      sortable: false,
    },
    {
      id: 'studyCentre',
      header: t('actorDirectory.studyCentre'),
      value: ({ actor }) =>
        actor.studyCentre
          ? specialityTexts(actor, locale)
              .map((speciality) => speciality.text)
              .join(', ') || t('actorDirectory.yes')
          : t('actorDirectory.no'),
    },
    {
      id: 'website',
      header: t('actorDirectory.website'),
      value: ({ actor }) => websiteOf(actor)?.text,
      render: ({ actor }, { t: text }) => {
        const website = websiteOf(actor);
        if (!website) return text('value.missing');
        return website.href ? <a href={website.href}>{website.text}</a> : website.text;
      },
      sortable: false,
    },
  ];
}

/**
 * The region's health and digital-health actors: a search, filters with counts (kind, topic,
 * place), the results as cards or as a table (a native radio group switches them), and each
 * actor's profile, its study-centre profile first, in a native modal `<dialog>`. Every piece
 * of state (query, filters, view, open profile) works controlled and uncontrolled.
 */
export function ActorDirectory(props: ActorDirectoryProps) {
  const helpers = useNrwHealth(actorDirectoryMessages, dataTableMessages);
  const { t, locale, compare } = helpers;
  const status: ActorDirectoryStatus =
    props.status === 'loading' || props.status === 'error' ? props.status : 'ready';
  const level = levelOf(props.headingLevel, 2);
  const sub = levelOf(level + 1, 3);
  const headingId = useId();
  const searchId = useId();
  const hintId = useId();
  const searchRef = useRef<HTMLInputElement>(null);

  const [rawQuery, setQuery] = useControllable(
    props.query,
    props.defaultQuery ?? '',
    props.onQueryChange,
  );
  const query = typeof rawQuery === 'string' ? rawQuery : '';
  const [rawFilters, setFilters] = useControllable<ActorFilters>(
    props.filters,
    props.defaultFilters ?? noFilters,
    props.onFiltersChange as ((filters: ActorFilters) => void) | undefined,
  );
  const filters = useMemo(() => normalizeFilters(rawFilters), [rawFilters]);
  const [rawView, setView] = useControllable(
    props.view,
    props.defaultView ?? 'cards',
    props.onViewChange,
  );
  const view = isView(rawView) ? rawView : 'cards';
  const [selected, setSelected] = useControllable<string | null>(
    props.selected,
    props.defaultSelected ?? null,
    props.onSelectedChange,
  );

  const index = useMemo(() => indexActors(props.actors), [props.actors]);
  const { matches, counts } = useMemo(
    () => filterActors(index, query, filters),
    [index, query, filters],
  );
  const sorted = useMemo(
    () =>
      [...matches].sort((a, b) =>
        compare(actorName(a.actor, locale).text, actorName(b.actor, locale).text),
      ),
    [matches, compare, locale],
  );
  const names = useMemo(
    () => new Map(index.map(({ actor }) => [String(actor.id), actorName(actor, locale)])),
    [index, locale],
  );
  const selectedActor =
    selected === null || selected === undefined
      ? undefined
      : index.find((entry) => entry.actor.id === selected)?.actor;
  const showProfile = (actor: Actor) => setSelected(String(actor.id));
  const columns = useMemo(
    () => tableColumns(helpers, (actor) => setSelected(String(actor.id))),
    [helpers, setSelected],
  );

  // Options depend on the data and the checked values only: counts change, their order does not.
  const options = useMemo(
    () =>
      Object.fromEntries(
        facetNames.map((facet) => [
          facet,
          facetValues(index, facet, filters[facet], locale, compare),
        ]),
      ) as Record<FacetName, ReturnType<typeof facetValues>>,
    [index, filters, locale, compare],
  );

  const active = query.trim() !== '' || isFiltered(filters);
  const ready = status === 'ready';
  const count = matches.length;
  const announcement = useDebouncedAnnouncement(
    `${status}|${query}|${JSON.stringify(filters)}|${count}`,
    status === 'error'
      ? t('actorDirectory.error')
      : ready
        ? t('actorDirectory.found', { count })
        : '',
    announceDelay,
  );

  const setFacet = (facet: FacetName, values: string[]) =>
    setFilters({ ...filters, [facet]: values });
  const clearAll = () => {
    setQuery('');
    setFilters(noFilters);
    // The button goes away with the filters: focus moves to the search, never to the page.
    searchRef.current?.focus();
  };

  const emptyText = index.length === 0 ? t('actorDirectory.empty') : t('actorDirectory.noMatch');
  // What stands in place of the results, in either view; undefined when there are results.
  let message: ReactNode;
  if (status === 'loading') {
    message = <p className="nrw-actor-directory__message">{t('actorDirectory.loading')}</p>;
  } else if (status === 'error') {
    message = (
      <p className="nrw-actor-directory__message">
        <strong className="nrw-actor-directory__error">{t('actorDirectory.error')}</strong>
        {props.errorDetail ? (
          <span className="nrw-actor-directory__detail">{props.errorDetail}</span>
        ) : null}
      </p>
    );
  } else if (sorted.length === 0) {
    message = <p className="nrw-actor-directory__message">{emptyText}</p>;
  }
  let results: ReactNode;
  if (view === 'table') {
    results = (
      <ActorTable
        caption={t('actorDirectory.tableCaption')}
        columns={columns}
        rows={sorted}
        rowKey={(entry, position) => `${String(entry.actor.id)}-${position}`}
        helpers={helpers}
        message={message}
      />
    );
  } else if (message) {
    results = message;
  } else {
    results = (
      <ul className="nrw-actor-directory__cards">
        {sorted.map((entry, position) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: ids may repeat in a portal's data
          <li key={`${String(entry.actor.id)}-${position}`}>
            <ActorCard
              actor={entry.actor}
              headingLevel={levelOf(sub + 1, 4)}
              helpers={helpers}
              onShowProfile={showProfile}
            />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section
      className={['nrw', 'nrw-actor-directory', props.className].filter(Boolean).join(' ')}
      lang={locale}
      aria-labelledby={headingId}
    >
      <Heading level={level} id={headingId} className="nrw-actor-directory__heading">
        {t('actorDirectory.heading')}
      </Heading>
      <search className="nrw-actor-directory__search" aria-labelledby={searchId}>
        <label id={searchId} htmlFor={`${searchId}-input`}>
          {t('actorDirectory.search')}
        </label>
        <span id={hintId} className="nrw-actor-directory__hint">
          {t('actorDirectory.searchHint')}
        </span>
        <input
          ref={searchRef}
          id={`${searchId}-input`}
          type="search"
          value={query}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
      </search>
      <div className="nrw-actor-directory__layout">
        {ready && index.length > 0 && (
          <div className="nrw-actor-directory__filters">
            <Heading level={sub}>{t('actorDirectory.filters')}</Heading>
            {facetNames.map((facet) => (
              <FacetFilter
                key={facet}
                legend={t(facetLegends[facet])}
                options={options[facet].map((option) => ({
                  ...option,
                  count: counts[facet].get(option.value) ?? 0,
                }))}
                value={filters[facet]}
                onChange={(values) => setFacet(facet, values)}
              />
            ))}
          </div>
        )}
        <div className="nrw-actor-directory__results" aria-busy={status === 'loading' || undefined}>
          <Heading level={sub}>{t('actorDirectory.results')}</Heading>
          <div className="nrw-actor-directory__summary">
            {ready && <p>{t('actorDirectory.found', { count })}</p>}
            {active && (
              <button type="button" className="nrw-actor-directory__clear" onClick={clearAll}>
                {t('actorDirectory.clearAll')}
              </button>
            )}
          </div>
          <ViewSwitch
            label={t('actorDirectory.view')}
            labels={{ cards: t('actorDirectory.cards'), table: t('actorDirectory.table') }}
            view={view}
            onViewChange={setView}
          />
          <div className="nrw-actor-directory__panel">{results}</div>
        </div>
      </div>
      <p role="status" className="nrw-visually-hidden">
        {announcement}
      </p>
      {selectedActor && (
        <ProfileDialog
          key={String(selectedActor.id)}
          actor={selectedActor}
          names={names}
          helpers={helpers}
          onClose={() => setSelected(null)}
        />
      )}
    </section>
  );
}
