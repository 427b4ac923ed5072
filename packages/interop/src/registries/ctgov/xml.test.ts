import { type Trial, validateTrial } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { isLost } from '../../testing/lost';
import { generalise, xmlFixture, xmlFixtures } from './test-fixtures';
import { ctgovXmlReader, readCtgovXmlStudy, tidy } from './xml';

const read = (record: unknown) => {
  const result = readCtgovXmlStudy(record);
  return { ...result, trial: result.value as Trial };
};

/** A minimal <clinical_study>, with more elements inside. */
const minimal = (inside = '', status = 'Recruiting') => `<?xml version="1.0" encoding="UTF-8"?>
<clinical_study>
  <id_info><org_study_id>EX-1</org_study_id><nct_id>NCT01234567</nct_id></id_info>
  <brief_title>Example study</brief_title>
  <sponsors><lead_sponsor><agency>Example sponsor</agency><agency_class>Other</agency_class></lead_sponsor></sponsors>
  <source>Example sponsor</source>
  <overall_status>${status}</overall_status>
  <study_type>Interventional</study_type>
  ${inside}
</clinical_study>`;

describe('ctgovXmlReader.records', () => {
  it('yields the parsed <clinical_study> of a file', () => {
    const records = [...ctgovXmlReader.records(xmlFixture('aact_NCT02654730.xml'))];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id_info: { nct_id: 'NCT02654730' } });
  });

  it('yields each study of a wrapper element', () => {
    const one = minimal().replace(/^<\?xml[^>]*>/, '');
    const two = one.replace('NCT01234567', 'NCT07654321');
    const records = [...ctgovXmlReader.records(`<studies>${one}${two}</studies>`)];
    expect(records.map((record) => read(record).trial.identifiers.primary.id)).toEqual([
      'NCT01234567',
      'NCT07654321',
    ]);
  });

  it('passes text it cannot split on, for read to report', () => {
    for (const text of ['<clinical_study><a></clinical_study>', 'no xml', '<other/>']) {
      expect([...ctgovXmlReader.records(text)]).toEqual([text]);
      expect(read(text).value).toBeUndefined();
    }
    for (const document of [null, 42, {}, ['<clinical_study/>']]) {
      expect([...ctgovXmlReader.records(document)]).toEqual([]);
    }
  });
});

describe('ctgovXmlReader.read over every fixture', () => {
  const results = xmlFixtures().flatMap(({ file, text }) =>
    [...ctgovXmlReader.records(text)].map((record) => ({ file, ...read(record) })),
  );

  it('reads all 41 studies into trials that validate', () => {
    expect(results).toHaveLength(41);
    expect(results.filter((result) => !result.value).map((result) => result.file)).toEqual([]);
    for (const { trial } of results) expect(validateTrial(trial).ok).toBe(true);
  });

  it('knows every code the fixtures use', () => {
    const issues = results.flatMap((result) => result.issues);
    // The one country without a current ISO code, "Former Serbia and Montenegro", twice.
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['unknown_code', 'location.95.facility.address.country'],
      ['unknown_code', 'location_countries.country.5'],
    ]);
  });

  it('keeps fields without a place as lost, and never loses a mapped field', () => {
    const lost = new Set(
      results.flatMap((result) => result.lost.map((field) => generalise(field.path))),
    );
    for (const path of [
      'arm_group[*].arm_group_label',
      'oversight_info.has_dmc',
      'reference[*].citation',
      'condition_browse.mesh_term[*]',
      'required_header.link_text',
      'clinical_results.baseline.group_list.group[*].title',
      '@_rank',
    ]) {
      expect(isLost(lost, path), path).toBe(true);
    }
    for (const path of [
      'id_info.nct_id',
      'brief_title',
      'overall_status',
      'start_date',
      'start_date.#text',
      'start_date.@_type',
      'enrollment.#text',
      'location[*].facility.address.city',
      'condition[*]',
      'required_header.url',
      'required_header.download_date',
      'eligibility.criteria.textblock',
    ]) {
      expect(isLost(lost, path), path).toBe(false);
    }
  });
});

