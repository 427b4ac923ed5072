import * as z from 'zod/mini';
import { isKnownAgs } from '../regions/lookup';
import { codeEnum } from '../shared/code-enum';
import { formats } from '../shared/formats';
import { ifThen, requiring } from '../shared/json-schema';
import type { IssueCode } from '../shared/messages';
import {
  formatted,
  LocalizedText,
  NonEmptyString,
  RegionCode,
  Slug,
  Source,
} from '../shared/primitives';
import type { Report, Rule } from '../shared/validation';
import {
  indicatorGroups,
  measureTypes,
  observationStatuses,
  periodicities,
  sexes,
  valuelessStatusCodes,
  valuelessStatuses,
} from './codes';

/** The measure types whose value is numerator / denominator × per. */
const ratioTypes = ['rate', 'share'] as const;

export const Unit = z.strictObject({
  /** UCUM-like code (`1`, `%`, `a`, `{beds}`) or, for money, ISO 4217 (`EUR`). */
  code: z.optional(NonEmptyString),
  label: LocalizedText,
});
export type Unit = z.infer<typeof Unit>;

const IndicatorShape = z.strictObject({
  id: Slug,
  title: LocalizedText,
  /** What exactly is counted or measured, in a sentence or two. */
  definition: LocalizedText,
  unit: Unit,
  /** Values are in units of 10^n (SDMX UNIT_MULT): 3 = thousands, 6 = millions. */
  unitMultiplier: z.optional(z.int().check(z.minimum(0)).check(z.maximum(12))),
  /** Decimal places to show. */
  decimals: z.optional(z.int().check(z.minimum(0)).check(z.maximum(10))),
  measureType: codeEnum(measureTypes),
  /** For rates and shares: the indicator counted above the line. */
  numerator: z.optional(Slug),
  /** For rates and shares: the indicator counted below the line. */
  denominator: z.optional(Slug),
  /** For rates and shares: the base, e.g. 100000 for "per 100,000", 100 for percent. */
  per: z.optional(z.number().check(z.positive())),
  periodicity: codeEnum(periodicities),
  /** The dashboard group (seed 002) the indicator belongs to. */
  group: codeEnum(indicatorGroups),
  sources: z.array(Source).check(z.minLength(1)),
  /** Breaks, changed definitions, limits of comparison across regions or years. */
  comparability: z.optional(LocalizedText),
  /** `planned`: a catalogue entry for which there is no data yet. Default: published. */
  status: z.optional(z.enum(['published', 'planned'])),
  keywords: z.optional(z.array(NonEmptyString)),
});

type IndicatorShape = z.infer<typeof IndicatorShape>;

function checkRatio(indicator: IndicatorShape, report: Report): void {
  if (!(ratioTypes as readonly string[]).includes(indicator.measureType)) return;
  for (const field of ['numerator', 'denominator', 'per'] as const) {
    if (indicator[field] === undefined) report('required', [field]);
  }
}

/**
 * The definition of an indicator: what it measures, in which unit, how it aggregates, where
 * the figures come from. Modelled on SDMX and JSON-stat, with OWID-style metadata.
 */
export const IndicatorDefinition = IndicatorShape.register(z.globalRegistry, {
  title: 'IndicatorDefinition',
  description:
    'The definition of an indicator: title, definition, unit, measure type, periodicity, dashboard group and sources. Rates and shares need numerator, denominator and per.',
  allOf: [
    ifThen(
      { properties: { measureType: { enum: [...ratioTypes] } }, required: ['measureType'] },
      requiring('numerator', 'denominator', 'per'),
    ),
  ],
});
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

/** The cross-field rules of an IndicatorDefinition, run by its validator after the structure is valid. */
export const indicatorDefinitionRules: readonly Rule<IndicatorDefinition>[] = [checkRatio];

/**
 * An age group in the style of Eurostat's AGE codes: `TOTAL`, `UNK` (unknown), `Y_LT5`
 * (under 5), `Y5-14` (5 to 14), `Y65` (exactly 65), `Y_GE85` (85 and over).
 */
export const ageGroupPattern = formats.ageGroup.pattern;

export const Breakdowns = z.strictObject({
  sex: z.optional(codeEnum(sexes)),
  /** Eurostat-style age code: `TOTAL`, `Y_LT5`, `Y65-74`, `Y_GE85`, `UNK`. */
  ageGroup: z.optional(formatted('ageGroup')),
  /** A sector or branch, e.g. a sub-sector of the health economy. */
  sector: z.optional(NonEmptyString),
  /**
   * Breakdowns by a dimension that has no field here, as dimension id → category code, e.g.
   * `{ "isced11": "ED0-2" }` from a Eurostat table. Keeps cells of a statistics table apart.
   */
  dimensions: z.optional(z.record(formatted('dimensionId'), NonEmptyString)),
});
export type Breakdowns = z.infer<typeof Breakdowns>;

