// Where indicators and observations go in FHIR: measure scoring, units, regions and periods.
import { identifierSystem, type MeasureType } from '@nrw-health/core';
import { fhirSystems, kitCodeSystem, kitFhirBase } from './codes';
import type { Coding } from './types';

export const measureFhirSystems = {
  scoring: 'http://terminology.hl7.org/CodeSystem/measure-scoring',
  population: 'http://terminology.hl7.org/CodeSystem/measure-population',
  iso4217: 'urn:iso:std:iso:4217',
} as const;

/** FHIR R5 `Measure.scoringUnit` for R4 (cross-version extension): the indicator's unit. */
export const measureScoringUnit =
  'http://hl7.org/fhir/5.0/StructureDefinition/extension-Measure.scoringUnit';

/**
 * A numerator or denominator population's criteria name the Measure of that indicator: its
 * canonical URL as the expression, in the media type of URI lists (RFC 2483).
 */
export const indicatorReferenceLanguage = 'text/uri-list';

/** The canonical URL of an indicator's Measure; MeasureReports point at it. */
export const measureUrl = (indicatorId: string) => `${kitFhirBase}/Measure/${indicatorId}`;

/**
 * Measure type → FHIR R4 `measure-scoring` (extensible binding). A share is a part of its whole:
 * `proportion`. A rate sets two different populations in relation (beds per residents):
 * `ratio`. A count is the size of a population: `cohort`. Money, means, indices and ranks are
 * quantities calculated from the data: `continuous-variable`. The kit's measure type is written
 * next to it, since the way back is not one to one.
 */
export const scoringOfMeasureType: Readonly<Record<MeasureType, string>> = {
  share: 'proportion',
  rate: 'ratio',
  count: 'cohort',
  currency: 'continuous-variable',
  mean: 'continuous-variable',
  index: 'continuous-variable',
  rank: 'continuous-variable',
};

/** FHIR scoring → measure type, for Measures from elsewhere: a continuous variable is a mean. */
export const measureTypeOfScoring: Readonly<Record<string, MeasureType>> = {
  proportion: 'share',
  ratio: 'rate',
  cohort: 'count',
  'continuous-variable': 'mean',
};

/**
 * The code system of a unit code: ISO 4217 for a currency, UCUM for the UCUM-like codes of the
 * model (`1`, `%`, `a`, `{beds}/10*5`), the kit's own for amounts of money per something
 * (`EUR/{person}`), which UCUM cannot say.
 */
export function unitSystem(code: string): string {
  if (/^[A-Z]{3}$/.test(code)) return measureFhirSystems.iso4217;
  if (/(?:^|\/)[A-Z]{3}(?:\/|$)/.test(code)) return kitCodeSystem('unit');
  return fhirSystems.ucum;
}

/** The breakdowns of an observation, as the codes of stratifier components. */
export const breakdownSystem = kitCodeSystem('breakdown');
export const dimensionSystem = kitCodeSystem('dimension');

/**
 * A region as a Coding: the AGS (de.basisprofil's system), an ISO 3166-1 country, a NUTS
 * region, or the kit's own code for the Ruhr (RVR).
 */
export function regionCoding(region: string): Coding {
  if (/^\d+$/.test(region)) return { system: fhirSystems.ags, code: region };
  if (/^[A-Z]{2}$/.test(region)) return { system: fhirSystems.iso3166, code: region };
  if (region === 'RVR') return { system: kitCodeSystem('region'), code: region };
  return { system: identifierSystem('nuts'), code: region };
}

export const regionSystems = new Set([
  fhirSystems.ags,
  fhirSystems.iso3166,
  kitCodeSystem('region'),
  identifierSystem('nuts'),
]);

const pad = (value: number) => String(value).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day of one part of a model period (`2023`, `2023-Q2`, `2023-05`, …). */
function partDays(part: string): [string, string] {
  const year = Number(part.slice(0, 4));
  const rest = part.slice(5);
  const months = (first: number, last: number): [string, string] => [
    `${year}-${pad(first)}-01`,
    `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  ];
  if (rest === '') return months(1, 12);
  if (rest.startsWith('Q')) return months(Number(rest[1]) * 3 - 2, Number(rest[1]) * 3);
  if (rest.startsWith('H')) return rest[1] === '1' ? months(1, 6) : months(7, 12);
  if (rest.length === 2) return months(Number(rest), Number(rest));
  return [part, part];
}

/** A model period as a FHIR Period of whole days: `2023-Q2` runs from 2023-04-01 to 2023-06-30. */
export function periodToFhir(period: string): { start: string; end: string } {
  const [first, last = first] = period.split('/') as [string, string?];
  return { start: partDays(first)[0], end: partDays(last)[1] };
}

/** The part of a granularity (year, half, quarter, month) that a day falls in. */
const partsOfDay: readonly ((day: string) => string)[] = [
  (day) => day.slice(0, 4),
  (day) => `${day.slice(0, 4)}-H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`,
  (day) => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`,
  (day) => day.slice(0, 7),
];

/**
 * The model period of a FHIR Period from elsewhere: the coarsest whole years, halves, quarters
 * or months it covers (`2014-Q1`, `2013/2022`), else its days. A dateTime counts by its date; a
 * Period without an end is its start.
 */
export function periodFromFhir(start: string, end: string | undefined): string {
  const from = start.slice(0, 10);
  const to = (end ?? start).slice(0, 10);
  const span = (first: string, last: string) => (first === last ? first : `${first}/${last}`);
  if (from.length < 10 || to.length < 10) return span(from, to);
  for (const partOf of partsOfDay) {
    const first = partOf(from);
    const last = partOf(to);
    if (partDays(first)[0] === from && partDays(last)[1] === to) return span(first, last);
  }
  return span(from, to);
}
