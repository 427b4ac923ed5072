import {
  type IssueCode,
  type IssuePath,
  issueMessage,
  type Locale,
  type ValidationIssue,
} from '@nrw-health/core';
import type { ReadMarks } from './track';

/** A source field that had no place in the model: its path in the source, and its value. */
export interface LostField {
  /** Dot path with array indices, e.g. `protocolSection.contactsLocationsModule.locations[3].zip`. */
  readonly path: string;
  /** The path with array indices as `[*]`: one pattern per field, however many elements. */
  readonly pattern: string;
  readonly value: unknown;
}

/**
 * A problem found while reading: `in: 'source'` has a path in the source record (a value that
 * could not be read), `in: 'record'` a path in the model (the built record failed validation).
 */
export interface ReadIssue extends ValidationIssue {
  readonly in: 'source' | 'record';
}

/** What a reader returns for one source record. Nothing is dropped without a trace. */
export interface RecordResult<T> {
  /** The record, when it could be built and passes validation; undefined otherwise. */
  readonly value: T | undefined;
  /** Source fields that had no place in the model. */
  readonly lost: readonly LostField[];
  readonly issues: readonly ReadIssue[];
}

export interface ReadOptions {
  /** Language of issue messages. Default: en. */
  readonly locale?: Locale;
}

/**
 * Collects the issues of reading one record, with messages in the asked language. A reader that
 * marks what it reads itself, instead of reading through a `track` proxy, keeps its marks here.
 */
export class IssueLog {
  readonly issues: ReadIssue[] = [];
  readonly locale: Locale;
  readonly reads: ReadMarks | undefined;

  constructor(options: ReadOptions = {}, reads?: ReadMarks) {
    this.locale = options.locale ?? 'en';
    this.reads = reads;
  }

  /** A value of the source that could not be read; `path` is its path in the source. */
  source(path: IssuePath, code: IssueCode, params: Record<string, unknown> = {}): void {
    this.issues.push({
      in: 'source',
      path,
      code,
      message: issueMessage(code, params, this.locale),
    });
  }

  /** Issues of the built record, from a core validator. */
  record(issues: readonly ValidationIssue[]): void {
    for (const found of issues) this.issues.push({ ...found, in: 'record' });
  }
}
