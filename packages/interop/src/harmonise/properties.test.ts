// Properties of merging, on synthetic trials of any shape the model allows (fast-check).
import { type Sponsor, type Trial, validateTrial } from '@nrw-health/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyTrialArbitrary } from '../fhir/testing/trials';
import { mergeTrials } from './merge';
import type { MergeOptions } from './rules';
import { invented, unaccounted } from './testing/kept';
import { canonical } from './values';

/**
 * Another record of the same trial: each field from the trial or from another one, the sources
 * of the other, and the trial's primary number among its own (so they link).
 */
const variantOf = (trial: Trial) =>
  fc
    .tuple(anyTrialArbitrary, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }))
    .map(([other, mask]) => {
      const mixed: Record<string, unknown> = {};
      const keys = new Set([...Object.keys(trial), ...Object.keys(other)]);
      let index = 0;
      for (const key of keys) {
        if (key === 'identifiers' || key === 'provenance') continue;
        const from = mask[index++ % mask.length] ? trial : other;
        const value = (from as Record<string, unknown>)[key];
        if (value !== undefined) mixed[key] = value;
      }
      const secondary = [trial.identifiers.primary, ...(other.identifiers.secondary ?? [])].filter(
        (identifier, position, all) =>
          `${identifier.registry}:${identifier.id}` !==
            `${other.identifiers.primary.registry}:${other.identifiers.primary.id}` &&
          all.findIndex(
            (item) => item.registry === identifier.registry && item.id === identifier.id,
          ) === position,
      );
      return {
        ...mixed,
        identifiers: {
          primary: other.identifiers.primary,
          ...(secondary.length > 0 && { secondary }),
        },
        provenance: other.provenance,
      };
    })
    .filter((candidate) => validateTrial(candidate).ok)
    .map((candidate) => candidate as Trial);

/** Two to four records: of one trial (variants of one) or of any trials at all. */
const records = fc.oneof(
  anyTrialArbitrary.chain((trial) =>
    fc
      .array(variantOf(trial), { minLength: 1, maxLength: 3 })
      .map((variants) => [trial, ...variants]),
  ),
  fc.array(anyTrialArbitrary, { minLength: 2, maxLength: 4 }),
);

/**
 * The trial with its primary sponsors in one country: every record says where the sponsor is (a
 * record without a primary sponsor gets one), or none does.
 */
function inCountry(trial: Trial, country: string | undefined): Trial {
  const sponsors: Sponsor[] = (trial.sponsors ?? []).map((sponsor) => {
    if (sponsor.role !== 'primary') return sponsor;
    const { country: _country, ...rest } = sponsor;
    return country ? { ...rest, country } : rest;
  });
  if (country && !sponsors.some((sponsor) => sponsor.role === 'primary')) {
    sponsors.push({ name: 'Beispiel-Sponsor', role: 'primary', country });
  }
  return sponsors.length > 0 ? { ...trial, sponsors } : trial;
}

/** The values of a trial, lists as sets: without the merge's own `provenance.fields`. */
function valuesOf(trial: Trial): unknown {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value))
      return value.map(sorted).sort((a, b) => (canonical(a) < canonical(b) ? -1 : 1));
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, sorted(item)]));
  };
  const { fields: _fields, ...provenance } = trial.provenance;
  return sorted({ ...trial, provenance });
}

const runs = { numRuns: 100 };

describe('mergeTrials properties', () => {
  it('does not depend on the order of the records: same trial, same conflicts', () => {
    fc.assert(
      fc.property(
        records.chain((trials) =>
          fc.tuple(fc.constant(trials), fc.shuffledSubarray(trials, { minLength: trials.length })),
        ),
        ([trials, shuffled]) => {
          const merged = mergeTrials(trials);
          const again = mergeTrials(shuffled);
          expect(JSON.stringify(again.value)).toBe(JSON.stringify(merged.value));
          expect(again.conflicts).toEqual(merged.conflicts);
        },
      ),
      runs,
    );
  });

  it('changes nothing when a record is merged with itself', () => {
    fc.assert(
      fc.property(anyTrialArbitrary, (trial) => {
        expect(mergeTrials([trial])).toEqual({ value: trial, conflicts: [], issues: [] });
        expect(mergeTrials([trial, structuredClone(trial)])).toEqual({
          value: trial,
          conflicts: [],
          issues: [],
        });
      }),
      runs,
    );
  });

  it('changes nothing when a merged record is merged with one of its records again', () => {
    fc.assert(
      fc.property(records, (trials) => {
        const merged = mergeTrials(trials).value;
        for (const trial of trials) {
          expect(valuesOf(mergeTrials([merged, trial]).value)).toEqual(valuesOf(merged));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('agrees on values: merge(A, merge(B, C)) and merge(A, B, C)', () => {
    fc.assert(
      fc.property(
        records.filter((trials) => trials.length >= 3),
        fc.constantFrom<MergeOptions>(
          {},
          { prefer: 'most-recent' },
          { prefer: 'registry-order', registryOrder: ['ctgov', 'other', 'drks'] },
          { prefer: ['drks', 'ictrp'], rules: { '/sites': 'most-recent' } },
        ),
        fc.constantFrom('DE', 'NL', undefined),
        (group, options, country) => {
          // The defaults' `sponsor-country` depends on the whole trial: here every record says
          // where the sponsor is (or none does), so that merge(B, C) knows it too.
          const [a, ...rest] = options.prefer
            ? group
            : group.map((trial) => inCountry(trial, country));
          const nested = mergeTrials([a!, mergeTrials(rest, options).value], options).value;
          const flat = mergeTrials([a!, ...rest], options).value;
          expect(valuesOf(nested)).toEqual(valuesOf(flat));
        },
      ),
      runs,
    );
  });

  it('gives a valid trial that loses nothing and makes nothing up', () => {
    fc.assert(
      fc.property(records, (trials) => {
        const merged = mergeTrials(trials);
        expect(merged.issues).toEqual([]);
        expect(unaccounted(trials, merged)).toEqual([]);
        expect(invented(trials, merged.value)).toEqual([]);
      }),
      runs,
    );
  });
});
