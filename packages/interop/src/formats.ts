import type { Trial } from '@nrw-health/core';
import type { ReadOptions, RecordResult } from './shared/result';

/** The trial formats the kit reads (names as in the CLI: `--from <format>`). */
export type TrialFormatName =
  | 'ctgov'
  | 'ctgov-xml'
  | 'drks'
  | 'ctis'
  | 'euctr'
  | 'ictrp'
  | 'fhir'
  | 'ndjson';

/** A reader of one trial registry format. */
export interface TrialReader {
  readonly format: TrialFormatName;
  /** What a document of the format is: parsed JSON, or text (XML, CSV). */
  readonly input: 'json' | 'text';
  /**
   * The source records of one document: a study, an API page's studies, the items of an array,
   * the rows of a CSV. Never throws: a document it cannot split yields nothing, and `read`
   * reports the record it cannot read.
   */
  records(document: unknown): Iterable<unknown>;
  /** One source record as a Trial, with the fields it had no place for and what went wrong. */
  read(record: unknown, options?: ReadOptions): RecordResult<Trial>;
}
