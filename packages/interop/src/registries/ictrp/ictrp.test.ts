import { readFileSync } from 'node:fs';
import { type Trial, validateTrial } from '@nrw-health/core';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { drksReader } from '../drks/read';
import { parseIctrpPhase, parseIctrpSex } from './codes';
import { ictrpCsvColumns, ictrpExportColumns } from './columns';
import { ictrpReader, ictrpRows } from './read';
import { stress } from './test-inputs';
import { cleanText, parseIctrpAge, parseIctrpDate } from './text';
import { writeIctrpCsv } from './write';

const fixtures = new URL('../../../../../../shared/fixtures/', import.meta.url);
const curated = readFileSync(
  new URL('who-ictrp/IDDO_NTD_ictrp_curated_export.csv', fixtures),
  'utf8',
);
const drks = JSON.parse(
  readFileSync(new URL('drks/DRKS_trial-DRKS00038775.json', fixtures), 'utf8'),
);

const readAll = (text: string) =>
  [...ictrpReader.records(text)].map((row) => ictrpReader.read(row));

/**
 * A synthetic export in the search portal's 58 columns (invented values, in the forms the
 * registries send them): a BOM, quoted cells with line breaks, `<br>`, entities, day-first dates.
 */
function portalExport(delimiter = ','): string {
  const rows: Record<string, string>[] = [
    {
      TrialID: 'EUCTR2019-001234-56-DE',
      'Last Refreshed on': '19 June 2023',
      'Public title': 'A trial of &apos;Examplumab&apos; in adults',
      'Scientific title': 'Randomised trial of examplumab\n<br>versus placebo',
      Acronym: 'EXAMPLE',
      'Primary sponsor': 'Uniklinik Köln',
      'Date registration': '14/06/2023',
      'Date registration3': '20230614',
      'Export date': '6/22/2023 11:15:32 AM',
      'Source Register': 'EU Clinical Trials Register',
      'web address':
        'https://www.clinicaltrialsregister.eu/ctr-search/search?query=eudract_number:2019-001234-56',
      'Recruitment Status': 'Not Recruiting',
      'other records': 'Yes',
      'Inclusion agemin': '18 Years',
      'Inclusion agemax': 'No limit',
      'Inclusion gender': '<br>Female: yes<br>Male: yes<br>',
      'Date enrollement': '01/09/2023',
      'Target size': '120',
      'Study type': 'Interventional clinical trial of medicinal product',
      'Study design': 'Controlled: yes Randomised: yes Open: no Single blind: no Double blind: yes',
      Phase:
        'Human pharmacology (Phase I): no\nTherapeutic exploratory (Phase II): yes\nTherapeutic confirmatory - (Phase III): yes\nTherapeutic use (Phase IV): no',
      Countries: 'Germany;France;Viet Nam',
      'Contact Firstname': 'Erika',
      'Contact Lastname': 'Beispiel',
      'Inclusion Criteria': 'Adults;<br>signed consent',
      'Exclusion Criteria': 'Pregnancy',
      Condition: 'Example disease;Other disease',
      Intervention: 'Drug: Examplumab;Other: Placebo',
      'Primary outcome': 'Response at week 12; measured by X',
      'Secondary outcome': 'Safety',
      'Secondary ID': '2019-001234-56;NCT01234567;EX-001;DRKS00012345',
      'Source Name': 'Deutsche Forschungsgemeinschaft',
      'Secondary Sponsor': 'Partner A;Partner B',
      'Ethics Status': 'Approved',
      'Ethics Approval Date': '02/05/2023',
      'Ethics Contact Name': 'Ethikkommission A;Ethikkommission B',
      'Ethics Contact Email': 'a@example.org;b@example.org',
      'results yes no': 'No',
      'results ipd plan': 'Undecided',
      'Prospective registration': 'Yes',
      'Bridging flag truefalse': 'False',
    },
    {
      TrialID: 'ACTRN12623000271606',
      'Public title': 'Second "example", with a comma',
      'Source Register': 'ANZCTR',
      'Recruitment Status': 'Recruiting',
      'Date enrollement': 'March 2024',
      'Last Refreshed on': '1 January 2024',
      'Study type': 'Observational',
      Phase: 'Not Applicable',
      'Inclusion agemin': '6 Months',
      'Inclusion gender': 'Both males and females',
    },
  ];
  return `\uFEFF${Papa.unparse({ fields: [...ictrpExportColumns], data: rows }, { delimiter, newline: '\r\n' })}`;
}