describe('ctgovXmlReader.read, field by field', () => {
  it('maps a record field by field (NCT02654730)', () => {
    const { trial } = read(xmlFixture('aact_NCT02654730.xml'));
    expect(trial.identifiers).toEqual({
      primary: { registry: 'ctgov', id: 'NCT02654730' },
      secondary: [
        {
          registry: 'sponsor',
          id: 'SAFEPRIM-II',
          issuer: 'London School of Hygiene and Tropical Medicine',
        },
      ],
    });
    expect(trial.title.acronym).toBe('SAFEPRIM-II');
    expect(trial.status).toEqual({ code: 'terminated', original: 'Terminated' });
    expect(trial.whyStopped).toBe(
      'Enrollment took longer than anticipated; it was financially and logistically impossible to recruit the final cohort (G6PDd 0.4mg/kg PQ).',
    );
    expect(trial.phase).toEqual({ codes: ['phase-2', 'phase-3'], original: 'Phase 2/Phase 3' });
    expect(trial.dates).toEqual({
      registered: '2016-01-05',
      // Terminated, and the start lies before the last update: it happened.
      start: { date: '2015-12', kind: 'actual' },
      primaryCompletion: { date: '2016-09', kind: 'actual' },
      completion: { date: '2016-12', kind: 'estimated' },
      statusVerified: '2016-01',
      lastUpdated: '2016-09-09',
    });
    expect(trial.design).toEqual({
      allocation: 'randomised',
      model: 'parallel',
      masking: 'none',
      purpose: 'treatment',
    });
    expect(trial.enrolment).toEqual({ actual: 61 });
    expect(trial.sponsors).toEqual([
      {
        name: 'London School of Hygiene and Tropical Medicine',
        role: 'primary',
        class: 'other',
        originalClass: 'Other',
      },
      {
        name: 'Medical Research Council Unit, The Gambia',
        role: 'collaborator',
        class: 'other',
        originalClass: 'Other',
      },
    ]);
    expect(trial.eligibility).toMatchObject({
      sex: 'male',
      minimumAge: { value: 10, unit: 'years' },
      healthyVolunteers: true,
    });
    expect(trial.eligibility?.criteria?.en).toMatch(
      /^Inclusion Criteria:\n\n- {2}G6PD deficiency by fluorescent Spot test \(for intervention groups and control group receiving DHA-PPQ only \(N=50\)\n\n/,
    );
    expect(trial.summary?.en).toBe(
      'The purpose of this study is to evaluate the tolerability and safety of increasing doses of primaquine in combination with dihydroartemisinin-piperaquine in G6PD deficient males.',
    );
    expect(trial.countries).toEqual(['GM']);
    expect(trial.url).toBe('https://clinicaltrials.gov/study/NCT02654730');
    expect(trial.provenance.sources).toEqual([
      {
        registry: 'ctgov',
        recordId: 'NCT02654730',
        url: 'https://clinicaltrials.gov/show/NCT02654730',
        published: '2016-01-13',
        lastUpdated: '2016-09-09',
        retrieved: '2018-05-11',
      },
    ]);
  });

  it('maps sites with their status, in NRW with the district (NCT03424005)', () => {
    const { trial } = read(xmlFixture('aact_NCT03424005.xml'));
    expect(trial.phase).toEqual({ codes: ['phase-1', 'phase-2'], original: 'Phase 1/Phase 2' });
    expect(trial.dates?.start).toEqual({ date: '2018-03-30', kind: 'actual' });
    expect(trial.enrolment).toEqual({ target: 310 });
    expect(trial.sites).toContainEqual({
      facility: 'Universitätsklinikum Essen',
      city: 'Essen',
      postalCode: '45147',
      country: 'DE',
      district: '05113',
      status: { code: 'recruiting', original: 'Recruiting' },
    });
    expect(trial.sites).toContainEqual(
      expect.objectContaining({
        city: 'Hackensack',
        state: 'New Jersey',
        status: { code: 'completed', original: 'Completed' },
      }),
    );
    expect(trial.contacts).toEqual([
      {
        role: 'public',
        name: 'Reference Study ID Number: CO40115 www.roche.com/about_roche/roche_worldwide.htm',
        phone: '888-662-6728 (U.S. and Canada)',
        email: 'global-roche-genentech-trials@gene.com',
      },
      { role: 'scientific', name: 'Clinical Trials', affiliation: 'Hoffmann-La Roche' },
    ]);
  });

  it('maps results publications and IPD sharing (NCT02586688)', () => {
    const { trial } = read(xmlFixture('aact_NCT02586688.xml'));
    expect(trial.ipdSharing).toEqual({ plan: 'undecided' });
    expect(trial.results?.publications?.[0]).toEqual({
      citation: expect.stringMatching(/^O'Reardon JP/),
      pmid: '17573044',
    });
    expect(trial.results?.publications?.[1]?.doi).toBe('10.1002/da.21969');
  });

  it('maps a redacted record as far as it goes (NCT03182660)', () => {
    const { trial } = read(xmlFixture('aact_NCT03182660.xml'));
    expect(trial.status).toEqual({ code: 'withheld', original: 'Withheld' });
    expect(trial.studyType).toEqual({ code: 'other', original: 'N/A' });
    expect(trial.sponsors).toEqual([{ name: '[Redacted]', role: 'primary' }]);
  });

  it('reads dates, ages and the legacy design', () => {
    const { trial, issues } = read(
      minimal(`
  <start_date>January 15, 2020</start_date>
  <completion_date type="Anticipated">Unknown</completion_date>
  <primary_completion_date type="Estimate">2022</primary_completion_date>
  <study_design>Allocation: Randomized, Masking: Double Blind (Subject, Investigator)</study_design>
  <study_design_info>
    <primary_purpose>Educational/Counseling/Training</primary_purpose>
    <masking>Double Blind (Subject, Investigator)</masking>
  </study_design_info>
  <enrollment>150</enrollment>
  <eligibility><gender>Both</gender><minimum_age>6 Months</minimum_age><maximum_age>N/A</maximum_age></eligibility>
  <last_update_posted type="Actual">June 22, 2021</last_update_posted>`),
    );
    expect(issues).toEqual([]);
    expect(trial.dates).toEqual({
      start: { date: '2020-01-15', kind: 'actual' },
      primaryCompletion: { date: '2022', kind: 'estimated' },
      lastUpdated: '2021-06-22',
    });
    expect(trial.design).toEqual({
      masking: 'double',
      purpose: 'other',
      description: {
        en: 'Allocation: Randomized, Masking: Double Blind (Subject, Investigator)\nMasked: Subject, Investigator\nPrimary purpose: Educational/Counseling/Training',
      },
    });
    // No enrolment type, and the study still recruits: a target.
    expect(trial.enrolment).toEqual({ target: 150 });
    expect(trial.eligibility).toEqual({ sex: 'all', minimumAge: { value: 6, unit: 'months' } });
  });

  it('reports what it cannot read and keeps the trial', () => {
    const { trial, issues } = read(
      minimal(`
  <start_date type="Sometime">Spring 2020</start_date>
  <phase>Phase 5</phase>
  <enrollment type="Actual">about 100</enrollment>
  <condition><b>bold</b></condition>
  <condition>Asthma</condition>
  <overall_contact><last_name>Office</last_name><email>nowhere</email></overall_contact>`),
    );
    expect(trial.conditions).toEqual([{ text: 'Asthma' }]);
    expect(trial.contacts).toEqual([{ role: 'public', name: 'Office' }]);
    expect(trial.phase).toBeUndefined();
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['invalid_format', 'start_date'],
      ['unknown_code', 'phase'],
      ['invalid_type', 'enrollment'],
      ['invalid_type', 'condition.0'],
      ['invalid_format', 'overall_contact.email'],
    ]);
  });

  it('reads a parsed document as well as text', () => {
    const [study] = [...ctgovXmlReader.records(minimal())];
    expect(read({ clinical_study: study }).trial.identifiers.primary.id).toBe('NCT01234567');
    expect(read(minimal()).trial).toEqual(read(study).trial);
  });
});

