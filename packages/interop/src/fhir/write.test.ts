import { identifierSystem } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { kitExtension } from './codes';
import { everyField, expandedAccess, minimal, valid } from './testing/trials';
import type { BundleEntry, Extension, Location, Organization, ResearchStudy } from './types';
import { trialsToFhirBundle } from './write';

const studyOf = (entries: BundleEntry[] | undefined) =>
  entries?.find((entry) => entry.resource?.resourceType === 'ResearchStudy')
    ?.resource as ResearchStudy;
const ofType = <T>(entries: BundleEntry[] | undefined, type: string) =>
  (entries ?? [])
    .filter((entry) => entry.resource?.resourceType === type)
    .map((entry) => entry.resource as T);
const extension = (extensions: Extension[] | undefined, url: string) =>
  extensions?.find((item) => item.url === url);

describe('trialsToFhirBundle', () => {
  const bundle = trialsToFhirBundle([everyField]);
  const study = studyOf(bundle.entry);

  it('writes a collection: the study first, then its sponsors and sites', () => {
    expect(bundle.type).toBe('collection');
    expect(bundle.entry?.map((entry) => entry.resource?.resourceType)).toEqual([
      'ResearchStudy',
      ...Array(4).fill('Organization'),
      ...Array(5).fill('Location'),
    ]);
    for (const entry of bundle.entry ?? []) {
      expect(entry.fullUrl).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(entry.resource).not.toHaveProperty('id');
      expect(entry).not.toHaveProperty('request');
    }
  });

  it('writes registry numbers with the systems core names (MII module Studie)', () => {
    expect(study.identifier?.slice(0, 3)).toEqual([
      { use: 'official', system: identifierSystem('nct'), value: 'NCT00000001' },
      { use: 'secondary', system: identifierSystem('drks'), value: 'DRKS00000002' },
      { use: 'secondary', system: identifierSystem('eudract'), value: '2019-000001-01' },
    ]);
    expect(study.identifier?.[6]).toEqual({
      use: 'secondary',
      type: {
        coding: [
          {
            system: 'https://nrw-health.github.io/fhir/CodeSystem/trial-registry',
            code: 'sponsor',
          },
        ],
      },
      value: 'BSP-2023-01, Teil|2',
      assigner: { display: 'Beispiel-Universitätsklinikum' },
    });
  });

  it('writes the titles, acronym and recruitment as the MII module Studie does', () => {
    expect(study.title).toBe('Beispielstudie zu Bewegung nach Herzinfarkt');
    expect(study._title?.extension).toEqual([
      { url: kitExtension('language'), valueCode: 'de' },
      {
        url: 'http://hl7.org/fhir/StructureDefinition/translation',
        extension: [
          { url: 'lang', valueCode: 'en' },
          { url: 'content', valueString: 'Example study of exercise after heart attack' },
        ],
      },
    ]);
    const label = extension(
      study.extension,
      'http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.label',
    );
    expect(label?.extension?.[0]).toEqual({
      url: 'type',
      valueCodeableConcept: {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/title-type', code: 'scientific' },
        ],
      },
    });
    expect(
      extension(
        study.extension,
        'https://www.medizininformatik-initiative.de/fhir/modul-studie/StructureDefinition/mii-ex-studie-akronym',
      ),
    ).toEqual({
      url: 'https://www.medizininformatik-initiative.de/fhir/modul-studie/StructureDefinition/mii-ex-studie-akronym',
      valueString: 'BEISPIEL-HERZ',
    });
    expect(
      extension(
        study.extension,
        'https://www.medizininformatik-initiative.de/fhir/modul-studie/StructureDefinition/mii-ex-studie-rekrutierung',
      )?.extension,
    ).toEqual([
      { url: 'rekrutierungsstart', valueDate: '2023-03' },
      { url: 'rekrutierungsziel', valueInteger: 240 },
    ]);
    // 3 000 000 000 is more than a FHIR integer holds.
    expect(extension(study.extension, kitExtension('enrolment'))?.extension).toEqual([
      { url: 'actual', valueDecimal: 3_000_000_000 },
    ]);
  });

  it('writes status and phase as FHIR codes, and what the codes cannot say in extensions', () => {
    // R4 has no "enrolling by invitation": active, with the harmonised code.
    expect(study.status).toBe('active');
    expect(study._status?.extension).toEqual([
      {
        url: kitExtension('trial-status'),
        valueCoding: {
          system: 'https://nrw-health.github.io/fhir/CodeSystem/trial-status',
          code: 'enrolling-by-invitation',
        },
      },
      { url: kitExtension('original'), valueString: 'Enrolling by invitation' },
    ]);
    // Phase 3 and 4 together have no FHIR code.
    expect(study.phase).toEqual({
      extension: [
        {
          url: kitExtension('trial-phase'),
          valueCoding: {
            system: 'https://nrw-health.github.io/fhir/CodeSystem/trial-phase',
            code: 'phase-3',
          },
        },
        {
          url: kitExtension('trial-phase'),
          valueCoding: {
            system: 'https://nrw-health.github.io/fhir/CodeSystem/trial-phase',
            code: 'phase-4',
          },
        },
        { url: kitExtension('original'), valueString: 'III/IV' },
      ],
    });
    const phase23 = studyOf(
      trialsToFhirBundle([valid({ ...minimal, phase: { codes: ['phase-2', 'phase-3'] } })]).entry,
    );
    expect(phase23.phase).toEqual({
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/research-study-phase',
          code: 'phase-2-phase-3',
        },
      ],
    });
    expect(studyOf(trialsToFhirBundle([minimal]).entry)._status).toBeUndefined();
    expect(studyOf(trialsToFhirBundle([expandedAccess]).entry).status).toBe('closed-to-accrual');
  });

  it('keeps dates with their precision, and actual or estimated', () => {
    expect(study.period).toEqual({
      start: '2023-03',
      _start: { extension: [{ url: kitExtension('date-kind'), valueCode: 'actual' }] },
      end: '2025',
      _end: { extension: [{ url: kitExtension('date-kind'), valueCode: 'estimated' }] },
    });
  });

  it('writes sponsors as Organizations, the lead one as ResearchStudy.sponsor, all as associated parties', () => {
    const organizations = ofType<Organization>(bundle.entry, 'Organization');
    // The primary and the secondary sponsor are one Organization.
    expect(organizations.map((organization) => organization.name)).toEqual([
      'Beispiel-Universitätsklinikum',
      'Beispielstiftung',
      'Beispielnetz NRW',
      'Beispiel Pharma',
    ]);
    expect(organizations[0]).toEqual({
      resourceType: 'Organization',
      name: 'Beispiel-Universitätsklinikum',
      address: [{ country: 'DE' }],
    });
    expect(study.sponsor).toEqual({ reference: bundle.entry?.[1]?.fullUrl });
    const parties = study.extension?.filter(
      (item) =>
        item.url ===
        'http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.associatedParty',
    );
    expect(
      parties?.map((party) => party.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code),
    ).toEqual(['lead-sponsor', 'funding-source', 'collaborator', 'sponsor', 'funding-source']);
    expect(parties?.[0]?.extension?.[1]).toEqual({
      url: 'classifier',
      valueCodeableConcept: {
        extension: [{ url: kitExtension('original'), valueString: 'OTHER' }],
        coding: [{ system: 'http://hl7.org/fhir/research-study-party-org-type', code: 'academic' }],
      },
    });
  });

  it('writes sites as Locations with the AGS on the city (de.basisprofil)', () => {
    const locations = ofType<Location>(bundle.entry, 'Location');
    const ags = (code: string) => ({
      url: 'http://fhir.de/StructureDefinition/destatis/ags',
      valueCoding: { system: 'http://fhir.de/sid/destatis/ags', code },
    });
    const district = (code: string) => ({
      url: kitExtension('district'),
      valueCoding: { system: 'http://fhir.de/sid/destatis/ags', code },
    });
    expect(locations[0]).toEqual({
      resourceType: 'Location',
      name: 'Beispiel-Universitätsklinikum',
      address: {
        city: 'Essen',
        // Essen is a kreisfreie Stadt: its municipality key is its district key + 000.
        _city: { extension: [ags('05113000')] },
        state: 'Nordrhein-Westfalen',
        postalCode: '45147',
        country: 'DE',
      },
      position: { longitude: 6.99, latitude: 51.43 },
    });
    // Moers lies in Kreis Wesel: its municipality key is not known, the district's is.
    expect(locations[1]?.address?._city).toEqual({ extension: [district('05170')] });
    expect(locations[2]?.address?._city).toEqual({
      extension: [ags('05913000'), district('05913000')],
    });
    expect(locations[4]?.address?._city).toEqual({ extension: [district('09162')] });
  });

  it('keeps what belongs to the trial at a site on the reference, not on the shared Location', () => {
    expect(study.site?.map((site) => site.reference?.slice(0, 9))).toEqual([
      'urn:uuid:',
      'urn:uuid:',
      'urn:uuid:',
      'urn:uuid:',
      'urn:uuid:',
      undefined,
      'urn:uuid:',
    ]);
    // Two sites at the same place are one Location.
    expect(study.site?.[3]?.reference).toBe(study.site?.[4]?.reference);
    expect(study.site?.[4]?.extension?.[0]?.extension).toEqual([
      {
        url: 'status',
        valueCoding: {
          system: 'https://nrw-health.github.io/fhir/CodeSystem/trial-status',
          code: 'completed',
        },
      },
    ]);
  });

  it('gives the same Bundle for the same trials, and shares sponsors and sites between trials', () => {
    expect(JSON.stringify(trialsToFhirBundle([everyField, expandedAccess]))).toBe(
      JSON.stringify(trialsToFhirBundle([everyField, expandedAccess])),
    );
    const alone = trialsToFhirBundle([expandedAccess]).entry?.map((entry) => entry.fullUrl);
    const together = trialsToFhirBundle([everyField, expandedAccess]).entry?.map(
      (entry) => entry.fullUrl,
    );
    // Beispiel Pharma sponsors both trials: the second trial adds only its study and site.
    expect(together?.slice(-2)).toEqual([alone?.[0], alone?.[2]]);
    expect(together).toContain(alone?.[1]);
  });

  it('gives two trials with the same number two entries', () => {
    const twice = trialsToFhirBundle([minimal, { ...minimal, title: { public: { en: 'Other' } } }]);
    const urls = twice.entry?.map((entry) => entry.fullUrl);
    expect(new Set(urls).size).toBe(2);
  });

  it('writes nothing for no trials', () => {
    expect(trialsToFhirBundle([])).toEqual({ resourceType: 'Bundle', type: 'collection' });
  });
});