describe('ictrpReader on a search portal export (synthetic, all 58 columns)', () => {
  const [first, second] = readAll(portalExport());

  it('reads every row into a valid Trial', () => {
    expect(first?.issues).toEqual([]);
    expect(second?.issues).toEqual([]);
    expect(validateTrial(first?.value).ok).toBe(true);
  });

  it('tells the registry by the TrialID and keeps ICTRP as the source', () => {
    const trial = first!.value!;
    expect(trial.identifiers.primary).toEqual({ registry: 'euctr', id: '2019-001234-56' });
    expect(trial.identifiers.secondary).toEqual([
      { registry: 'ctgov', id: 'NCT01234567' },
      { registry: 'sponsor', id: 'EX-001' },
      { registry: 'drks', id: 'DRKS00012345' },
    ]);
    expect(trial.provenance.sources).toEqual([
      {
        registry: 'ictrp',
        producer: 'EU Clinical Trials Register',
        recordId: 'EUCTR2019-001234-56-DE',
        url: 'https://trialsearch.who.int/Trial2.aspx?TrialID=EUCTR2019-001234-56-DE',
        lastUpdated: '2023-06-19',
        retrieved: '2023-06-22',
      },
    ]);
    expect(second?.value?.identifiers.primary).toEqual({
      registry: 'other',
      id: 'ACTRN12623000271606',
      issuer: 'ANZCTR',
    });
  });

  it('maps titles, codes, dates and lists', () => {
    const trial = first!.value!;
    expect(trial.title).toEqual({
      public: { en: "A trial of 'Examplumab' in adults" },
      scientific: { en: 'Randomised trial of examplumab\nversus placebo' },
      acronym: 'EXAMPLE',
    });
    expect(trial.status).toEqual({ code: 'unknown', original: 'Not Recruiting' });
    expect(trial.phase?.codes).toEqual(['phase-2', 'phase-3']);
    expect(trial.studyType.code).toBe('interventional');
    expect(trial.dates).toEqual({
      registered: '2023-06-14',
      start: { date: '2023-09-01', kind: 'estimated' },
    });
    expect(trial.eligibility).toEqual({
      sex: 'all',
      minimumAge: { value: 18, unit: 'years' },
      inclusion: { en: 'Adults;\nsigned consent' },
      exclusion: { en: 'Pregnancy' },
    });
    expect(trial.countries).toEqual(['DE', 'FR', 'VN']);
    expect(trial.conditions).toEqual([{ text: 'Example disease' }, { text: 'Other disease' }]);
    expect(trial.interventions).toEqual([
      { name: 'Examplumab', type: 'drug', originalType: 'Drug' },
      { name: 'Placebo', type: 'other', originalType: 'Other' },
    ]);
    expect(trial.outcomes).toEqual([
      { type: 'primary', measure: 'Response at week 12; measured by X' },
      { type: 'secondary', measure: 'Safety' },
    ]);
    expect(trial.sponsors).toEqual([
      { name: 'Uniklinik Köln', role: 'primary' },
      { name: 'Partner A', role: 'secondary' },
      { name: 'Partner B', role: 'secondary' },
      { name: 'Deutsche Forschungsgemeinschaft', role: 'funder' },
    ]);
    expect(trial.ethics).toEqual({
      status: 'approved',
      originalStatus: 'Approved',
      approved: '2023-05-02',
      committees: [
        { name: 'Ethikkommission A', email: 'a@example.org' },
        { name: 'Ethikkommission B', email: 'b@example.org' },
      ],
    });
    expect(trial.ipdSharing).toEqual({ plan: 'undecided' });
    expect(trial.enrolment).toEqual({ target: 120 });
    const next = second!.value!;
    expect(next.title.public).toEqual({ en: 'Second "example", with a comma' });
    // Recruiting, but the date lies after the record's last refresh: still anticipated.
    expect(next.dates?.start).toEqual({ date: '2024-03', kind: 'estimated' });
    expect(next.eligibility).toEqual({ sex: 'all', minimumAge: { value: 6, unit: 'months' } });
    expect(next.phase).toEqual({ codes: ['not-applicable'], original: 'Not Applicable' });
  });

  it('reports the columns without a place as lost', () => {
    const lost = new Map(first!.lost.map((field) => [field.path, field.value]));
    expect([...lost.keys()].sort()).toEqual(
      [
        'Bridging flag truefalse',
        'Contact Firstname',
        'Contact Lastname',
        'Prospective registration',
        'other records',
        'results yes no',
      ].sort(),
    );
    expect(lost.get('Contact Lastname')).toBe('Beispiel');
  });

  it('reads the semicolon dialect and the XML names of the columns', () => {
    const [row] = readAll(portalExport(';'));
    expect(row?.value).toEqual(first?.value);
    const xmlNames = {
      TrialID: 'NCT01234567',
      Public_title: 'T',
      Recruitment_Status: 'Recruiting',
      Study_type: 'Interventional',
      Date_enrollement: '2024-05',
    };
    const trial = ictrpReader.read(xmlNames).value!;
    expect(trial.dates?.start).toEqual({ date: '2024-05', kind: 'actual' });
  });
});