const ObservationShape = z.strictObject({
  /** The id of the indicator's definition. */
  indicator: Slug,
  region: RegionCode,
  /** `2023`, `2023-Q2`, `2023-05`, `2023-05-17` or a span `2013/2022`. */
  period: formatted('period'),
  /** The number, in the unit and multiplier of the definition; null exactly when there is none. */
  value: z.nullable(z.number()),
  status: codeEnum(observationStatuses),
  /** With status `break`: the value by the method before the break. */
  preBreakValue: z.optional(z.number()),
  /** The source's own symbol (`p`, `:`, `...`, `bep`), kept as given. */
  flag: z.optional(NonEmptyString),
  footnotes: z.optional(z.array(LocalizedText)),
  breakdowns: z.optional(Breakdowns),
  /** Where this figure comes from, when not from the sources of its definition. */
  source: z.optional(Source),
});

type ObservationShape = z.infer<typeof ObservationShape>;

/**
 * The code for "preBreakValue without status break". `pre_break_without_break` is proposed for
 * messages.ts; until it exists the generic code stands in.
 */
export const preBreakIssueCode: IssueCode = 'pre_break_without_break';

function checkValue(observation: ObservationShape, report: Report): void {
  const valueless = valuelessStatuses.has(observation.status);
  if (valueless !== (observation.value === null)) {
    report('value_status_mismatch', ['value'], {
      status: observation.status,
      valueIsNull: observation.value === null,
    });
  }
  if (observation.preBreakValue !== undefined && observation.status !== 'break') {
    report(preBreakIssueCode, ['preBreakValue'], { status: observation.status });
  }
}

function checkRegion(observation: ObservationShape, report: Report): void {
  if (!isKnownAgs(observation.region)) {
    report('unknown_region', ['region'], { value: observation.region });
  }
}

const ageBounds = /^Y(\d{1,3})-(\d{1,3})$/;

function checkAgeGroup(observation: ObservationShape, report: Report): void {
  const match = observation.breakdowns?.ageGroup?.match(ageBounds);
  if (match && Number(match[1]) > Number(match[2])) {
    report('age_order', ['breakdowns', 'ageGroup']);
  }
}

/**
 * The first and last day of a period part as sortable strings: `2023-Q2` runs from
 * `2023-04-01` to `2023-06-32` (32: after any day of the month, which is all a comparison needs).
 */
function periodBounds(part: string): [start: string, end: string] {
  const year = part.slice(0, 4);
  const rest = part.slice(5);
  const month = (value: number) => String(value).padStart(2, '0');
  if (rest === '') return [`${year}-01-01`, `${year}-12-32`];
  if (rest.startsWith('Q')) {
    const quarter = Number(rest[1]);
    return [`${year}-${month(quarter * 3 - 2)}-01`, `${year}-${month(quarter * 3)}-32`];
  }
  if (rest.startsWith('H')) {
    return rest[1] === '1'
      ? [`${year}-01-01`, `${year}-06-32`]
      : [`${year}-07-01`, `${year}-12-32`];
  }
  return rest.length === 2 ? [`${part}-01`, `${part}-32`] : [part, part];
}

function checkPeriod(observation: ObservationShape, report: Report): void {
  const [start, end] = observation.period.split('/');
  if (start && end && periodBounds(end)[1] < periodBounds(start)[0]) {
    report('date_order', ['period'], {
      later: end,
      earlier: start,
      earlierField: 'period',
    });
  }
}

/**
 * One figure: an indicator's value for a region and period, with its status (normal,
 * provisional, …, missing) and, where the source has one, its flag and footnotes.
 */
export const Observation = ObservationShape.register(z.globalRegistry, {
  title: 'Observation',
  description:
    'One value of an indicator for a region and period. value is null exactly when status is missing, confidential or not-applicable; preBreakValue only with status break. Known AGS, age-group and period order are checked by the @nrw-health/core validator only.',
  allOf: [
    ifThen(
      { properties: { status: { enum: [...valuelessStatusCodes] } }, required: ['status'] },
      { properties: { value: { type: 'null' } } },
      { properties: { value: { type: 'number' } } },
    ),
    ifThen(requiring('preBreakValue'), { properties: { status: { const: 'break' } } }),
  ],
});
export type Observation = z.infer<typeof Observation>;

/** The cross-field rules of an Observation, run by its validator after the structure is valid. */
export const observationRules: readonly Rule<Observation>[] = [
  checkValue,
  checkRegion,
  checkAgeGroup,
  checkPeriod,
];