describe('trialsToFhirBundle as a transaction', () => {
  const bundle = trialsToFhirBundle([everyField, minimal], { type: 'transaction' });

  it('updates each study conditionally on its registry number', () => {
    expect(bundle.type).toBe('transaction');
    expect(bundle.entry?.[0]?.request).toEqual({
      method: 'PUT',
      url: `ResearchStudy?identifier=${encodeURIComponent('https://clinicaltrials.gov|NCT00000001')}`,
    });
    expect(bundle.entry?.at(-1)?.request).toEqual({
      method: 'PUT',
      url: `ResearchStudy?identifier=${encodeURIComponent(`${identifierSystem('drks')}|DRKS00000001`)}`,
    });
  });

  it('creates sponsors and sites only if they do not exist yet', () => {
    expect(bundle.entry?.[1]?.request).toEqual({
      method: 'POST',
      url: 'Organization',
      ifNoneExist: 'name:exact=Beispiel-Universit%C3%A4tsklinikum&address-country=DE',
    });
    expect(bundle.entry?.[5]?.request).toEqual({
      method: 'POST',
      url: 'Location',
      ifNoneExist:
        'name:exact=Beispiel-Universit%C3%A4tsklinikum&address-city:exact=Essen&address-postalcode=45147&address-country=DE',
    });
  });

  it('escapes search values (FHIR escapes , $ | and \\)', () => {
    const study = valid({
      ...minimal,
      identifiers: { primary: { registry: 'sponsor', id: 'A,B|C' } },
    });
    const [entry] = trialsToFhirBundle([study], { type: 'transaction' }).entry ?? [];
    expect(decodeURIComponent(entry?.request?.url ?? '')).toBe(
      'ResearchStudy?identifier=|A\\,B\\|C',
    );
  });
});

describe('trialsToFhirBundle with a base URL', () => {
  const bundle = trialsToFhirBundle([everyField], { baseUrl: 'https://fhir.example.org/fhir/' });

  it('gives resources ids, absolute fullUrls and relative references', () => {
    const study = bundle.entry?.[0]?.resource as ResearchStudy;
    const organization = bundle.entry?.[1]?.resource as Organization;
    expect(study.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(bundle.entry?.[0]?.fullUrl).toBe(
      `https://fhir.example.org/fhir/ResearchStudy/${study.id}`,
    );
    expect(bundle.entry?.[1]?.fullUrl).toBe(
      `https://fhir.example.org/fhir/Organization/${organization.id}`,
    );
    expect(study.sponsor?.reference).toBe(`Organization/${organization.id}`);
  });
});
