import type { IssueCode } from '../shared/messages';
import { preBreakIssueCode } from './schema';

/*
 * Example records for tests and docs. Every number here is synthetic and every source is a
 * placeholder (example.org): they show the shape of the model, not facts about any region.
 */

const exampleSource = {
  id: 'example-source',
  producer: 'Beispiel-Statistikamt (synthetic example)',
  title: 'Beispieltabelle, synthetische Daten',
  table: 'EXAMPLE-0001',
  url: 'https://example.org/statistik/beispieltabelle',
  licence: 'CC0-1.0',
  published: '2024-06',
  retrieved: '2025-01-15',
};

/** Valid indicator definitions; the third uses every field. */
export const validIndicatorDefinitions: unknown[] = [
  {
    id: 'example-population',
    title: { de: 'Einwohner (Beispiel)', en: 'Residents (example)' },
    definition: {
      de: 'Synthetische Einwohnerzahl am 31.12., nur als Beispiel.',
      en: 'Synthetic number of residents on 31 December, an example only.',
    },
    unit: { code: '1', label: { de: 'Personen', en: 'persons' } },
    measureType: 'count',
    periodicity: 'annual',
    group: 'population-health',
    sources: [exampleSource],
  },
  {
    id: 'example-hospital-beds',
    title: { de: 'Krankenhausbetten (Beispiel)', en: 'Hospital beds (example)' },
    definition: { en: 'Synthetic number of set-up hospital beds, annual average.' },
    unit: { code: '{beds}', label: { de: 'Betten', en: 'beds' } },
    measureType: 'count',
    periodicity: 'annual',
    group: 'health-care',
    sources: [exampleSource],
  },
  {
    id: 'example-beds-per-100k',
    title: {
      de: 'Krankenhausbetten je 100.000 Einwohner (Beispiel)',
      en: 'Hospital beds per 100,000 residents (example)',
    },
    definition: {
      de: 'Betten (Beispiel) geteilt durch Einwohner (Beispiel), mal 100.000.',
      en: 'Beds (example) divided by residents (example), times 100,000.',
    },
    unit: { code: '{beds}/10*5', label: { de: 'Betten je 100.000', en: 'beds per 100,000' } },
    unitMultiplier: 0,
    decimals: 1,
    measureType: 'rate',
    numerator: 'example-hospital-beds',
    denominator: 'example-population',
    per: 100000,
    periodicity: 'annual',
    group: 'health-care',
    sources: [exampleSource, { producer: 'Beispiel-Landesamt (synthetic example)' }],
    comparability: {
      de: 'Beispiel: ab 2020 ohne Betten für gesunde Neugeborene.',
      en: 'Example: from 2020 without beds for healthy newborns.',
    },
    status: 'published',
    keywords: ['Beispiel', 'example', 'beds'],
  },
  {
    id: 'example-health-turnover',
    title: {
      de: 'Umsatz der Gesundheitswirtschaft (Beispiel)',
      en: 'Health economy turnover (example)',
    },
    definition: { de: 'Synthetischer Umsatz in Millionen Euro.' },
    unit: { code: 'EUR', label: { de: 'Euro', en: 'euros' } },
    unitMultiplier: 6,
    decimals: 0,
    measureType: 'currency',
    periodicity: 'annual',
    group: 'employment-economy',
    sources: [exampleSource],
  },
  {
    id: 'example-female-share',
    title: { de: 'Frauenanteil (Beispiel)', en: 'Share of women (example)' },
    definition: { en: 'Synthetic share of women among employees, in percent.' },
    unit: { code: '%', label: { de: 'Prozent', en: 'percent' } },
    measureType: 'share',
    numerator: 'example-female-employees',
    denominator: 'example-employees',
    per: 100,
    periodicity: 'quarterly',
    group: 'employment-economy',
    sources: [exampleSource],
  },
  {
    id: 'example-innovation-index',
    title: {
      de: 'Innovationsindex (Beispiel, geplant)',
      en: 'Innovation index (example, planned)',
    },
    definition: { en: 'A planned synthetic index, 2020 = 100.' },
    unit: { label: { de: 'Index (2020 = 100)', en: 'index (2020 = 100)' } },
    measureType: 'index',
    periodicity: 'irregular',
    group: 'research-innovation',
    sources: [{ producer: 'Beispiel-Institut (synthetic example)' }],
    status: 'planned',
  },
];

/** Valid observations; the fourth uses every field. */
export const validObservations: unknown[] = [
  {
    indicator: 'example-population',
    region: '05113',
    period: '2023',
    value: 500000,
    status: 'normal',
  },
  {
    indicator: 'example-hospital-beds',
    region: 'RVR',
    period: '2023-Q2',
    value: 1234.5,
    status: 'provisional',
    flag: 'p',
  },
  {
    indicator: 'example-population',
    region: '05911',
    period: '2024',
    value: null,
    status: 'missing',
    flag: '...',
  },
  {
    indicator: 'example-beds-per-100k',
    region: '05562',
    period: '2013/2022',
    value: 612.3,
    status: 'break',
    preBreakValue: 598.1,
    flag: 'b',
    footnotes: [
      { de: 'Beispiel: neue Abgrenzung ab 2020.', en: 'Example: new delimitation from 2020.' },
    ],
    breakdowns: { sex: 'female', ageGroup: 'Y65-74', sector: 'hospitals' },
    source: { producer: 'Beispiel-Statistikamt (synthetic example)', table: 'EXAMPLE-0002' },
  },
  {
    indicator: 'example-health-turnover',
    region: 'DE',
    period: '2022',
    value: null,
    status: 'confidential',
    flag: '.',
  },
  {
    indicator: 'example-hospital-beds',
    region: '05334002',
    period: '2023-05-17',
    value: 0,
    status: 'normal',
    flag: '-',
    breakdowns: { ageGroup: 'Y_GE85' },
  },
];

export interface SemanticViolation {
  readonly entity: 'indicator' | 'observation';
  readonly record: unknown;
  readonly code: IssueCode;
  /** The rule is also in the exported JSON Schema (if/then), so ajv rejects the record too. */
  readonly alsoInJsonSchema: boolean;
}

const observation = validObservations[0] as Record<string, unknown>;
const rate = validIndicatorDefinitions[2] as Record<string, unknown>;

const without = (record: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));

/** Records that are well-formed but break one cross-field rule each. */
export const semanticViolations: SemanticViolation[] = [
  {
    entity: 'indicator',
    record: without(rate, 'numerator'),
    code: 'required',
    alsoInJsonSchema: true,
  },
  {
    entity: 'observation',
    record: { ...observation, value: null, status: 'normal' },
    code: 'value_status_mismatch',
    alsoInJsonSchema: true,
  },
  {
    entity: 'observation',
    record: { ...observation, value: 12, status: 'confidential' },
    code: 'value_status_mismatch',
    alsoInJsonSchema: true,
  },
  {
    entity: 'observation',
    record: { ...observation, preBreakValue: 490000 },
    code: preBreakIssueCode,
    alsoInJsonSchema: true,
  },
  {
    entity: 'observation',
    record: { ...observation, region: '05999' },
    code: 'unknown_region',
    alsoInJsonSchema: false,
  },
  {
    entity: 'observation',
    record: { ...observation, breakdowns: { ageGroup: 'Y74-65' } },
    code: 'age_order',
    alsoInJsonSchema: false,
  },
  {
    entity: 'observation',
    record: { ...observation, period: '2022/2013' },
    code: 'date_order',
    alsoInJsonSchema: false,
  },
];
