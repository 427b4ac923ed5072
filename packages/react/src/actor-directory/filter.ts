import {
  type Actor,
  actorKinds,
  healthEconomySectors,
  type Locale,
  type LocalizedText,
  regionByAgs,
  topics,
} from '@nrw-health/core';

/** The filters of the directory: within a facet any checked value matches, across facets all. */
export interface ActorFilters {
  /** Kinds of organisation (codes of core's `actorKinds`). */
  readonly kinds?: readonly string[];
  /** Topics (codes of core's `topics`). */
  readonly topics?: readonly string[];
  /** Places: a district's five-digit AGS, or a city's name where the actor has no district. */
  readonly places?: readonly string[];
}

/** The three facets, each as a complete list: what `onFiltersChange` reports. */
export interface ActorFilterState {
  readonly kinds: readonly string[];
  readonly topics: readonly string[];
  readonly places: readonly string[];
}

export type FacetName = keyof ActorFilterState;

export const facetNames: readonly FacetName[] = ['kinds', 'topics', 'places'];

const none: readonly string[] = [];

/** Filters from a portal, made complete; anything that is not a list of texts counts as empty. */
export function normalizeFilters(filters: ActorFilters | null | undefined): ActorFilterState {
  const list = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : none;
  return {
    kinds: list(filters?.kinds),
    topics: list(filters?.topics),
    places: list(filters?.places),
  };
}

export const noFilters: ActorFilterState = { kinds: none, topics: none, places: none };

export const isFiltered = (filters: ActorFilterState) =>
  facetNames.some((facet) => filters[facet].length > 0);

/**
 * The matching form of a text: lower case, without accents, with umlauts and ß folded, so that
 * "Köln", "Koeln" and "koln" are one (ä and ae both become a, ß becomes ss).
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}

/** The words of a query, folded; an empty list matches everything. */
export const queryWords = (query: string) =>
  fold(typeof query === 'string' ? query : '')
    .split(/[\s,;]+/)
    .filter(Boolean);

