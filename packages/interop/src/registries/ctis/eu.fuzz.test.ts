// Fuzzing of both EU readers (CTIS and EUCTR): real records, mutated at random places, and
// arbitrary JSON must never make a reader throw or hang, and whatever Trial comes out validates.
import { readdirSync, readFileSync } from 'node:fs';
import { validateTrial } from '@nrw-health/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrialReader } from '../../formats';
import { euctrReader } from '../euctr/euctr';
import { ctisReader } from './ctis';

const fixtures = new URL('../../../../../../shared/fixtures/eu-ctr/ctrdata-demo/', import.meta.url);
const load = (prefix: string) =>
  readdirSync(fixtures)
    .filter((name) => name.startsWith(prefix))
    .map((name) => [name, readFileSync(new URL(name, fixtures), 'utf8')] as const);

type Path = (string | number)[];

/** Every place in a record: each field and item, containers included. */
function places(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      found.push(at);
      places(child, at, found);
    }
  }
  return found;
}

function holderOf(record: unknown, path: Path): Record<string | number, unknown> | undefined {
  let node = record;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node !== null && typeof node === 'object'
    ? (node as Record<string | number, unknown>)
    : undefined;
}

// Defined, not assigned: `record.__proto__ = x` would change the prototype instead.
const define = (holder: object, key: string | number, value: unknown) =>
  Object.defineProperty(holder, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 40 }),
  fc.constantFrom(
    '',
    '   ',
    'N/A',
    '\u0000',
    '\uD800 lone surrogate',
    '\u202Eevil',
    '31/02/2024',
    '2024-13-45T99:99',
    'NaN',
    '1e999',
    -1,
    2 ** 53,
    Number.MAX_VALUE,
    '𝕏'.repeat(10_000),
    'Germany '.repeat(5_000),
  ),
  fc.nat(1_000_000).map((length) => 'é'.repeat(length)),
  fc
    .constant(null)
    .map(() =>
      JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
    ),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), keep: fc.nat(3) }),
  fc.record({ kind: fc.constant('proto' as const), at: fc.nat() }),
);

/** A copy of the record with values replaced by hostile ones, lists and objects truncated. */
function mutate(text: string, all: Path[], mutations: MutationList) {
  const record: unknown = JSON.parse(text);
  for (const change of mutations) {
    const path = all[change.at % all.length]!;
    const holder = holderOf(record, path);
    const key = path.at(-1)!;
    if (!holder || !Object.hasOwn(holder, key)) continue;
    const target = holder[key];
    if (change.kind === 'set') define(holder, key, change.value);
    else if (target !== null && typeof target === 'object') {
      if (change.kind === 'proto') define(target, '__proto__', { polluted: 1 });
      else if (Array.isArray(target)) target.length = Math.min(target.length, change.keep);
      else
        for (const extra of Object.keys(target).slice(change.keep))
          delete (target as Record<string, unknown>)[extra];
    }
  }
  return record;
}

type MutationList = readonly (
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'cut'; at: number; keep: number }
  | { kind: 'proto'; at: number }
)[];

function checkRead(reader: TrialReader, record: unknown) {
  for (const item of reader.records(record)) {
    const result = reader.read(item);
    expect(Array.isArray(result.lost)).toBe(true);
    expect(Array.isArray(result.issues)).toBe(true);
    if (result.value) expect(validateTrial(result.value).ok).toBe(true);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe.each([
  ['ctis', ctisReader, load('CTIS_')],
  ['euctr', euctrReader, load('EUCTR_')],
] as const)('%s reader under fuzzing', (_, reader, records) => {
  it.each(records)(
    'mutated %s: no throw, no hang, valid or no Trial',
    (_name, text) => {
      const all = places(JSON.parse(text));
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (mutations) => {
          checkRead(reader, mutate(text, all, mutations));
        }),
        { numRuns: 60 },
      );
    },
    120_000,
  );

  it('arbitrary JSON and values: no throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true })), (value) => {
        checkRead(reader, value);
        checkRead(reader, [value]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a whole record truncated at any depth: no throw', () => {
    for (const [, text] of records) {
      const record = JSON.parse(text);
      const all = places(record);
      const step = Math.max(1, Math.floor(all.length / 60));
      for (const path of all.filter((_, index) => index % step === 0)) {
        const copy = JSON.parse(text);
        const holder = holderOf(copy, path);
        if (holder) delete holder[path.at(-1)!];
        checkRead(reader, copy);
      }
      expect(record).toBeDefined();
    }
  }, 120_000);
});
