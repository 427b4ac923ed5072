// The trial finder's search, facets and sort as pure functions over an index that is built once
// per `trials` array: a keystroke then only scans prepared strings and small integer arrays.
import { type Locale, regionByAgs, type Trial, trialPhases, trialStatuses } from '@nrw-health/core';
import { pickText } from '../trial-card/text';

/** The facets of the finder, each an OR of its checked values; facets combine with AND. */
export const facetNames = ['status', 'phase', 'place', 'condition'] as const;
export type FacetName = (typeof facetNames)[number];

export const trialSortKeys = ['updated', 'start', 'title'] as const;
/** Most recently updated first, latest start first, or by title from A to Z. */
export type TrialSortKey = (typeof trialSortKeys)[number];

/** What narrows the trials: the search text, the checked facet values and "recruiting only". */
export interface TrialFilters {
  readonly query: string;
  readonly status: readonly string[];
  readonly phase: readonly string[];
  readonly place: readonly string[];
  readonly condition: readonly string[];
  readonly recruitingOnly: boolean;
}

export const noFilters: TrialFilters = {
  query: '',
  status: [],
  phase: [],
  place: [],
  condition: [],
  recruitingOnly: false,
};

/** The status "recruiting only" keeps: trials that take participants now. */
export const recruitingStatus = 'recruiting';

/** Place keys of sites without a district in the region registry: `city:` and the city's key. */
export const cityPrefix = 'city:';

/**
 * The matching key of a text: lower case, without accents (Köln → koln, ß → ss), every run of
 * characters other than letters and digits one space. Any script's letters stay.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most registry text is ASCII: it needs neither normalisation nor Unicode classes (10x faster).
  // White space of any script is no letter either way.
  if (!nonAscii.test(lower)) return lower.replace(/[^a-z0-9]+/g, ' ').trim();
  return lower
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Any character but white space and printable ASCII.
const nonAscii = /[^\s!-~]/;

/**
 * `fold` with German umlauts written out folded as well (Koeln → koln), so that Köln, Koeln and
 * koln meet. Used next to `fold`, never instead: "edema" must still find "oedema".
 */
export function foldDigraphs(folded: string): string {
  return folded.replace(/([aou])e/g, '$1');
}

/** The values of one facet that occur in the trials, in the order the finder lists them. */
export interface FacetDomain {
  /** The keys `TrialFilters` carry: a code, an AGS, `city:<key>`, or a condition's key. */
  readonly keys: readonly string[];
  /** What the key stands for as the data writes it: the code, the AGS, or the commonest spelling. */
  readonly labels: readonly string[];
  /** How many trials have the value, before any filter. */
  readonly totals: readonly number[];
}

/** Values of one facet per trial, as ids into its domain (compressed rows: `ids[start[i]..start[i+1]]`). */
interface FacetColumn {
  readonly domain: FacetDomain;
  readonly ids: Int32Array;
  readonly start: Int32Array;
  readonly byKey: ReadonlyMap<string, number>;
}

export interface TrialIndex {
  readonly trials: readonly Trial[];
  readonly facets: Readonly<Record<FacetName, FacetDomain>>;
  /** Trials that recruit now. */
  readonly recruitingTotal: number;
  /** @internal */
  readonly columns: Readonly<Record<FacetName, FacetColumn>>;
  /**
   * @internal The folded search text, built on the first search: the first render (and a
   * server-rendered page's hydration) shows all trials and needs only the facets.
   */
  readonly searchText: () => SearchText;
  /** @internal */
  readonly recruiting: Uint8Array;
  /** @internal Sort orders, built on first use. */
  readonly orders: Map<string, Int32Array>;
}

/** @internal The trials' folded texts for the search. */
interface SearchText {
  /** Every trial's folded search text in one string, trials apart by `\n\n`. */
  readonly text: string;
  /** `text` with digraphs folded. */
  readonly textDigraphs: string;
  /** Where each trial's part of `text` and `textDigraphs` starts (and, last, their end). */
  readonly starts: Int32Array;
  readonly startsDigraphs: Int32Array;
}

