import {
  measureTypes,
  type ObservationStatus,
  observationStatuses,
  statusPrecedence,
  valuelessStatuses,
} from '../indicator/codes';
import type { Breakdowns, IndicatorDefinition, Observation } from '../indicator/schema';
import { formats } from '../shared/formats';
import { defaultLocale, isLocale, type Labels, type Locale } from '../shared/locale';
import {
  type IssuePath,
  issue,
  type ValidationIssue,
  type ValidationResult,
  type Validator,
} from '../shared/validation';
import { regionByCode } from './lookup';
import { ruhrDistricts } from './registry';

/*
 * The Ruhr (or any other group of districts) as an aggregate of its members, computed, never
 * typed in. Counts and currency amounts add up; rates and shares are recomputed from the summed
 * numerators and denominators (averaging the members' rates would weight a small district like
 * a large one); index, rank and mean do not aggregate.
 *
 * A member without a value for a period makes the aggregate null: status confidential if any
 * member is confidential, otherwise missing, and a footnote names the members. Where every
 * member has a value, the aggregate takes the most severe status of the figures that went into
 * it, by `statusPrecedence`: forecast > estimated > provisional > break > revised > normal, and
 * a footnote names the members behind each status other than normal.
 */

export type AggregateResult =
  | { readonly ok: true; readonly value: Observation[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export interface AggregateOptions {
  /** The aggregate's code and member codes. Default: RVR and its 15 districts. */
  readonly region?: { readonly code: string; readonly members: readonly string[] };
  /**
   * Definitions of numerators and denominators, by id: a rate's parts must be counts or currency,
   * and their unit multipliers enter the ratio. A part not found counts with multiplier 0.
   */
  readonly definitions?:
    | ReadonlyMap<string, IndicatorDefinition>
    | Readonly<Record<string, IndicatorDefinition>>;
  /** Language of issue messages. Footnotes are always in German and English. */
  readonly locale?: Locale;
}

/**
 * How the aggregation checks the records it reads. `aggregateRegion` uses core's full validators;
 * `aggregateValidRegion` only the shape it reads, so a bundle that aggregates typed data keeps
 * no schema library.
 */
interface AggregateChecks {
  readonly definition: Validator<IndicatorDefinition>;
  readonly observation: Validator<Observation>;
}

type NotAggregatableReason = 'measure-type' | 'no-parts' | 'part-not-summable';

function notAggregatable(
  path: IssuePath,
  params: { indicator: string; reason: NotAggregatableReason; measureType?: string; part?: string },
  locale: Locale,
): ValidationIssue {
  return issue(path, 'not_aggregatable', params, locale);
}

const prefixed = (prefix: IssuePath, issues: readonly ValidationIssue[]): ValidationIssue[] =>
  issues.map((found) => ({ ...found, path: [...prefix, ...found.path] }));

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Float noise off (0.1 + 0.2), 15 significant digits kept. */
const clean = (value: number) => Number(value.toPrecision(15));

function definitionOf(
  definitions: AggregateOptions['definitions'],
  id: string,
): IndicatorDefinition | undefined {
  if (!definitions) return undefined;
  if (definitions instanceof Map) return definitions.get(id);
  const record = definitions as Readonly<Record<string, IndicatorDefinition>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

interface Group {
  readonly period: string;
  readonly breakdowns: Breakdowns | undefined;
  /** Observations by indicator id, then by member code. */
  readonly cells: Map<string, Map<string, Observation>>;
}

function breakdownKey(breakdowns: Breakdowns | undefined): string {
  return JSON.stringify([
    breakdowns?.sex ?? null,
    breakdowns?.ageGroup ?? null,
    breakdowns?.sector ?? null,
    Object.entries(breakdowns?.dimensions ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ]);
}

function compactBreakdowns(breakdowns: Breakdowns | undefined): Breakdowns | undefined {
  if (!breakdowns) return undefined;
  const kept = Object.fromEntries(
    Object.entries(breakdowns).filter(([, value]) => value !== undefined),
  ) as Breakdowns;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function checkRegionOption(
  region: { code: string; members: readonly string[] },
  locale: Locale,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof region.code !== 'string' || !formats.regionCode.pattern.test(region.code)) {
    issues.push(
      issue(
        ['options', 'region', 'code'],
        'invalid_format',
        { format: formats.regionCode },
        locale,
      ),
    );
  }
  if (!Array.isArray(region.members) || region.members.length === 0) {
    issues.push(
      issue(['options', 'region', 'members'], 'too_small', { limit: 1, origin: 'array' }, locale),
    );
    return issues;
  }
  const seen = new Set<string>();
  region.members.forEach((member, index) => {
    if (seen.has(member)) {
      issues.push(
        issue(['options', 'region', 'members', index], 'duplicate', { value: member }, locale),
      );
    }
    seen.add(member);
  });
  return issues;
}

const names = (codes: readonly string[], locale: Locale) =>
  codes.map((code) => regionByCode(code)?.name[locale] ?? code).join(', ');

function footnote(render: (locale: Locale) => string): Labels {
  return { de: render('de'), en: render('en') };
}

function mostSevere(statuses: Iterable<ObservationStatus>): ObservationStatus {
  const present = new Set(statuses);
  return statusPrecedence.find((status) => present.has(status)) ?? 'normal';
}

interface Plan {
  /** `sum`: the indicator itself; `ratio`: numerator and denominator. */
  readonly parts: readonly string[];
  readonly ratio?: {
    readonly numerator: string;
    readonly denominator: string;
    readonly factor: number;
  };
}

function plan(
  definition: IndicatorDefinition,
  options: AggregateOptions,
  locale: Locale,
  checks: AggregateChecks,
): Plan | ValidationIssue[] {
  const aggregation = measureTypes.entries[definition.measureType].aggregation;
  if (aggregation === 'sum') return { parts: [definition.id] };
  const { numerator, denominator } = definition;
  if (!numerator || !denominator) {
    return [
      notAggregatable(['definition'], { indicator: definition.id, reason: 'no-parts' }, locale),
    ];
  }
  const issues: ValidationIssue[] = [];
  const multipliers: number[] = [];
  for (const part of [numerator, denominator]) {
    const raw = definitionOf(options.definitions, part);
    if (raw === undefined) {
      multipliers.push(0);
      continue;
    }
    const checked = checks.definition(raw, { locale });
    if (!checked.ok) {
      issues.push(...prefixed(['options', 'definitions', part], checked.issues));
      continue;
    }
    if (measureTypes.entries[checked.value.measureType].aggregation !== 'sum') {
      issues.push(
        notAggregatable(
          ['options', 'definitions', part],
          { indicator: definition.id, reason: 'part-not-summable', part },
          locale,
        ),
      );
    }
    multipliers.push(checked.value.unitMultiplier ?? 0);
  }
  if (issues.length > 0) return issues;
  // value × 10^m = Σnum × 10^mNum / (Σden × 10^mDen) × per
  const exponent = multipliers[0]! - multipliers[1]! - (definition.unitMultiplier ?? 0);
  return {
    parts: [numerator, denominator],
    ratio: { numerator, denominator, factor: (definition.per ?? 1) * 10 ** exponent },
  };
}

function collect(
  observations: readonly unknown[],
  parts: readonly string[],
  members: ReadonlySet<string>,
  locale: Locale,
  checks: AggregateChecks,
): Map<string, Group> | ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const groups = new Map<string, Group>();
  observations.forEach((raw, index) => {
    if (!isObject(raw)) {
      issues.push(issue(['observations', index], 'invalid_type', { expected: 'object' }, locale));
      return;
    }
    if (!parts.includes(raw.indicator as string) || !members.has(raw.region as string)) return;
    const checked = checks.observation(raw, { locale });
    if (!checked.ok) {
      issues.push(...prefixed(['observations', index], checked.issues));
      return;
    }
    const observation = checked.value;
    const key = `${observation.period}\u0000${breakdownKey(observation.breakdowns)}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        period: observation.period,
        breakdowns: compactBreakdowns(observation.breakdowns),
        cells: new Map(),
      };
      groups.set(key, group);
    }
    let byMember = group.cells.get(observation.indicator);
    if (!byMember) {
      byMember = new Map();
      group.cells.set(observation.indicator, byMember);
    }
    if (byMember.has(observation.region)) {
      const value = `${observation.indicator} ${observation.region} ${observation.period}`;
      issues.push(issue(['observations', index], 'duplicate', { value }, locale));
      return;
    }
    byMember.set(observation.region, observation);
  });
  return issues.length > 0 ? issues : groups;
}

function aggregateGroup(
  group: Group,
  definition: IndicatorDefinition,
  how: Plan,
  region: { code: string; members: readonly string[] },
): Observation {
  const lacking = new Map<string, ObservationStatus>();
  const statusOf = new Map<ObservationStatus, string[]>();
  const sums = new Map<string, { value: number; pre: number }>();
  let breakWithoutPre = false;
  for (const member of region.members) {
    const found = how.parts.map((part) => group.cells.get(part)?.get(member));
    const absent = found.some(
      (observation) => observation === undefined || observation.value === null,
    );
    if (absent) {
      const reasons = found.map((observation) => observation?.status ?? 'missing');
      lacking.set(member, mostSevere(reasons.filter((status) => valuelessStatuses.has(status))));
      continue;
    }
    for (const [position, observation] of (found as Observation[]).entries()) {
      const part = how.parts[position]!;
      const sum = sums.get(part) ?? { value: 0, pre: 0 };
      sum.value += observation.value!;
      sum.pre += observation.preBreakValue ?? observation.value!;
      if (observation.status === 'break' && observation.preBreakValue === undefined) {
        breakWithoutPre = true;
      }
      sums.set(part, sum);
      const members = statusOf.get(observation.status) ?? [];
      if (!members.includes(member)) members.push(member);
      statusOf.set(observation.status, members);
    }
  }

  const base = {
    indicator: definition.id,
    region: region.code,
    period: group.period,
    ...(group.breakdowns ? { breakdowns: group.breakdowns } : {}),
  };
  const total = region.members.length;

  if (lacking.size > 0) {
    const by = (status: ObservationStatus) =>
      [...lacking].filter(([, reason]) => reason === status).map(([member]) => member);
    const confidential = by('confidential');
    const notApplicable = by('not-applicable');
    const missing = by('missing');
    const status: ObservationStatus =
      confidential.length > 0
        ? 'confidential'
        : notApplicable.length === total
          ? 'not-applicable'
          : 'missing';
    const footnotes: Labels[] = [];
    if (lacking.size === total && status === 'missing') {
      footnotes.push({
        de: `Für keines der ${total} Gebiete liegt ein Wert vor.`,
        en: `None of the ${total} member areas has a value.`,
      });
    } else {
      if (confidential.length > 0) {
        footnotes.push(
          footnote((locale) =>
            locale === 'de'
              ? `Geheim gehalten für: ${names(confidential, locale)}.`
              : `Confidential for: ${names(confidential, locale)}.`,
          ),
        );
      }
      if (missing.length > 0) {
        footnotes.push(
          footnote((locale) =>
            locale === 'de'
              ? `Ohne Wert für ${missing.length} von ${total} Gebieten: ${names(missing, locale)}.`
              : `No value for ${missing.length} of ${total} member areas: ${names(missing, locale)}.`,
          ),
        );
      }
      if (notApplicable.length > 0) {
        footnotes.push(
          footnote((locale) =>
            locale === 'de'
              ? `Entfällt für: ${names(notApplicable, locale)}.`
              : `Not applicable for: ${names(notApplicable, locale)}.`,
          ),
        );
      }
    }
    return { ...base, value: null, status, footnotes };
  }

  const status = mostSevere(statusOf.keys());
  const footnotes: Labels[] = statusPrecedence
    .filter((code) => code !== 'normal' && statusOf.has(code))
    .map((code) =>
      footnote((locale) => {
        const label = observationStatuses.label(code, locale);
        const who = names(statusOf.get(code)!, locale);
        return locale === 'de'
          ? `Enthält Werte mit dem Status „${label}“: ${who}.`
          : `Includes values with the status "${label}": ${who}.`;
      }),
    );
  const notes = footnotes.length > 0 ? { footnotes } : {};

  if (!how.ratio) {
    const sum = sums.get(how.parts[0]!) ?? { value: 0, pre: 0 };
    const pre = status === 'break' && !breakWithoutPre ? { preBreakValue: clean(sum.pre) } : {};
    return { ...base, value: clean(sum.value), status, ...pre, ...notes };
  }
  const numerator = sums.get(how.ratio.numerator) ?? { value: 0, pre: 0 };
  const denominator = sums.get(how.ratio.denominator) ?? { value: 0, pre: 0 };
  if (denominator.value === 0) {
    return {
      ...base,
      value: null,
      status: 'not-applicable',
      footnotes: [
        {
          de: `Der summierte Nenner (${how.ratio.denominator}) ist 0.`,
          en: `The summed denominator (${how.ratio.denominator}) is 0.`,
        },
      ],
    };
  }
  const value = clean((numerator.value / denominator.value) * how.ratio.factor);
  const pre =
    status === 'break' && !breakWithoutPre && denominator.pre !== 0
      ? { preBreakValue: clean((numerator.pre / denominator.pre) * how.ratio.factor) }
      : {};
  return { ...base, value, status, ...pre, ...notes };
}

/** The aggregation, checking the records it reads with `checks`. */
export function aggregateRegionWith(
  checks: AggregateChecks,
  definition: IndicatorDefinition,
  observations: readonly Observation[],
  options: AggregateOptions = {},
): AggregateResult {
  const locale = isLocale(options?.locale) ? options.locale : defaultLocale;
  try {
    if (!isObject(definition)) {
      return {
        ok: false,
        issues: [issue(['definition'], 'invalid_type', { expected: 'object' }, locale)],
      };
    }
    // Say "does not aggregate" before anything else: it is the answer whatever else is wrong.
    const measureType = definition.measureType as string;
    if (measureTypes.has(measureType) && measureTypes.entries[measureType].aggregation === 'none') {
      return {
        ok: false,
        issues: [
          notAggregatable(
            ['definition', 'measureType'],
            {
              indicator: String(definition.id),
              reason: 'measure-type',
              measureType: measureTypes.label(measureType, locale),
            },
            locale,
          ),
        ],
      };
    }
    if (
      (measureType === 'rate' || measureType === 'share') &&
      (!definition.numerator || !definition.denominator)
    ) {
      return {
        ok: false,
        issues: [
          notAggregatable(
            ['definition'],
            { indicator: String(definition.id), reason: 'no-parts' },
            locale,
          ),
        ],
      };
    }
    const checked = checks.definition(definition, { locale });
    if (!checked.ok) return { ok: false, issues: prefixed(['definition'], checked.issues) };

    const settings = (isObject(options) ? options : {}) as AggregateOptions;
    const region = settings.region ?? { code: 'RVR', members: ruhrDistricts };
    const regionIssues = checkRegionOption(region, locale);
    if (regionIssues.length > 0) return { ok: false, issues: regionIssues };

    if (!Array.isArray(observations)) {
      return {
        ok: false,
        issues: [issue(['observations'], 'invalid_type', { expected: 'array' }, locale)],
      };
    }

    const how = plan(checked.value, settings, locale, checks);
    if (Array.isArray(how)) return { ok: false, issues: how };

    const groups = collect(observations, how.parts, new Set(region.members), locale, checks);
    if (Array.isArray(groups)) return { ok: false, issues: groups };

    const value = [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, group]) => aggregateGroup(group, checked.value, how, region));
    return { ok: true, value };
  } catch {
    // Only exotic inputs get here (throwing getters, revoked proxies).
    return { ok: false, issues: [issue([], 'invalid_input', {}, locale)] };
  }
}

const isFiniteOrNull = (value: unknown) =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

function shapeCheck<T>(
  fields: readonly (readonly [string, (value: unknown) => boolean, string])[],
): Validator<T> {
  return (input, options) => {
    const locale = isLocale(options?.locale) ? options.locale : defaultLocale;
    if (!isObject(input)) {
      return { ok: false, issues: [issue([], 'invalid_type', { expected: 'object' }, locale)] };
    }
    const issues = fields
      .filter(([name, test]) => !test(input[name]))
      .map(([name, , expected]) => issue([name], 'invalid_type', { expected }, locale));
    return (
      issues.length > 0 ? { ok: false, issues } : { ok: true, value: input as T }
    ) as ValidationResult<T>;
  };
}

const isText = (value: unknown) => typeof value === 'string' && value !== '';

/** The fields the aggregation reads, with the types it relies on: nothing more is checked. */
const shapeChecks: AggregateChecks = {
  definition: shapeCheck<IndicatorDefinition>([
    ['id', isText, 'string'],
    ['measureType', (value) => measureTypes.has(value), 'measure type'],
  ]),
  observation: shapeCheck<Observation>([
    ['indicator', isText, 'string'],
    ['region', isText, 'string'],
    ['period', isText, 'string'],
    ['value', isFiniteOrNull, 'number or null'],
    ['status', (value) => observationStatuses.has(value), 'observation status'],
  ]),
};

/**
 * `aggregateRegion` for records that are already valid, such as typed props or the output of
 * core's validators: it checks only the shape it reads (and still never throws), so it brings
 * no validator and no schema library into a browser bundle. Results are the same as
 * `aggregateRegion`'s for valid records.
 */
export function aggregateValidRegion(
  definition: IndicatorDefinition,
  observations: readonly Observation[],
  options: AggregateOptions = {},
): AggregateResult {
  return aggregateRegionWith(shapeChecks, definition, observations, options);
}
