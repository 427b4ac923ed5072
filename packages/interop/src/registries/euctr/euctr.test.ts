import { readdirSync, readFileSync } from 'node:fs';
import { validateTrial } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { euctrStatuses } from './codes';
import { euctrReader, readEuctr } from './euctr';

const fixtures = new URL('../../../../../../shared/fixtures/eu-ctr/ctrdata-demo/', import.meta.url);
const names = readdirSync(fixtures).filter((name) => name.startsWith('EUCTR_'));
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));

const minimal = (extra: Record<string, unknown> = {}) => ({
  a1_member_state_concerned: 'Germany - BfArM',
  a2_eudract_number: '2019-001234-56',
  a3_full_title_of_the_trial: 'A trial',
  x5_trial_status: 'Ongoing',
  ...extra,
});

describe('euctrReader on every EUCTR fixture', () => {
  it('finds the three fixtures', () => expect(names).toHaveLength(3));

  it.each(names)('%s reads to a Trial that validates', (name) => {
    const result = readEuctr(fixture(name));
    expect(result.value).toBeDefined();
    expect(validateTrial(result.value).ok).toBe(true);
    expect(result.issues.filter((issue) => issue.in === 'record')).toEqual([]);
  });

  it('splits a document: one record, an array, nothing else', () => {
    const record = minimal();
    expect([...euctrReader.records(record)]).toEqual([record]);
    expect([...euctrReader.records([record, record])]).toHaveLength(2);
    expect([...euctrReader.records(7)]).toEqual([]);
  });
});

describe('a Belgian protocol without results (2013-000615-24-BE)', () => {
  const { value: trial, lost, issues } = readEuctr(fixture('EUCTR_2013-000615-24-BE.json'));

  it('maps identifiers, titles in English and French, status and phase', () => {
    expect(issues).toEqual([]);
    expect(trial?.identifiers).toEqual({
      primary: { registry: 'euctr', id: '2013-000615-24' },
      secondary: [
        { registry: 'sponsor', id: '20121903114', issuer: 'Cliniques universitaires Saint-Luc' },
      ],
    });
    expect(trial?.title.public.en).toBe(
      'Optimization of tacrolimus dose regimen in pediatric living donor  liver transplantation.',
    );
    expect(trial?.title.scientific?.fr).toMatch(/^Influence de l/);
    expect(trial?.status).toEqual({ code: 'terminated', original: 'Prematurely Ended' });
    expect(trial?.phase).toEqual({ codes: ['phase-4'], original: 'Therapeutic use (Phase IV)' });
    expect(trial?.url).toBe(
      'https://www.clinicaltrialsregister.eu/ctr-search/trial/2013-000615-24/BE',
    );
    expect(trial?.provenance.sources[0]).toMatchObject({
      registry: 'euctr',
      recordId: '2013-000615-24-BE',
    });
  });

  it('derives the age bounds from the age groups and the target of a single-state trial', () => {
    // Newborns to adolescents take part, adults and elderly not: up to 17 years, no lower bound.
    expect(trial?.eligibility).toMatchObject({
      sex: 'all',
      maximumAge: { value: 17, unit: 'years' },
      healthyVolunteers: false,
    });
    expect(trial?.eligibility?.minimumAge).toBeUndefined();
    // Only in Belgium (E.8.5 No, E.8.6.1 No, E.8.6.2 No): F.4.1 is the whole trial.
    expect(trial?.enrolment).toEqual({ target: 50 });
    expect(trial?.countries).toEqual(['BE']);
  });

  it('maps the sponsor, its support, its contact point and the ethics opinion', () => {
    expect(trial?.sponsors).toEqual([
      {
        name: 'Cliniques universitaires Saint-Luc',
        role: 'primary',
        originalClass: 'Non-Commercial',
        country: 'BE',
      },
      { name: 'Cliniques universitaires SAINT-LUC', role: 'funder', country: 'BE' },
    ]);
    expect(trial?.contacts).toEqual([
      {
        role: 'public',
        name: 'Prof Reding, principal investigator',
        affiliation: 'Cliniques universitaires Saint-Luc',
        email: 'raymond.reding@uclouvain.be',
        phone: '3227641401',
        address: 'Avenue Hippocrate, 10, 1200 Bruxelles, Belgium',
      },
    ]);
    expect(trial?.ethics).toEqual({
      status: 'approved',
      originalStatus: 'Favourable',
      approved: '2012-03-19',
    });
    expect(trial?.design).toEqual({ masking: 'none' });
    // The same products listed for two roles are one intervention each.
    expect(trial?.interventions).toEqual([
      { name: 'Prograft', type: 'drug', originalType: 'Active substance of chemical origin' },
      { name: 'Modigraf', type: 'drug', originalType: 'Active substance of chemical origin' },
    ]);
  });

  it('reports what has no place, including the fields the age bounds did not need', () => {
    const paths = lost.map((field) => field.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'x4_clinical_trial_type',
        'e22_secondary_objectives_of_the_trial',
        'e111_medical_condition_in_easily_understood_language',
        'dimp[0].d12_and_d13_imp_role',
        'f115_children_211years',
        'p_end_of_trial_status',
        'n_competent_authority_decision',
      ]),
    );
    for (const read of [
      'a2_eudract_number',
      'x5_trial_status',
      'f113_newborns_027_days',
      'f13_elderly_65_years',
    ]) {
      expect(paths).not.toContain(read);
    }
  });
});

