import { normalizeRegionName, type Trial } from '@nrw-health/core';
import type { CityCount, TrialFiles } from '../site/site-data';

// The trial finder searches and shows only part of a trial (titles, identifiers, status, phase,
// conditions, interventions, keywords, sponsors, dates, sites, who may take part). The long
// texts (criteria, outcomes, descriptions) make up most of a record, so the research page loads a
// listing without them and each trial's full record only when a reader opens it.

/** The top-level fields the finder's cards and search never read. */
const detailOnly = [
  'summary',
  'description',
  'outcomes',
  'contacts',
  'design',
  'ethics',
  'ipdSharing',
  'results',
  'whyStopped',
] as const;

const compact = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

/** A value without the registries' original wordings (`original`, `originalType`, …). */
function withoutOriginals(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOriginals);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !key.startsWith('original'))
      .map(([key, inner]) => [key, withoutOriginals(inner)]),
  );
}

/**
 * A trial as the finder needs it: the detail-only fields, the long texts and the registries'
 * original wordings left out; of the dates the two it sorts by, of the provenance the registries.
 */
export function listingOf(trial: Trial): Trial {
  const listing = withoutOriginals(trial) as Record<string, unknown>;
  for (const field of detailOnly) delete listing[field];
  if (trial.eligibility) {
    // Who may take part, without the criteria texts.
    const { sex, minimumAge, maximumAge, healthyVolunteers } = trial.eligibility;
    listing.eligibility = compact({ sex, minimumAge, maximumAge, healthyVolunteers });
  }
  // Sites by place and status: a trial may have hundreds, and facility names, addresses and
  // coordinates are for the full record.
  if (trial.sites)
    listing.sites = trial.sites.map(({ city, district, country, status }) =>
      compact({ city, district, country, status: status && { code: status.code } }),
    );
  if (trial.interventions)
    listing.interventions = trial.interventions.map(({ name, type }) => compact({ name, type }));
  if (trial.dates) {
    const { start, lastUpdated } = trial.dates;
    listing.dates = compact({ start, lastUpdated });
  }
  listing.provenance = {
    sources: trial.provenance.sources.map(({ registry }) => compact({ registry })),
  };
  return listing as unknown as Trial;
}

/** The file name of a trial's full record: its primary identifier, safe in a URL path. */
export function detailFileName(trial: Trial): string {
  const { registry, id } = trial.identifiers.primary;
  return `${registry}-${id.replace(/[^A-Za-z0-9-]/g, '_')}.json`;
}

/**
 * The listing and the full records of trials, in the order given. Two records with the same
 * primary identifier (a registry that lists one trial twice) are both kept in the listing and
 * share one detail file, the later record's: a reader still finds both.
 */
export function trialFiles(trials: readonly Trial[]): TrialFiles {
  const details = new Map<string, Trial>();
  for (const trial of trials) details.set(detailFileName(trial), trial);
  return { listing: trials.map(listingOf), details };
}

const recruitingNow = new Set(['recruiting', 'enrolling-by-invitation']);

/**
 * How many trials have a site in each NRW district and city. A trial counts once per district
 * and once per city, however many sites it has there; a city counts as recruiting for a trial
 * when one of its sites there recruits (or the trial as a whole does, where the site says
 * nothing). Cities are grouped by core's name key (Köln, Koeln and "Stadt Köln" are one) within their
 * district, and shown in their most frequent spelling.
 */
export function trialCounts(trials: readonly Trial[]): {
  inNrw: number;
  byDistrict: Record<string, number>;
  byCity: CityCount[];
} {
  const byDistrict: Record<string, number> = {};
  const cities = new Map<
    string,
    { spellings: Map<string, number>; district: string; trials: number; recruiting: number }
  >();
  let inNrw = 0;
  for (const trial of trials) {
    const districts = new Set<string>();
    const trialCities = new Map<string, boolean>();
    for (const site of trial.sites ?? []) {
      const district = site.district?.slice(0, 5);
      if (!district?.startsWith('05')) continue;
      districts.add(district);
      const city = site.city?.trim();
      if (!city) continue;
      const key = `${district} ${normalizeRegionName(city)}`;
      const recruits = recruitingNow.has(site.status?.code ?? trial.status.code);
      trialCities.set(key, (trialCities.get(key) ?? false) || recruits);
      let entry = cities.get(key);
      if (!entry) {
        entry = { spellings: new Map(), district, trials: 0, recruiting: 0 };
        cities.set(key, entry);
      }
      entry.spellings.set(city, (entry.spellings.get(city) ?? 0) + 1);
    }
    if (districts.size > 0) inNrw += 1;
    for (const district of districts) byDistrict[district] = (byDistrict[district] ?? 0) + 1;
    for (const [key, recruits] of trialCities) {
      const entry = cities.get(key)!;
      entry.trials += 1;
      if (recruits) entry.recruiting += 1;
    }
  }
  const byCity = [...cities.values()]
    .map(({ spellings, district, trials: count, recruiting }) => ({
      city: [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
      district,
      trials: count,
      recruiting,
    }))
    .sort((a, b) => b.trials - a.trials || a.city.localeCompare(b.city, 'de'));
  return { inNrw, byDistrict, byCity };
}
