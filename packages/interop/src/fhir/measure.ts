import type { Breakdowns, IndicatorDefinition, Observation, Source } from '@nrw-health/core';
import { kitCodeSystem, kitExtension } from './codes';
import {
  breakdownSystem,
  dimensionSystem,
  indicatorReferenceLanguage,
  measureFhirSystems,
  measureScoringUnit,
  measureUrl,
  periodToFhir,
  regionCoding,
  scoringOfMeasureType,
  unitSystem,
} from './measure-codes';
import type { Measure, MeasureReport, Quantity, Stratum, StratumComponent } from './resource-types';
import type { CodeableConcept, RelatedArtifact } from './types';
import {
  cleanAll,
  code,
  defined,
  isCode,
  kit,
  kitCoding,
  localized,
  localizedValue,
  sourceExtension,
  string,
} from './write';

/** The indicator's unit as a concept: its code (UCUM, ISO 4217 or the kit's) and its label. */
function unitConcept(unit: IndicatorDefinition['unit']): CodeableConcept {
  const label = localized(unit.label);
  return {
    ...(unit.code !== undefined && {
      coding: [{ system: unitSystem(unit.code), code: unit.code }],
    }),
    ...(label && { text: label[0], _text: label[1] }),
  };
}

/**
 * A source as a related artifact the indicator is derived from: its id as the label, its title
 * and URL where FHIR has them, everything else in the kit's `source` extension.
 */
function sourceArtifact(source: Source): RelatedArtifact & { display?: string } {
  const { id, title, url, ...rest } = source;
  const details = sourceExtension(kitExtension('source'), rest);
  return {
    ...(details && { extension: [details] }),
    type: 'derived-from',
    ...(id !== undefined && { label: id }),
    ...(title !== undefined && { display: title }),
    ...(url !== undefined && { url }),
  };
}

const population = (populationCode: string, indicator: string | undefined) =>
  indicator === undefined
    ? undefined
    : {
        code: { coding: [{ system: measureFhirSystems.population, code: populationCode }] },
        criteria: { language: indicatorReferenceLanguage, expression: measureUrl(indicator) },
      };

/** Rates and shares: numerator and denominator populations, and the base they are taken per. */
function ratioGroup(definition: IndicatorDefinition): NonNullable<Measure['group']>[number] {
  const populations = defined([
    population('numerator', definition.numerator),
    population('denominator', definition.denominator),
  ]);
  return {
    ...(definition.per !== undefined && {
      extension: [kit('per', { valueDecimal: definition.per })!],
    }),
    ...(populations.length > 0 && { population: populations }),
  };
}

/**
 * An indicator definition as a FHIR R4 Measure with the canonical URL `measureUrl(id)`: title,
 * definition as description, measure type as scoring (see `scoringOfMeasureType`), numerator and
 * denominator as group populations, the group as topic, keywords as text topics, sources as
 * related artifacts. Unit, periodicity and the rest travel in extensions, so that
 * `readFhirMeasure` gives back the same definition.
 */
export function indicatorToFhirMeasure(definition: IndicatorDefinition): Measure {
  const title = localized(definition.title);
  const description = localized(definition.definition);
  const extension = defined([
    { url: measureScoringUnit, valueCodeableConcept: unitConcept(definition.unit) },
    kit(
      'unit-multiplier',
      definition.unitMultiplier === undefined
        ? undefined
        : { valueInteger: definition.unitMultiplier },
    ),
    kit(
      'decimals',
      definition.decimals === undefined ? undefined : { valueInteger: definition.decimals },
    ),
    kit('periodicity', kitCoding('periodicity', definition.periodicity)),
    kit('comparability', localizedValue(definition.comparability)),
  ]);
  const hasRatio = [definition.numerator, definition.denominator, definition.per].some(
    (part) => part !== undefined,
  );
  const measure: Measure = {
    resourceType: 'Measure',
    extension,
    url: measureUrl(definition.id),
    ...(title && { title: title[0], _title: title[1] }),
    // A planned indicator has no data yet: its Measure is a draft.
    status: definition.status === 'planned' ? 'draft' : 'active',
    ...(definition.status !== undefined && {
      _status: { extension: [kit('indicator-status', code(definition.status))!] },
    }),
    ...(description && { description: description[0], _description: description[1] }),
    topic: [
      { coding: [{ system: kitCodeSystem('indicator-group'), code: definition.group }] },
      ...(definition.keywords ?? []).map((keyword) => ({ text: keyword })),
    ],
    relatedArtifact: definition.sources.map(sourceArtifact),
    scoring: {
      coding: [
        { system: measureFhirSystems.scoring, code: scoringOfMeasureType[definition.measureType] },
        { system: kitCodeSystem('measure-type'), code: definition.measureType },
      ],
    },
    ...(hasRatio && { group: [ratioGroup(definition)] }),
  };
  return cleanAll(measure)!;
}

