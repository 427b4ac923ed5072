// Typed reads of a tracked source record. Every value is checked at runtime: a value of the wrong
// type becomes a source issue at its path and is left out, never a crash.
import type { IssuePath } from '@nrw-health/core';
import type { IssueLog } from '../../shared/result';

export type Obj = Readonly<Record<string, unknown>>;
export type Path = IssuePath;

export const isObject = (value: unknown): value is Obj =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `parent[key]`, marked as read when the reader marks its reads itself (`IssueLog.reads`). */
export function field(log: IssueLog, parent: Obj, key: string): unknown {
  const value = parent[key];
  // Only keys the record has: an object whose keys were all absent was never looked into.
  if (value !== undefined && log.reads && Object.hasOwn(parent, key)) log.reads.mark(parent, key);
  return value;
}

/** `items[index]`, marked likewise. */
function item(log: IssueLog, items: readonly unknown[], index: number): unknown {
  log.reads?.mark(items, index);
  return items[index];
}

/** A value that is present: not undefined, not null. */
const present = (value: unknown) => value !== undefined && value !== null;

/** A string field, trimmed; empty strings count as absent. */
export function text(log: IssueLog, parent: Obj | undefined, key: string, at: Path) {
  if (!parent) return undefined;
  return asText(log, field(log, parent, key), at, key);
}

/** A string value, trimmed; empty strings count as absent. `key`, if given, extends `at`. */
export function asText(
  log: IssueLog,
  value: unknown,
  at: Path,
  key?: string | number,
): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (present(value)) {
    log.source(key === undefined ? at : [...at, key], 'invalid_type', { expected: 'string' });
  }
  return undefined;
}

/** A nested object (not an array). */
export function object(log: IssueLog, parent: Obj | undefined, key: string, at: Path) {
  if (!parent) return undefined;
  const value = field(log, parent, key);
  if (isObject(value)) return value;
  if (present(value)) log.source([...at, key], 'invalid_type', { expected: 'object' });
  return undefined;
}

/** An array field; its items are checked by the caller. */
export function list(
  log: IssueLog,
  parent: Obj | undefined,
  key: string,
  at: Path,
): readonly unknown[] | undefined {
  if (!parent) return undefined;
  const value = field(log, parent, key);
  if (Array.isArray(value)) return value;
  if (present(value)) log.source([...at, key], 'invalid_type', { expected: 'array' });
  return undefined;
}

/** The objects of an array field with their index; other items are reported. */
export function objects(log: IssueLog, parent: Obj | undefined, key: string, at: Path) {
  const items = list(log, parent, key, at);
  const found: { item: Obj; at: Path }[] = [];
  if (!items) return found;
  for (let index = 0; index < items.length; index++) {
    const value = item(log, items, index);
    const path = [...at, key, index];
    if (isObject(value)) found.push({ item: value, at: path });
    else if (present(value)) log.source(path, 'invalid_type', { expected: 'object' });
  }
  return found;
}

/** The strings of an array field, trimmed, empty ones left out; other items are reported. */
export function texts(log: IssueLog, parent: Obj | undefined, key: string, at: Path) {
  const items = list(log, parent, key, at);
  const found: { value: string; at: Path }[] = [];
  if (!items) return found;
  for (let index = 0; index < items.length; index++) {
    const value = asText(log, item(log, items, index), [...at, key], index);
    if (value !== undefined) found.push({ value, at: [...at, key, index] });
  }
  return found;
}

/** A boolean field. */
export function flag(log: IssueLog, parent: Obj | undefined, key: string, at: Path) {
  if (!parent) return undefined;
  const value = field(log, parent, key);
  if (typeof value === 'boolean') return value;
  if (present(value)) log.source([...at, key], 'invalid_type', { expected: 'boolean' });
  return undefined;
}

/** A count: a whole number of at least 0. */
export function count(log: IssueLog, parent: Obj | undefined, key: string, at: Path) {
  if (!parent) return undefined;
  return asCount(log, field(log, parent, key), [...at, key]);
}

export function asCount(log: IssueLog, value: unknown, at: Path): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'number') {
    log.source(at, Number.isInteger(value) ? 'too_small' : 'not_integer', {
      limit: 0,
      origin: 'number',
    });
  } else if (present(value)) {
    log.source(at, 'invalid_type', { expected: 'int' });
  }
  return undefined;
}

/**
 * A code table's lookup: exact keys first, then the same key up to case and spacing, since old
 * records vary ("Active, Not Recruiting"). Keys come from the table's own properties only, so
 * `__proto__` or `constructor` in the source are unknown values, not prototype members.
 */
export function lookup<T>(table: Readonly<Record<string, T>>) {
  const fold = (key: string) => key.toLowerCase().replace(/\s+/g, ' ');
  const keys = new Map(Object.keys(table).map((key) => [fold(key), key]));
  const allowed = Object.keys(table);
  const keyOf = (value: string) => (Object.hasOwn(table, value) ? value : keys.get(fold(value)));
  return {
    allowed,
    /** The table's key for a value, or `undefined` after an `unknown_code` issue. */
    key(log: IssueLog, value: string, at: Path): string | undefined {
      const key = keyOf(value);
      if (key === undefined) log.source(at, 'unknown_code', { value, allowed });
      return key;
    },
    /** The table's value, or `undefined` after an `unknown_code` issue. */
    find(log: IssueLog, value: string, at: Path): T | undefined {
      const key = this.key(log, value, at);
      return key === undefined ? undefined : table[key];
    },
  };
}

/** A lookup of one code table. */
export type Lookup<T> = ReturnType<typeof lookup<T>>;
