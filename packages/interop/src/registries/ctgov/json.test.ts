import { type Trial, validateTrial } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { hasPath, isLost } from '../../testing/lost';
import { ctgovReader, readCtgovStudy } from './json';
import { generalise, jsonFixture, jsonFixtures } from './test-fixtures';

// biome-ignore lint/suspicious/noExplicitAny: test records are changed freely, wrong types included
type Study = Record<string, any>;

const studiesOf = (file: string) => [...ctgovReader.records(jsonFixture(file))] as Study[];
const studyOf = (file: string, nctId: string) =>
  studiesOf(file).find((study) => study.protocolSection.identificationModule.nctId === nctId)!;
const read = (record: unknown) => {
  const result = readCtgovStudy(record);
  return { ...result, trial: result.value as Trial };
};

/** A minimal study of API v2, changed by `patch`. */
function minimal(patch: (study: Study) => void = () => {}): Study {
  const study: Study = {
    protocolSection: {
      identificationModule: { nctId: 'NCT01234567', briefTitle: 'Example study' },
      statusModule: { overallStatus: 'RECRUITING' },
      designModule: { studyType: 'INTERVENTIONAL' },
    },
  };
  patch(study);
  return study;
}

describe('ctgovReader.records', () => {
  it('splits one study, an API page and a website download', () => {
    expect(studiesOf('aact_NCT00973089.json')).toHaveLength(1);
    expect(studiesOf('aact_NCT06388018_v2page.json')).toHaveLength(1);
    expect(studiesOf('dgg32_graph_bigquery_ctg-studies.json')).toHaveLength(100);
    const page = { studies: [{ a: 1 }, { b: 2 }], nextPageToken: 'abc', totalCount: 2 };
    expect([...ctgovReader.records(page)]).toEqual(page.studies);
    expect([...ctgovReader.records({ studies: [] })]).toEqual([]);
  });

  it('yields nothing for a document it cannot split', () => {
    for (const document of [null, undefined, 42, 'text', true, { studies: 'no' }]) {
      expect([...ctgovReader.records(document)]).toEqual([]);
    }
  });
});

