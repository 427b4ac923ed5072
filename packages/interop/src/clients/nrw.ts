// All of NRW for the CT.gov location search: the names of its 396 Gemeinden (core's municipality
// table, source and licence in `municipalitySource`), in the spellings registries use, as a few
// Essie expressions short enough for a URL.
import { municipalities, regions } from '@nrw-health/core';
import { nrwDistrictOf } from '../shared/places';
import type { CtgovQuery } from './ctgov';

export interface NrwPlaceOptions {
  /**
   * Only the Gemeinden of these districts (5-digit AGS), e.g. core's `ruhrDistricts` for the
   * Ruhr. Default: every district of NRW.
   */
  readonly districts?: readonly string[];
}

export interface NrwQueryOptions extends NrwPlaceOptions {
  /**
   * The longest expression, in characters once URL-encoded; a query's URL is this plus the other
   * parameters. Default 2,000, which servers and proxies take.
   */
  readonly maxLength?: number;
}

// Short forms registries write for official names: "Mülheim" for Mülheim an der Ruhr.
const qualifier = / (?:am|an der|im|in der|ob der|bei) .*$/;

const transliterate = (name: string) =>
  name
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');

const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');

/** The names of a place as trial registries write it: German, transliterated, without accents. */
function spellings(name: string): string[] {
  // "Langenfeld (Rhld.)", "Halle (Westf.)": registries leave the bracket out.
  const plain = name
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const short = plain.replace(qualifier, '');
  return [plain, short].flatMap((form) => [form, transliterate(form), fold(form)]);
}

/**
 * The place names an NRW search looks for: every Gemeinde's name without its bracketed
 * qualifier, its short form ("Mülheim", "Haltern"), each also with ae/oe/ue/ss and without
 * accents ("Muenster", "Munster"), and the English names of the region registry's cities
 * ("Cologne"). Sorted, no duplicates.
 */
export function nrwPlaceNames(options: NrwPlaceOptions = {}): string[] {
  const districts = options.districts ? new Set(options.districts) : undefined;
  const names = new Set<string>();
  for (const municipality of municipalities) {
    if (districts && !districts.has(municipality.district)) continue;
    for (const name of spellings(municipality.name)) names.add(name);
  }
  for (const region of regions) {
    if (region.level !== 'district' || (districts && !districts.has(region.code))) continue;
    // Only cities' English names are place names ("Cologne"; not "Kleve district").
    if (region.name.en !== region.name.de && region.districtType === 'urban-district') {
      for (const name of spellings(region.name.en)) names.add(name);
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'de'));
}

/** How registries write NRW in a site's state, where they give one. */
export const nrwStateNames = ['Nordrhein-Westfalen', 'North Rhine-Westphalia', 'NRW'] as const;

const quoted = (text: string) => `"${text.replace(/"/g, '')}"`;
const stateClause = `(${nrwStateNames.map((state) => `AREA[LocationState]${quoted(state)}`).join(' OR ')})`;

/**
 * The clause for one place name. A name the kit places in NRW by itself (`nrwDistrictOf`, as
 * when it reads a site) matches any German site of that city; a name that Gemeinden elsewhere
 * share and the kit places in NRW only with the state ("Halle", "Langenfeld") matches only
 * sites whose state is NRW, so the search brings no Halle (Saale).
 */
const cityClause = (name: string) =>
  nrwDistrictOf(name)
    ? `AREA[LocationCity]${quoted(name)}`
    : `(AREA[LocationCity]${quoted(name)} AND ${stateClause})`;

/**
 * Essie expressions for `filter.advanced` that match a study with a site in Germany whose city is
 * one of `nrwPlaceNames` (with the state NRW for names shared with towns elsewhere), as few as
 * fit `maxLength` each. `SEARCH[Location]` keeps city, state and country to the same site.
 */
export function nrwLocationExpressions(options: NrwQueryOptions = {}): string[] {
  const maxLength = options.maxLength ?? 2000;
  const wrap = (clauses: readonly string[]) =>
    `SEARCH[Location](AREA[LocationCountry]Germany AND (${clauses.join(' OR ')}))`;
  const size = (clauses: readonly string[]) => encodeURIComponent(wrap(clauses)).length;
  const expressions: string[] = [];
  let batch: string[] = [];
  for (const clause of nrwPlaceNames(options).map(cityClause)) {
    if (batch.length > 0 && size([...batch, clause]) > maxLength) {
      expressions.push(wrap(batch));
      batch = [];
    }
    if (size([clause]) > maxLength) throw new RangeError(`maxLength ${maxLength} is too short`);
    batch.push(clause);
  }
  if (batch.length > 0) expressions.push(wrap(batch));
  return expressions;
}

/**
 * A query for all of NRW (or some of its districts): one query per expression of
 * `nrwLocationExpressions`, each the given query with the expression added to its `advanced`
 * filter. `searchCtgov(nrwCtgovQueries({ condition: 'asthma' }))` runs them all and yields a
 * study matched by several once.
 */
export function nrwCtgovQueries(
  query: CtgovQuery = {},
  options: NrwQueryOptions = {},
): CtgovQuery[] {
  return nrwLocationExpressions(options).map((expression) => ({
    ...query,
    advanced: query.advanced?.trim() ? `(${query.advanced.trim()}) AND ${expression}` : expression,
  }));
}
