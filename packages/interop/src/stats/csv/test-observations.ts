// Test helper (not built): arbitrary valid observations within core's schema and rules, with
// the awkward texts a CSV must survive (separators, quotes, line breaks, formula triggers).
import {
  type Observation,
  observationStatuses,
  regions,
  sexes,
  validateObservation,
  valuelessStatuses,
} from '@nrw-health/core';
import fc from 'fast-check';

/** Texts that break naive CSV: separators, quotes, breaks, formula starts, spaces at the ends. */
const awkward = fc.constantFrom(
  '-',
  '...',
  '.',
  ':',
  'p',
  '=SUM(A1:A9)',
  '+49 201',
  '@user',
  '\tindented',
  '\rcarriage',
  "'=already quoted",
  "''-",
  "'plain",
  'a;b,c',
  'say "hi"',
  'line\r\nbreak',
  ' padded ',
  'Köln – Düsseldorf',
);
const text = fc.oneof(awkward, fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }));

const year = fc.integer({ min: 1990, max: 2030 });
const two = (value: number) => String(value).padStart(2, '0');
const single = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${two(m)}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`),
);
const period = fc.oneof(
  single,
  fc.tuple(year, fc.integer({ min: 0, max: 10 })).map(([y, span]) => `${y}/${y + span}`),
);

const regionCodes = [
  ...regions.map((region) => region.code),
  'DK',
  'FR',
  'FR101',
  '09162',
  '05954036',
];

const number = fc.double({ noNaN: true, noDefaultInfinity: true });

const ageGroup = fc.oneof(
  fc.constantFrom('TOTAL', 'UNK', 'Y_LT5', 'Y_GE85', 'Y65'),
  fc
    .tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 9 }))
    .map(([from, span]) => `Y${from}-${from + span}`),
);

const localizedText = fc.dictionary(fc.constantFrom('de', 'en', 'fr', 'de-CH'), text, {
  minKeys: 1,
  maxKeys: 3,
});

const breakdowns = fc.record(
  {
    sex: fc.constantFrom(...sexes.codes),
    ageGroup,
    sector: text,
    dimensions: fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,8}$/), text, {
      minKeys: 1,
      maxKeys: 3,
    }),
  },
  { requiredKeys: [] },
);

const source = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)?$/),
    producer: text,
    title: text,
    url: fc.constantFrom('https://www.it.nrw/statistik', 'https://ec.europa.eu/eurostat?x=1&y=2'),
    licence: fc.constantFrom('dl-de/by-2-0', 'CC BY 4.0'),
  },
  { requiredKeys: [] },
);

/** Valid observations: validateObservation accepts every one. */
export const observationArbitrary: fc.Arbitrary<Observation> = fc
  .record(
    {
      indicator: fc.stringMatching(/^[a-z0-9]+(?:[-.][a-z0-9]+){0,2}$/),
      region: fc.constantFrom(...regionCodes),
      period,
      status: fc.constantFrom(...observationStatuses.codes),
      value: number,
      preBreakValue: number,
      flag: text,
      footnotes: fc.array(localizedText, { maxLength: 2 }),
      breakdowns,
      source,
    },
    { requiredKeys: ['indicator', 'region', 'period', 'status', 'value'] },
  )
  .map((draft) => {
    const observation: Record<string, unknown> = { ...draft };
    if (valuelessStatuses.has(draft.status)) observation.value = null;
    if (draft.status !== 'break') delete observation.preBreakValue;
    return observation;
  })
  .filter((observation) => validateObservation(observation).ok) as fc.Arbitrary<Observation>;

/** What makes two observations the same cell, as the CSV reader checks it. */
export function cellKey(observation: Observation): string {
  const { sex, ageGroup, sector, dimensions } = observation.breakdowns ?? {};
  return JSON.stringify([
    observation.indicator,
    observation.region,
    observation.period,
    sex,
    ageGroup,
    sector,
    Object.entries(dimensions ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)),
  ]);
}

/** Observations with distinct cells, as a table holds them. */
export const observationsArbitrary = fc.uniqueArray(observationArbitrary, {
  maxLength: 25,
  selector: cellKey,
});