/** Collects one facet's values while the index is built. */
class FacetBuilder {
  readonly keys: string[] = [];
  readonly byKey = new Map<string, number>();
  readonly spellings: Map<string, number>[] = [];
  readonly totals: number[] = [];
  readonly ids: number[] = [];
  readonly start: number[] = [0];
  /** The row each value was last added in: a value counts once per trial, however often listed. */
  private readonly lastRow: number[] = [];

  add(key: string, spelling: string): void {
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.byKey.set(key, id);
      this.spellings.push(new Map());
      this.totals.push(0);
      this.lastRow.push(-1);
    }
    const spellings = this.spellings[id]!;
    spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    const row = this.start.length - 1;
    if (this.lastRow[id] !== row) {
      this.lastRow[id] = row;
      this.ids.push(id);
      this.totals[id]!++;
    }
  }

  /** Ends a trial's row. */
  endRow(): void {
    this.start.push(this.ids.length);
  }

  /** The column, its values ordered by `order` (given ids, returns a comparison). */
  build(order: (a: number, b: number) => number): FacetColumn {
    const sorted = this.keys.map((_, id) => id).sort(order);
    // Ids are renumbered into display order, so the domain's arrays line up with the counts.
    const rank = new Int32Array(this.keys.length);
    sorted.forEach((id, position) => {
      rank[id] = position;
    });
    const label = (id: number) => {
      let best = '';
      let most = 0;
      for (const [spelling, count] of this.spellings[id]!) {
        if (count > most) {
          best = spelling;
          most = count;
        }
      }
      return best;
    };
    const keys = sorted.map((id) => this.keys[id]!);
    return {
      domain: { keys, labels: sorted.map(label), totals: sorted.map((id) => this.totals[id]!) },
      ids: Int32Array.from(this.ids, (id) => rank[id]!),
      start: Int32Array.from(this.start),
      byKey: new Map(keys.map((key, position) => [key, position])),
    };
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Adds the texts of a string or of a localised text (`{ de, en }`) to `parts`. */
function addTexts(parts: string[], value: unknown): void {
  if (isText(value)) parts.push(value);
  else if (value && typeof value === 'object') {
    for (const text of Object.values(value)) if (isText(text)) parts.push(text);
  }
}

/**
 * Everything the search looks at, folded: titles in every language, acronym, identifiers,
 * conditions, interventions, keywords, sponsors, and the sites' cities with their districts'
 * names. Fields are apart by a space, which no search term holds: a term stays in one field.
 */
function searchText(trial: Trial, districts: DistrictLookup): string {
  const parts: string[] = [];
  addTexts(parts, trial.title?.public);
  addTexts(parts, trial.title?.scientific);
  addTexts(parts, trial.title?.acronym);
  const { primary, secondary } = trial.identifiers ?? {};
  addTexts(parts, primary?.id);
  for (const id of secondary ?? []) addTexts(parts, id?.id);
  for (const condition of trial.conditions ?? []) addTexts(parts, condition?.text);
  for (const intervention of trial.interventions ?? []) addTexts(parts, intervention?.name);
  for (const keyword of trial.keywords ?? []) addTexts(parts, keyword);
  for (const sponsor of trial.sponsors ?? []) addTexts(parts, sponsor?.name);
  // A trial with 250 sites names its city over and over: each place once keeps the text short.
  const places = new Set<string>();
  for (const site of trial.sites ?? []) {
    if (isText(site?.city)) places.add(site.city);
    const district = districts(site?.district);
    if (district) places.add(district.name.de).add(district.name.en);
  }
  parts.push(...places);
  return fold(parts.join('\n'));
}

type DistrictLookup = (ags: unknown) => ReturnType<typeof districtOf>;

/** `districtOf`, remembering each AGS: 10,000 trials have some 50,000 sites in a few hundred. */
function districtLookup(): DistrictLookup {
  const known = new Map<string, ReturnType<typeof districtOf>>();
  return (ags) => {
    if (!isText(ags)) return undefined;
    if (!known.has(ags)) known.set(ags, districtOf(ags));
    return known.get(ags);
  };
}

/** A function's results by argument, for keys that repeat across trials (cities, conditions). */
function remembered(make: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = make(text);
      known.set(text, value);
    }
    return value;
  };
}

