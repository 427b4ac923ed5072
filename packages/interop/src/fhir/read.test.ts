import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fhirRecords, readFhirBundle, readFhirRecord } from './read';

const fixtures = new URL('../../../../../shared/fixtures/fhir-r4/', import.meta.url);
const fixture = (path: string) =>
  JSON.parse(readFileSync(new URL(path, fixtures), 'utf8')) as unknown;
const allFixtures = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.json') && !path.endsWith('package.json'))
  .sort();

const today = '2026-01-01';
const lostPaths = (result: { lost: readonly { path: string }[] }) =>
  result.lost.map((field) => field.path);

describe('the FHIR R4 fixtures', () => {
  it('are all there', () => {
    expect(allFixtures.length).toBeGreaterThan(100);
  });

  it.each(allFixtures)('%s reads without a throw', (path) => {
    const results = readFhirBundle(fixture(path), { today });
    for (const result of results) {
      expect(Array.isArray(result.issues) && Array.isArray(result.lost)).toBe(true);
    }
  });

  it('give one record per ResearchStudy, and a trial for each one that has what a trial needs', () => {
    const results = allFixtures.flatMap((path) =>
      readFhirBundle(fixture(path), { today }).map((result) => ({ path, result })),
    );
    const studies = results.filter(({ path }) =>
      /(^|\/)(ResearchStudy-|Bundle-mii-studie)/.test(path),
    );
    // 4 single ResearchStudy files and the MII Bundle with 3 of them.
    expect(studies.length).toBe(4 + 3);
    // Without identifiers or study type (HL7's example, the MII reference study) there is no trial.
    expect(studies.filter(({ result }) => result.value).length).toBe(4);
    // Resources that are no ResearchStudy give one result each, with the issue.
    const others = results.filter(({ result }) =>
      result.issues.some((issue) => issue.path[0] === 'resourceType'),
    );
    expect(others.length).toBeGreaterThan(100);
  });
});

describe('the MII module Studie example study', () => {
  const [result] = readFhirBundle(
    fixture('de-mii-kds-studie/ResearchStudy-mii-exa-studie-studie.json'),
    { today },
  );
  const trial = result?.value;

  it('reads the registry number, titles and acronym', () => {
    // The example's system is a placeholder (example.com): the number's pattern says it is DRKS.
    expect(trial?.identifiers).toEqual({ primary: { registry: 'drks', id: 'DRKS00031294' } });
    expect(trial?.title.public).toEqual({
      und: 'Frontale transkranielle Gleichstromstimulation (tDCS) als potentielle Behandlungsmethode von Long-COVID bedingter Fatigue',
    });
    expect(trial?.title.scientific).toEqual(trial?.title.public);
    expect(trial?.title.acronym).toBe('tDCS');
  });

  it('reads status, type, recruitment and the ethics vote', () => {
    expect(trial?.status).toEqual({ code: 'recruiting' });
    expect(trial?.studyType).toEqual({ code: 'interventional' });
    expect(trial?.dates?.start).toEqual({ date: '2023-01-12', kind: 'actual' });
    expect(trial?.enrolment).toEqual({ target: 40, actual: 35 });
    expect(trial?.ethics).toEqual({
      originalStatus: 'Zustimmende Bewertung',
      committees: [
        {
          name: 'Ethik-Kommission der Otto-von-Guericke-Universität an der Medizinischen Fakultät und am Universitätsklinikum Magdeburg A.ö.R.',
        },
      ],
    });
    expect(trial?.provenance.sources).toEqual([
      { registry: 'fhir', recordId: 'mii-exa-studie-studie' },
    ]);
  });

  it('reports what has no place in the model as lost', () => {
    expect(lostPaths(result!)).toEqual([
      'meta',
      // The label typed only by the text "Öffentlicher Titel".
      'extension[1]',
      'extension[3].extension[3]',
      'extension[3].extension[4]',
      // Funding in words, and the ethics committee's reference number.
      'extension[4]',
      'extension[5].extension[2]',
      'category[1]',
      'arm',
    ]);
    expect(result?.issues).toEqual([]);
    expect(trial?.provenance.unmapped).toContain('arm');
  });
});