describe('ictrpReader on the curated IDDO extract', () => {
  const rows = [...ictrpReader.records(curated)] as Record<string, string>[];
  const byId = new Map(rows.map((row) => [row.TrialID, row]));
  // The extract has no title column, which the model requires; with one added the rest reads.
  const titled = (id: string) => ictrpReader.read({ ...byId.get(id), 'Public title': 'T' });

  it('reads all 315 rows without a throw, each failing only for want of a title', () => {
    expect(rows).toHaveLength(315);
    for (const row of rows) {
      const result = ictrpReader.read(row);
      expect(result.value).toBeUndefined();
      expect(result.issues.filter((issue) => issue.in === 'record')).toEqual([
        expect.objectContaining({ path: ['title'], code: 'required' }),
      ]);
    }
  });

  it('gives a valid Trial for every row once a title is added', () => {
    const valid = rows.filter((row) => ictrpReader.read({ ...row, 'Public title': 'T' }).value);
    expect(valid).toHaveLength(315);
  });

  it('maps the columns the extract shares with ICTRP', () => {
    const trial = titled('NCT05957978').value!;
    expect(trial.identifiers.primary).toEqual({ registry: 'ctgov', id: 'NCT05957978' });
    expect(trial.phase).toEqual({ codes: ['phase-2'], original: 'PHASE II TRIAL' });
    expect(trial.status).toEqual({ code: 'unknown', original: 'NOT RECRUITING' });
    expect(trial.dates).toEqual({
      registered: '2023-06-14',
      start: { date: '2023-09-01', kind: 'estimated' },
    });
    expect(trial.eligibility?.minimumAge).toEqual({ value: 15, unit: 'years' });
    expect(trial.eligibility?.maximumAge).toEqual({ value: 44, unit: 'years' });
    expect(trial.eligibility?.inclusion?.en).toMatch(
      /^inclusion criteria:\n\n- written informed consent must be obtained/,
    );
    expect(trial.countries).toEqual(['ET']);
    expect(trial.enrolment).toEqual({ target: 52 });
    expect(trial.provenance.sources[0]?.producer).toBe('ClinicalTrials.gov');

    expect(titled('DRKS00020935').value?.identifiers.primary).toEqual({
      registry: 'drks',
      id: 'DRKS00020935',
    });
    const euctr = titled('EUCTR2015-001226-42-Outside-EU/EEA').value!;
    expect(euctr.identifiers.primary).toEqual({ registry: 'euctr', id: '2015-001226-42' });
    expect(euctr.countries).toEqual(['TZ']);
    expect(titled('CTRI/2022/11/047317').value?.identifiers.primary).toEqual({
      registry: 'other',
      id: 'CTRI/2022/11/047317',
      issuer: 'CTRI',
    });
    const chictr = titled('ChiCTR-PRC-12002405');
    expect(chictr.value?.studyType).toEqual({ code: 'other', original: 'PREVENTION' });
    // "6" and "65" have no unit: not read, but reported.
    expect(chictr.issues.map((issue) => [issue.path[0], issue.code])).toEqual([
      ['STUDY_TYPE', 'unknown_code'],
      ['INCLUSION_AGEMIN', 'invalid_format'],
      ['INCLUSION_AGEMAX', 'invalid_format'],
    ]);
  });

  it('reports the curated columns as lost', () => {
    const lost = titled('NCT05957978').lost.map((field) => field.path);
    expect(lost).toEqual(
      expect.arrayContaining([
        'StandardisedCondition',
        'COUNTRY',
        'Phase_Original',
        'income_group',
      ]),
    );
    expect(lost).not.toContain('TARGET SIZE');
  });
});