/** The district of an AGS in the region registry, only for a Kreis or kreisfreie Stadt. */
function districtOf(ags: unknown) {
  if (!isText(ags)) return undefined;
  const region = regionByAgs(ags);
  return region?.level === 'district' ? region : undefined;
}

/** Codes in the order of a code list, codes it does not know after them. */
const codeOrder =
  (codes: readonly string[], builder: FacetBuilder) =>
  (a: number, b: number): number => {
    const rankOf = (id: number) => {
      const rank = codes.indexOf(builder.keys[id]!);
      return rank === -1 ? codes.length : rank;
    };
    return rankOf(a) - rankOf(b) || compareKeys(builder.keys[a]!, builder.keys[b]!);
  };

/** Commonest first; equal totals by key, so the order never depends on the input's order. */
const totalOrder =
  (builder: FacetBuilder) =>
  (a: number, b: number): number =>
    builder.totals[b]! - builder.totals[a]! || compareKeys(builder.keys[a]!, builder.keys[b]!);

/** NRW's districts first (the finder serves NRW), then cities elsewhere; each commonest first. */
const placeOrder = (builder: FacetBuilder) => {
  const byTotal = totalOrder(builder);
  const isCity = (id: number) => (builder.keys[id]!.startsWith(cityPrefix) ? 1 : 0);
  return (a: number, b: number): number => isCity(a) - isCity(b) || byTotal(a, b);
};

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The index of `trials`: built once, tolerant of records that skip the model's rules. */
export function buildIndex(trials: readonly Trial[]): TrialIndex {
  const builders = {
    status: new FacetBuilder(),
    phase: new FacetBuilder(),
    place: new FacetBuilder(),
    condition: new FacetBuilder(),
  };
  const districts = districtLookup();
  const keyOf = remembered((text) => foldDigraphs(fold(text)));
  const recruiting = new Uint8Array(trials.length);
  let recruitingTotal = 0;

  trials.forEach((trial, index) => {
    const status = trial.status?.code;
    if (isText(status)) builders.status.add(status, status);
    if (status === recruitingStatus) {
      recruiting[index] = 1;
      recruitingTotal++;
    }
    for (const phase of trial.phase?.codes ?? []) {
      if (isText(phase)) builders.phase.add(phase, phase);
    }
    for (const site of trial.sites ?? []) {
      const district = districts(site?.district);
      if (district) builders.place.add(district.code, district.code);
      else if (isText(site?.city)) {
        const key = keyOf(site.city);
        if (key !== '') builders.place.add(`${cityPrefix}${key}`, site.city.trim());
      }
    }
    for (const condition of trial.conditions ?? []) {
      if (!isText(condition?.text)) continue;
      const key = keyOf(condition.text);
      if (key !== '') builders.condition.add(key, condition.text.trim());
    }
    for (const builder of Object.values(builders)) builder.endRow();
  });

  const columns = {
    status: builders.status.build(codeOrder(trialStatuses.codes, builders.status)),
    phase: builders.phase.build(codeOrder(trialPhases.codes, builders.phase)),
    place: builders.place.build(placeOrder(builders.place)),
    condition: builders.condition.build(totalOrder(builders.condition)),
  };
  let search: SearchText | undefined;
  const searchTextOnce = () => {
    if (!search) {
      // All trials in one text, each followed by a blank line (folded text holds no line break).
      const text = `${trials.map((trial) => searchText(trial, districts)).join(separator)}${separator}`;
      const textDigraphs = foldDigraphs(text);
      search = {
        text,
        textDigraphs,
        starts: startsOf(text, trials.length),
        startsDigraphs: startsOf(textDigraphs, trials.length),
      };
    }
    return search;
  };
  return {
    trials,
    facets: {
      status: columns.status.domain,
      phase: columns.phase.domain,
      place: columns.place.domain,
      condition: columns.condition.domain,
    },
    recruitingTotal,
    columns,
    searchText: searchTextOnce,
    recruiting,
    orders: new Map(),
  };
}

const separator = '\n\n';

