import { readdirSync, readFileSync } from 'node:fs';
import { validateTrial } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { isLost } from '../../testing/lost';
import { ctisPhaseCodes, ctisStatusCodes, ctisStatuses, euPhases } from './codes';
import { ctisReader, readCtis } from './ctis';

const fixtures = new URL('../../../../../../shared/fixtures/eu-ctr/ctrdata-demo/', import.meta.url);
const names = readdirSync(fixtures).filter((name) => name.startsWith('CTIS_'));
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));

/** A trial in the layout of 2024 with only the fields a test needs. */
const minimal = (extra: Record<string, unknown> = {}) => ({
  ctNumber: '2024-512345-12-00',
  ctPublicStatusCode: 4,
  authorizedApplication: {
    authorizedPartI: {
      trialDetails: { clinicalTrialIdentifiers: { publicTitle: 'A trial', fullTitle: 'A trial' } },
    },
  },
  ...extra,
});

describe('ctisReader on every CTIS fixture', () => {
  it('finds the three fixtures', () => expect(names).toHaveLength(3));

  it.each(names)('%s reads to a Trial that validates', (name) => {
    const result = readCtis(fixture(name));
    expect(result.issues).toEqual([]);
    expect(result.value).toBeDefined();
    expect(validateTrial(result.value).ok).toBe(true);
    expect(result.value?.provenance.unmapped?.length).toBeGreaterThan(0);
  });

  it('splits a document: one trial, an array, nothing else', () => {
    const trial = fixture(names[0]!);
    expect([...ctisReader.records(trial)]).toEqual([trial]);
    expect([...ctisReader.records([trial, trial])]).toHaveLength(2);
    expect([...ctisReader.records('text')]).toEqual([]);
    expect([...ctisReader.records(null)]).toEqual([]);
  });
});

