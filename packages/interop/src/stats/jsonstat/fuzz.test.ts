// The JSON-stat reader never throws and never hangs, whatever it gets: arbitrary values, and the
// fixtures mutated (truncated, wrong types, huge strings, odd Unicode, `__proto__` keys). What it
// reads, the writer writes and the reader reads again.
import { issueCodes, validateObservation } from '@nrw-health/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonStatResult } from './read';
import { readJsonStat } from './read';
import { fixture, fixtureNames } from './testing';
import { writeJsonStat } from './write';

// The two big county files add nothing the others lack but time.
const seeds = fixtureNames
  .filter((name) => !name.startsWith('jsonstat-org-samples_us-'))
  .map(fixture);

type Path = (string | number)[];

/** Every place in a JSON value, the root included; long lists by a few of their items. */
function places(value: unknown, path: Path = []): Path[] {
  const found: Path[] = [path];
  if (Array.isArray(value)) {
    for (const index of [0, 1, value.length - 1]) {
      if (index >= 0 && index < value.length) found.push(...places(value[index], [...path, index]));
    }
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    for (const key of keys.length > 20 ? [...keys.slice(0, 10), ...keys.slice(-3)] : keys) {
      found.push(...places((value as Record<string, unknown>)[key], [...path, key]));
    }
  }
  return found;
}

const copy = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const define = (target: object, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });

function mutate(
  value: unknown,
  path: Path,
  change: { kind: 'replace' | 'remove' | 'truncate'; by: unknown; at: number },
): unknown {
  const root = copy(value);
  if (path.length === 0) return change.kind === 'replace' ? change.by : root;
  // A chain of edits may have made the whole value a primitive: nothing left to edit inside.
  if (root === null || typeof root !== 'object') return root;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (next === null || typeof next !== 'object') return root;
    parent = next as Record<string | number, unknown>;
  }
  const key = path.at(-1)!;
  const target = parent[key];
  if (change.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (change.kind === 'truncate' && target !== null && typeof target === 'object') {
    const kept = Object.entries(target).slice(0, change.at);
    define(
      parent,
      key,
      Array.isArray(target) ? kept.map(([, item]) => item) : Object.fromEntries(kept),
    );
  } else define(parent, key, change.by);
  return root;
}

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant('x'.repeat(1_000_000)),
  fc.constantFrom(
    '\uFEFF\u0000\uD800',
    '\u202E\u2066',
    '𝕳𝖊𝖑𝖑𝖔 🇩🇪',
    'Ä'.normalize('NFD'),
    '',
    ' ',
    '|',
    ':',
    'bep',
  ),
  fc.constant(
    JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    ),
  ),
  fc.constantFrom(null, true, 0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31),
  fc.constant([]),
  fc.constant({}),
);
const change = fc.record({
  kind: fc.constantFrom('replace' as const, 'remove' as const, 'truncate' as const),
  by: hostile,
  at: fc.nat(5),
});

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
