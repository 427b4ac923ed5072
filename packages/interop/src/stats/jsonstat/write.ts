import {
  flagForStatus,
  type LocalizedText,
  type Observation,
  type ObservationStatus,
} from '@nrw-health/core';
import type { Category, Dataset, DimensionRole, StatsReadOptions } from '../dataset';
import { type Axis, codeBySex, type Field, fallbackIndicator, planAxes } from './axes';

/** A category list of a written dimension. Objects keyed by category id. */
export interface JsonStatCategory {
  index: string[];
  label?: Record<string, string>;
  unit?: Record<string, JsonStatUnit>;
  child?: Record<string, string[]>;
}

export interface JsonStatUnit {
  label?: string;
  decimals?: number;
  symbol?: string;
  position?: 'start' | 'end';
}

export interface JsonStatDimension {
  label?: string;
  category: JsonStatCategory;
}

/** A JSON-stat 2.0 dataset as the writer gives it. */
export interface JsonStatDataset {
  version: '2.0';
  class: 'dataset';
  href?: string;
  label?: string;
  source?: string;
  updated?: string;
  note?: string[];
  id: string[];
  size: number[];
  role?: Partial<Record<DimensionRole, string[]>>;
  dimension: Record<string, JsonStatDimension>;
  /** Dense (cube order) when most cells have a value; else sparse, keyed by cell number. */
  value: (number | null)[] | Record<string, number | null>;
  /** Flags by cell number, or one flag for every cell. */
  status?: Record<string, string> | string;
  /** The dataset's id and the language of its texts, where known. */
  extension?: { id?: string; lang?: string };
}

/** A JSON-stat 2.0 collection that embeds its datasets. */
export interface JsonStatCollection {
  version: '2.0';
  class: 'collection';
  label?: string;
  updated?: string;
  link: { item: JsonStatDataset[] };
}

export interface JsonStatWriteOptions {
  /** Which language to write where a text has several (JSON-stat holds one). Default: the first. */
  readonly language?: string;
  /**
   * The `indicator` option the dataset was read with, if any: metric categories are matched to
   * observations through it, as the reader matched them.
   */
  readonly indicator?: StatsReadOptions['indicator'];
}

/** Categories for what observations hold and the dimensions lack, with the writer's ids. */
const addedDimension: Partial<Record<Field, { id: string; role?: DimensionRole }>> = {
  region: { id: 'geo', role: 'geo' },
  period: { id: 'time', role: 'time' },
  indicator: { id: 'indicator', role: 'metric' },
  sex: { id: 'sex' },
  ageGroup: { id: 'age' },
};

/** A category id for a model code: the code itself, Eurostat's letters for sexes. */
const categoryId = (field: Field, code: string) =>
  field === 'sex' ? (codeBySex[code as keyof typeof codeBySex] ?? code) : code;

/** Stands for "no value in this breakdown" where an observation has none (SDMX's `_Z`). */
const notApplicable = '_Z';

/** The model code an observation holds for a field. */
function codeIn(observation: Observation, field: Field, key: string): string | undefined {
  switch (field) {
    case 'region':
      return observation.region;
    case 'period':
      return observation.period;
    case 'indicator':
      return observation.indicator;
    case 'sex':
      return observation.breakdowns?.sex;
    case 'ageGroup':
      return observation.breakdowns?.ageGroup;
    case 'breakdown': {
      const dimensions = observation.breakdowns?.dimensions;
      if (key === 'sector' && dimensions?.[key] === undefined)
        return observation.breakdowns?.sector;
      return dimensions && Object.hasOwn(dimensions, key) ? dimensions[key] : undefined;
    }
  }
}

function pick(text: LocalizedText | undefined, language: string | undefined): string | undefined {
  if (!text) return undefined;
  if (language && Object.hasOwn(text, language)) return text[language];
  return Object.values(text)[0];
}

/** A working copy of a dimension whose categories can grow. */
interface Growing {
  readonly id: string;
  readonly label?: LocalizedText;
  readonly role?: DimensionRole;
  readonly categories: Category[];
}

/**
 * The dimensions to write: the dataset's own, each with the categories its observations need,
 * and a new dimension for each field that observations fill and no dimension gives (`geo`,
 * `time`, `indicator`, `sex`, `age`, a breakdown key).
 */
