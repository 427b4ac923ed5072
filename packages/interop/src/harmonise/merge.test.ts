import type { Trial } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { everyField, minimal } from '../fhir/testing/trials';
import { type MergeConflict, MergeInputError, mergeTrials } from './merge';
import { invented, unaccounted } from './testing/kept';
import { ctgovExample, drksExample, euctrExample, examples, valid } from './testing/records';

const conflictAt = (conflicts: readonly MergeConflict[], field: string) =>
  conflicts.find((conflict) => conflict.field === field);

/** The registry of the source a merged field came from. */
const sourceOf = (trial: Trial, pointer: string) => {
  const fields = trial.provenance.fields ?? {};
  for (let at = pointer; at; at = at.slice(0, at.lastIndexOf('/'))) {
    if (at in fields) return trial.provenance.sources[fields[at]!]?.registry;
  }
  return undefined;
};

describe('mergeTrials: one trial from three registries (synthetic)', () => {
  const { value, conflicts, issues } = mergeTrials(examples);

  it('gives a valid trial that keeps every source, sorted by registry order', () => {
    expect(issues).toEqual([]);
    expect(value.provenance.sources.map((source) => source.registry)).toEqual([
      'drks',
      'ctgov',
      'euctr',
    ]);
  });

  it('takes the primary identifier by registry order and keeps every other number', () => {
    expect(value.identifiers.primary).toEqual({ registry: 'drks', id: 'DRKS00000017' });
    expect(value.identifiers.secondary).toEqual([
      { registry: 'ctgov', id: 'NCT00000017' },
      { registry: 'sponsor', id: 'BSP-17', issuer: 'Beispiel-Universitätsklinikum Essen' },
      { registry: 'euctr', id: '2022-000017-17' },
    ]);
    // The same sponsor number written otherwise is one number, its other wording reported.
    expect(conflictAt(conflicts, '/identifiers/secondary/1')).toMatchObject({
      kind: 'wording',
      values: [
        { value: { id: 'BSP-17' }, sources: [0] },
        {
          value: { id: 'BSP 17', issuer: 'Beispiel-Universitätsklinikum Essen AöR' },
          sources: [1],
        },
      ],
    });
  });

  it('takes the status of the most recent record and lists the others with their sources', () => {
    expect(value.status).toEqual(ctgovExample.status);
    expect(sourceOf(value, '/status')).toBe('ctgov');
    expect(conflictAt(conflicts, '/status')).toEqual({
      field: '/status',
      kind: 'value',
      rule: 'most-recent',
      values: [
        { value: ctgovExample.status, sources: [1] },
        { value: drksExample.status, sources: [0] },
        { value: euctrExample.status, sources: [2] },
      ],
    });
  });

  it('takes German titles from the registry of the sponsor’s country, English ones from CT.gov', () => {
    expect(value.title.public).toEqual({
      de: drksExample.title.public.de,
      en: ctgovExample.title.public.en,
    });
    expect(sourceOf(value, '/title/public/de')).toBe('drks');
    expect(sourceOf(value, '/title/public/en')).toBe('ctgov');
    expect(value.title.scientific).toEqual(euctrExample.title.scientific);
    expect(sourceOf(value, '/title/scientific/de')).toBe('euctr');
    expect(conflictAt(conflicts, '/title/public/en')).toMatchObject({
      kind: 'value',
      rule: ['ctgov'],
      values: [
        { value: 'Exercise After Heart Attack (Example)', sources: [1] },
        { value: 'Example study of exercise after heart attack', sources: [0, 2] },
      ],
    });
  });

  it('keeps start and completion dates of one record, so that they stay in order', () => {
    expect(value.dates?.start).toEqual(ctgovExample.dates?.start);
    expect(value.dates?.completion).toEqual(ctgovExample.dates?.completion);
    expect(conflictAt(conflicts, '/dates')?.values[1]?.value).toEqual({
      start: drksExample.dates?.start,
      completion: drksExample.dates?.completion,
    });
    // The registration date is the primary registry's.
    expect(value.dates?.registered).toBe(drksExample.dates?.registered);
    expect(conflictAt(conflicts, '/dates/registered')?.rule).toBe('primary-registry');
  });

  it('unions sites, the same site spelled differently once', () => {
    expect(value.sites?.map((site) => site.facility)).toEqual([
      'Beispiel-Universitätsklinikum Köln',
      'Beispielpraxis',
      'Voorbeeldziekenhuis',
    ]);
    // The site status only CT.gov gives is kept, from CT.gov.
    expect(value.sites?.[0]?.status?.code).toBe('recruiting');
    expect(sourceOf(value, '/sites/0/status')).toBe('ctgov');
    expect(conflictAt(conflicts, '/sites/0/facility')).toMatchObject({ kind: 'wording' });
    expect(conflictAt(conflicts, '/sites/0/city')).toMatchObject({
      kind: 'wording',
      values: [{ value: 'Köln' }, { value: 'Cologne' }],
    });
  });

  it('unions conditions, keywords and sponsors; a sponsor named by two registries once', () => {
    expect(value.conditions?.map((condition) => condition.text)).toEqual([
      'Myokardinfarkt',
      'Myocardial Infarction',
    ]);
    expect(value.keywords).toEqual(['Rehabilitation', 'exercise']);
    expect(value.sponsors).toEqual([
      {
        name: 'Beispiel-Universitätsklinikum Essen',
        role: 'primary',
        class: 'academic',
        originalClass: 'OTHER',
        country: 'DE',
      },
    ]);
    expect(value.provenance.unmapped).toEqual([
      'protocolSection.oversightModule',
      'registrationType',
    ]);
  });

  it('loses nothing and makes nothing up', () => {
    expect(unaccounted(examples, { value, conflicts })).toEqual([]);
    expect(invented(examples, value)).toEqual([]);
  });

  it('reports a conflict of wording only when the values mean the same', () => {
    expect(conflictAt(conflicts, '/studyType')).toMatchObject({ kind: 'wording' });
    expect(conflictAt(conflicts, '/keywords/0')).toMatchObject({ kind: 'wording' });
    for (const field of ['/status', '/url', '/dates/lastUpdated']) {
      expect(conflictAt(conflicts, field)?.kind).toBe('value');
    }
  });
});

