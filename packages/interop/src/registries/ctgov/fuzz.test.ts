// Both ClinicalTrials.gov readers never throw and never hang: mutated fixture records (truncated,
// wrong types, huge strings, odd Unicode, __proto__ keys) and arbitrary input all end in a result,
// and a trial they return always validates.
import { validateTrial } from '@nrw-health/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrialReader } from '../../formats';
import { ctgovReader, readCtgovStudy } from './json';
import { readCtgovStudyTracked } from './json-tracked';
import { jsonFixtures, xmlFixtures } from './test-fixtures';
import { ctgovXmlReader } from './xml';

type Json = unknown;
type Node = { parent: Record<string, Json> | Json[]; key: string | number };

/** Every node below the root, in document order, with its parent. */
function nodes(root: Json): Node[] {
  const found: Node[] = [];
  const walk = (value: Json) => {
    if (value === null || typeof value !== 'object') return;
    const entries = Array.isArray(value)
      ? value.map((child, index) => [index, child] as const)
      : Object.entries(value);
    for (const [key, child] of entries) {
      found.push({ parent: value as Record<string, Json>, key });
      walk(child);
    }
  };
  walk(root);
  return found;
}

// Values that name members of Object.prototype: a lookup by them must not find those members.
const prototypeNames = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

/** A copy of the record with every string replaced. */
function withEveryString(record: Json, value: string): Json {
  return JSON.parse(JSON.stringify(record), (_key, found) =>
    typeof found === 'string' ? value : found,
  );
}

const hugeStrings = [
  'x'.repeat(1_000_000),
  '\u0000'.repeat(100_000),
  '🙂'.repeat(200_000),
  `NCT${'0'.repeat(500_000)}`,
  `10.1000/${')'.repeat(200_000)}`,
  `${'January '.repeat(50_000)}2020`,
];

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(...hugeStrings),
  fc.constantFrom<Json>(-1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, true, null, [], {}, ''),
  fc.constantFrom<Json>('\uD800', '\u202E', '\uFEFF', 'NCT01234567', ...prototypeNames),
  fc.constant(JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}')),
);

type Edit =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'proto'; at: number; value: Json };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: oddValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat(3) }),
  fc.record({ kind: fc.constant('proto' as const), at: fc.nat(), value: oddValue }),
);

/** A fresh copy of a value, own `__proto__` keys kept, so no edit can build a cycle. */
const fresh = (value: Json): Json =>
  value !== null && typeof value === 'object' ? JSON.parse(JSON.stringify(value)) : value;

/** A copy of the record with the edits applied at nodes picked by index. */
function mutate(record: Json, edits: readonly Edit[]): Json {
  const copy = fresh(record);
  for (const change of edits) {
    const all = nodes(copy);
    if (all.length === 0) return change.kind === 'replace' ? fresh(change.value) : copy;
    const { parent, key } = all[change.at % all.length]!;
    const target = (parent as Record<string, Json>)[key];
    if (change.kind === 'replace') (parent as Record<string, Json>)[key] = fresh(change.value);
    else if (change.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (change.kind === 'truncate') {
      if (Array.isArray(target)) target.length = Math.min(target.length, change.keep);
      else if (typeof target === 'string') {
        (parent as Record<string, Json>)[key] = target.slice(0, change.keep);
      }
    } else if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      // An own `__proto__` key, as JSON.parse makes it.
      Object.defineProperty(target, '__proto__', {
        value: fresh(change.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy;
}

/** Reads a record and checks the promise: a result, and only valid trials. */
function readSafely(reader: TrialReader, record: unknown): void {
  const result = reader.read(record);
  expect(Array.isArray(result.lost)).toBe(true);
  expect(Array.isArray(result.issues)).toBe(true);
  if (result.value !== undefined) expect(validateTrial(result.value).ok).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

// A spread of fixture records: single studies, a page, and from each download.
const jsonRecords = jsonFixtures().flatMap(({ document }) =>
  [...ctgovReader.records(document)].filter((_, index) => index % 25 === 0),
);
const xmlTexts = xmlFixtures().map(({ text }) => text);
const xmlRecords = xmlTexts.flatMap((text) => [...ctgovXmlReader.records(text)]);

describe('both readers with prototype names as values', () => {
  it.each(prototypeNames)('read every fixture with every string set to %s', (name) => {
    for (const record of jsonRecords) readSafely(ctgovReader, withEveryString(record, name));
    for (const record of xmlRecords) readSafely(ctgovXmlReader, withEveryString(record, name));
  });
});

describe('ctgovReader under fuzzing', () => {
  it('reads mutated fixture records without a throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...jsonRecords),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (record, edits) => {
          const mutated = mutate(record, edits);
          readSafely(ctgovReader, mutated);
          // The fast reader gives the reference reader's result, however odd the record.
          expect(readCtgovStudy(mutated)).toStrictEqual(readCtgovStudyTracked(mutated));
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);

  it('splits and reads arbitrary JSON without a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (document) => {
        for (const record of ctgovReader.records(document)) readSafely(ctgovReader, record);
        readSafely(ctgovReader, document);
        readSafely(ctgovReader, { protocolSection: document, derivedSection: document });
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe('ctgovXmlReader under fuzzing', () => {
  const insertion = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom(
      '<',
      '&',
      '&amp',
      '&#0;',
      '&#xD800;',
      ']]>',
      '<![CDATA[',
      '<!--',
      '</clinical_study>',
      '<clinical_study>',
      '<__proto__>1</__proto__>',
      '<constructor/>',
      '<!DOCTYPE x [<!ENTITY a "b">]>',
      '<location><facility><address><country>Deutschland</country></address></facility></location>',
      ...hugeStrings.slice(0, 3),
    ),
  );

  it('reads mutated fixture text without a throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...xmlTexts),
        fc.array(fc.tuple(fc.nat(), insertion), { maxLength: 4 }),
        fc.option(fc.nat(), { nil: undefined }),
        (text, insertions, cut) => {
          let mutated = text;
          for (const [at, inserted] of insertions) {
            const position = at % (mutated.length + 1);
            mutated = mutated.slice(0, position) + inserted + mutated.slice(position);
          }
          if (cut !== undefined) mutated = mutated.slice(0, cut % (mutated.length + 1));
          for (const record of ctgovXmlReader.records(mutated)) readSafely(ctgovXmlReader, record);
          readSafely(ctgovXmlReader, mutated);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  it('reads mutated parsed records without a throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...xmlRecords),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (record, edits) => readSafely(ctgovXmlReader, mutate(record, edits)),
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('reads arbitrary text and values without a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.jsonValue({ maxDepth: 4 })),
        (input) => {
          for (const record of ctgovXmlReader.records(input)) readSafely(ctgovXmlReader, record);
          readSafely(ctgovXmlReader, input);
          const text = typeof input === 'string' ? input : JSON.stringify(input);
          readSafely(ctgovXmlReader, `<clinical_study>${text}</clinical_study>`);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
