// The fast reader (json.ts) against the reference reader (json-tracked.ts: plain field readers
// through a tracking proxy, then compact and validateTrial): exactly the same value, key order
// included, the same lost fields in the same order, and the same issues with the same messages,
// on every fixture record, on records that take each conditional read both ways, and on fuzzed
// records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReadOptions } from '../../shared/result';
import { changeArbitrary, mutate, places } from '../../testing/mutate';
import { ctgovReader, readCtgovStudy } from './json';
import { readCtgovStudyTracked } from './json-tracked';
import { jsonFixtures } from './test-fixtures';

// biome-ignore lint/suspicious/noExplicitAny: test records are changed freely, wrong types included
type Study = Record<string, any>;

/** Both readers give the same result, the trial's keys in the same order. */
function expectSame(record: unknown, options?: ReadOptions): void {
  const fast = readCtgovStudy(record, options);
  const reference = readCtgovStudyTracked(record, options);
  expect(fast).toStrictEqual(reference);
  expect(JSON.stringify(fast.value)).toBe(JSON.stringify(reference.value));
}

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

const studies = jsonFixtures().flatMap(({ document }) => [...ctgovReader.records(document)]);

describe('readCtgovStudy agrees with the reference reader', () => {
  it('on every fixture record, in English and German', () => {
    expect(studies).toHaveLength(420);
    for (const study of studies) expectSame(study);
    for (const study of studies.slice(0, 40)) expectSame(study, { locale: 'de' });
  });

  it.each<[string, (study: Study) => void]>([
    [
      'a sponsor number without an ID, the organization then unread',
      (study) => {
        study.protocolSection.identificationModule.orgStudyIdInfo = { type: 'x' };
        study.protocolSection.identificationModule.organization = {
          fullName: 'Example',
          class: 'X',
        };
      },
    ],
    [
      'a sponsor number with its organization',
      (study) => {
        study.protocolSection.identificationModule.orgStudyIdInfo = { id: ' 42 ', link: 'x' };
        study.protocolSection.identificationModule.organization = {
          fullName: 'Example',
          class: 'X',
        };
      },
    ],
    [
      'secondary numbers with and without an ID, of all kinds',
      (study) => {
        study.protocolSection.identificationModule.nctIdAliases = [
          'NCT01234567',
          ' nct 0765 4321 ',
          'NCT1',
          7,
          { a: 1 },
          [],
          null,
          '',
        ];
        study.protocolSection.identificationModule.secondaryIdInfos = [
          { type: 'NIH', domain: 'Example' },
          { id: ' ', type: 'NIH' },
          { id: 'R01', type: 'nih', domain: 'Example', link: 'https://example.org' },
          { id: 'EudraCT 2019-001234-56', type: 'EUDRACT_NUMBER' },
          { id: '2019-00123', type: 'EUDRACT_NUMBER' },
          { id: 'X-1', type: 'REGISTRY' },
          { id: 'X-2', type: 'REGISTRY', domain: 'Example Registry' },
          { id: 'X-3', type: 'GRANT' },
          { id: 'R01', type: 'NIH' },
          ['R01'],
          'R01',
          {},
        ];
      },
    ],
    [
      'dates with and without a valid date, their types then read or not',
      (study) => {
        Object.assign(study.protocolSection.statusModule, {
          startDateStruct: { date: '2024-02-30', type: 'ACTUAL' },
          primaryCompletionDateStruct: { date: ' 2025-06 ', type: 'estimated', x: 1 },
          completionDateStruct: { type: 'ACTUAL' },
          studyFirstPostDateStruct: { date: '2023', type: 'ACTUAL' },
          lastUpdatePostDateStruct: { date: 20230101 },
          resultsFirstPostDateStruct: [],
          studyFirstSubmitDate: 'soon',
          statusVerifiedDate: { date: '2024' },
          whyStopped: ['x'],
        });
      },
    ],
    [
      'sponsors with and without a name',
      (study) => {
        study.protocolSection.sponsorCollaboratorsModule = {
          leadSponsor: { class: 'INDUSTRY' },
          collaborators: [
            { name: 'Example', class: 'OTHER_GOV' },
            { name: ' ', class: 'NIH' },
            { name: 'Other', class: 'UNKNOWN' },
            { name: 'Third', class: 'CHARITY', x: [1] },
            null,
            3,
          ],
          responsibleParty: { type: 'SPONSOR' },
        };
      },
    ],
    [
      'a responsible investigator already among the contacts',
      (study) => {
        study.protocolSection.sponsorCollaboratorsModule = {
          leadSponsor: { name: 'Example' },
          responsibleParty: {
            investigatorFullName: 'Erika  MUSTERMANN',
            investigatorAffiliation: 'Example',
          },
        };
        study.protocolSection.contactsLocationsModule = {
          overallOfficials: [{ name: 'Erika Mustermann', role: 'PRINCIPAL_INVESTIGATOR' }],
        };
      },
    ],
    [
      'a responsible investigator who is a new contact',
      (study) => {
        study.protocolSection.sponsorCollaboratorsModule = {
          responsibleParty: { investigatorFullName: 'Max', investigatorAffiliation: 7 },
        };
        study.protocolSection.contactsLocationsModule = {
          overallOfficials: [{ name: 'Erika Mustermann', role: 'STUDY_CHAIR' }],
        };
      },
    ],
    [
      'enrolment with a count of each kind',
      (study) => {
        study.protocolSection.designModule.enrollmentInfo = { count: -1, type: 'ACTUAL' };
        study.protocolSection.designModule.phases = ['PHASE5', 7, 'phase2', 'PHASE2', ' '];
        study.protocolSection.designModule.designInfo = {
          allocation: 'RANDOM',
          maskingInfo: { whoMasked: ['X', { a: 1 }, 'INVESTIGATOR'], masking: 3 },
          observationalModel: 'COHORT',
          timePerspective: 'SOMEDAY',
          primaryPurpose: 'ECT',
        };
        study.protocolSection.designModule.patientRegistry = 'yes';
        study.protocolSection.designModule.targetDuration = '2 Years';
      },
    ],
    [
      'enrolment with a fractional count',
      (study) => {
        study.protocolSection.designModule.enrollmentInfo = { count: 1.5, type: 'ACTUAL', x: 1 };
      },
    ],
    [
      'interventions and outcomes with and without their names',
      (study) => {
        study.protocolSection.armsInterventionsModule = {
          interventions: [
            { type: 'DRUG', description: 'x' },
            { name: 'App', type: 'SOFTWARE', description: 7, otherNames: ['a'] },
            { name: 'Pill', type: 'drug' },
          ],
          armGroups: [{ label: 'A' }],
        };
        study.protocolSection.outcomesModule = {
          primaryOutcomes: [{ timeFrame: '1 year' }, { measure: 'Pain', timeFrame: 3 }],
          secondaryOutcomes: 'many',
          otherOutcomes: [[], {}, { measure: 'x', description: 'y', z: 1 }],
        };
      },
    ],
    [
      'references of each type',
      (study) => {
        study.protocolSection.referencesModule = {
          references: [
            { type: 'BACKGROUND', citation: 'Example. 2020.', pmid: '1' },
            { type: 'result', citation: 'Example. doi:10.1000/x1.', pmid: 'x' },
            { type: 'DERIVED', pmid: '123' },
            { type: 'OTHER', citation: 'Example' },
            { citation: 'No type' },
          ],
          seeAlsoLinks: [{ url: 'https://example.org' }],
        };
      },
    ],
    [
      'an IPD statement without a plan',
      (study) => {
        study.protocolSection.ipdSharingStatementModule = {
          ipdSharing: 'MAYBE',
          description: 'x',
          infoTypes: ['SAP'],
          url: 'ftp://x',
        };
      },
    ],
    [
      'an IPD statement with a plan',
      (study) => {
        study.protocolSection.ipdSharingStatementModule = {
          ipdSharing: 'yes',
          description: 7,
          infoTypes: ['SAP', 'OTHER', 3],
          timeFrame: 'soon',
          accessCriteria: 'ask',
          url: 'ftp://x',
        };
      },
    ],
    [
      'MeSH terms with and without IDs and terms',
      (study) => {
        study.protocolSection.conditionsModule = { conditions: ['Asthma', 5], keywords: 'x' };
        study.derivedSection = {
          miscInfoModule: { versionHolder: '2024-01-01', removedCountries: ['X'] },
          conditionBrowseModule: {
            meshes: [
              { term: 'No ID' },
              { id: 'D1', term: ' asthma ' },
              { id: 'D1', term: 'Again' },
              { id: 'D2' },
              { id: 'D3', term: 'Other', x: 1 },
            ],
            ancestors: [{ id: 'D0', term: 'Root' }],
          },
        };
      },
    ],
    [
      'sites and contacts of every kind',
      (study) => {
        study.protocolSection.contactsLocationsModule = {
          centralContacts: [
            { name: 'Office', email: 'office@example.org', role: 'CONTACT' },
            { name: 'office', email: 'OFFICE@example.org', role: 'CONTACT' },
            { phone: '123', phoneExt: '4', role: 'BOSS' },
            { email: 'not an address' },
            {},
          ],
          locations: [
            { city: 'Köln', country: 'Germany', geoPoint: { lat: 50.9, lon: 6.9 } },
            { city: 'Atlantis', country: 'Atlantis', geoPoint: { lat: 95, lon: 0 } },
            { city: 'Bonn', country: 'DE', state: 'Bayern', geoPoint: { lat: '50' } },
            { facility: 'Example', status: 'RECRUITING', geoPoint: { lon: 7 }, zip: 5 },
            { status: 'PAUSED', geoPoint: {}, contacts: [{ name: 'A' }, { name: 'a' }, 'x'] },
            { geoPoint: { x: 1 } },
            { x: 1 },
            {},
            [],
          ],
        };
      },
    ],
    [
      'modules of the wrong kind, empty or with unknown fields only',
      (study) => {
        Object.assign(study.protocolSection, {
          descriptionModule: [],
          conditionsModule: ['Asthma'],
          armsInterventionsModule: {},
          outcomesModule: { unknown: 1 },
          eligibilityModule: 'all',
          referencesModule: null,
          oversightModule: { oversightHasDmc: true },
        });
        study.derivedSection = [{ a: 1 }];
        study.resultsSection = { x: [1, 2] };
        study.hasResults = 'yes';
      },
    ],
    [
      'a module that is an array with a key of its own, as no JSON has it',
      (study) => {
        study.protocolSection.descriptionModule = Object.assign([], { briefSummary: 'x' });
        study.protocolSection.eligibilityModule = Object.assign([1], { sex: 'ALL' });
      },
    ],
    [
      '__proto__, constructor and empty keys',
      (study) => {
        const proto = JSON.parse('{"__proto__": {"polluted": 1}, "": 1, "constructor": "x"}');
        Object.assign(study.protocolSection.identificationModule, proto);
        study.protocolSection.contactsLocationsModule = { locations: [proto, { city: 'Bonn' }] };
      },
    ],
    [
      'an empty key at the top, which the model takes for no path',
      (study) => {
        study[''] = 'x';
      },
    ],
    [
      'no NCT number',
      (study) => {
        study.protocolSection.identificationModule.nctId = 'NCT123';
      },
    ],
    [
      'no title',
      (study) => {
        study.protocolSection.identificationModule = { nctId: 'NCT01234567', acronym: 'X' };
      },
    ],
    [
      'no identification at all',
      (study) => {
        delete study.protocolSection.identificationModule;
      },
    ],
    [
      'completion before start',
      (study) => {
        study.protocolSection.statusModule.startDateStruct = { date: '2024-05' };
        study.protocolSection.statusModule.completionDateStruct = { date: '2023', type: 'ACTUAL' };
      },
    ],
    [
      'a minimum age above the maximum',
      (study) => {
        study.protocolSection.eligibilityModule = {
          minimumAge: '18 Years',
          maximumAge: '12 months',
          sex: 'ALL',
          healthyVolunteers: false,
        };
      },
    ],
  ])('on a record with %s', (_, patch) => {
    const record = minimal(patch);
    expectSame(record);
    expectSame(record, { locale: 'de' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('on records that are not objects', () => {
    for (const record of [null, undefined, 0, 'NCT01234567', [], [1, { a: 1 }, {}, [], null], {}]) {
      expectSame(record);
    }
  });
});

// Study-like records from the reader's own keys and values, so that random records take the
// reader's branches (and the rest) rather than missing them all.
const keys = [
  ...['protocolSection', 'derivedSection', 'hasResults', 'identificationModule', 'statusModule'],
  ...['designModule', 'contactsLocationsModule', 'sponsorCollaboratorsModule', 'nctId', 'id'],
  ...['briefTitle', 'orgStudyIdInfo', 'organization', 'fullName', 'secondaryIdInfos', 'type'],
  ...['domain', 'overallStatus', 'startDateStruct', 'date', 'studyType', 'phases', 'locations'],
  ...['city', 'country', 'geoPoint', 'lat', 'lon', 'contacts', 'name', 'role', 'email'],
  ...['responsibleParty', 'investigatorFullName', 'investigatorAffiliation', 'leadSponsor'],
  ...['enrollmentInfo', 'count', 'references', 'citation', 'pmid', 'ipdSharing', 'url'],
  ...['conditionBrowseModule', 'meshes', 'term', 'measure', '__proto__', '', 'x'],
];
const leaf = fc.oneof(
  fc.constantFrom(
    ...['NCT01234567', 'RECRUITING', 'INTERVENTIONAL', 'ACTUAL', 'RESULT', 'YES', 'PHASE2'],
    ...['2024-05', 'Germany', 'Köln', 'Example', 'a@example.org', ' ', '', 'constructor'],
  ),
  fc.constantFrom(null, true, 0, -1, 1.5, 50.9),
  fc.string({ maxLength: 8 }),
);
const { study } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    tie('object'),
  ),
  object: fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 5 }),
  study: fc.record({
    protocolSection: fc.record({
      identificationModule: tie('object'),
      statusModule: tie('object'),
      designModule: tie('object'),
      sponsorCollaboratorsModule: tie('object'),
      contactsLocationsModule: tie('object'),
      referencesModule: tie('object'),
      ipdSharingStatementModule: tie('object'),
    }),
    derivedSection: tie('object'),
  }),
}));

