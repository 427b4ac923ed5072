// Test helpers for fuzzing readers with mutated records: the places of a parsed JSON value, one
// change at a place (replace, remove, truncate), and the hostile values to put there.
import fc from 'fast-check';

export type Path = (string | number)[];

/**
 * The places of a value: itself and, recursively, its items and properties. Long arrays give
 * their first, second and last item, wide objects their first ten and last three keys, so that
 * large records stay cheap to pick from.
 */
export function places(value: unknown, path: Path = []): Path[] {
  const found: Path[] = [path];
  if (Array.isArray(value)) {
    for (const index of new Set([0, 1, value.length - 1])) {
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

export interface Change {
  readonly kind: 'replace' | 'remove' | 'truncate';
  readonly by: unknown;
  /** For `truncate`: how many items or keys to keep. */
  readonly at: number;
}

const copy = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

// Defined, not assigned: a `__proto__` key stays a key, as JSON.parse makes it.
const define = (target: object, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });

/** A copy of the value with one place changed: replaced, removed, or cut after some entries. */
export function mutate(value: unknown, path: Path, change: Change): unknown {
  const root = copy(value);
  if (path.length === 0) return change.kind === 'replace' ? change.by : root;
  // A chain of edits may have made the whole value a primitive: nothing left to edit inside.
  if (root === null || typeof root !== 'object') return root;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    // An earlier change may have removed the place.
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

/**
 * Values that break careless readers: any JSON, a 1 MB string, odd Unicode, `__proto__` and
 * `constructor` keys, extreme numbers, empty containers, and the format's own tokens.
 */
export function hostileValue(formatTokens: readonly string[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constant('x'.repeat(1_000_000)),
    fc.constantFrom(
      '\uFEFF\u0000\uD800',
      '\u202E\u2066',
      '𝕳𝖊𝖑𝖑𝖔 🇩🇪',
      'Ä'.normalize('NFD'),
      '',
      ' ',
      ...formatTokens,
    ),
    fc.constant(
      JSON.parse(
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      ),
    ),
    fc.constantFrom(null, true, 0, -1, 0.1, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31),
    fc.constant([]),
    fc.constant({}),
  );
}

/** A change with a hostile value. */
export function changeArbitrary(formatTokens: readonly string[] = []): fc.Arbitrary<Change> {
  return fc.record({
    kind: fc.constantFrom('replace' as const, 'remove' as const, 'truncate' as const),
    by: hostileValue(formatTokens),
    at: fc.nat(5),
  });
}