describe('a record of the layout before 2024 (2022-500244-37-00)', () => {
  const { value: trial, lost } = readCtis(fixture('CTIS_2022-500244-37-00.json'));

  it('maps identifiers, titles, status and phase', () => {
    expect(trial?.identifiers).toEqual({
      primary: { registry: 'ctis', id: '2022-500244-37-00' },
      secondary: [{ registry: 'sponsor', id: 'KIN001-204', issuer: 'Kinarus AG' }],
    });
    expect(trial?.title.public.en).toMatch(/^A 4-week double-blind, randomized/);
    expect(trial?.status).toEqual({
      code: 'not-yet-recruiting',
      original: 'Authorised, not started',
    });
    expect(trial?.phase).toEqual({
      codes: ['phase-2'],
      original: 'Therapeutic exploratory (Phase II)',
    });
    expect(trial?.studyType).toEqual({ code: 'interventional' });
    expect(trial?.url).toBe(
      'https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=2022-500244-37-00',
    );
  });

  it('keeps dates with their precision, planned ones as estimated', () => {
    expect(trial?.dates).toEqual({
      registered: '2022-04-19',
      start: { date: '2022-06-01', kind: 'estimated' },
      completion: { date: '2023-12-31', kind: 'estimated' },
      lastUpdated: '2022-08-03',
    });
  });

  it('maps the condition with its MedDRA term, products, sponsor and contacts', () => {
    expect(trial?.conditions).toEqual([
      {
        text: 'COVID-19',
        codes: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/mdr',
            code: '10084268',
            display: 'COVID-19',
            version: '23.0',
          },
        ],
      },
    ]);
    // Authorised products without a product name are named by their active substance.
    expect(trial?.interventions?.map((intervention) => intervention.name)).toEqual([
      'PIOGLITAZONE HYDROCHLORIDE',
      'Pioglitazone Placebo',
      'PAMAPIMOD',
      'Pamapimod Placebo',
    ]);
    expect(trial?.sponsors).toEqual([
      {
        name: 'Kinarus AG',
        role: 'primary',
        class: 'industry',
        originalClass: 'Pharmaceutical company',
        country: 'CH',
      },
      { name: 'Kinarus AG', role: 'funder' },
    ]);
    expect(trial?.contacts?.map((contact) => [contact.role, contact.name])).toEqual([
      ['public', 'Claudia Berger'],
      ['scientific', 'Thierry Fumeaux'],
    ]);
  });

  it('gives the Cologne site its district and its investigator', () => {
    expect(trial?.sites?.[0]).toEqual({
      facility: 'Praxis Am Ebertplatz',
      city: 'Cologne',
      postalCode: '50668',
      country: 'DE',
      district: '05315',
      contacts: [
        {
          role: 'principal-investigator',
          name: 'Christoph Wyen',
          affiliation: 'Praxis Am Ebertplatz',
          email: 'info@praxis-ebertplatz.de',
          phone: '+4922191408580',
        },
      ],
    });
    expect(trial?.sites?.[1]).toMatchObject({ city: 'Heidelberg', country: 'DE' });
    // The German authorisation of 3 August 2022 includes the ethics review.
    expect(trial?.ethics).toEqual({ status: 'approved', approved: '2022-08-03' });
    expect(trial?.sites?.[1]?.district).toBeUndefined();
  });

  it('adds the participants of the member states and of the rest of the world', () => {
    // 150 in Germany (Part II) and 290 in Switzerland (rowSubjectCount of Part I).
    expect(trial?.enrolment).toEqual({ target: 440 });
    expect(trial?.countries).toEqual(['DE', 'CH']);
    expect(trial?.eligibility).toMatchObject({
      sex: 'all',
      minimumAge: { value: 18, unit: 'years' },
    });
    expect(trial?.eligibility?.maximumAge).toBeUndefined();
    expect(trial?.eligibility?.inclusion?.en).toMatch(/^1\. Diagnosis of symptomatic COVID-19/);
    expect(trial?.eligibility?.exclusion?.en?.split('\n')).toHaveLength(11);
  });

  it('reports what has no place in the model, and not what it read', () => {
    const paths = new Set(lost.map((field) => field.path));
    for (const path of [
      'ctrname',
      'record_last_import',
      'hasDeferrallApplied',
      'publicEvaluation[0].decisions[0].decision',
      'authorizedPartI.products[0].evCode',
      'authorizedPartI.trialDetails.trialInformation.trialObjective.secondaryObjectives[0].secondaryObjective',
      'authorizedPartsII[0].trialSites[0].departmentName',
      // Duplicates of what Part I gives: the older copies of the application, the search row.
      'applications[0].partI.trialDetails.clinicalTrialIdentifiers.fullTitle',
      'trialPhase',
      'primarySponsor.organisation.name',
    ]) {
      expect(isLost(paths, path), path).toBe(true);
    }
    for (const read of [
      'ctNumber',
      'ctStatus',
      'authorizedPartI.trialDetails.clinicalTrialIdentifiers.publicTitle',
      'authorizedPartI.trialDetails.trialInformation.trialCategory.trialPhase',
      'authorizedPartsII[0].trialSites[0].organisationAddressInfo.address.city',
    ]) {
      expect(isLost(paths, read), read).toBe(false);
    }
    expect(trial?.provenance.unmapped).toContain('publicEvaluation');
  });
});