function cubeDimensions(dataset: Dataset, options: StatsReadOptions): Growing[] {
  const dimensions: Growing[] = dataset.dimensions.map((dimension) => ({
    ...dimension,
    categories: [...dimension.categories],
  }));
  const axes = planAxes(dimensions, options);
  const covered = new Set(
    axes.map((axis) => (axis.field === 'breakdown' ? `:${axis.key}` : axis.field)),
  );
  const known = axes.map((axis) => new Set(axis.codes.filter((code) => code !== undefined)));
  const ids = new Set(dimensions.map((dimension) => dimension.id));
  const added = new Map<string, Growing & { codes: Set<string> }>();
  // Without a metric dimension, the reader gives every cell the fallback indicator: a dimension
  // is needed only for observations of other indicators.
  const fallback = fallbackIndicator(options, dataset.id, pick(dataset.label, undefined));
  const needsIndicator =
    !covered.has('indicator') &&
    dataset.observations.some((observation) => observation.indicator !== fallback);

  /** Adds a code to the new dimension of a field (or of a breakdown key). */
  const add = (field: Field, code: string, key = '') => {
    const name = field === 'breakdown' ? `:${key}` : field;
    if (covered.has(name)) return;
    let dimension = added.get(name);
    if (!dimension) {
      const wanted = addedDimension[field] ?? { id: key };
      let id = wanted.id;
      for (let n = 2; ids.has(id); n++) id = `${wanted.id}_${n}`;
      ids.add(id);
      dimension = {
        id,
        ...(wanted.role && { role: wanted.role }),
        categories: [],
        codes: new Set(),
      };
      added.set(name, dimension);
    }
    if (!dimension.codes.has(code)) {
      dimension.codes.add(code);
      dimension.categories.push({ id: categoryId(field, code) });
    }
  };

  for (const observation of dataset.observations) {
    axes.forEach((axis, d) => {
      const code = codeIn(observation, axis.field, axis.key);
      if (code === undefined || known[d]!.has(code)) return;
      known[d]!.add(code);
      dimensions[d]!.categories.push({ id: categoryId(axis.field, code) });
    });
    add('region', observation.region);
    add('period', observation.period);
    if (needsIndicator) add('indicator', observation.indicator);
    const breakdowns = observation.breakdowns;
    if (breakdowns?.sex !== undefined) add('sex', breakdowns.sex);
    if (breakdowns?.ageGroup !== undefined) add('ageGroup', breakdowns.ageGroup);
    if (breakdowns?.sector !== undefined) add('breakdown', breakdowns.sector, 'sector');
    const others = breakdowns?.dimensions ?? {};
    for (const key of Object.keys(others)) add('breakdown', others[key]!, key);
  }
  return [...dimensions, ...[...added.values()].map(({ codes: _, ...dimension }) => dimension)];
}

/**
 * The position of each observation's cell in each dimension, growing `_Z` where it has none. A
 * dimension of one category that no observation names (a constant of the source, such as its
 * unit) holds every observation; once some observations name a category, one without it is
 * "not applicable" (`_Z`), never filed under another's breakdown.
 */
function coordinates(
  observation: Observation,
  axes: readonly Axis[],
  lookups: readonly Map<string, number>[],
  dimensions: Growing[],
  named: readonly boolean[],
): number[] {
  return axes.map((axis, d) => {
    const code = codeIn(observation, axis.field, axis.key);
    const found = code === undefined ? undefined : lookups[d]!.get(code);
    if (found !== undefined) return found;
    const categories = dimensions[d]!.categories;
    if (code === undefined && categories.length === 1 && !named[d]) return 0;
    let at = categories.findIndex((category) => category.id === notApplicable);
    if (at < 0) {
      at = categories.push({ id: notApplicable }) - 1;
      lookups[d]!.set(notApplicable, at);
    }
    return at;
  });
}

function flagOf(observation: Observation): string | undefined {
  if (observation.flag !== undefined) return observation.flag;
  if (observation.status === 'normal') return undefined;
  const status: ObservationStatus = observation.status;
  return flagForStatus('eurostat', status) ?? flagForStatus('sdmx', status);
}

function writeCategory(dimension: Growing, language: string | undefined): JsonStatCategory {
  const categories = dimension.categories;
  const labels: [string, string][] = [];
  const units: [string, JsonStatUnit][] = [];
  const children: [string, string[]][] = [];
  for (const category of categories) {
    const label = pick(category.label, language);
    if (label !== undefined) labels.push([category.id, label]);
    if (category.unit) {
      const { label: unitLabel, decimals, symbol, position } = category.unit;
      const text = pick(unitLabel, language);
      units.push([
        category.id,
        {
          ...(text !== undefined && { label: text }),
          ...(decimals !== undefined && { decimals }),
          ...(symbol !== undefined && { symbol }),
          ...(position !== undefined && { position }),
        },
      ]);
    }
    if (category.children) children.push([category.id, [...category.children]]);
  }
  // fromEntries defines keys: a category named `__proto__` stays a key.
  return {
    index: categories.map((category) => category.id),
    ...(labels.length > 0 && { label: Object.fromEntries(labels) }),
    ...(units.length > 0 && { unit: Object.fromEntries(units) }),
    ...(children.length > 0 && { child: Object.fromEntries(children) }),
  };
}