/** A code or, where FHIR has no code for it (inner double spaces, …), a text. */
const concept = (system: string, value: string): CodeableConcept =>
  isCode(value) ? { coding: [{ system, code: value }] } : { text: value };

/** The components of an observation's stratum: region first, then its breakdowns. */
function components(observation: Observation): StratumComponent[] {
  const { sex, ageGroup, sector, dimensions } = observation.breakdowns ?? ({} as Breakdowns);
  const breakdown = (name: string, system: string, value: string | undefined) =>
    value === undefined
      ? undefined
      : {
          code: { coding: [{ system: breakdownSystem, code: name }] },
          value: concept(system, value),
        };
  return defined([
    {
      code: { coding: [{ system: breakdownSystem, code: 'region' }] },
      value: { coding: [regionCoding(observation.region)] },
    },
    breakdown('sex', kitCodeSystem('sex'), sex),
    breakdown('age-group', kitCodeSystem('age-group'), ageGroup),
    breakdown('sector', kitCodeSystem('sector'), sector),
    ...Object.entries(dimensions ?? {}).map(([id, value]) => ({
      code: { coding: [{ system: dimensionSystem, code: id }] },
      value: concept(kitCodeSystem(`dimension/${id}`), value),
    })),
  ]);
}

function measureScore(value: number, unit: IndicatorDefinition['unit']): Quantity {
  const label = localized(unit.label)?.[0];
  return {
    value,
    ...(label !== undefined && { unit: label }),
    ...(unit.code !== undefined && { system: unitSystem(unit.code), code: unit.code }),
  };
}

function stratum(observation: Observation, definition: IndicatorDefinition): Stratum {
  const [region, ...breakdowns] = components(observation);
  const extension = defined([
    kit('observation-status', kitCoding('observation-status', observation.status)),
    kit('flag', string(observation.flag)),
    kit(
      'pre-break-value',
      observation.preBreakValue === undefined
        ? undefined
        : { valueDecimal: observation.preBreakValue },
    ),
    ...(observation.footnotes ?? []).map((footnote) => kit('footnote', localizedValue(footnote))),
    observation.source && sourceExtension(kitExtension('source'), observation.source),
  ]);
  return {
    extension,
    // A region alone is the stratum's value; with breakdowns, each is a component.
    ...(breakdowns.length === 0
      ? { value: region!.value }
      : { component: [region!, ...breakdowns] }),
    ...(observation.value !== null && {
      measureScore: measureScore(observation.value, definition.unit),
    }),
  };
}

/**
 * The observations of an indicator as FHIR R4 MeasureReports (`summary`), one per period, in the
 * order the periods first come: each stratum is one observation, its value the `measureScore`
 * (in the unit and multiplier of the definition), stratified by region (AGS, ISO 3166 or NUTS
 * coding) and the observation's breakdowns; status, flag, footnotes and source are extensions.
 * Observations of other indicators are left out.
 */
export function observationsToFhirMeasureReports(
  definition: IndicatorDefinition,
  observations: Iterable<Observation>,
): MeasureReport[] {
  const byPeriod = new Map<string, Observation[]>();
  for (const observation of observations) {
    if (observation.indicator !== definition.id) continue;
    const list = byPeriod.get(observation.period);
    if (list) list.push(observation);
    else byPeriod.set(observation.period, [observation]);
  }
  return [...byPeriod].map(([period, list]) => {
    // One stratifier per set of breakdowns: its code names the components of its strata.
    const stratifiers = new Map<string, { code: CodeableConcept[]; stratum: Stratum[] }>();
    for (const observation of list) {
      const codes = components(observation).map((component) => component.code);
      const key = JSON.stringify(codes);
      const found = stratifiers.get(key) ?? { code: codes, stratum: [] };
      found.stratum.push(stratum(observation, definition));
      stratifiers.set(key, found);
    }
    const report: MeasureReport = {
      resourceType: 'MeasureReport',
      status: 'complete',
      type: 'summary',
      measure: measureUrl(definition.id),
      period: {
        // The period as the model says it: a FHIR Period cannot tell 2023-Q2 from 2023-04/2023-06.
        extension: [kit('period', string(period))!],
        ...periodToFhir(period),
      },
      group: [{ stratifier: [...stratifiers.values()] }],
    };
    return cleanAll(report)!;
  });
}
