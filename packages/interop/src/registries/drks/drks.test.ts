import { readFileSync } from 'node:fs';
import { validateTrial } from '@nrw-health/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stress } from '../ictrp/test-inputs';
import {
  drksAgeUnitMap,
  drksAllocationMap,
  drksAssignmentMap,
  drksBlindedLabels,
  drksConditionSystems,
  drksContactTypeMap,
  drksControlLabels,
  drksDesignLabels,
  drksGenderMap,
  drksOtherContactTypeMap,
  drksPhaseMap,
  drksPurposeMap,
  drksStatusMap,
  drksStudyTypeMap,
  drksSupportClassMap,
  drksVoteMap,
} from './codes';
import { drksReader } from './read';

const fixtures = new URL('../../../../../../shared/fixtures/drks/', import.meta.url);
const load = (name: string) => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));
const record = load('DRKS_trial-DRKS00038775.json');
const schema = load('DRKS_Schema-2.0.19.json');

const read = (input: unknown) => drksReader.read(input);
const clone = () => structuredClone(record);

describe('drksReader on the real record DRKS00038775', () => {
  const result = read(record);
  const trial = result.value!;

  it('gives a Trial that validates, with no source issues', () => {
    expect(result.issues).toEqual([]);
    expect(validateTrial(trial).ok).toBe(true);
  });

  it('maps identifiers, titles and texts in German and English', () => {
    expect(trial.identifiers).toEqual({ primary: { registry: 'drks', id: 'DRKS00038775' } });
    expect(trial.title.public).toEqual({
      de: 'Retrospektive Charakterisierung von Patient*innen mit seltenen osteologischen Erkrankungen',
      en: 'Retrospective characterization of patients with rare osteological diseases',
    });
    expect(trial.summary?.de).toMatch(/^In Berlin ist die Versorgung/);
    expect(trial.summary?.en).toMatch(/^In Berlin, the care of patients/);
    expect(trial.description?.en).toMatch(/^Osteoporosis is classified by the WHO/);
    expect(trial.eligibility?.exclusion).toEqual({
      de: 'Ausschlusskriterien umfassen keine sichere Diagnose bzw. Minderjährigkeit.',
      en: 'Exclusion criteria include an uncertain diagnosis or minor age.',
    });
  });

  it('maps status, study type, design, dates with their kind', () => {
    expect(trial.status).toEqual({ code: 'recruiting', original: 'RECRUITING' });
    expect(trial.studyType).toEqual({ code: 'observational', original: 'NON_INTERVENTIONAL' });
    expect(trial.phase).toBeUndefined();
    expect(trial.design).toEqual({
      purpose: 'diagnostic',
      description: {
        de: 'Retrospektiv; Querschnitt; multizentrisch. Gruppe 1: Pat. aus zwei DVO Osteologie Schwerpunktzentren (Endokrinologikum Berlin und Immanuelkrankenhaus Berlin Wannsee) mit einer der folgenden seltenen osteologischen Erkrankungen: Schwangerschafts- und Stillzeit-assoziierte Osteoporose, Methotrexat-induzierte Osteopathie, Osteoporose bei Mastozytose',
        en: 'Retrospective; cross-sectional; multicentre. Group 1: Patients from two DVO Osteology Centers of Excellence (Endokrinologikum Berlin and Immanuelkrankenhaus Berlin Wannsee) with one of the following rare osteological diseases: pregnancy- and lactation-associated osteoporosis, methotrexate-induced osteopathy, osteoporosis in mastocytosis',
      },
    });
    expect(trial.dates).toEqual({
      registered: '2025-12-17',
      start: { date: '2025-11-01', kind: 'actual' },
      completion: { date: '2026-12-31', kind: 'estimated' },
      lastUpdated: '2025-12-17',
    });
  });

  it('maps sponsors, contacts as published, ethics and IPD', () => {
    expect(trial.sponsors).toEqual([
      { name: 'Endokrinologikum Berlin', role: 'primary', country: 'DE' },
      {
        name: 'Endokrinologikum Berlin',
        role: 'funder',
        class: 'other',
        originalClass: 'INSTITUTIONAL',
        country: 'DE',
      },
    ]);
    expect(trial.contacts?.map((contact) => [contact.role, contact.name])).toEqual([
      ['principal-investigator', 'PD Dr. Paula Hoff'],
      ['public', 'PD Dr. Paula Hoff'],
      ['scientific', 'PD Dr. Paula Hoff'],
      ['principal-investigator', 'Dr. Katja Warnecke'],
      ['principal-investigator', 'Dr. Udo Schneider'],
    ]);
    expect(trial.contacts?.[1]).toEqual({
      role: 'public',
      name: 'PD Dr. Paula Hoff',
      affiliation: 'Endokrinologikum Berlin',
      email: 'paula.hoff@amedes-group.com',
      phone: '+49302091562290',
      address: 'Friedrichstr. 76, 10117 Berlin, DE',
    });
    expect(trial.ethics).toEqual({
      status: 'approved',
      originalStatus: 'APPROVED',
      approved: '2025-08-21',
      committees: [
        {
          name: 'Ethik-Kommission der Ärztekammer Berlin',
          address: 'Friedrichstraße 16, 10696 Berlin, DE',
          email: 'ek@aekb.de',
          phone: '(+49)30-408062601',
        },
      ],
    });
    expect(trial.ipdSharing).toEqual({ plan: 'no' });
  });

  it('maps eligibility, conditions, outcomes, countries and sites', () => {
    expect(trial.eligibility).toMatchObject({
      sex: 'all',
      minimumAge: { value: 18, unit: 'years' },
      healthyVolunteers: false,
    });
    expect(trial.eligibility?.maximumAge).toBeUndefined();
    expect(trial.conditions).toEqual([
      {
        text: 'pregnancy- and lactation-associated osteoporosis, methotrexate-induced osteopathy, osteoporosis in mastocytosis',
      },
      { text: 'ORPHA:647823 Pregnancy and lactation-associated osteoporosis' },
    ]);
    expect(trial.outcomes?.map((outcome) => outcome.type)).toEqual(['primary', 'secondary']);
    expect(trial.outcomes?.[0]?.measure).toMatch(/^The aim of the study is to descriptively/);
    expect(trial.countries).toEqual(['DE']);
    expect(trial.sites).toEqual([
      { facility: 'Immanuelkrankenhaus Berlin Wannsee', city: 'Berlin', country: 'DE' },
      { city: 'Berlin', country: 'DE' },
    ]);
    expect(trial.enrolment).toBeUndefined();
  });

  it('names its source and the registry page', () => {
    const url = 'https://drks.de/search/en/trial/DRKS00038775';
    expect(trial.url).toBe(url);
    expect(trial.provenance.sources).toEqual([
      { registry: 'drks', recordId: 'DRKS00038775', url, lastUpdated: '2025-12-17' },
    ]);
  });

  it('reports the fields without a place as lost, and nothing it mapped', () => {
    const lost = new Map(result.lost.map((field) => [field.path, field.value]));
    expect(lost.get('registrationType')).toBe('RETROSPECTIVE');
    expect(lost.get('trialStatus')).toBe('REGISTERED');
    expect(lost.get('sponsored')).toBe(true);
    expect(lost.get('ethicsCommittee.number')).toBe('Eth-SB-25-018');
    expect(lost.get('ethicsCommittee.applicationDate')).toBe('2025-03-18');
    expect(lost.get('recruitment.institutes[0].type')).toBe('MEDICAL_CENTER');
    expect(lost.get('studiedHealthConditions[0].type')).toBe('MAIN');
    expect(lost.get('trialContacts[0].contact.email')).toBe('berlin@endokrinologikum.com');
    // Where the model holds one text, the German one has no place.
    expect(lost.get('studyCharacteristic.characteristicDescriptions[0].primaryOutcome')).toMatch(
      /^Ziel der Studie/,
    );
    expect(lost.get('trialResults.publications[0].type')).toBeUndefined();
    expect(lost.get('trialResults.publications[0].description')).toBe(
      'Studienprotokoll wie bei der Ethikkommission eingereicht ohne Namen',
    );
    for (const mapped of [
      'drksId',
      'lastUpdate',
      'registrationDrks',
      'recruitment.status',
      'recruitment.actualStartDate',
      'recruitment.scheduledCompletionDate',
      'recruitment.minimumAge.amount',
      'trialDescriptions[0].title',
      'trialDescriptions[1].summary',
      'studyCharacteristic.characteristicDescriptions[1].primaryOutcome',
      'ethicsCommittee.ethicVotes[0].vote',
      'trialResults.ipdSharingPlan',
    ]) {
      expect(lost.has(mapped), mapped).toBe(false);
    }
    expect(trial.provenance.unmapped).toContain('trialContacts[*].contact.email');
  });
});

