import {
  formats,
  issueMessage,
  type Sex,
  type ValidationIssue,
  validateObservation,
} from '@nrw-health/core';
import {
  type Dimension,
  indicatorIdOf,
  numericCodesAreAgs,
  periodOf,
  regionOfCode,
  type StatsReadOptions,
  slugOf,
} from '../dataset';

/*
 * Which field of an Observation each dimension of a cube fills, and the model's code for each of
 * its categories. The reader and the writer share this plan, so that what one maps one way the
 * other maps back.
 */

/** The field of an Observation a dimension fills; `breakdown` is `breakdowns.dimensions[key]`. */
export type Field = 'region' | 'period' | 'indicator' | 'sex' | 'ageGroup' | 'breakdown';

export interface Axis {
  readonly field: Field;
  /** For `breakdown`: the key in `breakdowns.dimensions` (the dimension id, made a valid key). */
  readonly key: string;
  /** The model's code of each category, in category order; undefined where there is none. */
  readonly codes: readonly (string | undefined)[];
  /** Why a category has no code, where the validator or a clash says so (by category index). */
  readonly problems: ReadonlyMap<number, ValidationIssue>;
}

/** The model's sex for Eurostat's SEX code (`F`) or the model's own code (`female`). */
function sexOf(id: string): Sex | undefined {
  if (Object.hasOwn(sexByCode, id)) return sexByCode[id];
  return Object.hasOwn(codeBySex, id) ? (id as Sex) : undefined;
}

/** Eurostat's SEX codes for the sexes the model knows. */
export const sexByCode: Readonly<Record<string, Sex>> = { T: 'total', F: 'female', M: 'male' };
export const codeBySex: Readonly<Record<Sex, string>> = {
  total: 'T',
  female: 'F',
  male: 'M',
  diverse: 'diverse',
};

// Ids that name a geographic or time dimension in sources that give no roles (Eurostat's API
// names them `geo` and `time`; CSO's "County and Region").
const geoId = /^(?:geo|geography|region|area|country|county|nuts|ags|rs)$|\bregion\b/i;
const timeId = /^(?:time|time_period|year|period|date|jahr|zeit)$/i;
const sexId = /^(?:sex|gender)$/i;
const ageId = /^age/i;
const dimensionKey = new RegExp(formats.dimensionId.pattern);
const slug = new RegExp(formats.slug.pattern);

/** No region or period code is this long; longer ones are not looked up at all. */
const longestCode = 200;

/**
 * The indicator id of a dataset without a metric dimension: the reader's option, else a slug of
 * the dataset's id or label.
 */
export function fallbackIndicator(
  options: StatsReadOptions,
  id: string | undefined,
  label: string | undefined,
): string | undefined {
  if (typeof options.indicator === 'string') {
    return slug.test(options.indicator) ? options.indicator : undefined;
  }
  return slugOf((id ?? label ?? '').slice(0, 200));
}

/** The dimensions that fill each field: by role first, then by a telling id. */
function assignFields(dimensions: readonly Dimension[]): Field[] {
  const fields: Field[] = dimensions.map(() => 'breakdown');
  const pick = (
    field: Field,
    role: Dimension['role'],
    id: RegExp,
    accepts = (_: Dimension) => true,
  ) => {
    let index = role ? dimensions.findIndex((dimension) => dimension.role === role) : -1;
    if (index < 0) {
      index = dimensions.findIndex(
        (dimension, at) =>
          fields[at] === 'breakdown' &&
          dimension.role === undefined &&
          id.test(dimension.id) &&
          accepts(dimension),
      );
    }
    if (index >= 0 && fields[index] === 'breakdown') fields[index] = field;
  };
  pick('region', 'geo', geoId);
  pick('period', 'time', timeId);
  pick('indicator', 'metric', /(?!)/);
  const isSex = (dimension: Dimension) =>
    dimension.categories.every((category) => sexOf(category.id) !== undefined);
  const isAge = (dimension: Dimension) =>
    dimension.categories.every((category) => formats.ageGroup.pattern.test(category.id));
  pick('sex', undefined, sexId, isSex);
  pick('ageGroup', undefined, ageId, isAge);
  return fields;
}