describe('reading the values of an export', () => {
  it.each([
    ['2023-06-14', '2023-06-14'],
    ['2023-06', '2023-06'],
    ['20230614', '2023-06-14'],
    ['14/06/2023', '2023-06-14'],
    ['06/2023', '2023-06'],
    ['June 2023', '2023-06'],
    ['19 June 2023', '2023-06-19'],
    ['Jun 19, 2023', '2023-06-19'],
    ['2023-06-14T10:00:00', '2023-06-14'],
    ['31/02/2023', undefined],
    ['soon', undefined],
  ])('date %s', (text, date) => expect(parseIctrpDate(text)).toBe(date));

  it('reads slashed dates day first unless told or obvious', () => {
    expect(parseIctrpDate('02/05/2023')).toBe('2023-05-02');
    expect(parseIctrpDate('02/05/2023', 'mdy')).toBe('2023-02-05');
    expect(parseIctrpDate('6/22/2023 11:15:32 AM')).toBe('2023-06-22');
  });

  it.each([
    ['18 Years', { value: 18, unit: 'years' }],
    ['18Y', { value: 18, unit: 'years' }],
    ['6 Months', { value: 6, unit: 'months' }],
    ['65 Year(s)', { value: 65, unit: 'years' }],
    ['28D', { value: 28, unit: 'days' }],
    ['No limit', null],
    ['N/A', null],
    ['0', null],
    ['18', undefined],
    ['adult', undefined],
  ])('age %s', (text, age) => expect(parseIctrpAge(text)).toEqual(age));

  it.each([
    ['Phase 2', ['phase-2']],
    ['Phase 2/Phase 3', ['phase-2', 'phase-3']],
    ['Phase II-III', ['phase-2', 'phase-3']],
    ['PHASE I/II TRIAL', ['phase-1', 'phase-2']],
    ['Phase-3', ['phase-3']],
    ['1-2', ['phase-1', 'phase-2']],
    ['Phase 2b', ['phase-2']],
    ['IV', ['phase-4']],
    ['N/A', ['not-applicable']],
    ['Early Phase 1', ['early-phase-1']],
    ['Post Marketing Surveillance', ['phase-4']],
    ['Not Specified', []],
    ['Human pharmacology (Phase I): no\nTherapeutic use (Phase IV): yes', ['phase-4']],
    ['New Treatment Measure Clinical Study', undefined],
    ['Other', undefined],
  ])('phase %s', (text, phases) => expect(parseIctrpPhase(text)).toEqual(phases));

  it.each([
    ['Both', 'all'],
    ['All', 'all'],
    ['Female', 'female'],
    ['Male', 'male'],
    ['Female: yes<br>Male: no', 'female'],
    ['Female: no\nMale: yes', 'male'],
    ['-', undefined],
  ])('sex %s', (text, sex) => expect(parseIctrpSex(cleanText(text))).toBe(sex));

  it('makes texts plain', () => {
    expect(cleanText('a&amp;b &lt;c&gt; &#39;d&#x27; &bogus; &#xD800;')).toBe(
      "a&b <c> 'd' &bogus; &#xD800;",
    );
    expect(cleanText('one\n<br>two<br/ ><br>three')).toBe('one\ntwo\n\nthree');
  });

  it('splits CSV with a BOM, ; and quoted line breaks', () => {
    const rows = ictrpRows(
      '\uFEFFTrialID;Public title\r\nNCT01234567;"two\nlines; one cell"\r\n\r\n',
    );
    expect(rows).toEqual([{ TrialID: 'NCT01234567', 'Public title': 'two\nlines; one cell' }]);
    const odd = ictrpRows('TrialID,Phase,Phase,__proto__\nNCT01234567,1,2,x,extra\n')[0]!;
    expect(Object.entries(odd)).toEqual([
      ['TrialID', 'NCT01234567'],
      ['Phase', '1'],
      ['Phase_1', '2'],
      ['__proto__', 'x'],
      ['__parsed_extra', ['extra']],
    ]);
  });
});