describe('ctgovReader.read over every fixture', () => {
  const results = jsonFixtures().flatMap(({ file, document }) =>
    [...ctgovReader.records(document)].map((record) => ({ file, record, ...read(record) })),
  );

  it('reads all 420 studies into trials that validate', () => {
    expect(results).toHaveLength(420);
    const failed = results.filter((result) => !result.value);
    expect(failed.map((result) => [result.file, result.issues])).toEqual([]);
    for (const { trial } of results) expect(validateTrial(trial).ok).toBe(true);
  });

  it('reports no issue in the built records and only few in the sources', () => {
    const issues = results.flatMap((result) => result.issues);
    expect(issues.filter((issue) => issue.in === 'record')).toEqual([]);
    const codes = new Set(issues.map((issue) => issue.code));
    // Duplicate numbers (org study ID also listed as secondary ID) and one malformed e-mail.
    expect([...codes].sort()).toEqual(['duplicate', 'invalid_format']);
  });

  it('gives every site a country and every site in NRW its district', () => {
    const sites = results.flatMap(({ trial }) => trial.sites ?? []);
    expect(sites.length).toBeGreaterThan(2000);
    expect(sites.every((site) => site.country)).toBe(true);
    const nrwCities =
      /^(Aachen|Bochum|Bonn|Bottrop|Cologne|Dortmund|D[uü]sseldorf|Essen|Hamm|K[oö]ln|M[uü]nster|Paderborn|Recklinghausen|Witten)$/;
    const nrw = sites.filter((site) => site.country === 'DE' && nrwCities.test(site.city ?? ''));
    expect(nrw.length).toBeGreaterThan(20);
    for (const site of nrw) expect(site.district, site.city).toMatch(/^05\d{3}$/);
    const elsewhere = sites.filter((site) => site.country !== 'DE');
    expect(elsewhere.some((site) => site.district)).toBe(false);
  });

  it('keeps fields without a place as lost, and never loses a mapped field', () => {
    const lost = new Set(
      results.flatMap((result) => result.lost.map((field) => generalise(field.path))),
    );
    for (const path of [
      'protocolSection.oversightModule.oversightHasDmc',
      'protocolSection.armsInterventionsModule.armGroups[*].label',
      'protocolSection.armsInterventionsModule.interventions[*].otherNames[*]',
      'protocolSection.eligibilityModule.stdAges[*]',
      'protocolSection.statusModule.lastKnownStatus',
      'protocolSection.referencesModule.references[*].citation',
      'derivedSection.conditionBrowseModule.ancestors[*].term',
      'derivedSection.miscInfoModule.modelPredictions.bmiLimits.maxBmi',
      // A field the API does not have at all, in one of the downloads.
      'protocolSection.contactsLocationsModule.locations_nested[*].city',
    ]) {
      expect(isLost(lost, path), path).toBe(true);
    }
    for (const path of [
      'protocolSection.identificationModule.nctId',
      'protocolSection.identificationModule.briefTitle',
      'protocolSection.statusModule.overallStatus',
      'protocolSection.statusModule.startDateStruct.date',
      'protocolSection.statusModule.startDateStruct.type',
      'protocolSection.designModule.phases[*]',
      'protocolSection.designModule.enrollmentInfo.count',
      'protocolSection.contactsLocationsModule.locations[*].city',
      'protocolSection.contactsLocationsModule.locations[*].geoPoint.lat',
      'protocolSection.contactsLocationsModule.locations[*].contacts[*].name',
      'protocolSection.conditionsModule.conditions[*]',
      'derivedSection.conditionBrowseModule.meshes[*].id',
      'derivedSection.miscInfoModule.versionHolder',
      'hasResults',
    ]) {
      // Per record: a mapped field is never inside what that record lost.
      for (const result of results) {
        const lostHere = new Set(result.lost.map((field) => field.pattern));
        if (hasPath(result.record, path)) expect(isLost(lostHere, path), path).toBe(false);
      }
    }
  });

  it('names the unmapped paths in the provenance', () => {
    for (const { trial, lost } of results) {
      const paths = [...new Set(lost.map((field) => generalise(field.path)))];
      expect(trial.provenance.unmapped ?? []).toEqual(paths);
    }
  });
});