describe('drksReader records', () => {
  it('reads a document of one trial or of several', () => {
    expect([...drksReader.records(record)]).toEqual([record]);
    const second = { ...clone(), drksId: 'DRKS00000001' };
    const results = [...drksReader.records([record, second])].map(read);
    expect(results.map((result) => result.value?.identifiers.primary.id)).toEqual([
      'DRKS00038775',
      'DRKS00000001',
    ]);
  });

  it('yields nothing for a document that holds no trial', () => {
    for (const document of [null, 7, 'DRKS00038775', true]) {
      expect([...drksReader.records(document)]).toEqual([]);
    }
  });
});

/** Every value of an enum of the DRKS schema, found by walking the schema. */
function schemaEnums(): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child, path);
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'enum' && Array.isArray(child)) enums.set(path, child as string[]);
        else walk(child, ['properties', 'anyOf', 'items'].includes(key) ? path : `${path}.${key}`);
      }
    }
  };
  walk(schema, '');
  return enums;
}

describe('the mapping tables', () => {
  const enums = schemaEnums();
  const cases: [string, object][] = [
    ['.recruitment.status', drksStatusMap],
    ['.studyCharacteristic.phase', drksPhaseMap],
    ['.studyCharacteristic.type', drksStudyTypeMap],
    ['.studyCharacteristic.allocation', drksAllocationMap],
    ['.studyCharacteristic.assignment', drksAssignmentMap],
    ['.studyCharacteristic.purpose', drksPurposeMap],
    ['.studyCharacteristic.timing', drksDesignLabels],
    ['.studyCharacteristic.duration', drksDesignLabels],
    ['.recruitment.centricType', drksDesignLabels],
    ['.studyCharacteristic.controlTypes.idControlType.controlType', drksControlLabels],
    ['.studyCharacteristic.blindingWhoList.idBlindingWho.blindingWho', drksBlindedLabels],
    ['.recruitment.gender', drksGenderMap],
    ['.ethicsCommittee.ethicVotes.vote', drksVoteMap],
    ['.materialSupports.type', drksSupportClassMap],
    ['.$defs.TrialContactType-nullable', drksContactTypeMap],
    ['.trialContacts.otherType', drksOtherContactTypeMap],
  ];

  it.each(cases)('cover every value of %s in schema 2.0.19', (path, table) => {
    const values = enums.get(path);
    expect(values, path).toBeDefined();
    for (const value of values!) expect(Object.keys(table), value).toContain(value);
  });

  it('cover every age unit but the week of pregnancy, and every condition catalog', () => {
    const units = enums.get('.$defs.AgeEditDto-nullable.unit');
    expect(units?.filter((unit) => !(unit in drksAgeUnitMap))).toEqual(['WEEK_OF_PREGNANCY']);
    const catalogs = enums.get('.studiedHealthConditions.catalog');
    expect(catalogs?.filter((catalog) => !(catalog in drksConditionSystems))).toEqual(['FREETEXT']);
  });
});

