import { readFileSync } from 'node:fs';
import { type Actor, validateActor } from '@nrw-health/core';
// The reference data; interop has no dependency on @nrw-health/data, so its source is imported.
import { actors } from '@nrw-health/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorsToFhirBundle, actorToFhir } from './actor';
import { readFhirOrganization, readFhirOrganizations } from './actor-read';
import { fhirProblems } from './testing/validator';

const fixtures = new URL('../../../../../shared/fixtures/fhir-r4/', import.meta.url);
const fixture = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(path, fixtures), 'utf8'));

/** A made-up actor that uses every field (identifiers with valid check digits, real districts). */
const fullActor: Actor = {
  id: 'beispiel-klinikum',
  kind: 'university-hospital',
  name: { de: 'Beispiel-Klinikum', en: 'Example Hospital' },
  shortName: { de: 'BK', en: 'EH' },
  identifiers: [
    { scheme: 'ik', value: '260000000' },
    { scheme: 'ror', value: '000000098' },
    { scheme: 'telematik-id', value: '5-2-BEISPIEL-0001' },
    { scheme: 'hospital-site', value: '770000001' },
    { scheme: 'register', court: 'Amtsgericht Beispielstadt', number: 'HRB 12345' },
    { scheme: 'website', url: 'https://klinikum.beispiel.example' },
    { scheme: 'other', system: 'https://beispiel.example/sid/kliniken', value: 'BSP-1' },
    { scheme: 'other', system: 'Beispiel register', value: 'B 7' },
  ],
  address: {
    lines: ['Beispielstraße 1', 'Haus B'],
    postalCode: '45147',
    city: 'Essen',
    district: '05113',
    state: 'DE-NW',
    country: 'DE',
  },
  coordinates: { lat: 51.43, lon: 6.99 },
  founded: 1909,
  sectors: ['medical-care', 'inpatient-care'],
  topics: ['digital-hospital', 'clinical-research'],
  competences: [
    { de: 'Beispielhafte Tumormedizin', en: 'Example oncology' },
    { de: 'Telemedizin' },
  ],
  description: { de: 'Ein erfundenes Klinikum.', en: 'A made-up hospital.' },
  memberships: ['beispiel-netzwerk', 'beispiel-verbund'],
  studyCentre: {
    specialities: ['Onkologie', { de: 'Kardiologie', en: 'Cardiology' }],
    experience: { since: 1995, trials: 250 },
    phases: ['phase-1', 'phase-3'],
  },
  website: 'https://klinikum.beispiel.example',
  provenance: {
    sources: [
      { id: 'stammdaten', title: 'Beispiel-Stammdaten', retrieved: '2024-05-17' },
      { id: 'register', title: 'Beispiel-Register', url: 'https://register.beispiel.example' },
    ],
    fields: { '/name': 0, '/identifiers': 1 },
    unmapped: ['/legacy/bettenzahl'],
  },
};

const network: Actor = {
  id: 'beispiel-netzwerk',
  kind: 'network',
  name: { de: 'Beispiel-Netzwerk' },
  address: { city: 'Recklinghausen', district: '05562', state: 'DE-NW', country: 'DE' },
  provenance: { sources: [{ title: 'Synthetisches Beispiel' }] },
};

const testActors: Actor[] = [...actors, fullActor, network];