describe('ctgovReader.read, field by field', () => {
  it('maps a download record with sites in NRW (NCT05915728)', () => {
    const { trial, issues } = read(
      studyOf('dgg32_clinical-trials-public_ctg-studies.json', 'NCT05915728'),
    );
    expect(issues).toEqual([]);
    expect(trial.identifiers).toEqual({
      primary: { registry: 'ctgov', id: 'NCT05915728' },
      secondary: [
        { registry: 'sponsor', id: '21197', issuer: 'Bayer' },
        { registry: 'ctis', id: '2022-501885-24-00' },
      ],
    });
    expect(trial.title.acronym).toBe('Quanti OBR');
    expect(trial.title.public.en).toMatch(/^A Study to Compare How Well Gadoquatrane Works/);
    expect(trial.status).toEqual({ code: 'not-yet-recruiting', original: 'NOT_YET_RECRUITING' });
    expect(trial.phase).toEqual({ codes: ['phase-3'], original: 'PHASE3' });
    expect(trial.studyType).toEqual({ code: 'interventional', original: 'INTERVENTIONAL' });
    expect(trial.design).toMatchObject({
      allocation: 'randomised',
      model: 'crossover',
      masking: 'quadruple',
      purpose: 'diagnostic',
    });
    expect(trial.design?.description?.en).toContain(
      'Masked: Participant, Care Provider, Investigator, Outcomes Assessor',
    );
    expect(trial.dates).toEqual({
      registered: '2023-06-14',
      start: { date: '2023-07-26', kind: 'estimated' },
      primaryCompletion: { date: '2024-10-31', kind: 'estimated' },
      completion: { date: '2024-11-01', kind: 'estimated' },
      statusVerified: '2023-06',
      lastUpdated: '2023-06-27',
    });
    expect(trial.enrolment).toEqual({ target: 390 });
    expect(trial.eligibility).toMatchObject({
      sex: 'all',
      minimumAge: { value: 18, unit: 'years' },
      healthyVolunteers: false,
    });
    expect(trial.eligibility?.maximumAge).toBeUndefined();
    expect(trial.sponsors).toEqual([
      { name: 'Bayer', role: 'primary', class: 'industry', originalClass: 'INDUSTRY' },
    ]);
    expect(trial.contacts).toEqual([
      {
        role: 'public',
        name: 'Bayer Clinical Trials Contact',
        phone: '(+)1-888-84 22937',
        email: 'clinical-trials-contact@bayer.com',
      },
    ]);
    expect(trial.ipdSharing?.plan).toBe('no');
    expect(trial.ipdSharing?.description).toMatch(/^Availability of this study's data/);
    const byCity = (city: string) => trial.sites?.find((site) => site.city === city);
    expect(byCity('Bonn')).toEqual({
      facility: 'Uniklinik Bonn / Radiologie',
      city: 'Bonn',
      postalCode: '53127',
      state: 'Nordrhein-Westfalen',
      country: 'DE',
      district: '05314',
      coordinates: { lat: 50.73438, lon: 7.09549 },
    });
    expect(byCity('Aachen')?.district).toBe('05334');
    expect(byCity('Essen')?.district).toBe('05113');
    expect(byCity('Berlin')?.district).toBeUndefined();
    expect(trial.countries).toContain('DE');
    expect(trial.url).toBe('https://clinicaltrials.gov/study/NCT05915728');
    expect(trial.provenance.sources).toEqual([
      {
        registry: 'ctgov',
        recordId: 'NCT05915728',
        version: '2023-06-28',
        published: '2023-06-23',
        lastUpdated: '2023-06-27',
        url: 'https://clinicaltrials.gov/study/NCT05915728',
      },
    ]);
    expect(trial.provenance).not.toHaveProperty('retrieved');
  });

  it('maps an old single record, dates without a type included (NCT00973089)', () => {
    const { trial, lost } = read(jsonFixture('aact_NCT00973089.json'));
    expect(trial.status).toEqual({ code: 'withdrawn', original: 'WITHDRAWN' });
    expect(trial.whyStopped).toBe(
      'recruiting or enrolling participants has halted prematurely and will not resume',
    );
    // No type, and the study was withdrawn before it started: the start was only planned.
    expect(trial.dates?.start).toEqual({ date: '2010-05', kind: 'estimated' });
    expect(trial.dates?.completion).toEqual({ date: '2015-03', kind: 'actual' });
    expect(trial.phase).toEqual({ codes: ['not-applicable'], original: 'NA' });
    expect(trial.enrolment).toEqual({ actual: 0 });
    expect(trial.eligibility).toMatchObject({
      minimumAge: { value: 5, unit: 'years' },
      maximumAge: { value: 8, unit: 'years' },
      healthyVolunteers: true,
    });
    expect(trial.keywords).toEqual(['Primary tooth', 'Caries, Dental', 'Alternative treatment']);
    // The MeSH term does not name the condition: it is a coded condition of its own.
    expect(trial.conditions).toEqual([
      { text: 'Caries, Dental' },
      {
        text: 'Dental Caries',
        codes: [
          { system: 'https://www.nlm.nih.gov/mesh', code: 'D000003731', display: 'Dental Caries' },
        ],
      },
    ]);
    expect(trial.interventions).toEqual([
      {
        name: 'Incomplete caries removal in primary teeth',
        type: 'other',
        originalType: 'OTHER',
        description: expect.stringMatching(/^Comparison between the success rate/),
      },
    ]);
    // The responsible party is an investigator: the principal investigator.
    expect(trial.contacts).toEqual([
      {
        role: 'principal-investigator',
        name: 'Moti Moskovitz',
        affiliation: 'Hadassah Medical Organization',
      },
    ]);
    expect(trial.sites).toEqual([
      {
        facility: 'Hadassah Medical Organization',
        city: 'Jerusalem',
        country: 'IL',
        coordinates: { lat: 31.76904, lon: 35.21633 },
      },
    ]);
    expect(lost.map((field) => field.path)).toEqual(
      expect.arrayContaining([
        'protocolSection.sponsorCollaboratorsModule.responsibleParty.investigatorTitle',
        'protocolSection.identificationModule.organization.class',
        'protocolSection.statusModule.studyFirstSubmitQcDate',
      ]),
    );
  });

  it('maps results, result publications and their DOIs (NCT01367860)', () => {
    const { trial } = read(studyOf('koy570_herniated_disc_ctg-studies.json', 'NCT01367860'));
    expect(trial.dates?.start).toEqual({ date: '2011-06', kind: 'actual' });
    expect(trial.dates?.resultsPosted).toBe('2014-06-04');
    expect(trial.results?.url).toBe('https://clinicaltrials.gov/study/NCT01367860?tab=results');
    // Six RESULT and two DERIVED references; the fourteen BACKGROUND ones have no place.
    expect(trial.results?.publications).toHaveLength(8);
    expect(trial.results?.publications?.[0]).toMatchObject({
      pmid: '9820717',
      doi: '10.1089/lap.1998.8.261',
    });
    const derived = trial.results?.publications?.find((found) => found.pmid === '27276397');
    expect(derived?.doi).toBe('10.6061/clinics/2016(05)06');
  });

  it('maps the IPD statement and the design in words (NCT03630471)', () => {
    const { trial } = read(jsonFixture('aact_NCT03630471.json'));
    expect(trial.ipdSharing).toEqual({
      plan: 'yes',
      description: expect.stringContaining(
        'Supporting information: Study Protocol, Statistical Analysis Plan (SAP), Informed Consent Form (ICF)',
      ),
      url: 'http://datacompass.lshtm.ac.uk/',
    });
    expect(trial.ipdSharing?.description).toContain(
      'Time frame: 12 months after completion of trial.',
    );
    expect(trial.design?.description?.en).toMatch(
      /^A two-arm, individually randomized controlled trial[^\n]*\nMasked: Investigator, Outcomes Assessor\nThe randomization list/,
    );
    expect(trial.enrolment).toEqual({ actual: 250 });
  });

  it('keeps the precision of dates and reads a page of the API', () => {
    const [study] = studiesOf('aact_NCT06388018_v2page.json');
    const { trial } = read(study);
    expect(trial.dates?.statusVerified).toBe('2024-07');
    expect(trial.dates?.start).toEqual({ date: '2025-01-16', kind: 'estimated' });
    expect(
      trial.sponsors?.map((sponsor) => [sponsor.name, sponsor.class, sponsor.originalClass]),
    ).toEqual([
      ['NRG Oncology', 'other', 'OTHER'],
      ['National Cancer Institute (NCI)', 'government', 'NIH'],
      ['Canadian Cancer Trials Group (CCTG)', undefined, 'UNKNOWN'],
    ]);
    expect(trial.identifiers.secondary).toContainEqual({
      registry: 'other',
      id: 'NCI-2023-09355',
      issuer: 'CTRP (Clinical Trial Reporting Program)',
    });
  });
});

describe('ctgovReader.read, odd records', () => {
  it('reads a minimal study', () => {
    const { trial, issues, lost } = read(minimal());
    expect(issues).toEqual([]);
    expect(lost).toEqual([]);
    expect(trial).toEqual({
      identifiers: { primary: { registry: 'ctgov', id: 'NCT01234567' } },
      title: { public: { en: 'Example study' } },
      status: { code: 'recruiting', original: 'RECRUITING' },
      studyType: { code: 'interventional', original: 'INTERVENTIONAL' },
      url: 'https://clinicaltrials.gov/study/NCT01234567',
      provenance: {
        sources: [
          {
            registry: 'ctgov',
            recordId: 'NCT01234567',
            url: 'https://clinicaltrials.gov/study/NCT01234567',
          },
        ],
      },
    });
  });

  it('reports a value of the wrong type at its path and reads the rest', () => {
    const { trial, issues } = read(
      minimal((study) => {
        study.protocolSection.identificationModule.acronym = 42;
        study.protocolSection.designModule.enrollmentInfo = { count: '12', type: 'ACTUAL' };
        study.protocolSection.designModule.phases = 'PHASE2';
        study.protocolSection.contactsLocationsModule = {
          locations: [{ city: 'Köln', country: 'Germany', geoPoint: { lat: '50.9', lon: 6.9 } }, 7],
        };
      }),
    );
    expect(trial.title.acronym).toBeUndefined();
    expect(trial.sites).toEqual([{ city: 'Köln', country: 'DE', district: '05315' }]);
    expect(issues.map((issue) => [issue.path.join('.'), issue.code]).sort()).toEqual([
      ['protocolSection.contactsLocationsModule.locations.0.geoPoint.lat', 'invalid_type'],
      ['protocolSection.contactsLocationsModule.locations.1', 'invalid_type'],
      ['protocolSection.designModule.enrollmentInfo.count', 'invalid_type'],
      ['protocolSection.designModule.phases', 'invalid_type'],
      ['protocolSection.identificationModule.acronym', 'invalid_type'],
    ]);
  });

  it('keeps unknown codes as the original, under the nearest certain code', () => {
    const { trial, issues } = read(
      minimal((study) => {
        study.protocolSection.statusModule.overallStatus = 'PAUSED';
        study.protocolSection.designModule.studyType = 'REGISTRY';
        study.protocolSection.designModule.phases = ['PHASE5', 'PHASE2'];
        study.protocolSection.sponsorCollaboratorsModule = {
          leadSponsor: { name: 'Example', class: 'CHARITY' },
        };
        study.protocolSection.armsInterventionsModule = {
          interventions: [{ name: 'App', type: 'SOFTWARE' }],
        };
      }),
    );
    expect(trial.status).toEqual({ code: 'unknown', original: 'PAUSED' });
    expect(trial.studyType).toEqual({ code: 'other', original: 'REGISTRY' });
    expect(trial.phase).toEqual({ codes: ['phase-2'], original: 'PHASE5, PHASE2' });
    expect(trial.sponsors).toEqual([
      { name: 'Example', role: 'primary', originalClass: 'CHARITY' },
    ]);
    expect(trial.interventions).toEqual([{ name: 'App', originalType: 'SOFTWARE' }]);
    expect(issues.map((issue) => [issue.code, issue.path.at(-1)])).toEqual([
      ['unknown_code', 'overallStatus'],
      ['unknown_code', 'studyType'],
      ['unknown_code', 0],
      ['unknown_code', 'type'],
      ['unknown_code', 'class'],
    ]);
    expect(issues[0]?.message).toMatch(
      /^Unknown value "PAUSED"\. Allowed: "ACTIVE_NOT_RECRUITING"/,
    );
  });

  it('tolerates case and spacing in codes', () => {
    const { trial, issues } = read(
      minimal((study) => {
        study.protocolSection.statusModule.overallStatus = 'recruiting';
      }),
    );
    expect(issues).toEqual([]);
    expect(trial.status).toEqual({ code: 'recruiting', original: 'recruiting' });
  });

  it('leaves out what the model would refuse, with an issue, and keeps the trial', () => {
    const { trial, issues } = read(
      minimal((study) => {
        study.protocolSection.statusModule.startDateStruct = { date: '2024-02-30', type: 'ACTUAL' };
        study.protocolSection.statusModule.completionDateStruct = {
          date: '2026',
          type: 'ESTIMATED',
        };
        study.protocolSection.contactsLocationsModule = {
          centralContacts: [{ name: 'Study office', email: 'not an address', role: 'CONTACT' }],
          locations: [{ city: 'Atlantis', country: 'Atlantis', geoPoint: { lat: 95, lon: 0 } }],
        };
        study.protocolSection.ipdSharingStatementModule = { ipdSharing: 'YES', url: 'ftp://x' };
        study.protocolSection.eligibilityModule = { minimumAge: 'eighteen' };
      }),
    );
    expect(trial.dates).toEqual({ completion: { date: '2026', kind: 'estimated' } });
    expect(trial.contacts).toEqual([{ role: 'public', name: 'Study office' }]);
    expect(trial.sites).toEqual([{ city: 'Atlantis' }]);
    expect(trial.ipdSharing).toEqual({ plan: 'yes' });
    expect(issues.map((issue) => [issue.path.at(-1), issue.code])).toEqual([
      ['date', 'invalid_format'],
      ['email', 'invalid_format'],
      ['country', 'unknown_code'],
      ['geoPoint', 'invalid_input'],
      ['minimumAge', 'invalid_format'],
      ['url', 'invalid_format'],
    ]);
  });

  it('reports duplicate identifiers once and keeps the first', () => {
    const { trial, issues } = read(
      minimal((study) => {
        study.protocolSection.identificationModule.nctIdAliases = ['NCT01234567', 'NCT07654321'];
        study.protocolSection.identificationModule.secondaryIdInfos = [
          { id: 'EudraCT 2019-001234-56', type: 'EUDRACT_NUMBER' },
          { id: '2019-001234-56', type: 'OTHER', domain: 'EMA' },
          { id: 'R01CA123456', type: 'NIH' },
          { id: 'DRKS00012345', type: 'REGISTRY', domain: 'DRKS' },
          { id: '2019-00123', type: 'EUDRACT_NUMBER' },
        ];
      }),
    );
    expect(trial.identifiers.secondary).toEqual([
      { registry: 'ctgov', id: 'NCT07654321' },
      { registry: 'euctr', id: '2019-001234-56' },
      { registry: 'sponsor', id: 'R01CA123456', issuer: 'U.S. NIH Grant/Contract' },
      { registry: 'drks', id: 'DRKS00012345' },
      { registry: 'other', id: '2019-00123', issuer: 'EudraCT' },
    ]);
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['duplicate', 'protocolSection.identificationModule.nctIdAliases.0'],
      ['duplicate', 'protocolSection.identificationModule.secondaryIdInfos.1'],
      ['invalid_format', 'protocolSection.identificationModule.secondaryIdInfos.4.id'],
    ]);
  });

  it('returns no trial without an NCT number, and says why', () => {
    const { value, issues } = readCtgovStudy(
      minimal((study) => {
        study.protocolSection.identificationModule.nctId = 'NCT123';
      }),
    );
    expect(value).toBeUndefined();
    expect(issues[0]).toMatchObject({ in: 'source', code: 'invalid_format' });
    expect(issues.some((issue) => issue.in === 'record')).toBe(true);
  });

  it('reads anything without throwing', () => {
    for (const record of [
      null,
      undefined,
      0,
      'NCT01234567',
      [],
      [minimal()],
      {},
      { protocolSection: [] },
    ]) {
      const result = readCtgovStudy(record);
      expect(result.value).toBeUndefined();
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it('keeps __proto__ and constructor keys as lost data, harmlessly', () => {
    const record = JSON.parse(
      '{"__proto__":{"polluted":1},"constructor":"x","protocolSection":{"identificationModule":{"nctId":"NCT01234567","briefTitle":"T","__proto__":{"a":2}},"statusModule":{"overallStatus":"__proto__"},"designModule":{"studyType":"constructor"}}}',
    );
    const { trial, lost, issues } = read(record);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(trial.status).toEqual({ code: 'unknown', original: '__proto__' });
    expect(trial.studyType).toEqual({ code: 'other', original: 'constructor' });
    expect(lost.map((field) => [field.path, field.value]).sort()).toEqual([
      ['__proto__', { polluted: 1 }],
      ['constructor', 'x'],
      ['protocolSection.identificationModule.__proto__', { a: 2 }],
    ]);
    expect(issues.map((issue) => issue.code)).toEqual(['unknown_code', 'unknown_code']);
  });

  it('writes issue messages in German when asked', () => {
    const { issues } = readCtgovStudy(
      minimal((study) => {
        study.protocolSection.identificationModule.acronym = 42;
      }),
      { locale: 'de' },
    );
    expect(issues[0]?.message).toBe('Erwartet: Text.');
  });
});