const texts = (value: unknown): string[] => {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The district (five-digit AGS) an actor lies in, when core's region registry knows it. */
export function districtOf(actor: Actor): string | undefined {
  const ags = actor.address?.district;
  return typeof ags === 'string' ? regionByAgs(ags)?.code : undefined;
}

/** The value of the actor's place facet: its district's AGS, else its city, else none. */
export function placeOf(actor: Actor): string | undefined {
  const city = actor.address?.city;
  return districtOf(actor) ?? (typeof city === 'string' && city.trim() ? city.trim() : undefined);
}

/** An actor ready to be filtered: its facet values and the folded text a query searches. */
export interface IndexedActor {
  readonly actor: Actor;
  readonly kind: string | undefined;
  readonly topics: readonly string[];
  readonly place: string | undefined;
  readonly text: string;
}

const bothLabels =
  (list: typeof topics | typeof actorKinds | typeof healthEconomySectors) => (code: string) => [
    list.label(code, 'de'),
    list.label(code, 'en'),
  ];

/**
 * Indexes actors once (memoise it per `actors` array): names and short names in every language,
 * descriptions, competences, specialities, city, postal code, district names, and the German and
 * English labels of kind, topics and sectors. Entries that are not objects are left out.
 */
export function indexActors(actors: readonly Actor[] | null | undefined): IndexedActor[] {
  if (!Array.isArray(actors)) return [];
  return actors
    .filter((actor): actor is Actor => !!actor && typeof actor === 'object')
    .map((actor) => {
      const kind = typeof actor.kind === 'string' ? actor.kind : undefined;
      const actorTopics = [...new Set(strings(actor.topics))];
      const district = districtOf(actor);
      const region = district ? regionByAgs(district) : undefined;
      const parts = [
        ...texts(actor.name),
        ...texts(actor.shortName),
        ...texts(actor.description),
        ...texts(actor.competences),
        ...texts(actor.studyCentre?.specialities),
        ...texts(actor.address?.city),
        ...texts(actor.address?.postalCode),
        ...texts(region?.name),
        ...(kind ? bothLabels(actorKinds)(kind) : []),
        ...actorTopics.flatMap(bothLabels(topics)),
        ...strings(actor.sectors).flatMap(bothLabels(healthEconomySectors)),
      ];
      return {
        actor,
        kind,
        topics: actorTopics,
        place: placeOf(actor),
        // A separator no query contains: words never match across two fields.
        text: fold(parts.join('\u0000')),
      };
    });
}

export const matchesQuery = (entry: IndexedActor, words: readonly string[]) =>
  words.every((word) => entry.text.includes(word));

const matchesOne = (selected: readonly string[], value: string | undefined) =>
  selected.length === 0 || (value !== undefined && selected.includes(value));

const matchesAny = (selected: readonly string[], values: readonly string[]) =>
  selected.length === 0 || values.some((value) => selected.includes(value));

export interface FilterResult {
  readonly matches: readonly IndexedActor[];
  /** Per facet, how many actors each value would match, given the query and the other facets. */
  readonly counts: Readonly<Record<FacetName, ReadonlyMap<string, number>>>;
}

/**
 * The actors that match the query and every facet, and each facet's counts by the usual rule:
 * a facet's counts apply the query and all the other facets, not its own selection.
 */
export function filterActors(
  index: readonly IndexedActor[],
  query: string,
  filters: ActorFilterState,
): FilterResult {
  const words = queryWords(query);
  const counts = { kinds: new Map(), topics: new Map(), places: new Map() } satisfies Record<
    FacetName,
    Map<string, number>
  >;
  const add = (map: Map<string, number>, value: string) =>
    map.set(value, (map.get(value) ?? 0) + 1);
  const matches: IndexedActor[] = [];
  for (const entry of index) {
    if (!matchesQuery(entry, words)) continue;
    const kind = matchesOne(filters.kinds, entry.kind);
    const topic = matchesAny(filters.topics, entry.topics);
    const place = matchesOne(filters.places, entry.place);
    if (topic && place && entry.kind !== undefined) add(counts.kinds, entry.kind);
    if (kind && place) for (const value of entry.topics) add(counts.topics, value);
    if (kind && topic && entry.place !== undefined) add(counts.places, entry.place);
    if (kind && topic && place) matches.push(entry);
  }
  return { matches, counts };
}

/** A value of a facet, as FacetFilter shows it. */
export interface FacetValue {
  readonly value: string;
  readonly label: string;
}

/**
 * Every value a facet offers for these actors, in a stable order: most frequent first over all
 * actors (so options do not jump while the reader filters, and "show more" hides the rare ones),
 * ties by label. Checked values that no
 * actor has stay in the list, so they can still be unchecked.
 */
export function facetValues(
  index: readonly IndexedActor[],
  facet: FacetName,
  checked: readonly string[],
  locale: Locale,
  compare: (a: string, b: string) => number,
): FacetValue[] {
  const totals = new Map<string, number>();
  const cities = new Map<string, Set<string>>();
  for (const entry of index) {
    const values =
      facet === 'kinds' ? [entry.kind] : facet === 'topics' ? entry.topics : [entry.place];
    for (const value of values) {
      if (value === undefined) continue;
      totals.set(value, (totals.get(value) ?? 0) + 1);
      const city = entry.actor.address?.city;
      if (facet === 'places' && typeof city === 'string' && city.trim()) {
        cities.set(value, (cities.get(value) ?? new Set()).add(city.trim()));
      }
    }
  }
  for (const value of checked) if (!totals.has(value)) totals.set(value, 0);
  const label = (value: string): string => {
    if (facet === 'kinds') return actorKinds.label(value, locale);
    if (facet === 'topics') return topics.label(value, locale);
    const region = /^\d{5}$/.test(value) ? regionByAgs(value) : undefined;
    if (!region) return value;
    // A district named for none of its towns lists them: "Kreis Recklinghausen (Gladbeck)".
    const towns = [...(cities.get(value) ?? [])].filter((town) => town !== region.name[locale]);
    return towns.length > 0
      ? `${region.name[locale]} (${towns.sort(compare).join(', ')})`
      : region.name[locale];
  };
  const labelled = [...totals].map(([value, total]) => ({ value, total, label: label(value) }));
  labelled.sort((a, b) => b.total - a.total || compare(a.label, b.label));
  return labelled.map(({ value, label: text }) => ({ value, label: text }));
}

/** The text in the locale, else English, else German, else any language it has. */
export function localized(
  text: LocalizedText | string | undefined,
  locale: Locale,
): { text: string; lang: string | undefined } | undefined {
  if (typeof text === 'string') return text.trim() ? { text, lang: undefined } : undefined;
  if (!text || typeof text !== 'object') return undefined;
  for (const lang of [locale, 'en', 'de', ...Object.keys(text)]) {
    const value = text[lang];
    if (typeof value === 'string' && value.trim() !== '') {
      return { text: value, lang: lang === locale ? undefined : lang };
    }
  }
  return undefined;
}

/** The actor's name for the locale, falling back to its id: a record always has a title. */
export const actorName = (actor: Actor, locale: Locale) =>
  localized(actor.name, locale) ?? { text: String(actor.id ?? ''), lang: undefined };