describe('a German protocol with results (2016-004489-24-DE)', () => {
  const { value: trial } = readEuctr(fixture('EUCTR_2016-004489-24-DE.json'));

  it('takes the actual dates from the results and links them', () => {
    expect(trial?.dates).toEqual({
      registered: '2018-04-13',
      start: { date: '2019-01-18', kind: 'actual' },
      completion: { date: '2022-05-20', kind: 'actual' },
    });
    expect(trial?.results).toEqual({
      url: 'https://www.clinicaltrialsregister.eu/ctr-search/trial/2016-004489-24/results',
    });
  });

  it('maps the design, the planned countries and the whole trial target', () => {
    expect(trial?.design).toEqual({
      allocation: 'randomised',
      masking: 'single',
      model: 'parallel',
    });
    expect(trial?.countries).toEqual(['DE', 'BG', 'CA', 'FR', 'HU', 'RO', 'RS', 'SE', 'GB', 'US']);
    expect(trial?.enrolment).toEqual({ target: 172 });
    expect(trial?.identifiers.secondary?.[0]).toEqual({ registry: 'ctgov', id: 'NCT03461406' });
    expect(trial?.sponsors?.[0]).toMatchObject({
      class: 'industry',
      originalClass: 'Commercial',
      country: 'ES',
    });
    expect(trial?.interventions?.[0]).toEqual({
      name: 'FS Grifols',
      type: 'biological',
      originalType: 'Active substance of biological/biotechnological origin',
    });
  });
});

describe('a Spanish protocol of a phase 2/3 trial (2019-002663-10-ES)', () => {
  const { value: trial, issues } = readEuctr(fixture('EUCTR_2019-002663-10-ES.json'));

  it('keeps both phases and the words of each', () => {
    expect(trial?.phase).toEqual({
      codes: ['phase-2', 'phase-3'],
      original: 'Therapeutic exploratory (Phase II), Therapeutic confirmatory (Phase III)',
    });
    expect(trial?.status).toEqual({ code: 'unknown', original: 'Ongoing' });
  });

  it('reads country names that run together, and MedDRA terms', () => {
    expect(trial?.countries).toEqual(expect.arrayContaining(['ES', 'KR', 'RU', 'SA', 'US', 'AR']));
    expect(trial?.countries).toHaveLength(19);
    expect(trial?.conditions).toEqual([
      {
        text: 'Muscular Atrophy, Spinal',
        codes: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/mdr',
            code: '10041582',
            display: 'Spinal muscular atrophy',
            version: '20.1',
          },
        ],
      },
    ]);
    expect(trial?.title.acronym).toBe(
      'Study of Nusinersen BIIB058 in Participants With Spinal Muscular Atrophy',
    );
    expect(trial?.design?.description?.es).toMatch(/^Asignaci/);
  });

  it('reports the free-text identifier it cannot place', () => {
    expect(issues).toMatchObject([
      { in: 'source', path: ['a54_other_identifiers'], code: 'unknown_code' },
    ]);
  });
});

describe('tables and odd values', () => {
  it.each(Object.entries(euctrStatuses))('status %s maps to %s', (status, code) => {
    expect(readEuctr(minimal({ x5_trial_status: status })).value?.status).toEqual({
      code,
      original: status,
    });
  });

  it('reports an unknown status, a wrong flag and an unknown country', () => {
    const result = readEuctr(
      minimal({
        x5_trial_status: 'Dormant',
        e72_therapeutic_exploratory_phase_ii: 'Maybe',
        e863_trial_sites_planned_in: 'France Atlantis United States',
      }),
    );
    expect(result.value?.status).toEqual({ code: 'unknown', original: 'Dormant' });
    expect(result.value?.countries).toEqual(['DE', 'FR', 'US']);
    expect(result.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['x5_trial_status', 'unknown_code'],
      ['e72_therapeutic_exploratory_phase_ii', 'unknown_code'],
      ['e863_trial_sites_planned_in', 'unknown_code'],
    ]);
  });

  it('knows trials outside the EU/EEA and the UK of older records', () => {
    const outside = readEuctr(minimal({ a1_member_state_concerned: 'Outside EU/EEA' })).value;
    expect(outside?.url).toBe(
      'https://www.clinicaltrialsregister.eu/ctr-search/trial/2019-001234-56/3RD',
    );
    const uk = readEuctr(minimal({ a1_member_state_concerned: 'UK - MHRA' })).value;
    expect(uk?.countries).toEqual(['GB']);
  });

  it('finds a known registry in the other identifiers', () => {
    const result = readEuctr(minimal({ a54_other_identifiers: 'DRKS-ID: DRKS00012345' }));
    expect(result.value?.identifiers.secondary).toEqual([{ registry: 'drks', id: 'DRKS00012345' }]);
  });

  it('reports values of the wrong type instead of failing', () => {
    const result = readEuctr(
      minimal({
        a3_full_title_of_the_trial: ['A', 'trial'],
        a31_title_of_the_trial_for_lay_people_in_easily_understood_ie_nontechnical_language:
          'Lay title',
        f422_in_the_whole_clinical_trial: 12.5,
        b1_sponsor: { b11_name_of_sponsor: 'Not a list' },
        x6_date_on_which_this_record_was_first_entered_in_the_eudract_database: 'yesterday',
      }),
    );
    expect(result.value?.title).toEqual({ public: { en: 'Lay title' } });
    expect(result.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual(
      expect.arrayContaining([
        ['a3_full_title_of_the_trial', 'invalid_type'],
        ['f422_in_the_whole_clinical_trial', 'not_integer'],
        ['b1_sponsor', 'invalid_type'],
        [
          'x6_date_on_which_this_record_was_first_entered_in_the_eudract_database',
          'invalid_format',
        ],
      ]),
    );
  });

  it.each([null, 3.5, 'EUCTR', [{}]])('a record that is %j is reported', (record) => {
    const result = readEuctr(record);
    expect(result.value).toBeUndefined();
    expect(result.issues).toMatchObject([{ in: 'source', path: [], code: 'invalid_type' }]);
  });
});
