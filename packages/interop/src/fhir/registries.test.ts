// Real trials through FHIR: every registry fixture the kit's readers turn into a trial gives valid
// FHIR R4 (checked by an independent validator), and reads back as the same trial.
import { readdirSync, readFileSync } from 'node:fs';
import type { Trial } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import type { TrialFormatName } from '../formats';
import { trialReaders } from '../readers';
import { readFhirBundle } from './read';
import { fhirProblems } from './testing/validator';
import { trialsToFhirBundle } from './write';

const fixtures = new URL('../../../../../shared/fixtures/', import.meta.url);

/** The fixture files of each registry format: directory and file names. */
const sources: Partial<Record<TrialFormatName, { dir: string; files: RegExp }>> = {
  ctgov: { dir: 'ctgov-v2-json/studies/', files: /\.json$/ },
  'ctgov-xml': { dir: 'ctgov-legacy-xml/', files: /\.xml$/ },
  ctis: { dir: 'eu-ctr/ctrdata-demo/', files: /^CTIS_.*\.json$/ },
  euctr: { dir: 'eu-ctr/ctrdata-demo/', files: /^EUCTR_.*\.json$/ },
  drks: { dir: 'drks/', files: /^DRKS_trial-.*\.json$/ },
  ictrp: { dir: 'who-ictrp/', files: /\.csv$/ },
};

/** The trials a registry reader reads from its fixtures. */
function fixtureTrials(format: TrialFormatName): Trial[] {
  const reader = trialReaders[format];
  const source = sources[format];
  if (!reader || !source) return [];
  const dir = new URL(source.dir, fixtures);
  return readdirSync(dir)
    .filter((file) => source.files.test(file))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const document = reader.input === 'json' ? JSON.parse(text) : text;
      return [...reader.records(document)].flatMap((record) => reader.read(record).value ?? []);
    });
}

const formats = Object.keys(sources) as TrialFormatName[];

describe.each(formats)('%s fixtures through FHIR', (format) => {
  const trials = fixtureTrials(format);

  it.skipIf(trials.length === 0)(
    'give valid FHIR R4, required value sets included',
    () => {
      for (const type of ['collection', 'transaction'] as const) {
        expect(fhirProblems(trialsToFhirBundle(trials, { type }))).toEqual([]);
      }
    },
    // Hundreds of trials through the Medplum validator: about 15 s on an idle machine.
    240_000,
  );

  it.skipIf(trials.length === 0)(
    'come back unchanged',
    () => {
      const results = readFhirBundle(JSON.parse(JSON.stringify(trialsToFhirBundle(trials))));
      expect(results.map((result) => [result.issues, result.lost])).toEqual(
        trials.map(() => [[], []]),
      );
      expect(results.map((result) => result.value)).toEqual(trials);
    },
    60_000,
  );
});

it('reads hundreds of real trials', () => {
  const counts = Object.fromEntries(
    formats.map((format) => [format, fixtureTrials(format).length]),
  );
  // Registry readers not there yet count 0; ClinicalTrials.gov's alone has hundreds.
  expect(counts.ctgov ?? 0).toBeGreaterThan(300);
});
