// Trial → FHIR → Trial gives the same trial, and every resource written is valid FHIR R4.
import type { Trial } from '@nrw-health/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFhirBundle } from './read';
import {
  anyTrialArbitrary,
  everyField,
  minimal,
  richTrials,
  trialArbitrary,
} from './testing/trials';
import { fhirProblems } from './testing/validator';
import { type FhirBundleOptions, trialsToFhirBundle } from './write';

const variants: [string, FhirBundleOptions][] = [
  ['collection', {}],
  ['transaction', { type: 'transaction' }],
  ['collection with a base URL', { baseUrl: 'https://fhir.example.org/fhir/' }],
];

/** Through FHIR and back, as JSON text in between, as a file or a server would carry it. */
function roundTrip(trials: readonly Trial[], options: FhirBundleOptions) {
  const bundle = trialsToFhirBundle(trials, options);
  return readFhirBundle(JSON.parse(JSON.stringify(bundle)));
}

describe.each(variants)('Trial → FHIR → Trial (%s)', (_, options) => {
  it.each(richTrials.map((trial) => [trial.identifiers.primary.id, trial]))(
    '%s comes back unchanged',
    (_, trial) => {
      const [result] = roundTrip([trial], options);
      expect(result?.issues).toEqual([]);
      expect(result?.lost).toEqual([]);
      expect(result?.value).toEqual(trial);
    },
  );

  it('gives back several trials, in order, sharing sponsors and sites', () => {
    const results = roundTrip(richTrials, options);
    expect(results.map((result) => result.value)).toEqual(richTrials);
  });

  it('gives two trials at the same site the same site back', () => {
    const site = { facility: 'Beispielpraxis', city: 'Moers', country: 'DE', district: '05170' };
    const trials = [
      { ...everyField, sites: [site] },
      // Without sponsors: the shared Location stands elsewhere in this trial's record.
      { ...minimal, sites: [site] },
    ];
    const bundle = JSON.parse(JSON.stringify(trialsToFhirBundle(trials, options)));
    expect(readFhirBundle(bundle).map((result) => result.value)).toEqual(trials);
    // Reading the same document twice gives the same.
    expect(readFhirBundle(bundle).map((result) => result.value)).toEqual(trials);
  });

  it('is lossless for any valid trial', () => {
    fc.assert(
      fc.property(fc.array(trialArbitrary, { minLength: 1, maxLength: 3 }), (trials) => {
        const results = roundTrip(trials, options);
        expect(results.map((result) => [result.issues, result.lost])).toEqual(
          trials.map(() => [[], []]),
        );
        expect(results.map((result) => result.value)).toEqual(trials);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe.each(variants)('FHIR written by the kit (%s)', (_, options) => {
  it('validates against FHIR R4, required value sets included', () => {
    expect(fhirProblems(trialsToFhirBundle(richTrials, options))).toEqual([]);
  });

  it('validates for any valid trial, whatever its texts', () => {
    fc.assert(
      fc.property(fc.array(anyTrialArbitrary, { minLength: 1, maxLength: 3 }), (trials) => {
        expect(fhirProblems(trialsToFhirBundle(trials, options))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('what FHIR cannot hold', () => {
  it('replaces control characters and broken UTF-16, leaves out blank texts, and stays valid', () => {
    const trial = {
      ...everyField,
      title: { public: { en: 'Bell\u0007 and\u0000 null', de: ' ' } },
      whyStopped: '\u0001\uD800',
      keywords: [' ', 'x'],
    };
    const bundle = trialsToFhirBundle([trial]);
    expect(fhirProblems(bundle)).toEqual([]);
    const back = readFhirBundle(bundle)[0]?.value;
    expect([back?.title.public, back?.whyStopped, back?.keywords]).toEqual([
      { en: 'Bell\uFFFD and\uFFFD null' },
      '\uFFFD\uFFFD',
      ['x'],
    ]);
  });

  it('keeps a year 0000 (no FHIR date) in the kit extension', () => {
    const trial = {
      ...everyField,
      dates: { start: { date: '0000', kind: 'actual' as const }, registered: '0000-01' },
    };
    const bundle = trialsToFhirBundle([trial]);
    expect(fhirProblems(bundle)).toEqual([]);
    expect(readFhirBundle(bundle)[0]?.value).toEqual(trial);
  });
});