describe('the MII test-data Bundle (a transaction)', () => {
  const bundle = fixture('de-mii-kds-studie/Bundle-mii-studie-test-data-bundle-studie.json');
  const results = readFhirBundle(bundle, { today });

  it('gives one record per study, with the resources it references', () => {
    const records = [...fhirRecords(bundle)] as { entry: { fullUrl: string }[] }[];
    expect(
      records.map((record) => record.entry.map((entry) => entry.fullUrl.split('/').pop())),
    ).toEqual([
      ['mii-exa-studie-studie'],
      ['mii-exa-studie-cohort', 'mii-exa-studie-author'],
      ['mii-exa-studie-reference-study'],
    ]);
    // Requests are the Bundle's business: they are not part of a record.
    expect(JSON.stringify(records)).not.toContain('"request"');
  });

  it('resolves the sponsor to the Organization in the Bundle', () => {
    const cohort = results[1]?.value;
    expect(cohort?.sponsors).toEqual([
      { name: 'Example Organization for Author', role: 'primary' },
    ]);
    expect(cohort?.identifiers.primary).toEqual({
      registry: 'other',
      id: '7Q6PJD8NV3-2',
      issuer: 'https://example.com/fhir/sid/lha',
    });
    expect(cohort?.studyType).toEqual({ code: 'observational' });
    expect(cohort?.provenance.sources[0]?.url).toBe(
      'https://www.medizininformatik-initiative.de/MII_PR_Studie_Cohort/mii-exa-studie-cohort',
    );
    // References the Bundle cannot resolve stay unread.
    expect(lostPaths(results[1]!)).toContain('entry[0].resource.partOf');
  });

  it('reports a study without identifiers and type, and gives no trial', () => {
    expect(results[2]?.value).toBeUndefined();
    expect(results[2]?.issues.map((issue) => [issue.in, issue.path.join('.'), issue.code])).toEqual(
      [
        ['source', 'entry.0.resource.identifier', 'required'],
        ['record', 'identifiers', 'required'],
        ['record', 'studyType', 'required'],
      ],
    );
  });
});