/** Where each trial's part of a joined text starts, and (last) where the text ends. */
function startsOf(text: string, count: number): Int32Array {
  const starts = new Int32Array(count + 1);
  let at = 0;
  for (let position = 0; position < count; position++) {
    starts[position] = at;
    at = text.indexOf(separator, at) + separator.length;
  }
  starts[count] = text.length;
  return starts;
}

const indexes = new WeakMap<readonly Trial[], TrialIndex>();

/** The index of `trials`, built on the first call for that array and kept while it lives. */
export function indexOf(trials: readonly Trial[]): TrialIndex {
  let index = indexes.get(trials);
  if (!index) {
    index = buildIndex(trials);
    indexes.set(trials, index);
  }
  return index;
}

const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator;
}

/** A partial ISO date (`2024`, `2024-05`, `2024-05-17`) as a sortable text; else undefined. */
function dateKey(value: unknown): string | undefined {
  return isText(value) && /^\d{4}(?:-\d{2}){0,2}/.test(value) ? value.slice(0, 10) : undefined;
}

/**
 * The trials' positions in the order of `sort`: newest first for dates (a date given to the
 * month after the days of that month), missing dates last, titles as the locale sorts them
 * (in the locale's language where the record has it). Equal trials keep their input order.
 */
export function sortOrder(index: TrialIndex, sort: TrialSortKey, locale: Locale): Int32Array {
  const id = sort === 'title' ? `title|${locale}` : sort;
  const cached = index.orders.get(id);
  if (cached) return cached;
  const { trials } = index;
  const positions = trials.map((_, position) => position);
  if (sort === 'title') {
    const { compare } = collatorFor(locale);
    const titles = trials.map(
      (trial) =>
        pickText(trial.title?.public, locale)?.text ?? trial.identifiers?.primary?.id ?? '',
    );
    positions.sort((a, b) => compare(titles[a]!, titles[b]!) || a - b);
  } else {
    const keys = trials.map((trial) =>
      dateKey(sort === 'updated' ? trial.dates?.lastUpdated : trial.dates?.start?.date),
    );
    positions.sort((a, b) => {
      const left = keys[a];
      const right = keys[b];
      if (left === undefined || right === undefined) {
        return left === right ? a - b : left === undefined ? 1 : -1;
      }
      return left > right ? -1 : left < right ? 1 : a - b;
    });
  }
  const order = Int32Array.from(positions);
  index.orders.set(id, order);
  return order;
}

export interface FilterResult {
  /** Positions in `trials` of the trials that pass every filter, in the requested order. */
  readonly matches: readonly number[];
  /**
   * Per facet, aligned with its domain's keys: how many trials would match with that value
   * checked in place of the facet's own selection, under the search and every other filter.
   */
  readonly counts: Readonly<Record<FacetName, Int32Array>>;
  /** How many trials would match with "recruiting only" on, under everything else. */
  readonly recruitingCount: number;
}

/** The search terms of a query: each must occur in a trial (as a part of a word or more). */
export function queryTerms(query: string): { plain: string[]; digraphs: string[] } {
  const plain = fold(query).split(' ').filter(Boolean);
  return { plain, digraphs: plain.map(foldDigraphs) };
}

