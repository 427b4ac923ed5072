import { type Trial, validateTrial } from '@nrw-health/core';
import type { TrialReader } from './formats';
import { IssueLog } from './shared/result';

/**
 * NDJSON (or a JSON array) of the kit's own Trial records, for streaming between tools. Read
 * records are validated with core; fields the model does not have are reported by the validator
 * (`unrecognized_key`), so nothing is lost silently.
 */
export const ndjsonTrialReader: TrialReader = {
  format: 'ndjson',
  input: 'json',
  records: (document) => [document],
  read(record, options) {
    const log = new IssueLog(options);
    const result = validateTrial(record, { locale: log.locale });
    if (!result.ok) log.record(result.issues);
    return { value: result.ok ? result.value : undefined, lost: [], issues: log.issues };
  },
};

/** One Trial as an NDJSON line. */
export const toNdjsonLine = (trial: Trial): string => `${JSON.stringify(trial)}\n`;
