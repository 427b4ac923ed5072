// The FHIR reader never throws and never hangs, whatever it gets: arbitrary values, and Bundles
// the kit wrote or fixture records, mutated (truncated, wrong types, huge strings, odd Unicode,
// `__proto__` keys).
import { readFileSync } from 'node:fs';
import { validateTrial } from '@nrw-health/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordResult } from '../shared/result';
import { changeArbitrary, mutate, places } from '../testing/mutate';
import { fhirRecords, readFhirBundle, readFhirRecord } from './read';
import { richTrials, trialArbitrary } from './testing/trials';
import { trialsToFhirBundle } from './write';

const fixtures = new URL('../../../../../shared/fixtures/fhir-r4/', import.meta.url);
const fixture = (path: string) =>
  JSON.parse(readFileSync(new URL(path, fixtures), 'utf8')) as unknown;
const seeds: unknown[] = [
  fixture('de-mii-kds-studie/Bundle-mii-studie-test-data-bundle-studie.json'),
  fixture('de-mii-kds-studie/ResearchStudy-mii-exa-studie-studie.json'),
  fixture('de-mii-kds-studie/ResearchStudy-mii-exa-studie-cohort.json'),
  fixture('hl7-r4-official-examples/Bundle-bundle-transaction.json'),
  JSON.parse(JSON.stringify(trialsToFhirBundle(richTrials))),
  JSON.parse(JSON.stringify(trialsToFhirBundle(richTrials, { type: 'transaction' }))),
  JSON.parse(
    JSON.stringify(trialsToFhirBundle(richTrials, { baseUrl: 'https://fhir.example.org' })),
  ),
];

const change = changeArbitrary(['urn:uuid:', 'Organization/']);

/** Reading gives results of the promised shape, and any trial in them is valid. */
function expectWellFormed(results: readonly RecordResult<unknown>[]) {
  for (const result of results) {
    expect(Array.isArray(result.lost) && Array.isArray(result.issues)).toBe(true);
    if (result.value !== undefined) expect(validateTrial(result.value).ok).toBe(true);
  }
}

describe('readFhirBundle on hostile input', () => {
  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.anything({ withNullPrototype: true, withSparseArray: true, withBigInt: true }),
        ),
        (input) => {
          expectWellFormed(readFhirBundle(input));
          expectWellFormed([readFhirRecord(input)]);
          expect(() => [...fhirRecords(input)]).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on mutated records', () => {
    const mutated = fc
      .nat(seeds.length - 1)
      .chain((index) => {
        const seed = seeds[index];
        const all = places(seed);
        return fc.tuple(
          fc.constant(seed),
          fc.array(fc.tuple(fc.constantFrom(...all), change), { minLength: 1, maxLength: 4 }),
        );
      })
      .map(([seed, changes]) =>
        changes.reduce((value, [path, how]) => mutate(value, path, how), seed),
      );
    fc.assert(
      fc.property(mutated, (input) => {
        expectWellFormed(readFhirBundle(input));
        for (const record of fhirRecords(input)) expectWellFormed([readFhirRecord(record)]);
      }),
      { numRuns: 400 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it('never throws on Bundles of any trials, mutated', () => {
    const mutated = fc
      .array(trialArbitrary, { minLength: 1, maxLength: 2 })
      .chain((trials) => {
        const bundle = JSON.parse(JSON.stringify(trialsToFhirBundle(trials))) as unknown;
        return fc.tuple(fc.constant(bundle), fc.constantFrom(...places(bundle)), change);
      })
      .map(([bundle, path, how]) => mutate(bundle, path, how));
    fc.assert(
      fc.property(mutated, (input) => {
        expectWellFormed(readFhirBundle(input));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('refuses hostile nesting, and reads huge lists in time', () => {
    // JSON.parse takes nesting far deeper than any recursive walk could follow.
    const depth = 100_000;
    const deep = JSON.parse(
      `{"resourceType":"ResearchStudy","extension":${'['.repeat(depth)}1${']'.repeat(depth)}}`,
    );
    const [refused] = readFhirBundle(deep);
    expect(refused?.issues.map((issue) => issue.code)).toEqual(['invalid_input']);
    const study = {
      resourceType: 'ResearchStudy',
      status: 'active',
      title: 'Ä'.repeat(1_000_000),
      category: [{ coding: [{ code: 'interventional' }] }],
      identifier: Array.from({ length: 20_000 }, (_, index) => ({
        system: 'https://drks.de',
        value: `DRKS${String(index).padStart(8, '0')}`,
      })),
    };
    const started = performance.now();
    const [result] = readFhirBundle(JSON.parse(JSON.stringify(study)));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result?.value?.identifiers.secondary?.length).toBe(19_999);
  }, 30_000);

  it('checks long hostile URLs and e-mail addresses in linear time', () => {
    const study = {
      resourceType: 'ResearchStudy',
      status: 'active',
      title: 'Beispiel',
      identifier: [{ system: 'https://drks.de', value: 'DRKS00000001' }],
      category: [{ coding: [{ code: 'interventional' }] }],
      contact: [{ telecom: [{ system: 'email', value: `a@${'a.'.repeat(200_000)}@` }] }],
      relatedArtifact: [
        { type: 'documentation', label: 'registry-entry', url: `https://${'a'.repeat(400_000)} ` },
      ],
    };
    const started = performance.now();
    const [result] = readFhirBundle(study);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['relatedArtifact.0.url', 'invalid_format'],
      ['contact.0.telecom.0.value', 'invalid_format'],
    ]);
    expect(result?.value).toBeDefined();
  });
});