describe('ResearchStudies from elsewhere', () => {
  const study = {
    resourceType: 'ResearchStudy',
    id: 'beispiel-1',
    meta: { versionId: '3', lastUpdated: '2025-02-01T10:00:00.000+01:00' },
    language: 'de',
    contained: [
      {
        resourceType: 'Organization',
        id: 'org',
        name: 'Beispielklinik',
        address: [{ country: 'Deutschland' }],
      },
    ],
    identifier: [
      { system: 'https://clinicaltrials.gov/nctid', value: 'NCT00000009' },
      { use: 'official', system: 'https://drks.de', value: 'DRKS00000009' },
      { system: 'urn:oid:1.2.3', value: 'X-1', assigner: { display: 'Beispielregister' } },
    ],
    title: 'Beispielstudie',
    status: 'active-but-not-recruiting',
    phase: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/research-study-phase',
          code: 'phase-1-phase-2',
        },
      ],
      text: 'Phase I/II',
    },
    category: [{ text: 'Kohorte' }, { coding: [{ code: 'observational' }], text: 'Beobachtung' }],
    primaryPurposeType: { coding: [{ system: 'http://example.org/purpose', code: 'cure' }] },
    period: { start: '2020-03-01T08:00:00Z', end: '2030-12' },
    sponsor: { reference: '#org' },
    principalInvestigator: { display: 'Dr. Beispiel' },
    contact: [
      {
        name: 'Studienbüro',
        telecom: [
          { system: 'fax', value: '0' },
          { system: 'email', value: 'a@example.org' },
        ],
      },
    ],
    location: [
      { coding: [{ system: 'urn:iso:std:iso:3166', code: 'DEU' }] },
      { text: 'Niederlande' },
    ],
    site: [
      { reference: 'Location/koeln' },
      { reference: 'Location/dortmund' },
      { reference: 'Location/elsewhere' },
    ],
  };
  const locations = [
    {
      resourceType: 'Location',
      id: 'koeln',
      name: 'Uniklinik Köln',
      address: { city: 'Köln', country: 'DE' },
    },
    {
      resourceType: 'Location',
      id: 'dortmund',
      address: {
        city: 'Dortmund',
        _city: {
          extension: [
            {
              url: 'http://fhir.de/StructureDefinition/destatis/ags',
              valueCoding: { system: 'http://fhir.de/sid/destatis/ags', code: '05913000' },
            },
          ],
        },
      },
      position: { latitude: 51.5, longitude: 7.46 },
    },
  ];
  const bundle = {
    resourceType: 'Bundle',
    type: 'searchset',
    entry: [
      {
        fullUrl: 'https://fhir.example.org/ResearchStudy/beispiel-1',
        resource: study,
        search: { mode: 'match' },
      },
      ...locations.map((resource) => ({
        fullUrl: `https://fhir.example.org/Location/${resource.id}`,
        resource,
      })),
    ],
  };
  const [result] = readFhirBundle(bundle, { today });
  const trial = result?.value;

  it('takes the official number as primary, and knows registries by system or pattern', () => {
    expect(trial?.identifiers).toEqual({
      primary: { registry: 'drks', id: 'DRKS00000009' },
      secondary: [
        { registry: 'ctgov', id: 'NCT00000009' },
        { registry: 'other', id: 'X-1', issuer: 'Beispielregister' },
      ],
    });
  });

  it('maps codes, keeping the text as the original', () => {
    expect(trial?.status).toEqual({ code: 'active-not-recruiting' });
    expect(trial?.phase).toEqual({ codes: ['phase-1', 'phase-2'], original: 'Phase I/II' });
    expect(trial?.studyType).toEqual({ code: 'observational', original: 'Beobachtung' });
    expect(trial?.design).toEqual({ purpose: 'other' });
    expect(result?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['entry.0.resource.primaryPurposeType.coding.0.code', 'unknown_code'],
    ]);
  });

  it('reads texts in the resource language, dates with their precision', () => {
    expect(trial?.title.public).toEqual({ de: 'Beispielstudie' });
    expect(trial?.dates).toEqual({
      start: { date: '2020-03-01', kind: 'actual' },
      completion: { date: '2030-12', kind: 'estimated' },
    });
  });

  it('resolves sponsors and sites, and gives NRW sites their district', () => {
    expect(trial?.sponsors).toEqual([{ name: 'Beispielklinik', role: 'primary', country: 'DE' }]);
    expect(trial?.sites).toEqual([
      { facility: 'Uniklinik Köln', city: 'Köln', country: 'DE', district: '05315' },
      { city: 'Dortmund', district: '05913', coordinates: { lat: 51.5, lon: 7.46 } },
    ]);
    expect(trial?.countries).toEqual(['DE', 'NL']);
    expect(trial?.contacts).toEqual([
      { role: 'public', name: 'Studienbüro', email: 'a@example.org' },
      { role: 'principal-investigator', name: 'Dr. Beispiel' },
    ]);
  });

  it('names the FHIR resource as the source', () => {
    expect(trial?.provenance.sources).toEqual([
      {
        registry: 'fhir',
        recordId: 'beispiel-1',
        version: '3',
        lastUpdated: '2025-02-01T10:00:00.000+01:00',
        url: 'https://fhir.example.org/ResearchStudy/beispiel-1',
      },
    ]);
  });

  it('reports the rest as lost: the fax number, the category without a code, the unresolved site', () => {
    expect(lostPaths(result!)).toEqual([
      'entry[0].resource.category[0]',
      'entry[0].resource.contact[0].telecom[0]',
      'entry[0].resource.site[2]',
    ]);
  });

  it('checks types and codes instead of trusting them', () => {
    const broken = readFhirRecord({
      ...study,
      description: 42,
      status: 'paused',
      identifier: [{ system: 'https://drks.de', value: 'DRKS-1' }, ...study.identifier],
      keyword: 'not a list',
    });
    expect(
      broken.issues
        .filter((issue) => issue.in === 'source')
        .map((issue) => [issue.path.join('.'), issue.code]),
    ).toEqual([
      ['identifier.0.value', 'invalid_format'],
      ['description', 'invalid_type'],
      ['status', 'unknown_code'],
      ['primaryPurposeType.coding.0.code', 'unknown_code'],
      ['keyword', 'invalid_type'],
    ]);
    expect(broken.value?.status).toEqual({ code: 'unknown' });
  });
});

describe('what is no trial', () => {
  it.each([
    null,
    42,
    'text',
    [],
    {},
    { resourceType: 'Patient' },
    { resourceType: 'Bundle', entry: 'x' },
  ])('%j gives an issue, not a trial', (input) => {
    const results = readFhirBundle(input);
    expect(results.every((result) => result.value === undefined)).toBe(true);
    expect(results.flatMap((result) => result.issues).length).toBeGreaterThan(0);
  });

  it('a Bundle without studies gives no records', () => {
    expect(readFhirBundle(fixture('hl7-r4-official-examples/Bundle-bundle-example.json'))).toEqual(
      [],
    );
  });

  it('messages come in the asked language', () => {
    const [result] = readFhirBundle({ resourceType: 'Patient' }, { locale: 'de' });
    expect(result?.issues[0]?.message).toMatch(/^Unbekannter Wert "Patient"/);
  });
});
