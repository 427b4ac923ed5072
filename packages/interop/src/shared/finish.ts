import { type Trial, validateTrial } from '@nrw-health/core';
import type { IssueLog, RecordResult } from './result';
import type { Tracked } from './track';

/** Drops `undefined` values, empty strings, empty arrays and objects left empty, at any depth. */
export function compact<T>(value: T): T {
  if (typeof value === 'string') return (nonBlank.test(value) ? value : undefined) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const kept = compact(item);
      if (kept !== undefined) items.push(kept);
    }
    return (items.length > 0 ? items : undefined) as T;
  }
  let result: Record<string, unknown> | undefined;
  // Own keys only (Object.keys): faster than for…in, which also walks the prototype chain.
  for (const key of Object.keys(value)) {
    const kept = compact((value as Record<string, unknown>)[key]);
    if (kept === undefined) continue;
    result ??= {};
    // A `__proto__` key is defined, not assigned: it stays a key, never a prototype.
    if (key === '__proto__') {
      Object.defineProperty(result, key, { value: kept, enumerable: true, writable: true });
    } else {
      result[key] = kept;
    }
  }
  return result as T;
}

// A string is kept when it has a character that is not white space (the set `trim` removes).
const nonBlank = /\S/;

/**
 * Completes a reader's work on one record: the fields it never read become `lost` (and their
 * paths the trial's `provenance.unmapped`), and the trial is validated with core. A trial that
 * fails validation is not returned; its issues are.
 */
export function finishTrial(
  candidate: Record<string, unknown>,
  tracked: Tracked<unknown>,
  log: IssueLog,
): RecordResult<Trial> {
  const lost = tracked.unread();
  const trial = compact(candidate) ?? {};
  const provenance = (trial.provenance ?? {}) as Record<string, unknown>;
  if (lost.length > 0) {
    // Keep what an earlier step already recorded (e.g. a registry's list carried through FHIR).
    const earlier = Array.isArray(provenance.unmapped) ? (provenance.unmapped as string[]) : [];
    trial.provenance = {
      ...provenance,
      unmapped: [...new Set([...earlier, ...lost.map((field) => field.pattern)])],
    };
  }
  const result = validateTrial(trial, { locale: log.locale });
  if (!result.ok) log.record(result.issues);
  return { value: result.ok ? result.value : undefined, lost, issues: log.issues };
}

/** The result for a record that could not be read at all: its issues, and all of it as lost. */
export function unreadable(tracked: Tracked<unknown>, log: IssueLog): RecordResult<Trial> {
  return { value: undefined, lost: tracked.unread(), issues: log.issues };
}
