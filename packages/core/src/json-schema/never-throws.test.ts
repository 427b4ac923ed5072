// Property tests: the validators never throw, whatever JSON they get, and never let keys like
// __proto__ or constructor reach an object's prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueCodes } from '../shared/messages';
import type { ValidationResult } from '../shared/validation';
import { corpus } from './corpus';

const knownCodes = new Set<string>(issueCodes);
const dangerousKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** Arbitrary JSON as JSON.parse produces it, dangerous keys included as own properties. */
const hostileJson = fc
  .jsonValue({ maxDepth: 4 })
  .chain((value) =>
    fc
      .subarray(dangerousKeys, { minLength: 1 })
      .map(
        (keys) =>
          JSON.parse(
            JSON.stringify(Object.fromEntries(keys.map((key) => [key, value]))),
          ) as unknown,
      ),
  );

const setDeep = (record: unknown, keys: string[], value: unknown): unknown => {
  const copy = structuredClone(record) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    // Only own properties: walking into `__proto__` would write onto Object.prototype itself.
    if (!Object.hasOwn(node, key)) break;
    const next = node[key];
    if (next === null || typeof next !== 'object') break;
    node = next as Record<string, unknown>;
  }
  Object.defineProperty(node, keys.at(-1)!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
};

function expectWellFormed(result: ValidationResult<unknown>): void {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    expect(knownCodes.has(issue.code)).toBe(true);
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

describe.each(Object.entries(corpus))('%s validator', (_, { validate, valid }) => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom('de' as const, 'en' as const),
        (input, locale) => {
          expectWellFormed(validate(input, { locale }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects __proto__ and constructor keys without polluting any prototype', () => {
    fc.assert(
      fc.property(hostileJson, (input) => {
        const result = validate(input);
        expect(result.ok).toBe(false);
        expectWellFormed(result);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws when any field of a valid record is replaced by arbitrary JSON', () => {
    const paths = fc.array(
      fc.oneof(
        fc.constantFrom(...dangerousKeys),
        fc.string({ maxLength: 12 }),
        fc.constantFrom(
          'title',
          'status',
          'sources',
          'provenance',
          'value',
          'name',
          'address',
          'sites',
          '0',
        ),
      ),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...valid),
        paths,
        fc.jsonValue({ maxDepth: 3 }),
        (record, path, value) => {
          const result = validate(setDeep(record, path, value));
          expectWellFormed(result);
          if (!result.ok) {
            for (const issue of result.issues)
              expect(
                issue.path.every((key) => typeof key === 'string' || typeof key === 'number'),
              ).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hands back valid records unchanged: nothing dropped, nothing added', () => {
    for (const record of valid) {
      const result = validate(record);
      expect(result).toEqual({ ok: true, value: record });
    }
  });
});
