// readSdmxJson never throws and never hangs: mutated fixture messages (values replaced, parts
// deleted or cut short, `__proto__` keys, huge strings) and arbitrary JSON all end in a result
// whose observations validate.
import { readdirSync, readFileSync } from 'node:fs';
import { validateObservation } from '@nrw-health/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSdmxJson } from './read';

const dir = new URL('../../../../../../shared/fixtures/stats/sdmx-json/', import.meta.url);
const messages = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as unknown);

type Parent = Record<string, unknown> | unknown[];

/** Every place below the root, as parent and key. */
function places(root: unknown): { parent: Parent; key: string | number }[] {
  const found: { parent: Parent; key: string | number }[] = [];
  const walk = (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    const entries = Array.isArray(value)
      ? value.map((v, i) => [i, v] as const)
      : Object.entries(value);
    for (const [key, child] of entries) {
      found.push({ parent: value as Parent, key });
      walk(child);
    }
  };
  walk(root);
  return found;
}

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom<unknown>(-1, 1.5, 1e308, 2 ** 40, true, null, [], {}, '', 'x'.repeat(500_000)),
  fc.constantFrom<unknown>('__proto__', 'constructor', '0:0:0:0:0:0', '99999999', 'Delete'),
);

type Edit = { kind: string; at: number; value: unknown };

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'truncate', 'proto'),
  at: fc.nat(),
  value: oddValue,
});

function mutate(message: unknown, edits: readonly Edit[]) {
  const copy = JSON.parse(JSON.stringify(message)) as unknown;
  for (const change of edits) {
    const all = places(copy);
    if (all.length === 0) break;
    const { parent, key } = all[change.at % all.length]!;
    const target = (parent as Record<string | number, unknown>)[key];
    const value = JSON.parse(JSON.stringify(change.value ?? null)) as unknown;
    if (change.kind === 'replace') (parent as Record<string | number, unknown>)[key] = value;
    else if (change.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (change.kind === 'truncate' && Array.isArray(target))
      target.length = Math.min(target.length, 1);
    else if (
      change.kind === 'proto' &&
      target !== null &&
      typeof target === 'object' &&
      !Array.isArray(target)
    ) {
      Object.defineProperty(target, '__proto__', {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy;
}

function readSafely(input: unknown) {
  const result = readSdmxJson(input, { region: 'DE' });
  expect(Array.isArray(result.issues)).toBe(true);
  // The reader's last-resort catch says only "Invalid input.": a bug, not bad data, got there.
  expect(result.issues.filter((i) => i.path.length === 0 && i.code === 'invalid_input')).toEqual(
    [],
  );
  expect(Array.isArray(result.lost)).toBe(true);
  for (const observation of result.value?.observations ?? []) {
    expect(validateObservation(observation).ok).toBe(true);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('readSdmxJson under fuzzing', () => {
  it('reads mutated fixture messages without a throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...messages),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (m, edits) => readSafely(mutate(m, edits)),
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('reads arbitrary values without a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue({ maxDepth: 5 }), fc.anything({ withNullPrototype: true })),
        (value) => {
          readSafely(value);
          readSafely({ data: { structures: [value], dataSets: [value] } });
          readSafely({ structure: value, dataSets: [{ series: value }, { observations: value }] });
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