describe('mergeTrials: rules the caller chooses', () => {
  it('prefers one registry for one field', () => {
    const { value, conflicts } = mergeTrials(examples, { rules: { '/title/public/en': ['drks'] } });
    expect(value.title.public.en).toBe(drksExample.title.public.en);
    expect(conflictAt(conflicts, '/title/public/en')?.rule).toEqual(['drks']);
  });

  it('applies a rule to the fields inside the field it names', () => {
    const { value } = mergeTrials(examples, { rules: { '/dates': ['drks'] } });
    expect(value.dates?.registered).toBe(drksExample.dates?.registered);
    expect(value.dates?.start).toEqual(drksExample.dates?.start);
    expect(value.dates?.lastUpdated).toBe(drksExample.dates?.lastUpdated);
  });

  it('prefers the most recent record for every field', () => {
    const { value } = mergeTrials(examples, { prefer: 'most-recent' });
    expect(value.identifiers.primary.id).toBe('NCT00000017');
    expect(value.title.public.en).toBe(ctgovExample.title.public.en);
    expect(value.url).toBe(ctgovExample.url);
  });

  it('prefers the registry of the sponsor’s country everywhere', () => {
    const { value } = mergeTrials(examples, { prefer: 'sponsor-country' });
    expect(value.title.public.en).toBe(drksExample.title.public.en);
    expect(value.status).toEqual(drksExample.status);
  });

  it('takes an explicit registry order, and the caller’s rule beats `prefer`', () => {
    const { value } = mergeTrials(examples, {
      registryOrder: ['euctr', 'ctgov', 'drks'],
      prefer: 'registry-order',
      rules: { '/status': 'most-recent' },
    });
    expect(value.identifiers.primary.id).toBe('2022-000017-17');
    expect(value.provenance.sources.map((source) => source.registry)).toEqual([
      'euctr',
      'ctgov',
      'drks',
    ]);
    expect(value.title.public.en).toBe(euctrExample.title.public.en);
    expect(value.status).toEqual(ctgovExample.status);
  });

  it('takes texts of a sponsor outside Europe from the registry order', () => {
    const american = (trial: Trial): Trial => ({
      ...trial,
      sponsors: [{ name: 'Example University', role: 'primary', country: 'US' }],
    });
    const de = { ...ctgovExample.title.public, de: 'CT.gov-Titel (Beispiel)' };
    const records = [american(drksExample), american({ ...ctgovExample, title: { public: de } })];
    // sponsor-country for a US sponsor: CT.gov first, also for the German title.
    expect(mergeTrials(records).value.title.public.de).toBe('CT.gov-Titel (Beispiel)');
  });

  it('names a rule that is none, and a field that is no pointer', () => {
    expect(() => mergeTrials(examples, { prefer: 'newest' as never })).toThrow(
      /prefer: "newest" is no merge rule/,
    );
    expect(() => mergeTrials(examples, { rules: { '/status': ['drks', 'xyz'] as never } })).toThrow(
      TypeError,
    );
    expect(() => mergeTrials(examples, { rules: { status: 'most-recent' } })).toThrow(
      /"status" is no JSON Pointer/,
    );
  });
});

