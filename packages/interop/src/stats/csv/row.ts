import {
  type FlagSystem,
  formats,
  type IssueCode,
  type IssuePath,
  type Observation,
  regionByNuts,
  statusFromFlag,
  type ValidationIssue,
  validateObservation,
} from '@nrw-health/core';
import { IssueLog, type LostField, type ReadIssue } from '../../shared/result';
import { periodOf, regionOfCode } from '../dataset';
import type { CsvStandardField, ResolvedColumn } from './columns';
import { restore } from './dialect';
import { regionLabel } from './names';
import { type NumberFormat, parseNumber } from './numbers';

/** One data row of a CSV: its observation when the row is sound, what it lost, its issues. */
export interface CsvRowResult {
  /** The row number as a spreadsheet shows it: the header is row 1, the first data row 2. */
  readonly row: number;
  /** The observation, when the row could be read and passes validation; undefined otherwise. */
  readonly value: Observation | undefined;
  /** Non-empty cells of columns that hold no field of an Observation. */
  readonly lost: readonly LostField[];
  /** Issues with path `[row, column title, …]`; a row with issues has no value. */
  readonly issues: readonly ReadIssue[];
}

/** What turning a row into an observation needs to know besides the row. */
export interface RowContext {
  /** The column of each cell position; undefined for columns of no field. */
  readonly columns: readonly (ResolvedColumn | undefined)[];
  /** The header's titles, for the paths of lost cells. */
  readonly titles: readonly string[];
  /** The title of each field's column, for the paths of issues. */
  readonly titleOf: Readonly<Partial<Record<string, string>>>;
  /** The cell position of each field's column. */
  readonly indexOf: Readonly<Partial<Record<string, number>>>;
  readonly numbers: NumberFormat;
  readonly locale: 'de' | 'en';
  /** Fields the file has no column for, which every row then lacks. */
  readonly missing: readonly CsvStandardField[];
  /** The indicator of rows without an indicator column or cell. */
  readonly indicator?: string;
  /** The flag system that gives the status of rows with a flag and no status. */
  readonly flags?: FlagSystem;
  /** Language of footnote cells that are plain text rather than JSON. */
  readonly language: string;
}

const regionCode = new RegExp(formats.regionCode.pattern);
const period = new RegExp(formats.period.pattern);

/** The Observation field (path) of a standard column. */
const modelPath: Readonly<Record<string, readonly string[]>> = {
  indicator: ['indicator'],
  region: ['region'],
  period: ['period'],
  value: ['value'],
  status: ['status'],
  flag: ['flag'],
  pre_break_value: ['preBreakValue'],
  sex: ['breakdowns', 'sex'],
  age_group: ['breakdowns', 'ageGroup'],
  sector: ['breakdowns', 'sector'],
  footnotes: ['footnotes'],
  source: ['source'],
};

/**
 * The cells of one row by field, and the issues found reading them. One object per row, with
 * methods rather than closures, and an issue log only for rows that have issues: a million
 * rows should make little garbage.
 */
class RowCells {
  private log: IssueLog | undefined;
  readonly dimensions: Record<string, string> = {};
  readonly lost: LostField[] = [];

  constructor(
    private readonly cells: readonly string[],
    readonly row: number,
    readonly context: RowContext,
  ) {
    const { columns, titles } = context;
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index]!;
      const column = columns[index];
      if (!column) {
        if (cell !== '') {
          const title = titles[index] ?? `column ${index + 1}`;
          this.lost.push({
            path: `rows[${row}].${title}`,
            pattern: `rows[*].${title}`,
            value: cell,
          });
        }
      } else if (column.dimension) {
        const value = restore(cell);
        if (value !== '') this.dimensions[column.dimension] = value;
      }
    }
  }

  /** The cell of a field's column, as the file has it. */
  private text(field: string): string | undefined {
    const index = this.context.indexOf[field];
    return index === undefined ? undefined : this.cells[index];
  }

  get issues(): ReadIssue[] {
    return this.log?.issues ?? [];
  }

  issue(path: IssuePath, code: IssueCode, params: Record<string, unknown> = {}): void {
    this.log ??= new IssueLog({ locale: this.context.locale });
    this.log.source(path, code, params);
  }

  record(issues: readonly ValidationIssue[]): void {
    this.log ??= new IssueLog({ locale: this.context.locale });
    this.log.record(issues);
  }

  at(field: string): IssuePath {
    return [this.row, this.context.titleOf[field] ?? field];
  }

  /** A code: spaces around it do not count. */
  trimmed(field: string): string | undefined {
    const value = this.text(field)?.trim();
    return value ? restore(value) : undefined;
  }

  /** A text: kept as it is, spaces and all. */
  verbatim(field: string): string | undefined {
    const value = this.text(field);
    return value ? restore(value) : undefined;
  }

  raw(field: string): string | undefined {
    return this.text(field)?.trim() || undefined;
  }

  number(field: string): number | undefined {
    const cell = this.raw(field);
    if (cell === undefined) return undefined;
    const parsed = parseNumber(cell, this.context.numbers);
    if ('value' in parsed) return parsed.value;
    if (parsed.problem === 'not-a-number') {
      this.issue(this.at(field), 'invalid_type', { expected: 'number' });
    } else {
      this.issue(this.at(field), 'invalid_input', {
        reason:
          this.context.locale === 'de'
            ? `${cell} kann eine Zahl mit Tausenderpunkt oder mit Dezimalzeichen sein; die Option thousands entscheidet.`
            : `${cell} may have a thousands separator or a decimal mark; the option thousands decides.`,
      });
    }
    return undefined;
  }

  json(field: string): unknown {
    const cell = this.raw(field);
    if (cell === undefined) return undefined;
    try {
      return JSON.parse(cell);
    } catch {
      this.issue(this.at(field), 'invalid_format');
      return undefined;
    }
  }
}

