// Harmonisation in the library: linking and merging records of the registry fixtures, replicated
// (see testing/replicate.ts). `scripts/merge-scale.mjs` runs the CLI on 100,000 records with
// time and peak memory.
import { bench, describe } from 'vitest';
import { ictrpReader } from '../registries/ictrp/read';
import { writeIctrpCsv } from '../registries/ictrp/write';
import { harmoniseTrials } from './harmonise';
import { linkTrials } from './link';
import { mergeTrials } from './merge';
import { fixtureTrials, replicate } from './testing/replicate';

const trials = fixtureTrials();
// Each real record with the same trial as WHO's TRDS gives it (the kit's ICTRP writer and reader).
const trds = [...ictrpReader.records(writeIctrpCsv(trials))].map(
  (row) => ictrpReader.read(row).value!,
);
const records = replicate(trials, 10_000);

describe('harmonisation', () => {
  bench(
    `mergeTrials: ${trials.length} real records, each with its TRDS rendering`,
    () => {
      for (const [index, trial] of trials.entries()) {
        mergeTrials([trial, trds[index]!], { trusted: true });
      }
    },
    { iterations: 3 },
  );
  bench('linkTrials: 10,000 records, 10 % the second record of a trial', () => {
    linkTrials(records);
  });
  bench(
    'harmoniseTrials: 10,000 records, 10 % the second record of a trial',
    () => {
      harmoniseTrials(records, { trusted: true });
    },
    { iterations: 3 },
  );
});
