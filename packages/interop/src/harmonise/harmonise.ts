// Linking and merging in one call: the records of many trials in, one Trial per trial out.
import type { Trial, ValidationIssue } from '@nrw-health/core';
import { type LinkOptions, linkTrials } from './link';
import { type MergeConflict, mergeTrials } from './merge';
import type { MergeOptions } from './rules';

export interface HarmoniseOptions extends LinkOptions, MergeOptions {}

/** One trial, merged from the records that are it. */
export interface HarmonisedTrial {
  /** The positions of its records in the input, ascending. */
  readonly records: readonly number[];
  /** The link keys its records share (see `linkTrials`). */
  readonly via: readonly string[];
  readonly value: Trial;
  readonly conflicts: readonly MergeConflict[];
  readonly issues: readonly ValidationIssue[];
}

/**
 * Links the records (`linkTrials`) and merges each trial's records (`mergeTrials`). A record that
 * is linked to no other comes out unchanged (and unchecked). Trials come in the order of their
 * first record.
 */
export function harmoniseTrials(
  trials: readonly Trial[],
  options: HarmoniseOptions = {},
): HarmonisedTrial[] {
  return linkTrials(trials, options).map(({ records, via }) => {
    const merged =
      records.length === 1
        ? { value: trials[records[0]!]!, conflicts: [], issues: [] }
        : mergeTrials(
            records.map((record) => trials[record]!),
            options,
          );
    return { records, via, ...merged };
  });
}