describe('drksReader on variants of the record', () => {
  /** The real record turned into an interventional trial, with every kind of identifier. */
  function interventional() {
    const trial = clone();
    const study = trial.studyCharacteristic;
    Object.assign(study, {
      type: 'INTERVENTIONAL',
      phase: 'PHASE_II_III',
      allocation: 'RANDOMIZED_CONTROLLED_TRIAL',
      assignment: 'PARALLEL',
      blindingType: 'BLINDED',
      blindingWhoList: [
        { idBlindingWho: { blindingWho: 'PATIENT_SUBJECT' } },
        { idBlindingWho: { blindingWho: 'ASSESSOR' } },
      ],
      controlTypes: [{ idControlType: { controlType: 'PLACEBO' } }],
      purpose: 'PROGNOSIS',
    });
    study.characteristicDescriptions[1].typeOfSequenceGeneration = 'Computer-generated list';
    trial.observationalGroups = [
      { comment: 'Arm 2 de', idArm: { arm: 2, locale: 'de' } },
      { comment: 'Arm 1 de', idArm: { arm: 1, locale: 'de' } },
      { comment: 'Arm 1 en', idArm: { arm: 1, locale: 'en' } },
    ];
    trial.secondaryIds = {
      eudamedNumber: 'CIV-21-01-012345',
      eudraCtNumber: 'EudraCT-Nr. 2019-001234-56',
      noOtherIdentificationNumbersAvailable: false,
      otherPrimaryRegisterId: 'NCT01234567',
      otherPrimaryRegisterName: 'ClinicalTrials.gov',
      universalTrialNumber: 'U1111-1234-5678',
    };
    trial.otherSecondaryIds = [
      { description: 'BMBF', value: '01KG2401' },
      { description: 'CTIS', value: '2023-501234-12-00' },
      { description: 'again', value: 'NCT01234567' },
    ];
    trial.studiedHealthConditions[0].catalog = 'ICD10';
    trial.studiedHealthConditions[0].code = 'M81.8';
    trial.recruitment.status = 'DISCONTINIUED';
    trial.recruitment.recruitmentDescriptions[1].reasonDescription = 'Funding ended';
    trial.recruitment.actualCompletionDate = '2026-02-01';
    trial.recruitment.plannedParticipants = 120;
    trial.recruitment.totalParticipants = 80;
    trial.recruitment.maximumAge = { amount: 65, unit: 'YEARS' };
    trial.recruitment.institutes = [
      { city: 'Köln', name: 'Uniklinik Köln', type: 'UNI_MEDICAL_CENTER' },
      { city: 'Mülheim an der Ruhr', name: 'Praxis', type: 'PRACTICE' },
    ];
    trial.materialSupports[0].type = 'COMMERCIAL';
    trial.trialResults.ipdSharingPlan = true;
    trial.trialResults.trialResultsDescriptions[1].ipdSharingPlanDescription = 'On request';
    trial.trialResults.firstResultPublication = '2026-03-01';
    trial.trialResults.publications.push({
      description: 'Results paper',
      document: null,
      link: 'https://doi.org/10.1000/xyz123',
      type: 'RESULT',
    });
    return trial;
  }

  const result = read(interventional());
  const trial = result.value!;

  it('validates', () => {
    expect(result.issues).toEqual([]);
    expect(trial).toBeDefined();
  });

  it('maps every secondary number by its pattern, without repeats', () => {
    expect(trial.identifiers.secondary).toEqual([
      { registry: 'euctr', id: '2019-001234-56' },
      { registry: 'who-utn', id: 'U1111-1234-5678' },
      { registry: 'ctgov', id: 'NCT01234567' },
      { registry: 'other', id: 'CIV-21-01-012345', issuer: 'EUDAMED' },
      { registry: 'sponsor', id: '01KG2401', issuer: 'BMBF' },
      { registry: 'ctis', id: '2023-501234-12-00' },
    ]);
  });

  it('maps phases, design, arms as interventions and the stop reason', () => {
    expect(trial.phase).toEqual({ codes: ['phase-2', 'phase-3'], original: 'PHASE_II_III' });
    expect(trial.studyType.code).toBe('interventional');
    expect(trial.design).toEqual({
      allocation: 'randomised',
      model: 'parallel',
      masking: 'double',
      purpose: 'other',
      description: {
        de: 'Retrospektiv; Querschnitt; multizentrisch; Kontrolle: Placebo; verblindet: Patient/Proband, Auswerter',
        en: 'Retrospective; cross-sectional; multicentre; control: placebo; blinded: patient/subject, assessor. Sequence generation: Computer-generated list',
      },
    });
    expect(trial.interventions).toEqual([{ name: 'Arm 1 en' }, { name: 'Arm 2 de' }]);
    expect(trial.status).toEqual({ code: 'terminated', original: 'DISCONTINIUED' });
    expect(trial.whyStopped).toBe('Funding ended');
  });

  it('maps codes, counts, results and sites in NRW with their district', () => {
    expect(trial.conditions?.[0]?.codes).toEqual([
      { system: 'http://hl7.org/fhir/sid/icd-10', code: 'M81.8' },
    ]);
    expect(trial.enrolment).toEqual({ target: 120, actual: 80 });
    expect(trial.eligibility?.maximumAge).toEqual({ value: 65, unit: 'years' });
    expect(trial.dates?.completion).toEqual({ date: '2026-02-01', kind: 'actual' });
    expect(trial.dates?.resultsPosted).toBe('2026-03-01');
    expect(trial.sponsors?.[1]).toMatchObject({ role: 'funder', class: 'industry' });
    expect(trial.ipdSharing).toEqual({ plan: 'yes', description: 'On request' });
    expect(trial.results?.publications).toEqual([
      { citation: 'Results paper', url: 'https://doi.org/10.1000/xyz123', doi: '10.1000/xyz123' },
    ]);
    expect(trial.sites).toEqual([
      { facility: 'Uniklinik Köln', city: 'Köln', country: 'DE', district: '05315' },
      { facility: 'Praxis', city: 'Mülheim an der Ruhr', country: 'DE', district: '05117' },
    ]);
  });

  it('reports the German arm text it had no room for as lost', () => {
    const lost = result.lost.map((field) => field.path);
    expect(lost).toContain('observationalGroups[1].comment');
    expect(lost).not.toContain('observationalGroups[0].comment');
  });

  it('reports values of the wrong type or an unknown code as source issues', () => {
    const broken = clone();
    broken.drksId = 'DRKS123';
    broken.lastUpdate = 'yesterday';
    broken.recruitment.status = 'SOMETIMES';
    broken.recruitment.plannedParticipants = '12';
    broken.recruitment.minimumAge = { amount: 20, unit: 'WEEK_OF_PREGNANCY' };
    broken.trialDescriptions = 'title';
    broken.trialContacts[1].contact.email = 'not an address';
    const { value, issues } = read(broken);
    expect(value).toBeUndefined();
    const found = issues.map((issue) => [issue.in, issue.path.join('.'), issue.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['source', 'drksId', 'invalid_format'],
        ['source', 'lastUpdate', 'invalid_format'],
        ['source', 'recruitment.status', 'unknown_code'],
        ['source', 'recruitment.plannedParticipants', 'invalid_type'],
        ['source', 'recruitment.minimumAge.unit', 'unknown_code'],
        ['source', 'trialDescriptions', 'invalid_type'],
        ['source', 'trialContacts.1.contact.email', 'invalid_format'],
        ['record', 'identifiers', 'required'],
        ['record', 'title', 'required'],
      ]),
    );
  });

  it('reports each bad value once', () => {
    for (const key of ['recruitment', 'studyCharacteristic', 'trialResults', 'secondaryIds']) {
      const { issues } = read({ ...clone(), [key]: 'x' });
      expect(issues.filter((issue) => issue.in === 'source')).toEqual([
        expect.objectContaining({ path: [key], code: 'invalid_type' }),
      ]);
    }
  });

  it('gives German messages when asked', () => {
    const broken = { ...clone(), recruitment: { status: 'SOMETIMES' } };
    const issue = drksReader.read(broken, { locale: 'de' }).issues[0];
    expect(issue?.message).toMatch(/^Unbekannter Wert "SOMETIMES"/);
  });

  it('reads a record that is not an object as nothing, with an issue', () => {
    for (const input of [null, 42, 'DRKS00038775', [record]]) {
      const result = read(input);
      expect(result.value).toBeUndefined();
      expect(result.issues[0]).toMatchObject({ in: 'source', path: [], code: 'invalid_type' });
    }
  });
});