/**
 * Writes a dataset as a JSON-stat 2.0 dataset: its dimensions with their categories, labels,
 * units and hierarchies, and each observation's value and flag in its cell. Observations whose
 * fields no dimension gives get a dimension of their own (`geo`, `time`, `indicator`, `sex`,
 * `age`, one per breakdown). Two observations in one cell: the later one is written.
 */
export function writeJsonStat(
  dataset: Dataset,
  options: JsonStatWriteOptions = {},
): JsonStatDataset {
  const readOptions: StatsReadOptions =
    options.indicator === undefined ? {} : { indicator: options.indicator };
  const language = options.language;
  const dimensions = cubeDimensions(dataset, readOptions);
  const axes = planAxes(dimensions, readOptions);
  const lookups = axes.map((axis) => {
    const lookup = new Map<string, number>();
    axis.codes.forEach((code, index) => {
      if (code !== undefined && !lookup.has(code)) lookup.set(code, index);
    });
    return lookup;
  });
  const named = axes.map((axis) =>
    dataset.observations.some(
      (observation) => codeIn(observation, axis.field, axis.key) !== undefined,
    ),
  );
  const placed = dataset.observations.map((observation) =>
    coordinates(observation, axes, lookups, dimensions, named),
  );
  const sizes = dimensions.map((dimension) => dimension.categories.length);
  const strides = sizes.map((_, d) =>
    sizes.slice(d + 1).reduce((product, size) => product * size, 1),
  );
  const total = sizes.reduce((product, size) => product * size, 1);

  const values = new Map<number, number | null>();
  const flags = new Map<number, string>();
  dataset.observations.forEach((observation, index) => {
    const cell = placed[index]!.reduce((sum, position, d) => sum + position * strides[d]!, 0);
    values.set(cell, observation.value);
    const flag = flagOf(observation);
    if (flag === undefined) flags.delete(cell);
    else flags.set(cell, flag);
  });
  let value: JsonStatDataset['value'];
  if (values.size * 2 >= total) {
    value = new Array<number | null>(total).fill(null);
    for (const [cell, number] of values) value[cell] = number;
  } else {
    value = Object.fromEntries(
      [...values].sort(([a], [b]) => a - b).map(([cell, number]) => [String(cell), number]),
    );
  }
  let status: JsonStatDataset['status'];
  if (flags.size > 0) {
    const distinct = new Set(flags.values());
    status =
      flags.size === total && distinct.size === 1
        ? [...distinct][0]!
        : Object.fromEntries(
            [...flags].sort(([a], [b]) => a - b).map(([cell, flag]) => [String(cell), flag]),
          );
  }

  const role: Partial<Record<DimensionRole, string[]>> = {};
  for (const dimension of dimensions) {
    if (dimension.role) role[dimension.role] = [...(role[dimension.role] ?? []), dimension.id];
  }
  const label = pick(dataset.label, language);
  const source = dataset.source?.producer ?? dataset.source?.title;
  const href = dataset.source?.url;
  const notes = dataset.notes
    ?.map((note) => pick(note, language))
    .filter((note) => note !== undefined);
  const lang = language ?? (dataset.label ? Object.keys(dataset.label)[0] : undefined);
  const extension = {
    ...(dataset.id !== undefined && { id: dataset.id }),
    ...(lang !== undefined && lang !== 'und' && { lang }),
  };
  return {
    version: '2.0',
    class: 'dataset',
    ...(href !== undefined && { href }),
    ...(label !== undefined && { label }),
    ...(source !== undefined && { source }),
    ...(dataset.updated !== undefined && { updated: dataset.updated }),
    ...(notes && notes.length > 0 && { note: notes }),
    id: dimensions.map((dimension) => dimension.id),
    size: sizes,
    ...(Object.keys(role).length > 0 && { role }),
    dimension: Object.fromEntries(
      dimensions.map((dimension) => {
        const dimensionLabel = pick(dimension.label, language);
        return [
          dimension.id,
          {
            ...(dimensionLabel !== undefined && { label: dimensionLabel }),
            category: writeCategory(dimension, language),
          },
        ];
      }),
    ),
    value,
    ...(status !== undefined && { status }),
    ...(Object.keys(extension).length > 0 && { extension }),
  };
}

/** Writes datasets as a JSON-stat 2.0 collection that embeds each of them. */
export function writeJsonStatCollection(
  datasets: readonly Dataset[],
  options: JsonStatWriteOptions & { readonly label?: string; readonly updated?: string } = {},
): JsonStatCollection {
  return {
    version: '2.0',
    class: 'collection',
    ...(options.label !== undefined && { label: options.label }),
    ...(options.updated !== undefined && { updated: options.updated }),
    link: { item: datasets.map((dataset) => writeJsonStat(dataset, options)) },
  };
}
