import { formats, type Observation } from '@nrw-health/core';

/*
 * The columns of a tidy observation CSV: which field of an Observation each one holds, under
 * which title, in which order. One list serves the writer (choose, rename, order), the reader
 * (map a file's own headers onto fields) and the CSVW metadata (describe the same columns).
 */

/** The fields of an Observation that have a column of their own, in the default order. */
export const csvStandardFields = [
  'indicator',
  'region',
  'region_name',
  'period',
  'value',
  'status',
  'flag',
  'pre_break_value',
  'sex',
  'age_group',
  'sector',
  'footnotes',
  'source',
] as const;
export type CsvStandardField = (typeof csvStandardFields)[number];

/** A standard field, or `dim.<id>` for the category of `breakdowns.dimensions[id]`. */
export type CsvField = CsvStandardField | `dim.${string}`;

/** A column: the field it holds and, when it differs from the field's name, its header title. */
export interface CsvColumn {
  readonly field: CsvField;
  readonly title?: string;
}

/** A field name alone, or a field with its own title. */
export type CsvColumnSpec = CsvField | CsvColumn;

/** A column with its title settled. */
export interface ResolvedColumn {
  readonly field: CsvField;
  readonly title: string;
  /** For `dim.<id>` columns: the dimension id. */
  readonly dimension?: string;
}

const standard = new Set<string>(csvStandardFields);
const dimensionId = new RegExp(formats.dimensionId.pattern);

/** The dimension id of a `dim.<id>` field, undefined for standard fields and bad ids. */
export function dimensionOf(field: string): string | undefined {
  if (!field.startsWith('dim.')) return undefined;
  const id = field.slice(4);
  return dimensionId.test(id) ? id : undefined;
}

export const isCsvField = (field: unknown): field is CsvField =>
  typeof field === 'string' && (standard.has(field) || dimensionOf(field) !== undefined);

/** The dimension ids of `breakdowns.dimensions`, in the order they first appear. */
export function dimensionIds(observations: Iterable<Observation>): string[] {
  const ids = new Set<string>();
  for (const observation of observations) {
    const dimensions = observation?.breakdowns?.dimensions;
    if (dimensions) for (const id of Object.keys(dimensions)) ids.add(id);
  }
  return [...ids];
}

/** The default columns: the standard fields, with the dimension columns before `footnotes`. */
export function defaultColumns(dimensions: readonly string[]): CsvField[] {
  const fields: CsvField[] = [...csvStandardFields];
  fields.splice(fields.indexOf('footnotes'), 0, ...dimensions.map((id) => `dim.${id}` as const));
  return fields;
}

/** What is wrong with a column list of the options: where, and why. */
export interface ColumnProblem {
  readonly index: number;
  readonly reason: string;
}

/**
 * The columns of `specs` (or the default ones), each with its title. Unknown fields and a field
 * or title given twice are problems; those entries are left out.
 */
export function resolveColumns(
  specs: readonly CsvColumnSpec[] | undefined,
  dimensions: readonly string[],
): { columns: ResolvedColumn[]; problems: ColumnProblem[] } {
  const columns: ResolvedColumn[] = [];
  const problems: ColumnProblem[] = [];
  const fields = new Set<string>();
  const titles = new Set<string>();
  (specs ?? defaultColumns(dimensions)).forEach((spec, index) => {
    const field: unknown = typeof spec === 'string' ? spec : spec?.field;
    const title: unknown = typeof spec === 'string' ? spec : (spec?.title ?? spec?.field);
    if (!isCsvField(field)) {
      problems.push({ index, reason: `${JSON.stringify(field)} is no column field` });
    } else if (typeof title !== 'string' || title === '') {
      problems.push({ index, reason: 'a column title must be a text' });
    } else if (fields.has(field) || titles.has(title)) {
      problems.push({ index, reason: `column ${JSON.stringify(title)} is given twice` });
    } else {
      fields.add(field);
      titles.add(title);
      const dimension = dimensionOf(field);
      columns.push(dimension ? { field, title, dimension } : { field, title });
    }
  });
  return { columns, problems };
}
