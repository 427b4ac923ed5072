// The steps every reader of one FHIR resource takes: find the resource in what it is given
// (the resource, or a Bundle holding it), watch what is read, and in the end validate the record
// and report the rest as lost.
import type { Validator } from '@nrw-health/core';
import { compact } from '../shared/finish';
import type { IssueLog, RecordResult } from '../shared/result';
import { type Tracked, track } from '../shared/track';
import {
  at,
  child,
  type FhirReadOptions,
  isObject,
  items,
  maxDepth,
  Node,
  rawString,
  StudyReader,
  tooDeep,
} from './read';

export interface OpenedRecord {
  readonly tracked: Tracked<unknown>;
  readonly reader: StudyReader;
  /** The resource being read. */
  readonly resource: Node;
  /** The Bundle's entries, if the record is a Bundle. */
  readonly entries: readonly Node[];
  readonly fullUrl: string | undefined;
}

/**
 * Opens a record: a resource of `type`, or a Bundle whose first resource of that type is read
 * (with the other entries there to resolve references). When the record is neither, the
 * result with the issue instead.
 */
export function openRecord(
  record: unknown,
  type: string,
  log: IssueLog,
  options: FhirReadOptions,
): OpenedRecord | RecordResult<never> {
  if (!isObject(record)) {
    log.source([], 'invalid_type', { expected: 'object' });
    return { value: undefined, lost: [], issues: log.issues };
  }
  if (tooDeep(record, maxDepth)) {
    log.source([], 'invalid_input', { reason: `nested deeper than ${maxDepth} levels` });
    return { value: undefined, lost: [], issues: log.issues };
  }
  const tracked = track(record);
  const top = new Node(record);
  let resource: Node | undefined;
  let entries: Node[] = [];
  let fullUrl: string | undefined;
  if (record.resourceType === type) resource = top;
  else if (record.resourceType === 'Bundle') {
    if (record.entry !== undefined && !Array.isArray(record.entry)) {
      log.source(['entry'], 'invalid_type', { expected: 'array' });
    }
    entries = items(child(top, 'entry'));
    const entry = entries.find((item) => rawString(at(item, 'resource', 'resourceType')) === type);
    if (entry) {
      resource = child(entry, 'resource');
      fullUrl = rawString(child(entry, 'fullUrl'));
    } else log.source(['entry'], 'required');
  } else {
    log.source(['resourceType'], 'unknown_code', {
      value: record.resourceType,
      allowed: [type, 'Bundle'],
    });
  }
  if (!resource) return { value: undefined, lost: tracked.unread(), issues: log.issues };
  const reader = new StudyReader(tracked.root, log, resource, entries, options);
  reader.read(child(resource, 'resourceType'));
  if (resource !== top) reader.read(child(top, 'resourceType'));
  return { tracked, reader, resource, entries, fullUrl };
}

export const isOpened = (opened: OpenedRecord | RecordResult<never>): opened is OpenedRecord =>
  'reader' in opened;

/**
 * Finishes a record: what was never read is lost (and, for records with provenance, its paths
 * go into `provenance.unmapped`); the record is validated and returned only when valid.
 */
export function finishRecord<T>(
  candidate: Record<string, unknown>,
  tracked: Tracked<unknown>,
  log: IssueLog,
  validate: Validator<T>,
): RecordResult<T> {
  const lost = tracked.unread();
  const record = compact(candidate) ?? {};
  const provenance = record.provenance as Record<string, unknown> | undefined;
  if (provenance && lost.length > 0) {
    // Keep what an earlier step already recorded.
    const earlier = Array.isArray(provenance.unmapped) ? (provenance.unmapped as string[]) : [];
    record.provenance = {
      ...provenance,
      unmapped: [...new Set([...earlier, ...lost.map((field) => field.pattern)])],
    };
  }
  const result = validate(record, { locale: log.locale });
  if (!result.ok) log.record(result.issues);
  return { value: result.ok ? result.value : undefined, lost, issues: log.issues };
}
