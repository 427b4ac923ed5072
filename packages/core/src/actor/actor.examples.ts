// Synthetic actor records for tests and the JSON Schema agreement test: obviously made up
// ("Beispiel"), never real organisations. Identifiers carry valid check digits but are chosen to
// look synthetic (IK 260000000, ROR 000000098); districts and postal codes are real places.
import type { IssueCode } from '../shared/messages';

const provenance = { sources: [{ title: 'Synthetisches Beispiel', producer: '@nrw-health' }] };

/** An actor that uses every field of the model. */
export const fullActor = {
  id: 'beispiel-uniklinikum',
  kind: 'university-hospital',
  name: { de: 'Beispiel-Universitätsklinikum', en: 'Example University Hospital' },
  shortName: { de: 'UK Beispiel', en: 'EUH' },
  identifiers: [
    { scheme: 'ik', value: '260000000' },
    { scheme: 'ror', value: '000000098' },
    { scheme: 'telematik-id', value: '5-2-BEISPIEL-KH-0001' },
    { scheme: 'hospital-site', value: '770000001' },
    { scheme: 'register', court: 'Amtsgericht Beispielstadt', number: 'HRB 12345' },
    { scheme: 'website', url: 'https://uk.beispiel.example' },
    { scheme: 'other', system: 'https://beispiel.example/sid/kliniken', value: 'BSP-001' },
  ],
  address: {
    lines: ['Beispielstraße 1', 'Haus B'],
    postalCode: '45147',
    city: 'Essen',
    district: '05113000',
    state: 'DE-NW',
    country: 'DE',
  },
  coordinates: { lat: 51.43, lon: 6.99 },
  founded: 1909,
  sectors: ['medical-care', 'inpatient-care', 'research-and-development'],
  topics: ['digital-hospital', 'artificial-intelligence', 'clinical-research', 'green-hospital'],
  competences: [
    { de: 'Beispielhafte Tumormedizin', en: 'Example oncology' },
    { de: 'Telemedizinische Beispielnetze' },
  ],
  description: {
    de: 'Ein erfundenes Universitätsklinikum, das jedes Feld des Modells zeigt.',
    en: 'A made-up university hospital that shows every field of the model.',
  },
  memberships: ['beispiel-netzwerk'],
  studyCentre: {
    specialities: ['Onkologie', { de: 'Kardiologie', en: 'Cardiology' }],
    experience: { since: 1995, trials: 250 },
    phases: ['phase-1', 'phase-2', 'phase-3'],
  },
  website: 'https://uk.beispiel.example',
  provenance: {
    sources: [
      { id: 'stammdaten', title: 'Beispiel-Stammdaten', retrieved: '2024-05-17' },
      { id: 'register', title: 'Beispiel-Register', url: 'https://register.beispiel.example' },
    ],
    fields: { '/name': 0, '/identifiers': 1 },
    unmapped: ['/legacy/bettenzahl'],
  },
};

/** A start-up with no more than the required fields and a few topics. */
export const minimalActor = {
  id: 'beispiel-startup',
  kind: 'start-up',
  name: { de: 'Beispiel-Start-up GmbH' },
  topics: ['m-health', 'diga'],
  provenance,
};

export const validActors: unknown[] = [
  fullActor,
  minimalActor,
  {
    id: 'beispiel-netzwerk',
    kind: 'network',
    name: { de: 'Beispiel-Gesundheitsnetzwerk Ruhr e. V.', en: 'Example Health Network Ruhr' },
    identifiers: [{ scheme: 'register', court: 'Amtsgericht Beispielstadt', number: 'VR 4711' }],
    address: { city: 'Bochum', district: '05911', country: 'DE' },
    sectors: ['other-sub-sectors'],
    topics: ['digital-health', 'telemedicine', 'education-and-training'],
    website: 'http://netzwerk.beispiel.example',
    provenance,
  },
  {
    id: 'gesundheitsamt-beispielkreis',
    kind: 'public-health-office',
    name: { de: 'Gesundheitsamt Beispielkreis', en: 'Example District Public Health Office' },
    identifiers: [{ scheme: 'ik', value: '109999994' }],
    address: { postalCode: '45657', city: 'Recklinghausen', district: '05562', country: 'DE' },
    topics: ['public-health', 'prevention'],
    memberships: ['beispiel-netzwerk'],
    provenance,
  },
  {
    id: 'beispiel-studienzentrum',
    kind: 'trial-centre',
    name: { de: 'Beispiel-Zentrum für Klinische Studien' },
    studyCentre: {
      specialities: ['Pädiatrie', 'Neurologie'],
      phases: ['early-phase-1', 'phase-4'],
    },
    provenance,
  },
  {
    // Outside Germany the five-digit rule does not apply.
    id: 'beispiel-investor',
    kind: 'investor',
    name: { en: 'Example Ventures' },
    address: { postalCode: '1010', city: 'Wien', country: 'AT' },
    founded: 2015,
    sectors: ['investments'],
    provenance,
  },
];

const withField = (field: string, value: unknown) => ({ ...minimalActor, [field]: value });

/** Records that are structurally valid but break one cross-field rule each. */
export const semanticViolations: { record: unknown; code: IssueCode; rule: string }[] = [
  {
    rule: 'IK check digit',
    code: 'invalid_check_digit',
    record: withField('identifiers', [{ scheme: 'ik', value: '260000001' }]),
  },
  {
    rule: 'ROR checksum',
    code: 'invalid_check_digit',
    record: withField('identifiers', [{ scheme: 'ror', value: '000000099' }]),
  },
  {
    rule: 'the district is a known AGS',
    code: 'unknown_region',
    record: withField('address', { city: 'Beispielstadt', district: '05999', country: 'DE' }),
  },
  {
    rule: 'a German postal code has five digits',
    code: 'invalid_format',
    record: withField('address', { postalCode: '4514', city: 'Essen', country: 'DE' }),
  },
  {
    rule: 'no duplicate identifiers',
    code: 'duplicate',
    record: withField('identifiers', [
      { scheme: 'website', url: 'https://beispiel.example' },
      { scheme: 'website', url: 'https://beispiel.example' },
    ]),
  },
  {
    rule: 'no duplicate memberships',
    code: 'duplicate',
    record: withField('memberships', ['beispiel-netzwerk', 'beispiel-netzwerk']),
  },
  {
    rule: 'provenance fields point at existing sources',
    code: 'unknown_source',
    record: withField('provenance', { ...provenance, fields: { '/name': 1 } }),
  },
];
