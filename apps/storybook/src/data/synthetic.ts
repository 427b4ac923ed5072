// Synthetic data for the states real data cannot show on demand: 10,000 rows and very long
// German words. Every record says it is an example ("Beispiel", "Example"); none is a fact.
import {
  type Locale,
  municipalities,
  ruhrDistricts,
  type Trial,
  trialPhases,
  trialStatuses,
  validateTrial,
} from '@nrw-health/core';
import { exampleFullTrial } from '@nrw-health/core/examples';
import type { DataTableColumn, FacetOption } from '@nrw-health/react';

/** A small deterministic generator (mulberry32): the same rows on every run and machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ExampleRow {
  readonly number: number;
  readonly id: string;
  readonly status: Trial['status']['code'];
  readonly phase: NonNullable<Trial['phase']>['codes'][number] | undefined;
  /** A real town of the Ruhr, and the AGS of its district. */
  readonly city: string;
  readonly district: string;
  /** A partial date, as registries give it. */
  readonly start: string | undefined;
  /** Missing for some rows: a missing value shows as "no value" and sorts last. */
  readonly enrolment: number | undefined;
}

const ruhrPlaces = municipalities.filter((place) =>
  (ruhrDistricts as readonly string[]).includes(place.district),
);

/** `count` made-up trials ("Beispielstudie 1", …) spread over the towns of the Ruhr. */
function exampleRows(count: number): ExampleRow[] {
  const next = random(8);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const year = 2005 + Math.floor(next() * 20);
    const month = `${1 + Math.floor(next() * 12)}`.padStart(2, '0');
    // Registries give a start as a year, a month or not at all.
    const precision = next();
    const start = precision < 0.1 ? undefined : precision < 0.5 ? `${year}` : `${year}-${month}`;
    const place = pick(ruhrPlaces);
    return {
      number: index + 1,
      id: `BSP-${String(index + 1).padStart(5, '0')}`,
      status: pick(trialStatuses.codes),
      phase: next() < 0.3 ? undefined : pick(trialPhases.codes),
      city: place.name,
      district: place.district,
      start,
      enrolment: next() < 0.15 ? undefined : 10 + Math.floor(next() * 2000),
    };
  });
}

/**
 * The example rows as trial records of core's model, for widgets that take `Trial`s (the trial
 * finder): made up, in a register of their own ("Beispielregister"), never a real identifier.
 * The first record is checked with core's validator; the others are built the same way.
 */
export function exampleTrialRecords(count: number): Trial[] {
  return exampleRows(count).map((row, index) => {
    const record: Trial = {
      identifiers: { primary: { registry: 'other', id: row.id, issuer: 'Beispielregister' } },
      title: {
        public: { de: `Beispielstudie ${row.number}`, en: `Example study ${row.number}` },
      },
      status: { code: row.status },
      ...(row.phase ? { phase: { codes: [row.phase] } } : {}),
      studyType: { code: 'interventional' },
      ...(row.start ? { dates: { start: { date: row.start, kind: 'actual' } } } : {}),
      ...(row.enrolment === undefined ? {} : { enrolment: { target: row.enrolment } }),
      sites: [{ city: row.city, district: row.district, country: 'DE' }],
      provenance: { sources: [{ registry: 'other' }] },
    };
    return index === 0 ? valid(record) : record;
  });
}

let tenThousand: Trial[] | undefined;
/** The 10,000 example trials of the large-data stories, made once. */
export const tenThousandTrials = (): Trial[] => {
  tenThousand ??= exampleTrialRecords(10_000);
  return tenThousand;
};

type ExampleColumn = 'id' | 'title' | 'status' | 'phase' | 'place' | 'start' | 'enrolment';

const exampleHeaders: Record<Locale, Record<ExampleColumn, string>> = {
  de: {
    id: 'Kennung',
    title: 'Titel',
    status: 'Status',
    phase: 'Phase',
    place: 'Ort',
    start: 'Beginn',
    enrolment: 'Teilnehmende',
  },
  en: {
    id: 'Identifier',
    title: 'Title',
    status: 'Status',
    phase: 'Phase',
    place: 'Place',
    start: 'Start',
    enrolment: 'Participants',
  },
};

/** Columns for trial records in `locale`; keep them stable with `useMemo`. */
export function trialColumns(locale: Locale): DataTableColumn<Trial>[] {
  const header = exampleHeaders[locale];
  return [
    {
      id: 'id',
      header: header.id,
      value: (trial) => trial.identifiers.primary.id,
      rowHeader: true,
    },
    { id: 'title', header: header.title, value: (trial) => trial.title.public[locale] },
    {
      id: 'status',
      header: header.status,
      value: (trial) => trialStatuses.label(trial.status.code, locale),
    },
    {
      id: 'phase',
      header: header.phase,
      value: (trial) =>
        trial.phase?.codes.map((code) => trialPhases.label(code, locale)).join(' / '),
    },
    { id: 'place', header: header.place, value: (trial) => trial.sites?.[0]?.city },
    {
      id: 'start',
      header: header.start,
      value: (trial) => trial.dates?.start?.date,
      render: (trial, { formatDate }) => formatDate(trial.dates?.start?.date),
    },
    {
      id: 'enrolment',
      header: header.enrolment,
      value: (trial) => trial.enrolment?.target,
      align: 'end',
    },
  ];
}