// ---- Fuzzing: mutated real records and arbitrary JSON go through without a throw. ----

type Path = (string | number)[];

function paths(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  found.push(path);
  if (Array.isArray(value)) {
    for (const [index, child] of value.entries()) paths(child, [...path, index], found);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) paths(child, [...path, key], found);
  }
  return found;
}

const oddStrings = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\uDFFF\uD800',
    '\u202Eevil',
    '\uFEFFDRKS00038775',
    'ＤＲＫＳ０００３８７７５',
    'İstanbul',
    'Köln\u200B',
    '2024-02-30',
    '9999-99-99',
    'NaN',
    '__proto__',
    'constructor',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('x'.repeat(200_000), 'DRKS'.repeat(50_000), `${'1'.repeat(100_000)}-`),
);

const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  oddStrings,
  fc.constantFrom(null, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER, true, [], {}),
  fc.constant(JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}')),
);

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'truncate'),
  value: replacement,
});

/** Applies mutations to a copy: replaced values, deleted keys, truncated strings and arrays. */
function mutate(source: unknown, mutations: { at: number; kind: string; value: unknown }[]) {
  let copy = structuredClone(source);
  for (const { at, kind, value } of mutations) {
    const all = paths(copy);
    const path = all[at % all.length]!;
    if (path.length === 0) {
      if (kind === 'replace') copy = structuredClone(value);
      continue;
    }
    type Container = Record<string | number, unknown> & unknown[];
    const parent = path
      .slice(0, -1)
      .reduce((node, key) => (node as Container)[key], copy) as Container;
    const key = path[path.length - 1]!;
    const current = parent[key];
    if (kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (kind === 'truncate' && (typeof current === 'string' || Array.isArray(current))) {
      parent[key] = current.slice(0, Math.floor(current.length / 2)) as never;
    } else {
      // A copy, so that no two places share an object (JSON never makes cycles).
      parent[key] = structuredClone(value) as never;
    }
  }
  return copy;
}

function readsSafely(input: unknown) {
  for (const item of drksReader.records(input)) {
    const result = drksReader.read(item);
    expect(Array.isArray(result.lost)).toBe(true);
    if (result.value) expect(validateTrial(result.value).ok).toBe(true);
  }
  const result = drksReader.read(input);
  expect(Array.isArray(result.issues)).toBe(true);
}

describe('drksReader fuzzing', () => {
  it('survives mutated real records', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        readsSafely(mutate(record, mutations));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('survives arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => readsSafely(value)),
      { numRuns: 300 },
    );
  }, 60_000);

  it('takes time in proportion to the input, whatever the strings hold', () => {
    for (const text of stress) {
      const long = JSON.parse(JSON.stringify(record), (_key, value) =>
        typeof value === 'string' ? text : value,
      );
      const started = performance.now();
      readsSafely(long);
      expect(performance.now() - started, JSON.stringify(text.slice(0, 12))).toBeLessThan(1000);
    }
  }, 60_000);

  it('survives __proto__ and constructor keys anywhere', () => {
    const text = JSON.stringify(record).replace(
      /"(drksId|recruitment|idLocale|contact)":/g,
      '"__proto__":{"polluted":true},"constructor":"x","$1":',
    );
    readsSafely(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