/** A probe observation with one field set, to ask core's validator about that field alone. */
function probe(field: Field, key: string, code: string): Record<string, unknown> {
  const base = { indicator: 'probe', region: 'DE', period: '2000', value: null, status: 'missing' };
  switch (field) {
    case 'region':
    case 'period':
    case 'indicator':
      return { ...base, [field]: code };
    case 'sex':
      return { ...base, breakdowns: { sex: code } };
    case 'ageGroup':
      return { ...base, breakdowns: { ageGroup: code } };
    case 'breakdown':
      return { ...base, breakdowns: { dimensions: Object.fromEntries([[key, code]]) } };
  }
}

const numericKinds = new WeakMap<Dimension, 'ags' | 'foreign'>();

/** Whether a geographic dimension's numeric codes are AGS, decided once for all its codes. */
function numericKind(dimension: Dimension): 'ags' | 'foreign' {
  let kind = numericKinds.get(dimension);
  if (!kind) {
    kind = numericCodesAreAgs(dimension.categories.map((category) => category.id))
      ? 'ags'
      : 'foreign';
    numericKinds.set(dimension, kind);
  }
  return kind;
}

function codeOf(
  field: Field,
  dimension: Dimension,
  id: string,
  options: StatsReadOptions,
): string | undefined {
  if (id.length > longestCode && (field === 'region' || field === 'period')) return undefined;
  switch (field) {
    case 'region':
      return regionOfCode(id, { numeric: numericKind(dimension) });
    case 'period':
      return periodOf(id);
    case 'indicator':
      // No prefix: metric categories name their indicator (`UNR`), and the writer maps them back.
      return indicatorIdOf(options, id, '', dimension.categories.length);
    case 'sex':
      return sexOf(id);
    default:
      return id;
  }
}

/** A valid `breakdowns.dimensions` key for a dimension id, unique among `taken`. */
function keyFor(id: string, taken: Set<string>): string {
  let key = id;
  if (!dimensionKey.test(key)) {
    key = id.replace(/[^A-Za-z0-9_.-]+/g, '_');
    if (!/^[A-Za-z]/.test(key)) key = `d${key}`;
    key = key.slice(0, 60);
  }
  const stem = key;
  for (let n = 2; taken.has(key); n++) key = `${stem}_${n}`;
  taken.add(key);
  return key;
}

/**
 * The plan of a cube: for each dimension, the Observation field it fills and the model's code
 * of each category, each code checked once by core's validator. Two categories with one code
 * cannot both be kept apart: the later one gets none.
 */
export function planAxes(dimensions: readonly Dimension[], options: StatsReadOptions): Axis[] {
  const fields = assignFields(dimensions);
  const taken = new Set<string>();
  return dimensions.map((dimension, at) => {
    const field = fields[at]!;
    const key = field === 'breakdown' ? keyFor(dimension.id, taken) : dimension.id;
    const problems = new Map<number, ValidationIssue>();
    const seen = new Map<string, number>();
    const codes = dimension.categories.map((category, index) => {
      const code = codeOf(field, dimension, category.id, options);
      if (code === undefined) return undefined;
      const checked = validateObservation(probe(field, key, code), options);
      if (!checked.ok) {
        problems.set(index, checked.issues[0]!);
        return undefined;
      }
      if (seen.has(code)) {
        const message = issueMessage('duplicate', { value: code }, options.locale ?? 'en');
        problems.set(index, { path: [], code: 'duplicate', message });
        return undefined;
      }
      seen.set(code, index);
      return code;
    });
    return { field, key, codes, problems };
  });
}