/** The trial whose part of a joined text holds `offset` (binary search over `starts`). */
function trialAt(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Marks in `found` every trial whose part of `text` contains `term`. */
function scan(text: string, starts: Int32Array, term: string, found: Uint8Array): void {
  let at = text.indexOf(term);
  while (at !== -1) {
    const position = trialAt(starts, at);
    found[position] = 1;
    // One hit is enough: go on from the next trial.
    at = text.indexOf(term, starts[position + 1]!);
  }
}

/**
 * The trials that contain every term, as flags. A term matches where it occurs with digraphs
 * folded on both sides (Köln, Koeln, koln), or as it is: with digraphs folded, a term that
 * starts with "e" could lose that "e" to the letter before it ("edema" in "oedema").
 */
function searchTrials(index: TrialIndex, terms: { plain: string[]; digraphs: string[] }) {
  const size = index.trials.length;
  const { text, textDigraphs, starts, startsDigraphs } = index.searchText();
  // The longest term is the rarest, as a rule: scan for it in one pass over all the text.
  let first = 0;
  terms.plain.forEach((term, at) => {
    if (term.length > terms.plain[first]!.length) first = at;
  });
  const found = new Uint8Array(size);
  scan(textDigraphs, startsDigraphs, terms.digraphs[first]!, found);
  if (terms.plain[first]!.startsWith('e')) scan(text, starts, terms.plain[first]!, found);
  if (terms.plain.length === 1) return found;
  // The other terms only for the trials found, each in its own part of the text.
  const part = (joined: string, at: Int32Array, position: number) =>
    joined.slice(at[position]!, at[position + 1]!);
  for (let position = 0; position < size; position++) {
    if (!found[position]) continue;
    const digraphs = part(textDigraphs, startsDigraphs, position);
    for (let term = 0; term < terms.plain.length; term++) {
      if (term === first || digraphs.includes(terms.digraphs[term]!)) continue;
      if (
        terms.plain[term]!.startsWith('e') &&
        part(text, starts, position).includes(terms.plain[term]!)
      ) {
        continue;
      }
      found[position] = 0;
      break;
    }
  }
  return found;
}

/**
 * Applies `filters` to the indexed trials in `order` (default: as given), and counts each
 * facet's values the usual way: a facet's counts apply the search and all the other facets, not
 * its own selection, so they say what checking a value would add.
 */
export function filterTrials(
  index: TrialIndex,
  filters: TrialFilters,
  order?: Int32Array,
): FilterResult {
  const size = index.trials.length;
  const terms = queryTerms(filters.query);
  // The selection of each facet as flags over its domain; a key the data lacks matches nothing.
  const selections = facetNames.map((name) => {
    const column = index.columns[name];
    const selected = filters[name] ?? [];
    const flags = new Uint8Array(column.domain.keys.length);
    for (const key of selected) {
      const id = column.byKey.get(key);
      if (id !== undefined) flags[id] = 1;
    }
    return { column, flags, active: selected.length > 0 };
  });
  const counts = facetNames.map((name) => new Int32Array(index.columns[name].domain.keys.length));
  const recruitingFacet = facetNames.length;
  const matches: number[] = [];
  let recruitingCount = 0;
  const found = terms.plain.length > 0 ? searchTrials(index, terms) : undefined;

  const passes = (facet: number, position: number) => {
    const { column, flags } = selections[facet]!;
    for (let at = column.start[position]!; at < column.start[position + 1]!; at++) {
      if (flags[column.ids[at]!]) return true;
    }
    return false;
  };
  const count = (facet: number, position: number) => {
    if (facet === recruitingFacet) {
      recruitingCount += index.recruiting[position]!;
      return;
    }
    const { column } = selections[facet]!;
    const tally = counts[facet]!;
    for (let at = column.start[position]!; at < column.start[position + 1]!; at++) {
      tally[column.ids[at]!]!++;
    }
  };

  for (let step = 0; step < size; step++) {
    const position = order ? order[step]! : step;
    if (found && !found[position]) continue;
    // A trial that fails one facet still counts for that facet's values; failing two, for none.
    let failed = -1;
    let failures = 0;
    for (let facet = 0; facet < selections.length && failures < 2; facet++) {
      if (selections[facet]!.active && !passes(facet, position)) {
        failed = facet;
        failures++;
      }
    }
    if (failures < 2 && filters.recruitingOnly && !index.recruiting[position]) {
      failed = recruitingFacet;
      failures++;
    }
    if (failures === 0) {
      matches.push(position);
      for (let facet = 0; facet <= recruitingFacet; facet++) count(facet, position);
    } else if (failures === 1) {
      count(failed, position);
    }
  }

  return {
    matches,
    counts: {
      status: counts[0]!,
      phase: counts[1]!,
      place: counts[2]!,
      condition: counts[3]!,
    },
    recruitingCount,
  };
}

/** True when a facet, "recruiting only" or the search narrows the trials. */
export const hasFilters = (filters: TrialFilters, withQuery = true): boolean =>
  (withQuery && fold(filters.query) !== '') ||
  filters.recruitingOnly ||
  facetNames.some((name) => (filters[name]?.length ?? 0) > 0);
