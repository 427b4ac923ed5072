// The JSON-stat reader never throws and never hangs, whatever it gets: arbitrary values, and the
// fixtures mutated (truncated, wrong types, huge strings, odd Unicode, `__proto__` keys). What it
// reads, the writer writes and the reader reads again.
import { issueCodes, validateObservation } from '@nrw-health/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeArbitrary, mutate, places } from '../../testing/mutate';
import type { JsonStatResult } from './read';
import { readJsonStat } from './read';
import { fixture, fixtureNames } from './testing';
import { writeJsonStat } from './write';

// The two big county files add nothing the others lack but time.
const seeds = fixtureNames
  .filter((name) => !name.startsWith('jsonstat-org-samples_us-'))
  .map(fixture);

const change = changeArbitrary(['|', ':', 'bep']);

/** Results of the promised shape; their observations valid; what they hold writes and reads. */
function expectWellFormed(result: JsonStatResult) {
  expect(Array.isArray(result.lost) && Array.isArray(result.issues)).toBe(true);
  for (const dataset of result.datasets) {
    for (const issue of dataset.issues) expect(issueCodes).toContain(issue.code);
    const value = dataset.value;
    if (!value) continue;
    for (const observation of value.observations.slice(0, 40)) {
      expect(validateObservation(observation).ok).toBe(true);
    }
    const again = readJsonStat(JSON.parse(JSON.stringify(writeJsonStat(value))));
    expect(again.datasets).toHaveLength(1);
  }
}

describe('readJsonStat on hostile input', () => {
  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.anything({ withNullPrototype: true, withSparseArray: true, withBigInt: true }),
        ),
        (input) => {
          expectWellFormed(readJsonStat(input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated fixtures', () => {
    const mutated = fc
      .nat(seeds.length - 1)
      .chain((index) => {
        const seed = seeds[index];
        return fc.tuple(
          fc.constant(seed),
          fc.array(fc.tuple(fc.constantFrom(...places(seed)), change), {
            minLength: 1,
            maxLength: 4,
          }),
        );
      })
      .map(([seed, changes]) =>
        changes.reduce((value, [path, how]) => mutate(value, path, how), seed),
      );
    fc.assert(
      fc.property(mutated, (input) => {
        expectWellFormed(readJsonStat(input));
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it('never throws on truncated JSON text', () => {
    const texts = seeds.slice(0, 6).map((seed) => JSON.stringify(seed));
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.nat(), (index, cut) => {
        const text = texts[index]!;
        expectWellFormed(readJsonStat(text.slice(0, cut % text.length)));
      }),
      { numRuns: 100 },
    );
  });
});