describe('writeIctrpCsv', () => {
  const drksTrial = drksReader.read(drks).value!;
  const sample: Trial = {
    identifiers: {
      primary: { registry: 'ctgov', id: 'NCT01234567' },
      secondary: [
        { registry: 'euctr', id: '2019-001234-56' },
        { registry: 'sponsor', id: 'EX-001' },
      ],
    },
    title: {
      public: { en: '=HYPERLINK("http://evil")', de: 'Beispiel' },
      scientific: { en: 'Scientific; title, "quoted"\nover two lines' },
      acronym: '@EX',
    },
    status: { code: 'active-not-recruiting' },
    phase: { codes: ['phase-1', 'phase-2'] },
    studyType: { code: 'interventional' },
    design: {
      allocation: 'randomised',
      model: 'crossover',
      masking: 'triple',
      purpose: 'prevention',
    },
    dates: {
      registered: '2024-05-17',
      start: { date: '2024-06', kind: 'actual' },
      completion: { date: '2025', kind: 'actual' },
      resultsPosted: '2025-03-01',
    },
    conditions: [{ text: 'Asthma' }, { text: 'COPD; severe' }],
    interventions: [
      { name: 'Examplumab', type: 'biological' },
      { name: '-5 dose', type: 'drug' },
      { name: 'Counselling' },
    ],
    sponsors: [
      { name: 'Sponsor GmbH', role: 'primary', class: 'industry' },
      { name: 'Partner', role: 'collaborator' },
      { name: 'Funder', role: 'funder' },
    ],
    countries: ['DE', 'KR', 'LA'],
    enrolment: { target: 300 },
    eligibility: {
      sex: 'female',
      minimumAge: { value: 6, unit: 'months' },
      maximumAge: { value: 65, unit: 'years' },
      inclusion: { en: '+ adults' },
      exclusion: { en: 'pregnancy' },
    },
    outcomes: [
      { type: 'primary', measure: 'FEV1' },
      { type: 'secondary', measure: 'Exacerbations' },
    ],
    ethics: {
      status: 'approved',
      approved: '2024-04-01',
      committees: [{ name: 'EK Essen', email: 'ek@example.org' }],
    },
    ipdSharing: { plan: 'yes', description: 'On request' },
    results: { url: 'https://example.org/results', summary: { en: 'It worked.' } },
    url: 'https://clinicaltrials.gov/study/NCT01234567',
    provenance: { sources: [{ registry: 'ctgov' }] },
  };

  it('writes the documented columns in their order', () => {
    const [headerLine] = writeIctrpCsv([]).split('\r\n');
    expect(headerLine).toBe(ictrpCsvColumns.map((entry) => entry.column).join(','));
    for (const { column } of ictrpCsvColumns) expect(ictrpExportColumns).toContain(column);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = writeIctrpCsv([sample]);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ',' }).data;
    expect(rows[0]?.['Public title']).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[0]?.Acronym).toBe("'@EX");
    expect(rows[0]?.['Inclusion Criteria']).toBe("'+ adults");
    expect(rows[0]?.Intervention).toBe('Biological: Examplumab;Drug: -5 dose;Counselling');
  });

  it('keeps the essentials from write to read', () => {
    for (const dialect of ['en', 'de'] as const) {
      const csv = writeIctrpCsv([sample, drksTrial], { dialect });
      expect(csv.startsWith('\uFEFF')).toBe(dialect === 'de');
      const [back, drksBack] = readAll(csv);
      expect(back?.issues).toEqual([]);
      expect(drksBack?.issues).toEqual([]);
      const trial = back!.value!;
      expect(trial.identifiers).toEqual(sample.identifiers);
      expect(trial.title).toEqual({
        public: { en: '=HYPERLINK("http://evil")' },
        scientific: { en: 'Scientific; title, "quoted"\nover two lines' },
        acronym: '@EX',
      });
      expect(trial.status.code).toBe('active-not-recruiting');
      expect(trial.phase?.codes).toEqual(['phase-1', 'phase-2']);
      expect(trial.studyType.code).toBe('interventional');
      expect(trial.design).toMatchObject({
        allocation: 'randomised',
        model: 'crossover',
        masking: 'triple',
        purpose: 'prevention',
      });
      expect(trial.dates).toEqual(sample.dates);
      expect(trial.conditions).toEqual([{ text: 'Asthma' }, { text: 'COPD, severe' }]);
      expect(trial.interventions).toEqual([
        { name: 'Examplumab', type: 'biological', originalType: 'Biological' },
        { name: '-5 dose', type: 'drug', originalType: 'Drug' },
        { name: 'Counselling' },
      ]);
      expect(trial.sponsors).toEqual([
        { name: 'Sponsor GmbH', role: 'primary' },
        { name: 'Partner', role: 'secondary' },
        { name: 'Funder', role: 'funder' },
      ]);
      expect(trial.countries).toEqual(sample.countries);
      expect(trial.enrolment).toEqual(sample.enrolment);
      expect(trial.eligibility).toEqual(sample.eligibility);
      expect(trial.outcomes).toEqual(sample.outcomes);
      expect(trial.ethics).toEqual({ ...sample.ethics, originalStatus: 'Approved' });
      expect(trial.ipdSharing).toEqual(sample.ipdSharing);
      expect(trial.results).toEqual(sample.results);
      expect(trial.url).toBe(sample.url);

      const fromDrks = drksBack!.value!;
      expect(fromDrks.identifiers).toEqual(drksTrial.identifiers);
      expect(fromDrks.title.public).toEqual({ en: drksTrial.title.public.en });
      expect(fromDrks.status.code).toBe(drksTrial.status.code);
      expect(fromDrks.studyType.code).toBe(drksTrial.studyType.code);
      expect(fromDrks.dates?.registered).toBe(drksTrial.dates?.registered);
      expect(fromDrks.dates?.start).toEqual(drksTrial.dates?.start);
      expect(fromDrks.countries).toEqual(drksTrial.countries);
      expect(fromDrks.eligibility?.minimumAge).toEqual(drksTrial.eligibility?.minimumAge);
      expect(fromDrks.conditions?.map((condition) => condition.text)).toEqual(
        drksTrial.conditions?.map((condition) => condition.text),
      );
      expect(fromDrks.sponsors?.map((sponsor) => [sponsor.name, sponsor.role])).toEqual(
        drksTrial.sponsors?.map((sponsor) => [sponsor.name, sponsor.role]),
      );
      expect(fromDrks.ethics?.committees?.[0]).toEqual(drksTrial.ethics?.committees?.[0]);
    }
  });
});

