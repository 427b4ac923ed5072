import { type Trial, validateTrial } from '@nrw-health/core';
import type { IssueLog, RecordResult } from './result';
import type { Tracked } from './track';

/** Drops `undefined` values, empty strings, empty arrays and objects left empty, at any depth. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((item) => item !== undefined);
    return (items.length > 0 ? items : undefined) as T;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, child]) => [key, compact(child)] as const)
      .filter(([, child]) => child !== undefined);
    return (entries.length > 0 ? Object.fromEntries(entries) : undefined) as T;
  }
  if (typeof value === 'string' && value.trim() === '') return undefined as T;
  return value;
}

/** `locations[3].zip` → `locations[*].zip`: one entry per field, not per array element. */
const generalise = (path: string) => path.replace(/\[\d+\]/g, '[*]');

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
    trial.provenance = {
      ...provenance,
      unmapped: [...new Set(lost.map((field) => generalise(field.path)))],
    };
  }
  const result = validateTrial(trial, { locale: log.locale });
  if (!result.ok) log.record(result.issues);
  return { value: result.ok ? result.value : undefined, lost, issues: log.issues };
}