describe('actorToFhir', () => {
  it('writes identifiers, name, kind and address by de.basisprofil conventions', () => {
    const organization = actorToFhir(fullActor);
    expect(organization.identifier).toContainEqual({
      type: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'XX' }],
      },
      system: 'http://fhir.de/sid/arge-ik/iknr',
      value: '260000000',
    });
    expect(organization.identifier).toContainEqual({
      system: 'https://ror.org',
      value: '000000098',
    });
    expect(organization.identifier).toContainEqual({
      type: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'PRN' }],
      },
      system: 'https://gematik.de/fhir/sid/telematik-id',
      value: '5-2-BEISPIEL-0001',
    });
    expect(organization.type).toEqual([
      {
        coding: [
          {
            system: 'https://nrw-health.github.io/fhir/CodeSystem/actor-kind',
            code: 'university-hospital',
          },
          { system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'prov' },
        ],
      },
    ]);
    expect(organization.name).toBe('Beispiel-Klinikum');
    expect(organization._name?.extension).toContainEqual({
      url: 'http://hl7.org/fhir/StructureDefinition/translation',
      extension: [
        { url: 'lang', valueCode: 'en' },
        { url: 'content', valueString: 'Example Hospital' },
      ],
    });
    expect(organization.address).toEqual([
      {
        line: ['Beispielstraße 1', 'Haus B'],
        city: 'Essen',
        // Essen is a kreisfreie Stadt: its municipality key is the district key + 000.
        _city: {
          extension: [
            {
              url: 'http://fhir.de/StructureDefinition/destatis/ags',
              valueCoding: { system: 'http://fhir.de/sid/destatis/ags', code: '05113000' },
            },
            {
              url: 'https://nrw-health.github.io/fhir/StructureDefinition/district',
              valueCoding: { system: 'http://fhir.de/sid/destatis/ags', code: '05113' },
            },
          ],
        },
        state: 'DE-NW',
        postalCode: '45147',
        country: 'DE',
      },
    ]);
    expect(organization.telecom).toEqual([
      { system: 'url', value: 'https://klinikum.beispiel.example' },
    ]);
    expect(organization.partOf).toEqual({
      identifier: {
        system: 'https://nrw-health.github.io/fhir/sid/actor',
        value: 'beispiel-netzwerk',
      },
    });
    expect(organization.contained).toEqual([
      {
        resourceType: 'Location',
        id: 'site',
        identifier: [
          {
            system: 'https://nrw-health.github.io/fhir/sid/actor-site',
            value: 'beispiel-klinikum',
          },
        ],
        position: { longitude: 6.99, latitude: 51.43 },
        managingOrganization: { reference: '#' },
      },
    ]);
  });

  it('gives valid FHIR R4 for every actor of @nrw-health/data and the examples', () => {
    const problems = testActors.flatMap((actor) =>
      fhirProblems(actorToFhir(actor)).map((problem) => `${actor.id}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('actorsToFhirBundle', () => {
  it('gives valid collection and transaction Bundles', () => {
    for (const type of ['collection', 'transaction'] as const) {
      expect(fhirProblems(actorsToFhirBundle(testActors, { type }))).toEqual([]);
    }
  });

  it('puts a Location next to an Organization with coordinates, and links memberships', () => {
    const bundle = actorsToFhirBundle([fullActor, network], { type: 'transaction' });
    const [organization, location, member] = bundle.entry!;
    expect(location!.resource).toMatchObject({
      resourceType: 'Location',
      position: { longitude: 6.99, latitude: 51.43 },
      managingOrganization: { reference: organization!.fullUrl },
    });
    expect(organization!.resource).toMatchObject({
      partOf: {
        reference: member!.fullUrl,
        identifier: { value: 'beispiel-netzwerk' },
      },
    });
    expect(organization!.request).toEqual({
      method: 'PUT',
      url: 'Organization?identifier=https%3A%2F%2Fnrw-health.github.io%2Ffhir%2Fsid%2Factor%7Cbeispiel-klinikum',
    });
    // Stable: the same actors give the same Bundle.
    expect(actorsToFhirBundle([fullActor, network], { type: 'transaction' })).toEqual(bundle);
  });
});

describe('round trip Actor → FHIR → Actor', () => {
  it.each(testActors.map((actor) => [actor.id, actor]))(
    '%s comes back unchanged from its Organization',
    (_id, actor) => {
      const result = readFhirOrganization(actorToFhir(actor));
      expect(result.issues).toEqual([]);
      expect(result.lost).toEqual([]);
      expect(result.value).toEqual(actor);
    },
  );

  it('gives back every actor from one Bundle, of either type', () => {
    for (const type of ['collection', 'transaction'] as const) {
      const results = readFhirOrganizations(actorsToFhirBundle(testActors, { type }));
      expect(results.flatMap((result) => [...result.issues, ...result.lost])).toEqual([]);
      expect(results.map((result) => result.value)).toEqual(testActors);
    }
  });

  it('keeps any valid actor', () => {
    // FHIR has no blank strings: the writer leaves them out, as the readers do.
    const content = fc.string({ minLength: 1 }).filter((value) => value.trim() !== '');
    const text = fc.dictionary(fc.constantFrom('de', 'en', 'fr'), content, { minKeys: 1 });
    fc.assert(
      fc.property(
        fc.record(
          {
            name: text,
            shortName: text,
            description: text,
            competences: fc.array(text, { maxLength: 2 }),
            specialities: fc.array(fc.oneof(content, text), {
              minLength: 1,
              maxLength: 2,
            }),
            // JSON has no -0.
            lat: fc.double({ min: -90, max: 90, noNaN: true }).map((value) => value + 0),
            lon: fc.double({ min: -180, max: 180, noNaN: true }).map((value) => value + 0),
            founded: fc.integer({ min: 1000, max: 2100 }),
          },
          { requiredKeys: ['name'] },
        ),
        (parts) => {
          const actor = {
            ...network,
            name: parts.name,
            ...(parts.shortName && { shortName: parts.shortName }),
            ...(parts.description && { description: parts.description }),
            ...(parts.competences?.length && { competences: parts.competences }),
            ...(parts.specialities && { studyCentre: { specialities: parts.specialities } }),
            ...(parts.lat !== undefined &&
              parts.lon !== undefined && { coordinates: { lat: parts.lat, lon: parts.lon } }),
            ...(parts.founded !== undefined && { founded: parts.founded }),
          };
          fc.pre(validateActor(actor).ok);
          const result = readFhirOrganization(actorToFhir(actor));
          expect(result.value).toEqual(actor);
          expect(fhirProblems(actorToFhir(actor))).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('Organizations from elsewhere', () => {
  it('reads the ISiK hospital: IKNR, Telematik-ID, the rest lost', () => {
    const result = readFhirOrganization(
      fixture('de-isik-basismodul/Organization-KrankenhausOrganisationBeispiel.json'),
    );
    expect(result.value).toEqual({
      id: 'krankenhausorganisationbeispiel',
      kind: 'other',
      name: { und: 'Uniklinik Entenhausen' },
      identifiers: [
        { scheme: 'ik', value: '260120196' },
        {
          scheme: 'other',
          system: 'https://fhir.kbv.de/NamingSystem/KBV_NS_Base_BSNR',
          value: '345678975',
        },
      ],
      provenance: {
        sources: [{ registry: 'fhir', recordId: 'KrankenhausOrganisationBeispiel' }],
        unmapped: ['meta'],
      },
    });
    // The example's Telematik-ID lacks the leading sector number ("5-2-…"): not one.
    expect(result.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['identifier.2.value', 'invalid_format'],
    ]);
    expect(result.lost.map((field) => field.path)).toEqual(['meta']);
  });

  it.each([
    'hl7-r4-official-examples/Organization-1.json',
    'hl7-r4-official-examples/Organization-2.json',
    'hl7-r4-official-examples/Organization-f001.json',
    'hl7-r4-official-examples/Organization-f002.json',
    'hl7-r4-official-examples/Organization-f201.json',
    'hl7-r4-official-examples/Organization-hl7.json',
    'hl7-r4-official-examples/Organization-2.16.840.1.113883.19.5.json',
    'de-isik-basismodul/Organization-AbteilungAllgemeinchirurgieOrganisationBeispiel.json',
  ])('reads %s without a throw, reporting what has no place', (path) => {
    const source = fixture(path);
    const result = readFhirOrganization(source);
    expect(result.value?.provenance.sources[0]?.registry).toBe('fhir');
    expect(result.lost.length).toBeGreaterThan(0);
    // Every leaf of the source is either in the actor or lost.
    expect(result.lost.every((field) => field.value !== undefined)).toBe(true);
  });

  it('reads all of a plain Organization of the MII module Studie', () => {
    const result = readFhirOrganization(
      fixture('de-mii-kds-studie/Organization-mii-exa-studie-author.json'),
    );
    expect(result.issues).toEqual([]);
    expect(result.lost).toEqual([]);
    expect(result.value).toMatchObject({ id: 'mii-exa-studie-author', kind: 'other' });
  });

  it('reads the position of a Location the Organization manages as its coordinates', () => {
    const organization = fixture('hl7-r4-official-examples/Organization-f001.json');
    const location = fixture('hl7-r4-official-examples/Location-1.json');
    const [result] = readFhirOrganizations({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: organization }, { resource: location }],
    });
    expect(result!.value?.coordinates).toEqual({ lat: 42.25475478, lon: -83.6945691 });
    const lost = result!.lost.map((field) => field.path);
    expect(lost).toContain('entry[1].resource.position.altitude');
    expect(lost).toContain('entry[1].resource.name');
  });

  it('resolves partOf to the actor id of the Organization in the Bundle', () => {
    const results = readFhirOrganizations({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: fixture('hl7-r4-official-examples/Organization-f001.json') },
        { resource: fixture('hl7-r4-official-examples/Organization-f002.json') },
      ],
    });
    expect(results.map((result) => result.value?.id)).toEqual(['f001', 'f002']);
    expect(results[1]!.value?.memberships).toEqual(['f001']);
  });
});

describe('bad input', () => {
  it('answers anything with issues, never a throw', () => {
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let depth = 0; depth < 1000; depth++) node = node.x = {};
    for (const input of [null, 42, 'Organization', [], {}, { resourceType: 'Patient' }, deep]) {
      const result = readFhirOrganization(input);
      expect(result.value).toBeUndefined();
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it('reports wrong types and keeps the rest', () => {
    const organization = actorToFhir(fullActor) as unknown as Record<string, unknown>;
    const result = readFhirOrganization({
      ...organization,
      name: 42,
      identifier: 'not a list',
      telecom: [{ system: 'url', value: 'not a url' }],
    });
    expect(result.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual(
      expect.arrayContaining([
        ['name', 'invalid_type'],
        ['identifier', 'invalid_type'],
        ['telecom.0.value', 'invalid_format'],
      ]),
    );
  });

  it('keeps __proto__ keys as data and reads huge strings in linear time', () => {
    const hostile = JSON.parse(
      `{"resourceType":"Organization","__proto__":{"polluted":true},"name":"${'a'.repeat(1_000_000)}","id":"${'-'.repeat(100_000)}"}`,
    );
    const result = readFhirOrganization(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.value?.name.und).toHaveLength(1_000_000);
    expect(result.lost.map((field) => field.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^__proto__/)]),
    );
  });

  it('reports an IK with a wrong check digit and an unknown AGS, and reads the rest', () => {
    const result = readFhirOrganization({
      resourceType: 'Organization',
      name: 'Beispiel',
      identifier: [{ system: 'http://fhir.de/sid/arge-ik/iknr', value: '260000001' }],
      address: [
        {
          city: 'Nirgendwo',
          _city: {
            extension: [
              {
                url: 'http://fhir.de/StructureDefinition/destatis/ags',
                valueCoding: { system: 'http://fhir.de/sid/destatis/ags', code: '05999000' },
              },
            ],
          },
          country: 'DE',
        },
      ],
    });
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'invalid_check_digit',
      'unknown_region',
    ]);
    expect(result.value).toMatchObject({ id: 'beispiel', address: { city: 'Nirgendwo' } });
  });
});
