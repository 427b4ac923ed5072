// Properties of the finder's filtering over generated trials (synthetic, "Example"), checked
// against a plain reference that reads every record afresh instead of using the index.
import { regionByAgs, type Trial } from '@nrw-health/core';
import { exampleMinimalTrial } from '@nrw-health/core/examples';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  cityPrefix,
  facetNames,
  filterTrials,
  fold,
  foldDigraphs,
  noFilters,
  sortOrder,
  type TrialFilters,
  trialSortKeys,
} from './filter';

const statuses = ['recruiting', 'completed', 'not-yet-recruiting', 'terminated', 'odd-code'];
const phases = ['phase-1', 'phase-2', 'phase-3', 'not-applicable'];
const cities = ['Köln', 'Koeln', 'Essen', 'Münster', 'Muenster', 'Utrecht', 'São Paulo'];
// Districts of the registry, one AGS outside it (Munich: no NRW district), and none.
const districts = ['05315', '05113', '05515', '09162', undefined];
const conditions = ['Diabetes', 'diabetes', 'Asthma', 'Oedema', 'Herzinsuffizienz', 'Krebs'];
const words = ['example', 'beispiel', 'koln', 'köln', 'koeln', 'essen', 'diab', 'oedema', 'edema'];

const site = fc.record(
  {
    city: fc.constantFrom(...cities),
    district: fc.constantFrom(...districts),
  },
  { requiredKeys: ['city'] },
);

const trialArbitrary = fc
  .record({
    id: fc.nat({ max: 99_999_999 }),
    title: fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 })),
    status: fc.constantFrom(...statuses),
    phase: fc.uniqueArray(fc.constantFrom(...phases), { maxLength: 2 }),
    sites: fc.array(site, { maxLength: 3 }),
    conditions: fc.array(fc.constantFrom(...conditions), { maxLength: 3 }),
    lastUpdated: fc.option(fc.constantFrom('2024', '2024-05', '2024-05-17', '2023-12-01')),
  })
  .map(
    (fields): Trial => ({
      ...exampleMinimalTrial,
      identifiers: {
        primary: { registry: 'drks', id: `DRKS${String(fields.id).padStart(8, '0')}` },
      },
      title: { public: { en: `Example ${fields.title}` } },
      status: { code: fields.status as Trial['status']['code'] },
      ...(fields.phase.length > 0
        ? { phase: { codes: fields.phase as NonNullable<Trial['phase']>['codes'] } }
        : {}),
      sites: fields.sites.map((entry) => (entry.district ? entry : { city: entry.city })),
      conditions: fields.conditions.map((text) => ({ text })),
      ...(fields.lastUpdated ? { dates: { lastUpdated: fields.lastUpdated } } : {}),
    }),
  );

/** Keys of every facet, some the data may not have, and one no trial can have. */
const keysOf = {
  status: [...statuses, 'withdrawn'],
  phase: [...phases, 'phase-4'],
  place: [
    '05315',
    '05113',
    '05515',
    ...cities.map((city) => cityPrefix + foldDigraphs(fold(city))),
    'nowhere',
  ],
  condition: [...conditions.map((text) => foldDigraphs(fold(text))), 'no such disease'],
} as const;

const filtersArbitrary: fc.Arbitrary<TrialFilters> = fc.record({
  query: fc.oneof(
    fc.constant(''),
    fc.constantFrom(...words),
    fc.string({ maxLength: 3 }),
    fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map((pair) => pair.join(' ')),
  ),
  status: fc.subarray([...keysOf.status]),
  phase: fc.subarray([...keysOf.phase]),
  place: fc.subarray([...keysOf.place]),
  condition: fc.subarray([...keysOf.condition]),
  recruitingOnly: fc.boolean(),
});

const trialsArbitrary = fc.array(trialArbitrary, { maxLength: 40 });

