// Synthetic trial records for tests and benchmarks: obviously made up ("Beispiel"), never real.
import type { IssueCode } from '../shared/messages';

export const minimalTrial = {
  identifiers: { primary: { registry: 'drks', id: 'DRKS00000001' } },
  title: { public: { de: 'Beispielstudie' } },
  status: { code: 'recruiting' },
  studyType: { code: 'observational' },
  provenance: { sources: [{ registry: 'drks' }] },
};

/** A trial that uses every field of the model, TRDS items 1-24 included. */
export const fullTrial = {
  identifiers: {
    primary: { registry: 'ctgov', id: 'NCT00000001' },
    secondary: [
      { registry: 'drks', id: 'DRKS00000002' },
      { registry: 'euctr', id: '2019-000001-01' },
      { registry: 'ctis', id: '2023-500001-01-00' },
      { registry: 'isrctn', id: 'ISRCTN00000001' },
      { registry: 'who-utn', id: 'U1111-0000-0001' },
      { registry: 'sponsor', id: 'BSP-2023-01', issuer: 'Beispiel-Universitätsklinikum' },
      { registry: 'other', id: 'ACTRN00000000000001', issuer: 'ANZCTR' },
    ],
  },
  title: {
    public: {
      de: 'Beispielstudie zu Bewegung nach Herzinfarkt',
      en: 'Example study of exercise after heart attack',
    },
    scientific: {
      en: 'A randomised example trial of supervised exercise after myocardial infarction',
    },
    acronym: 'BEISPIEL-HERZ',
  },
  summary: {
    de: 'Eine erfundene Studie, die jedes Feld zeigt.',
    en: 'A made-up trial showing every field.',
  },
  description: { en: 'Detailed description of the example trial.' },
  status: { code: 'terminated', original: 'TERMINATED' },
  whyStopped: 'Slow recruitment (example)',
  phase: { codes: ['phase-2', 'phase-3'], original: 'PHASE2, PHASE3' },
  studyType: { code: 'interventional', original: 'INTERVENTIONAL' },
  design: {
    allocation: 'randomised',
    model: 'parallel',
    masking: 'double',
    purpose: 'treatment',
    description: { en: 'Two parallel arms.' },
  },
  dates: {
    registered: '2023-01-15',
    start: { date: '2023-03', kind: 'actual' },
    primaryCompletion: { date: '2025-06-30', kind: 'estimated' },
    completion: { date: '2025', kind: 'estimated' },
    resultsPosted: '2025-09',
    statusVerified: '2024-11',
    lastUpdated: '2024-11-20',
  },
  conditions: [
    {
      text: 'Myocardial infarction',
      codes: [
        { system: 'http://fhir.de/CodeSystem/bfarm/icd-10-gm', code: 'I21.9', version: '2024' },
      ],
    },
  ],
  interventions: [
    {
      name: 'Supervised exercise',
      type: 'behavioural',
      originalType: 'BEHAVIORAL',
      description: 'Twice weekly.',
    },
    {
      name: 'Beispielin',
      type: 'drug',
      codes: [
        { system: 'http://www.whocc.no/atc', code: 'C01EB', display: 'Other cardiac preparations' },
      ],
    },
  ],
  keywords: ['rehabilitation', 'exercise'],
  sponsors: [
    {
      name: 'Beispiel-Universitätsklinikum',
      role: 'primary',
      class: 'academic',
      originalClass: 'OTHER',
      country: 'DE',
    },
    { name: 'Beispielstiftung', role: 'funder', class: 'non-profit' },
  ],
  contacts: [
    { role: 'public', name: 'Studienbüro', email: 'studien@example.org', phone: '+49 201 0000000' },
    {
      role: 'scientific',
      name: 'Example Investigator',
      affiliation: 'Beispiel-Universitätsklinikum',
    },
  ],
  countries: ['DE', 'NL'],
  enrolment: { target: 240, actual: 112 },
  eligibility: {
    sex: 'all',
    minimumAge: { value: 18, unit: 'years' },
    maximumAge: { value: 80, unit: 'years' },
    healthyVolunteers: false,
    inclusion: { en: 'Heart attack within 4 weeks' },
    exclusion: { en: 'Unstable angina' },
    criteria: { de: 'Einschluss: Herzinfarkt in den letzten 4 Wochen' },
  },
  outcomes: [
    { type: 'primary', measure: 'Peak oxygen uptake', timeFrame: '12 weeks' },
    { type: 'secondary', measure: 'Quality of life', timeFrame: '12 weeks', description: 'SF-36' },
  ],
  ethics: {
    status: 'approved',
    originalStatus: 'Approved',
    approved: '2023-02-01',
    committees: [
      {
        name: 'Beispiel-Ethikkommission',
        address: 'Musterstraße 1, Essen',
        email: 'ethik@example.org',
      },
    ],
  },
  ipdSharing: {
    plan: 'undecided',
    description: 'Not decided yet.',
    url: 'https://example.org/ipd',
  },
  results: {
    summary: { en: 'No results (example).' },
    url: 'https://example.org/results',
    publications: [
      {
        citation: 'Example et al. 2025',
        doi: '10.1000/example.1',
        pmid: '12345678',
        url: 'https://example.org/paper',
      },
    ],
  },
  sites: [
    {
      facility: 'Beispiel-Universitätsklinikum',
      city: 'Essen',
      postalCode: '45147',
      state: 'Nordrhein-Westfalen',
      country: 'DE',
      district: '05113',
      coordinates: { lat: 51.43, lon: 6.99 },
      status: { code: 'recruiting', original: 'RECRUITING' },
      contacts: [{ role: 'site', name: 'Studienzentrale' }],
    },
    { facility: 'Voorbeeldziekenhuis', city: 'Utrecht', country: 'NL' },
  ],
  url: 'https://clinicaltrials.gov/study/NCT00000001',
  provenance: {
    sources: [
      {
        registry: 'ctgov',
        recordId: 'NCT00000001',
        version: '2024-11-20',
        lastUpdated: '2024-11-20',
        retrieved: '2024-11-21T08:00:00Z',
      },
      { registry: 'drks', recordId: 'DRKS00000002', retrieved: '2024-11-21T08:00:05+01:00' },
    ],
    fields: { '/title/public/de': 1, '/status': 0 },
    unmapped: ['protocolSection/oversightModule/isFdaRegulatedDrug'],
  },
};