describe('ctgovXmlReader.read, hostile input', () => {
  it('reports malformed XML with the parser’s reason', () => {
    const { value, issues, lost } = read('<clinical_study><id_info></clinical_study>');
    expect(value).toBeUndefined();
    expect(lost).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ in: 'source', code: 'invalid_input', path: [] }),
    ]);
  });

  it('expands no entity bomb and reads no external entity', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`,
    ).join('')}]>${minimal()
      .replace(/^<\?xml[^>]*>/, '')
      .replace('Example study', '&lol9;')}`;
    const started = performance.now();
    const result = read(bomb);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(JSON.stringify(result).length).toBeLessThan(100_000);

    const external = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${minimal()
      .replace(/^<\?xml[^>]*>/, '')
      .replace('Example study', '&xxe;')}`;
    const refused = read(external);
    expect(refused.value).toBeUndefined();
    expect(refused.issues[0]?.code).toBe('invalid_input');
  });

  it('keeps __proto__ and constructor elements as lost fields, harmlessly', () => {
    const { trial, lost } = read(
      minimal('<__proto__><polluted>1</polluted></__proto__><constructor>x</constructor>'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(trial.identifiers.primary.id).toBe('NCT01234567');
    expect(lost.map((field) => field.path)).toEqual(['#__proto__', '#constructor']);
  });

  it('decodes entities and character references', () => {
    const { trial } = read(
      minimal().replace('Example study', 'Tom &amp; Jerry &#8805; 18 &#x2264; 65'),
    );
    expect(trial.title.public.en).toBe('Tom & Jerry ≥ 18 ≤ 65');
  });
});

describe('tidy', () => {
  it('joins wrapped lines and keeps paragraphs and list items', () => {
    expect(tidy('  one line  ')).toBe('one line');
    expect(tidy('First line\n      wrapped here.\n\n      Second paragraph\n')).toBe(
      'First line wrapped here.\n\nSecond paragraph',
    );
    expect(tidy('Criteria:\n\n  -  first item\n     continued\n  -  second\n  1. numbered')).toBe(
      'Criteria:\n\n-  first item continued\n-  second\n1. numbered',
    );
  });
});