/** Reads the cells of one data row into a candidate observation, then validates it. */
export function readRow(cells: readonly string[], row: number, context: RowContext): CsvRowResult {
  const read = new RowCells(cells, row, context);
  const { titles, titleOf } = context;
  if (cells.length !== titles.length) {
    read.issue([row], 'invalid_input', {
      reason:
        context.locale === 'de'
          ? `Die Zeile hat ${cells.length} Zellen, die Kopfzeile ${titles.length}.`
          : `the row has ${cells.length} cells, the header ${titles.length}.`,
    });
  }
  for (const field of context.missing) read.issue([row, field], 'required');

  const value = read.number('value') ?? null;
  const flag = read.verbatim('flag');
  const status =
    read.trimmed('status') ??
    (flag !== undefined && context.flags ? statusFromFlag(context.flags, flag) : undefined) ??
    (value === null ? 'missing' : 'normal');
  const observation: Record<string, unknown> = {
    indicator: read.trimmed('indicator') ?? context.indicator,
    region: regionOf(read.trimmed('region'), read.trimmed('region_name'), read),
    period: periodFrom(read.trimmed('period')),
    value,
    status,
  };
  const preBreakValue = read.number('pre_break_value');
  if (preBreakValue !== undefined) observation.preBreakValue = preBreakValue;
  if (flag !== undefined) observation.flag = flag;
  const footnotes = read.raw('footnotes');
  if (footnotes !== undefined) {
    observation.footnotes = footnotes.startsWith('[')
      ? read.json('footnotes')
      : [{ [context.language]: restore(footnotes) }];
  }
  const breakdowns = breakdownsOf(
    read.trimmed('sex'),
    read.trimmed('age_group'),
    read.verbatim('sector'),
    read.dimensions,
  );
  if (breakdowns) observation.breakdowns = breakdowns;
  const source = read.json('source');
  if (source !== undefined) observation.source = source;

  if (read.issues.length > 0)
    return { row, value: undefined, lost: read.lost, issues: read.issues };
  const result = validateObservation(observation, { locale: context.locale });
  if (result.ok) return { row, value: result.value, lost: read.lost, issues: [] };
  read.record(
    result.issues.map((found) => ({ ...found, path: rowPath(row, found.path, titleOf) })),
  );
  return { row, value: undefined, lost: read.lost, issues: read.issues };
}

/** A model path as `[row, column title, …rest]` where a column holds the field. */
function rowPath(
  row: number,
  path: IssuePath,
  titleOf: Readonly<Partial<Record<string, string>>>,
): IssuePath {
  if (path[0] === 'breakdowns' && path[1] === 'dimensions' && typeof path[2] === 'string') {
    const title = titleOf[`dim.${path[2]}`];
    if (title) return [row, title, ...path.slice(3)];
  }
  for (const [field, fieldPath] of Object.entries(modelPath)) {
    const title = titleOf[field];
    if (title && fieldPath.every((key, index) => path[index] === key)) {
      return [row, title, ...path.slice(fieldPath.length)];
    }
  }
  return [row, ...path];
}

/**
 * The region: a code of the model as it is; another code or a name through `regionOfCode`
 * (`DEA13` → `05113`, `Essen` → `05113`); from `region_name` when the code cell is empty. A
 * `region_name` that is not the region's name in German or English is kept as lost.
 */
function regionOf(
  code: string | undefined,
  name: string | undefined,
  read: RowCells,
): string | undefined {
  // The registry's NUTS codes become its codes (DEA13 → 05113), as `regionOfCode` does;
  // any other code of the model's pattern stays as it is (an 8-digit AGS is no district).
  const region = code
    ? (regionByNuts(code)?.code ?? (regionCode.test(code) ? code : (regionOfCode(code) ?? code)))
    : name && regionOfCode(name);
  if (name && code && region !== undefined) {
    const known = name === regionLabel(region, 'de') || name === regionLabel(region, 'en');
    if (!known) {
      const title = read.context.titleOf.region_name ?? 'region_name';
      read.lost.push({
        path: `rows[${read.row}].${title}`,
        pattern: `rows[*].${title}`,
        value: name,
      });
    }
  }
  return region || undefined;
}

/** A period of the model as it is; Eurostat, SDMX and GENESIS time codes converted. */
const periodFrom = (cell: string | undefined) =>
  cell === undefined || period.test(cell) ? cell : (periodOf(cell) ?? cell);

function breakdownsOf(
  sex: string | undefined,
  ageGroup: string | undefined,
  sector: string | undefined,
  dimensions: Record<string, string>,
): Record<string, unknown> | undefined {
  const breakdowns: Record<string, unknown> = {};
  if (sex !== undefined) breakdowns.sex = sex;
  if (ageGroup !== undefined) breakdowns.ageGroup = ageGroup;
  if (sector !== undefined) breakdowns.sector = sector;
  if (Object.keys(dimensions).length > 0) breakdowns.dimensions = dimensions;
  return Object.keys(breakdowns).length > 0 ? breakdowns : undefined;
}
