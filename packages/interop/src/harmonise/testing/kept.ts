// Test helper: "nothing lost". Every value of every record that was merged is either in the
// merged trial or among the values of a conflict, at the same field.
import type { Trial } from '@nrw-health/core';
import type { MergeConflict } from '../merge';
import { canonical, patternOf, step } from '../values';

/** A value of a record that the merge neither kept nor reported. */
export interface Unaccounted {
  readonly record: number;
  readonly pointer: string;
  readonly value: unknown;
}

/** The leaves (strings, numbers, booleans) of a value, by JSON Pointer from `at`. */
function* leaves(value: unknown, at = ''): Generator<[string, unknown]> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((item, index) => [index, item] as const)
      : Object.entries(value);
    for (const [key, item] of entries) yield* leaves(item, at + step(key));
  } else if (value !== undefined) yield [at, value];
}

/**
 * The field a pointer is a value of, the same for every record: array indices as `*`, and the
 * primary and the secondary identifiers as one list (a record's primary may become secondary).
 */
const fieldOf = (pointer: string) =>
  patternOf(pointer).replace(/^\/identifiers\/(?:primary|secondary\/\*)(?=\/|$)/, '/identifiers/*');

/** Adds a leaf to the index: field → canonical values. */
function add(index: Map<string, Set<string>>, field: string, value: unknown): void {
  let values = index.get(field);
  if (!values) {
    values = new Set();
    index.set(field, values);
  }
  values.add(canonical(value));
}

/** `provenance.fields` is the merge's own bookkeeping: a record's entries are recomputed. */
const bookkeeping = (pointer: string) => pointer.startsWith('/provenance/fields/');

/**
 * The values of the records that are neither in the merged trial nor in a conflict's values at
 * the same field. Empty when nothing was lost.
 */
export function unaccounted(
  records: readonly Trial[],
  merged: { readonly value: Trial; readonly conflicts: readonly MergeConflict[] },
): Unaccounted[] {
  const kept = new Map<string, Set<string>>();
  for (const [pointer, value] of leaves(merged.value)) add(kept, fieldOf(pointer), value);
  for (const conflict of merged.conflicts) {
    for (const { value } of conflict.values) {
      for (const [inner, leaf] of leaves(value)) {
        add(kept, fieldOf(conflict.field + inner), leaf);
      }
    }
  }
  const missing: Unaccounted[] = [];
  records.forEach((record, index) => {
    for (const [pointer, value] of leaves(record)) {
      if (bookkeeping(pointer)) continue;
      if (!kept.get(fieldOf(pointer))?.has(canonical(value))) {
        missing.push({ record: index, pointer, value });
      }
    }
  });
  return missing;
}

/** The values of the merged trial that no record has at the same field: made up by the merge. */
export function invented(records: readonly Trial[], merged: Trial): Unaccounted[] {
  const given = new Map<string, Set<string>>();
  for (const record of records) {
    for (const [pointer, value] of leaves(record)) add(given, fieldOf(pointer), value);
  }
  const made: Unaccounted[] = [];
  for (const [pointer, value] of leaves(merged)) {
    if (bookkeeping(pointer)) continue;
    if (!given.get(fieldOf(pointer))?.has(canonical(value)))
      made.push({ record: -1, pointer, value });
  }
  return made;
}