/** The reference: each trial read afresh, each rule written out once more. */
function reference(trials: readonly Trial[], filters: TrialFilters): number[] {
  const terms = fold(filters.query).split(' ').filter(Boolean);
  const places = (trial: Trial) =>
    (trial.sites ?? []).map((entry) =>
      entry.district && regionByAgs(entry.district)?.level === 'district'
        ? entry.district
        : cityPrefix + foldDigraphs(fold(entry.city ?? '')),
    );
  const fields = (trial: Trial) => [
    ...Object.values(trial.title.public),
    trial.identifiers.primary.id,
    ...(trial.conditions ?? []).map((condition) => condition.text),
    ...(trial.sites ?? []).flatMap((entry) => {
      const district = entry.district ? regionByAgs(entry.district) : undefined;
      return [
        entry.city ?? '',
        ...(district?.level === 'district' ? Object.values(district.name) : []),
      ];
    }),
  ];
  const oneOf = (selected: readonly string[], values: readonly string[]) =>
    selected.length === 0 || values.some((value) => selected.includes(value));
  return trials.flatMap((trial, position) => {
    const texts = fields(trial).map(fold);
    const found = terms.every((term) =>
      texts.some((text) => text.includes(term) || foldDigraphs(text).includes(foldDigraphs(term))),
    );
    const passes =
      found &&
      oneOf(filters.status, [trial.status.code]) &&
      oneOf(filters.phase, trial.phase?.codes ?? []) &&
      oneOf(filters.place, places(trial)) &&
      oneOf(
        filters.condition,
        (trial.conditions ?? []).map((condition) => foldDigraphs(fold(condition.text))),
      ) &&
      (!filters.recruitingOnly || trial.status.code === 'recruiting');
    return passes ? [position] : [];
  });
}

describe('filterTrials, properties', () => {
  it('matches exactly what the reference matches, a subset of the trials without repeats', () => {
    fc.assert(
      fc.property(trialsArbitrary, filtersArbitrary, (trials, filters) => {
        const { matches } = filterTrials(buildIndex(trials), filters);
        expect(matches).toEqual(reference(trials, filters));
        expect(new Set(matches).size).toBe(matches.length);
        expect(matches.every((position) => position >= 0 && position < trials.length)).toBe(true);
      }),
    );
  });

  it('never loses a match when a value is added to a facet that already has one', () => {
    fc.assert(
      fc.property(
        trialsArbitrary,
        filtersArbitrary,
        fc.constantFrom(...facetNames),
        fc.nat(),
        (trials, filters, facet, pick) => {
          fc.pre(filters[facet].length > 0);
          const options = keysOf[facet];
          const wider = {
            ...filters,
            [facet]: [...filters[facet], options[pick % options.length]!],
          };
          const index = buildIndex(trials);
          const before = filterTrials(index, filters).matches;
          const after = new Set(filterTrials(index, wider).matches);
          expect(before.every((position) => after.has(position))).toBe(true);
        },
      ),
    );
  });

  it('returns every trial, in the sort order, once everything is cleared', () => {
    fc.assert(
      fc.property(
        trialsArbitrary,
        fc.constantFrom(...trialSortKeys),
        fc.constantFrom('de' as const, 'en' as const),
        (trials, sort, locale) => {
          const index = buildIndex(trials);
          const order = sortOrder(index, sort, locale);
          expect(filterTrials(index, noFilters, order).matches).toEqual([...order]);
          expect([...order].sort((a, b) => a - b)).toEqual(trials.map((_, position) => position));
        },
      ),
    );
  });

  it('gives the same matches in any order, in that order', () => {
    fc.assert(
      fc.property(
        trialsArbitrary,
        filtersArbitrary,
        fc.constantFrom(...trialSortKeys),
        (trials, filters, sort) => {
          const index = buildIndex(trials);
          const order = sortOrder(index, sort, 'de');
          const sorted = filterTrials(index, filters, order).matches;
          const rank = new Map([...order].map((position, at) => [position, at]));
          expect([...sorted].sort((a, b) => a - b)).toEqual(filterTrials(index, filters).matches);
          for (let i = 1; i < sorted.length; i++) {
            expect(rank.get(sorted[i]!)!).toBeGreaterThan(rank.get(sorted[i - 1]!)!);
          }
        },
      ),
    );
  });

  it('counts each value as the matches with that value alone in its facet', () => {
    fc.assert(
      fc.property(trialsArbitrary, filtersArbitrary, (trials, filters) => {
        const index = buildIndex(trials);
        const result = filterTrials(index, filters);
        for (const facet of facetNames) {
          index.facets[facet].keys.forEach((key, at) => {
            const alone = filterTrials(index, { ...filters, [facet]: [key] }).matches.length;
            expect(result.counts[facet][at], `${facet} ${key}`).toBe(alone);
          });
        }
        expect(result.recruitingCount).toBe(
          filterTrials(index, { ...filters, recruitingOnly: true }).matches.length,
        );
      }),
    );
  });
});