describe('a record of the layout since 2024 (2023-505613-24-00)', () => {
  const { value: trial, lost } = readCtis(fixture('CTIS_2023-505613-24-00.json'));

  it('reads the public status code and the dates of the search row', () => {
    expect(trial?.status).toEqual({ code: 'recruiting', original: 'Ongoing, recruiting' });
    // startDateEU "28/04/2021", lastUpdated "19/08/2025"
    expect(trial?.dates?.start).toEqual({ date: '2021-04-28', kind: 'actual' });
    expect(trial?.dates?.lastUpdated).toBe('2025-08-19');
    expect(trial?.dates?.registered).toBe('2024-03-05');
    expect(trial?.provenance.sources).toEqual([
      {
        registry: 'ctis',
        recordId: '2023-505613-24-00',
        lastUpdated: '2025-08-19',
        url: 'https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=2023-505613-24-00',
      },
    ]);
  });

  it('keeps the EudraCT number of a transitioned trial and the other registries', () => {
    expect(trial?.identifiers.secondary).toEqual([
      { registry: 'euctr', id: '2019-003842-34' },
      { registry: 'ctgov', id: 'NCT04665037' },
      { registry: 'other', id: '75,061; 125,097', issuer: 'IND' },
      { registry: 'sponsor', id: 'MK-5592-127', issuer: 'Merck Sharp & Dohme LLC' },
    ]);
  });

  it('keeps the translations of titles and criteria by language', () => {
    expect(Object.keys(trial?.title.public ?? {})).toEqual(['en', 'el', 'pl']);
    expect(trial?.title.public.pl).toMatch(/^Stosowanie posakonazolu/);
    expect(Object.keys(trial?.eligibility?.inclusion ?? {}).sort()).toEqual(['el', 'en', 'pl']);
  });

  it('maps the population, the products and the countries', () => {
    expect(trial?.eligibility).toMatchObject({
      sex: 'all',
      maximumAge: { value: 17, unit: 'years' },
      healthyVolunteers: false,
    });
    expect(trial?.interventions).toEqual([
      {
        name: 'Noxafil 300 mg concentrate for solution for infusion',
        type: 'drug',
        codes: [{ system: 'http://www.whocc.no/atc', code: 'J02AC04' }],
      },
      { name: 'Posaconazole', type: 'drug' },
    ]);
    expect(trial?.countries).toEqual(['BE', 'PL', 'GR', 'PH', 'IL', 'US', 'RU', 'MX', 'PE']);
    // 6 + 3 + 4 in the member states, 19 in the rest of the world.
    expect(trial?.enrolment).toEqual({ target: 32 });
    expect(trial?.sites).toHaveLength(6);
    // Poland authorised first (12 April 2024), then Belgium and Greece.
    expect(trial?.ethics).toEqual({ status: 'approved', approved: '2024-04-12' });
  });

  it('leaves the fallbacks it did not need unread', () => {
    const paths = new Set(lost.map((field) => field.path));
    for (const path of [
      'ctStatus',
      'trialPhase',
      'shortTitle',
      'authorizedApplication.authorizedPartI.trialDetails.trialInformation.trialDuration.estimatedRecruitmentStartDate',
      'documents[0].title',
      'events.trialEvents[0].events[0].notificationType',
    ]) {
      expect(isLost(paths, path), path).toBe(true);
    }
    expect(isLost(paths, 'ctPublicStatusCode')).toBe(false);
    expect(isLost(paths, 'startDateEU')).toBe(false);
  });
});

describe('a Dutch record before 2024 (2023-508143-51-01)', () => {
  const trial = readCtis(fixture('CTIS_2023-508143-51-01.json')).value;

  it('maps a hospital sponsor, its funders and the Dutch public title', () => {
    expect(trial?.phase).toEqual({ codes: ['phase-4'], original: 'Therapeutic use (Phase IV)' });
    expect(trial?.sponsors?.[0]).toEqual({
      name: 'Roessingh Centrum Voor Revalidatie',
      role: 'primary',
      class: 'academic',
      originalClass: 'Hospital/Clinic/Other health care facility',
      country: 'NL',
    });
    expect(
      trial?.sponsors?.filter((sponsor) => sponsor.role === 'funder').map((s) => s.name),
    ).toEqual(['Roessingh', 'Medtronic', 'neurobionic foundation']);
    expect(trial?.title.public.nl).toMatch(/^Longfunctie en slaapgerelateerde stoornissen/);
    expect(trial?.identifiers.secondary?.[0]).toEqual({ registry: 'euctr', id: '2021-004994-30' });
    expect(trial?.enrolment).toEqual({ target: 11 });
  });
});