export const validTrials: unknown[] = [
  minimalTrial,
  fullTrial,
  {
    ...minimalTrial,
    identifiers: { primary: { registry: 'ctis', id: '2024-510000-99-00' } },
    title: { public: { en: 'Example trial with a year-precise start' }, acronym: 'EX' },
    status: { code: 'not-yet-recruiting', original: 'Authorised, recruitment pending' },
    studyType: { code: 'interventional' },
    phase: { codes: ['phase-1'] },
    dates: {
      start: { date: '2026', kind: 'estimated' },
      completion: { date: '2026-12', kind: 'estimated' },
    },
  },
  {
    ...minimalTrial,
    identifiers: { primary: { registry: 'euctr', id: '2010-000000-10' } },
    status: { code: 'completed' },
    eligibility: {
      minimumAge: { value: 6, unit: 'months' },
      maximumAge: { value: 17, unit: 'years' },
    },
    sites: [{ city: 'Köln', country: 'DE', district: '05315' }],
  },
];

/** Structurally valid trials that break exactly one cross-field rule. */
export const semanticViolations: { record: unknown; code: IssueCode }[] = [
  {
    code: 'date_order',
    record: {
      ...minimalTrial,
      dates: {
        start: { date: '2024-05', kind: 'actual' },
        completion: { date: '2024-04-30', kind: 'actual' },
      },
    },
  },
  {
    code: 'age_order',
    record: {
      ...minimalTrial,
      eligibility: {
        minimumAge: { value: 2, unit: 'years' },
        maximumAge: { value: 18, unit: 'months' },
      },
    },
  },
  {
    code: 'duplicate',
    record: {
      ...minimalTrial,
      identifiers: {
        primary: minimalTrial.identifiers.primary,
        secondary: [{ registry: 'drks', id: 'DRKS00000001' }],
      },
    },
  },
  {
    code: 'unknown_region',
    record: { ...minimalTrial, sites: [{ city: 'Nirgendwo', district: '05999' }] },
  },
  {
    code: 'unknown_source',
    record: {
      ...minimalTrial,
      provenance: { sources: [{ registry: 'drks' }], fields: { '/status': 1 } },
    },
  },
];