// ---- Fuzzing: mutated exports and arbitrary rows go through without a throw. ----

const odd = fc.oneof(
  fc.constantFrom(
    '"',
    '""',
    '\n',
    '\r\n',
    ';',
    ',',
    '\uFEFF',
    '\uD800',
    '\u202E',
    '\u0000',
    '<br>',
    '&#x110000;',
    '&#55296;',
    "'=1+1",
    '__proto__',
    'constructor',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('x'.repeat(100_000), '<br>'.repeat(20_000), `${';'.repeat(50_000)}a`),
);

function readsSafely(text: string) {
  for (const row of ictrpReader.records(text)) {
    const result = ictrpReader.read(row);
    if (result.value) expect(validateTrial(result.value).ok).toBe(true);
  }
}

describe('ictrpReader fuzzing', () => {
  const text = [portalExport(), curated.slice(0, 20_000)];

  it('survives truncated and spliced exports', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...text),
        fc.array(fc.record({ at: fc.nat(), cut: fc.boolean(), insert: odd }), { maxLength: 5 }),
        (source, edits) => {
          let mutated = source;
          for (const { at, cut, insert } of edits) {
            const position = at % (mutated.length + 1);
            mutated = cut
              ? mutated.slice(0, position)
              : mutated.slice(0, position) + insert + mutated.slice(position);
          }
          readsSafely(mutated);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('survives rows of any shape', () => {
    const cell = fc.oneof(odd, fc.jsonValue({ maxDepth: 2 }));
    const header = fc.oneof(fc.constantFrom(...ictrpExportColumns), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.dictionary(header, cell, { maxKeys: 20 }), fc.anything(), (row, other) => {
        for (const input of [row, other]) {
          const result = ictrpReader.read(input);
          if (result.value) expect(validateTrial(result.value).ok).toBe(true);
        }
        for (const input of [other, [row]]) [...ictrpReader.records(input)];
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('takes time in proportion to the input, whatever the cells hold', () => {
    for (const cell of stress) {
      const row = Object.fromEntries(ictrpExportColumns.map((column) => [column, cell]));
      const started = performance.now();
      const result = ictrpReader.read(row);
      expect(performance.now() - started, JSON.stringify(cell.slice(0, 12))).toBeLessThan(1000);
      if (result.value) writeIctrpCsv([result.value]);
    }
  }, 60_000);

  it('survives lone surrogates in the TrialID', () => {
    const row = { TrialID: 'NCT\uD800', 'Public title': 'T', 'Study type': 'Observational' };
    const result = ictrpReader.read(row);
    expect(result.value?.provenance.sources[0]?.url).toBe(
      'https://trialsearch.who.int/Trial2.aspx?TrialID=NCT%EF%BF%BD',
    );
  });

  it('survives __proto__ and constructor headers', () => {
    readsSafely('__proto__,constructor,TrialID,Public title\n{"a":1},x,NCT01234567,T\n');
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  it('writes what it reads from arbitrary rows', () => {
    const cell = fc.oneof(odd, fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ictrpExportColumns), cell), (row) => {
        const trial = ictrpReader.read({
          TrialID: 'NCT01234567',
          'Public title': 'T',
          ...row,
        }).value;
        if (trial) readsSafely(writeIctrpCsv([trial]));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