describe('readCtgovStudy agrees with the reference reader under fuzzing', () => {
  it('on fixture records changed in one to four places (testing/mutate)', () => {
    const change = changeArbitrary(['NCT01234567', 'RECRUITING', 'RESULT', '2024-05', 'Germany']);
    const mutated = fc
      .nat(studies.length - 1)
      .chain((index) => {
        const seed = studies[index];
        return fc.tuple(
          fc.constant(seed),
          fc.array(fc.tuple(fc.constantFrom(...places(seed)), change), {
            minLength: 1,
            maxLength: 4,
          }),
        );
      })
      .map(([seed, changes]) =>
        changes.reduce((value, [path, how]) => mutate(value, path, how), seed),
      );
    // Each run reads a whole real study twice: 250 runs take some seconds on a quiet machine, and
    // many times that while the kit's other test suites share its two cores.
    fc.assert(
      fc.property(mutated, (record) => expectSame(record)),
      { numRuns: 250 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 300_000);

  it('on study-like records of the reader’s keys and values', () => {
    fc.assert(
      fc.property(study, (record) => expectSame(record)),
      { numRuns: 1000 },
    );
  }, 300_000);

  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (record) => {
        expectSame(record);
        expectSame({ protocolSection: record, derivedSection: record });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('never throws on values JSON cannot hold', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withSparseArray: true, withBigInt: true }),
        (value) => {
          for (const record of [value, { protocolSection: value, derivedSection: value }]) {
            const result = readCtgovStudy(record);
            expect(Array.isArray(result.lost)).toBe(true);
            expect(Array.isArray(result.issues)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