describe('mergeTrials: corners', () => {
  it('gives a record merged with itself back unchanged', () => {
    for (const trial of [everyField, minimal, ...examples]) {
      expect(mergeTrials([trial, structuredClone(trial)])).toEqual({
        value: trial,
        conflicts: [],
        issues: [],
      });
    }
  });

  it('never merges two sites of one record, however alike', () => {
    const berlin = valid({
      ...minimal,
      sites: [
        { city: 'Berlin', country: 'DE', status: { code: 'recruiting' } },
        { city: 'Berlin', country: 'DE' },
      ],
    });
    const other = valid({
      ...minimal,
      identifiers: { primary: { registry: 'ctgov', id: 'NCT00000001' } },
      sites: [{ city: 'berlin', country: 'DE' }],
      provenance: { sources: [{ registry: 'ctgov' }] },
    });
    const { value, conflicts } = mergeTrials([berlin, other]);
    expect(value.sites).toEqual(berlin.sites);
    expect(conflicts.filter((conflict) => conflict.field.startsWith('/sites'))).toEqual([
      expect.objectContaining({ field: '/sites/0/city', kind: 'wording' }),
    ]);
  });

  it('keeps one number per registry: the same number from two issuers is reported, not doubled', () => {
    const a = valid({
      ...minimal,
      identifiers: {
        primary: minimal.identifiers.primary,
        secondary: [{ registry: 'sponsor', id: 'X-1', issuer: 'Beispiel A' }],
      },
    });
    const b = valid({
      ...minimal,
      identifiers: {
        primary: { registry: 'ctgov', id: 'NCT00000001' },
        secondary: [
          { registry: 'sponsor', id: 'X-1', issuer: 'Beispiel B' },
          { registry: 'drks', id: 'DRKS00000001' },
        ],
      },
      provenance: { sources: [{ registry: 'ctgov' }] },
    });
    const result = mergeTrials([a, b]);
    expect(result.issues).toEqual([]);
    expect(result.value.identifiers.secondary).toEqual([
      { registry: 'sponsor', id: 'X-1', issuer: 'Beispiel A' },
      { registry: 'ctgov', id: 'NCT00000001' },
    ]);
    expect(unaccounted([a, b], result)).toEqual([]);
  });

  it('reads an EudraCT number with its country suffix, held as another registry’s, as the same number', () => {
    const a = valid({
      ...minimal,
      identifiers: {
        primary: minimal.identifiers.primary,
        secondary: [{ registry: 'other', id: 'EUCTR2019-001234-56-DE', issuer: 'EUCTR' }],
      },
    });
    const b = valid({
      ...minimal,
      identifiers: { primary: { registry: 'euctr', id: '2019-001234-56' } },
      provenance: { sources: [{ registry: 'euctr' }] },
    });
    const { value, conflicts } = mergeTrials([a, b]);
    expect(value.identifiers.secondary).toEqual([{ registry: 'euctr', id: '2019-001234-56' }]);
    expect(conflicts).toEqual([
      expect.objectContaining({ field: '/identifiers/secondary/0', kind: 'wording' }),
    ]);
  });

  it('merges a merged record again, reading the source of each field from provenance.fields', () => {
    const first = mergeTrials([drksExample, ctgovExample]).value;
    const again = mergeTrials([first, euctrExample]).value;
    expect(again).toEqual(mergeTrials(examples).value);
  });

  it('answers no trials with a TypeError, and an invalid one with a MergeInputError', () => {
    expect(() => mergeTrials([])).toThrow(TypeError);
    const broken = { ...minimal, status: { code: 'ongoing' } } as unknown as Trial;
    let error: unknown;
    try {
      mergeTrials([minimal, broken]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MergeInputError);
    expect(error).toMatchObject({
      index: 1,
      message: expect.stringMatching(/^trial 1 is not a valid Trial: status\.code/),
    });
  });
});

describe('mergeTrials: records merged before', () => {
  // Found by the property test merge(A, merge(B, C)) = merge(A, B, C): when B and C gave the same
  // German title, merge(B, C) credited it to the registry its field rule prefers (ClinicalTrials.gov),
  // not to the one the German-text rule prefers (the EU register of the sponsor's country), so A's
  // title won the second merge.
  const record = (
    primary: Trial['identifiers']['primary'],
    source: 'ctgov' | 'euctr',
    title: string,
  ): Trial => ({
    identifiers: { primary },
    title: { public: { de: title } },
    status: { code: 'not-yet-recruiting' },
    studyType: { code: 'interventional' },
    sponsors: [{ name: 'Beispiel-Sponsor', role: 'primary', country: 'DE' }],
    provenance: { sources: [{ registry: source }] },
  });
  const eudract = { registry: 'euctr', id: '2019-001234-56' } as const;
  const a = record(eudract, 'ctgov', 'Beispielstudie A');
  const b = record(eudract, 'euctr', 'Beispielstudie');
  const c = record({ registry: 'ctis', id: '2023-501234-12-00' }, 'ctgov', 'Beispielstudie');

  it('credits a text to the source its language’s rule prefers, so merging again agrees', () => {
    const bc = mergeTrials([b, c]).value;
    const euctr = bc.provenance.sources.findIndex((source) => source.registry === 'euctr');
    expect(bc.provenance.fields?.['/title/public/de'] ?? bc.provenance.fields?.['/title']).toBe(
      euctr,
    );
    const nested = mergeTrials([a, bc]).value;
    const flat = mergeTrials([a, b, c]).value;
    expect(flat.title.public).toEqual({ de: 'Beispielstudie' });
    expect(nested.title).toEqual(flat.title);
  });
});