export const exampleTrialCaption: Record<Locale, string> = {
  de: 'Synthetische Beispielstudien (erfunden, keine echten Studien)',
  en: 'Synthetic example trials (made up, not real trials)',
};

/**
 * Long German compound words, for layouts that must wrap them: official and everyday terms of
 * health care, joined as German does. Labels only, no data.
 */
export const longWords = {
  caption:
    'Krankenhausstrukturfondsförderbescheide der Gesundheitsversorgungsregionen (Beispieldaten)',
  legend: 'Organisationsschwerpunktzuordnungskategorie',
  labels: [
    'Krankenhausinformationssystemdienstleister',
    'Medizinproduktesicherheitsbeauftragtennetzwerk',
    'Gesundheitsdatennutzungsgesetzumsetzungsberatung',
    'Pflegepersonaluntergrenzenverordnungsberatung',
    'Telematikinfrastrukturanbindungsdienstleister',
    'Arzneimittelrabattvertragsausschreibungsverfahren',
    'Rehabilitationseinrichtungsträgergesellschaft',
  ],
} as const;

export interface LongWordRow {
  readonly label: string;
  readonly region: string;
  readonly amount: number | null;
}

export const longWordRows: LongWordRow[] = longWords.labels.map((label, index) => ({
  label,
  region: ['Mülheim an der Ruhr', 'Ennepe-Ruhr-Kreis', 'Kreis Recklinghausen'][index % 3]!,
  amount: index === 2 ? null : 1_000 * (index + 1) ** 3,
}));

export const longWordColumns: DataTableColumn<LongWordRow>[] = [
  {
    id: 'label',
    header: 'Versorgungsstrukturweiterentwicklungsbereich',
    value: (row) => row.label,
    rowHeader: true,
  },
  { id: 'region', header: 'Gesundheitsversorgungsregion', value: (row) => row.region },
  {
    id: 'amount',
    header: 'Investitionskostenförderungsbetrag',
    value: (row) => row.amount,
    align: 'end',
  },
];

export const longWordOptions: FacetOption[] = longWords.labels.map((label, index) => ({
  value: `option-${index}`,
  label,
  count: 12_345 * (index + 1),
}));

function valid(record: unknown): Trial {
  const result = validateTrial(record);
  if (!result.ok) throw new Error(`not a valid Trial: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Core's full example trial, retold with long German compound words. */
export const longWordTrial: Trial = valid({
  ...exampleFullTrial,
  title: {
    ...exampleFullTrial.title,
    public: {
      de: 'Beispielstudie zum Herz-Kreislauf-Rehabilitationsnachsorgeprogramm bei Herzinsuffizienzverschlechterungsrisiko',
      en: 'Example study of a cardiovascular rehabilitation aftercare programme',
    },
  },
  summary: {
    de: 'Eine erfundene Studie mit Wörtern wie Gesundheitsversorgungsforschungsinfrastruktur und Arbeitsunfähigkeitsbescheinigungsübermittlung.',
    en: 'A made-up trial whose German texts use long compound words.',
  },
  conditions: [
    { text: 'Herzinsuffizienzverschlechterung' },
    { text: 'Belastungsdyspnoeverschlimmerung' },
  ],
  interventions: [
    { name: 'Telemedizinüberwachungsgerätebereitstellung', type: 'device' },
    { name: 'Bewegungstherapiegruppenbegleitung', type: 'behavioural' },
  ],
  sponsors: [
    {
      name: 'Beispiel-Universitätsklinikumsforschungsförderungsgesellschaft',
      role: 'primary',
      class: 'academic',
    },
  ],
  sites: [
    {
      facility: 'Beispiel-Gesundheitsversorgungsforschungszentrum',
      city: 'Mülheim an der Ruhr',
      country: 'DE',
      district: '05117',
    },
    {
      facility: 'Beispiel-Rehabilitationsnachsorgeeinrichtung',
      city: 'Gelsenkirchen-Buer',
      country: 'DE',
      district: '05513',
    },
  ],
});

/** Core's full example trial with optional parts missing: no phase, dates, sites or contacts. */
export const sparseTrial: Trial = valid({
  ...exampleFullTrial,
  phase: undefined,
  dates: { lastUpdated: '2024-11' },
  sites: [],
  contacts: undefined,
  eligibility: { minimumAge: { value: 6, unit: 'months' } },
  url: undefined,
});