describe('status and phase tables', () => {
  it.each(Object.entries(ctisStatusCodes))('public status code %s (%s) maps', (code, wording) => {
    const result = readCtis(minimal({ ctPublicStatusCode: Number(code) }));
    expect(result.value?.status).toEqual({
      code: ctisStatuses[wording as keyof typeof ctisStatuses],
      original: wording,
    });
    expect(result.issues).toEqual([]);
  });

  it('reads the wording of older records and reports a status it does not know', () => {
    const old = readCtis({
      ...minimal(),
      ctPublicStatusCode: undefined,
      ctStatus: 'ongoing,  recruitment ended',
    });
    expect(old.value?.status).toEqual({
      code: 'active-not-recruiting',
      original: 'ongoing,  recruitment ended',
    });
    const odd = readCtis({ ...minimal(), ctPublicStatusCode: 'Paused for lunch' });
    expect(odd.value?.status).toEqual({ code: 'unknown', original: 'Paused for lunch' });
    expect(odd.issues).toMatchObject([
      { in: 'source', path: ['ctPublicStatusCode'], code: 'unknown_code' },
    ]);
    const unknownCode = readCtis(minimal({ ctPublicStatusCode: 99 }));
    expect(unknownCode.value?.status).toEqual({ code: 'unknown', original: '99' });
    expect(unknownCode.issues.map((issue) => issue.code)).toEqual(['unknown_code']);
  });

  it('takes an ended trial for terminated when every member state ended it early', () => {
    const events = (types: string[][]) => ({
      trialEvents: types.map((list) => ({
        events: list.map((notificationType) => ({ notificationType })),
      })),
    });
    const early = readCtis(
      minimal({
        ctPublicStatusCode: 8,
        events: events([['START_OF_TRIAL', 'EARLY_TERMINATION'], ['EARLY_TERMINATION']]),
      }),
    );
    expect(early.value?.status).toEqual({ code: 'terminated', original: 'Ended' });
    const partly = readCtis(
      minimal({ ctPublicStatusCode: 8, events: events([['EARLY_TERMINATION'], ['END_OF_TRIAL']]) }),
    );
    expect(partly.value?.status).toEqual({ code: 'completed', original: 'Ended' });
  });

  it.each(Object.entries(ctisPhaseCodes))('phase code %s (%s) maps', (code, wording) => {
    const record = minimal();
    Object.assign(record.authorizedApplication.authorizedPartI, {
      trialDetails: {
        ...record.authorizedApplication.authorizedPartI.trialDetails,
        trialInformation: { trialCategory: { trialPhase: code } },
      },
    });
    expect(readCtis(record).value?.phase).toEqual({
      codes: euPhases[wording as keyof typeof euPhases],
      original: wording,
    });
  });

  it('reads phases from the wording of the search row, also in other orders', () => {
    expect(
      readCtis(minimal({ trialPhase: 'Phase I (Human Pharmacology)' })).value?.phase?.codes,
    ).toEqual(['phase-1']);
    const integrated = readCtis(minimal({ trialPhase: 'Phase II and Phase III (Integrated)' }));
    expect(integrated.value?.phase).toEqual({
      codes: ['phase-2', 'phase-3'],
      original: 'Phase II and Phase III (Integrated)',
    });
    // Not in the table: read from its words, and reported.
    const odd = readCtis(minimal({ trialPhase: 'Phase III (extension)' }));
    expect(odd.value?.phase).toEqual({ codes: ['phase-3'], original: 'Phase III (extension)' });
    expect(odd.issues.map((issue) => issue.code)).toEqual(['unknown_code']);
  });
});

describe('values of the wrong type', () => {
  it('reports them by path instead of failing', () => {
    const result = readCtis(
      minimal({
        lastUpdated: 20240101,
        startDateEU: '31/02/2024',
        authorizedApplication: {
          authorizedPartI: {
            trialDetails: { clinicalTrialIdentifiers: { publicTitle: 42, fullTitle: 'A trial' } },
            sponsors: 'Acme',
            rowSubjectCount: -3,
          },
          authorizedPartsII: [
            { recruitmentSubjectCount: '12', trialSites: [{ personInfo: { email: 'no mail' } }] },
          ],
        },
      }),
    );
    expect(result.value?.title.public).toEqual({ en: 'A trial' });
    expect(result.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual(
      expect.arrayContaining([
        ['lastUpdated', 'invalid_type'],
        ['startDateEU', 'invalid_format'],
        [
          'authorizedApplication.authorizedPartI.trialDetails.clinicalTrialIdentifiers.publicTitle',
          'invalid_type',
        ],
        ['authorizedApplication.authorizedPartI.sponsors', 'invalid_type'],
        ['authorizedApplication.authorizedPartI.rowSubjectCount', 'not_integer'],
        [
          'authorizedApplication.authorizedPartsII.0.trialSites.0.personInfo.email',
          'invalid_format',
        ],
      ]),
    );
    expect(result.value?.enrolment).toBeUndefined();
  });

  it.each([null, 42, 'CTIS', [], true])('a record that is %j is reported', (record) => {
    const result = readCtis(record);
    expect(result.value).toBeUndefined();
    expect(result.issues).toMatchObject([{ in: 'source', path: [], code: 'invalid_type' }]);
  });

  it('gives issues in German when asked', () => {
    const result = readCtis(minimal({ ctNumber: 'EU-CT 2024' }), { locale: 'de' });
    expect(result.value).toBeUndefined();
    expect(result.issues[0]).toMatchObject({
      in: 'source',
      path: ['ctNumber'],
      code: 'invalid_format',
    });
    expect(result.issues[0]?.message).toMatch(/Kein gültiges Format/);
  });
});
