// pnpm bench: ClinicalTrials.gov JSON → Trial, as a ratio to bare JSON.parse of the same bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { ctgovReader } from './json';

const fixtures = new URL(
  '../../../../../../shared/fixtures/ctgov-v2-json/studies/',
  import.meta.url,
);
const texts = readdirSync(fixtures)
  .filter((name) => name.endsWith('.json'))
  .map((name) => readFileSync(new URL(name, fixtures), 'utf8'));
const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1e6;

// One run takes tens of milliseconds: the default half second gives a mean of ten runs, too few on
// a busy machine. Three seconds give some forty there, a hundred and more on a quiet one.
const options = { time: 3000 };

describe(`CT.gov JSON → Trial (${texts.length} files, ${megabytes.toFixed(1)} MB, 420 studies)`, () => {
  bench(
    'JSON.parse alone',
    () => {
      for (const text of texts) JSON.parse(text);
    },
    options,
  );
  bench(
    'JSON.parse, then read every study to a validated Trial',
    () => {
      for (const text of texts) {
        for (const record of ctgovReader.records(JSON.parse(text))) ctgovReader.read(record);
      }
    },
    options,
  );
});
