import type { Observation } from '@nrw-health/core';
import Papa from 'papaparse';
import {
  type CsvColumnSpec,
  type CsvField,
  dimensionIds,
  type ResolvedColumn,
  resolveColumns,
} from './columns';
import { type CsvDialect, type CsvDialectName, csvDialects, neutralise } from './dialect';
import { regionLabel } from './names';
import { formatNumber } from './numbers';

export interface ObservationsCsvOptions {
  /** `de`: `;`, decimal comma, BOM, CRLF. `en` (default): `,`, decimal point, no BOM, CRLF. */
  readonly dialect?: CsvDialectName;
  /** Which columns, in which order, under which titles. Default: every field (see README). */
  readonly columns?: readonly CsvColumnSpec[];
  /**
   * Dimension ids for `dim.<id>` columns when `columns` is not given. Needed when streaming:
   * `writeObservationsCsv` finds them in the observations, a stream cannot look ahead.
   */
  readonly dimensions?: readonly string[];
  /** Language of `region_name`. Default: the dialect's. */
  readonly locale?: 'de' | 'en';
  /** Whether to start with a byte-order mark. Default: the dialect's. */
  readonly bom?: boolean;
  /**
   * Called for data that the CSV cannot carry: a dimension without a column, a value that is
   * not finite. Without it, such data is an error (thrown), never dropped unseen.
   */
  readonly onOmitted?: (omitted: OmittedCell) => void;
}

/** Data of an observation that is not in the CSV, and why. */
export interface OmittedCell {
  /** Position of the observation in the input, from 0. */
  readonly index: number;
  readonly field: CsvField;
  readonly value: unknown;
  readonly reason: 'no-column' | 'not-finite';
}

/** Rows per call of papaparse's unparse: large enough to be fast, small enough to stream. */
const batchSize = 1000;

type Cell = (observation: Observation, index: number) => string;

/** Writes header and rows of one CSV; shared by the whole-string and the streaming writer. */
class ObservationsCsvWriter {
  readonly columns: readonly ResolvedColumn[];
  private readonly dialect: CsvDialect;
  private readonly bom: boolean;
  private readonly cells: readonly Cell[];
  private readonly dimensions: ReadonlySet<string>;
  private readonly omit: (omitted: OmittedCell) => void;

  constructor(dimensions: readonly string[], options: ObservationsCsvOptions) {
    const name = options.dialect ?? 'en';
    this.dialect = csvDialects[name] ?? csvDialects.en;
    this.bom = options.bom ?? this.dialect.bom;
    const { columns, problems } = resolveColumns(options.columns, dimensions);
    if (problems.length > 0) {
      const [first] = problems;
      throw new TypeError(`columns[${first!.index}]: ${first!.reason}`);
    }
    this.columns = columns;
    this.dimensions = new Set(columns.flatMap((column) => column.dimension ?? []));
    this.omit =
      options.onOmitted ??
      ((omitted) => {
        throw new Error(
          `Observation ${omitted.index}: ${omitted.field} ${JSON.stringify(omitted.value)} has no place in the CSV (${omitted.reason}); give it a column or pass onOmitted.`,
        );
      });
    const locale = options.locale ?? (name === 'de' ? 'de' : 'en');
    this.cells = columns.map((column) => this.cellOf(column.field, locale));
  }

  private cellOf(field: CsvField, locale: 'de' | 'en'): Cell {
    const text = (value: string | undefined) => (value === undefined ? '' : neutralise(value));
    const json = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));
    const number = (value: number | null | undefined, index: number) => {
      if (value === null || value === undefined) return '';
      const cell = formatNumber(value, this.dialect.decimal);
      if (cell === undefined) this.omit({ index, field, value, reason: 'not-finite' });
      return cell ?? '';
    };
    switch (field) {
      case 'indicator':
        return (o) => text(o.indicator);
      case 'region':
        return (o) => text(o.region);
      case 'region_name':
        return (o) => text(regionLabel(o.region, locale));
      case 'period':
        return (o) => text(o.period);
      case 'value':
        return (o, index) => number(o.value, index);
      case 'status':
        return (o) => text(o.status);
      case 'flag':
        return (o) => text(o.flag);
      case 'pre_break_value':
        return (o, index) => number(o.preBreakValue, index);
      case 'sex':
        return (o) => text(o.breakdowns?.sex);
      case 'age_group':
        return (o) => text(o.breakdowns?.ageGroup);
      case 'sector':
        return (o) => text(o.breakdowns?.sector);
      case 'footnotes':
        return (o) => json(o.footnotes);
      case 'source':
        return (o) => json(o.source);
      default: {
        const id = field.slice(4);
        return (o) => text(o.breakdowns?.dimensions?.[id]);
      }
    }
  }

  private unparse(rows: unknown[][]): string {
    const { delimiter, newline } = this.dialect;
    // Formulae are neutralised above, for text cells only: papaparse's own escaping would also
    // prefix numbers such as -1,5, which are strings here.
    return `${Papa.unparse(rows, { delimiter, newline, escapeFormulae: false })}${newline}`;
  }

  header(): string {
    const titles = this.columns.map((column) => neutralise(column.title));
    return `${this.bom ? '\uFEFF' : ''}${this.unparse([titles])}`;
  }

  /** The lines of a batch of observations; `first` is the index of the batch's first one. */
  rows(batch: readonly Observation[], first: number): string {
    const rows = batch.map((observation, offset) => {
      const index = first + offset;
      const dimensions = observation.breakdowns?.dimensions;
      if (dimensions) {
        for (const [id, value] of Object.entries(dimensions)) {
          if (!this.dimensions.has(id)) {
            this.omit({ index, field: `dim.${id}`, value, reason: 'no-column' });
          }
        }
      }
      return this.cells.map((cell) => cell(observation, index));
    });
    return this.unparse(rows);
  }
}

/** The columns a CSV of these observations has with these options (also for CSVW metadata). */
export function observationsCsvColumns(
  observations: readonly Observation[],
  options: Pick<ObservationsCsvOptions, 'columns' | 'dimensions'> = {},
): readonly ResolvedColumn[] {
  const dimensions = options.dimensions ?? dimensionIds(observations);
  return resolveColumns(options.columns, dimensions).columns;
}

/**
 * Observations as one tidy CSV text: a header, then one row per observation. For many
 * observations use `observationsCsvChunks`, which never builds the whole text.
 * Throws only for a bad `columns` option, or data without a place and no `onOmitted`.
 */
export function writeObservationsCsv(
  observations: readonly Observation[],
  options: ObservationsCsvOptions = {},
): string {
  const writer = new ObservationsCsvWriter(
    options.dimensions ?? dimensionIds(observations),
    options,
  );
  const parts = [writer.header()];
  for (let first = 0; first < observations.length; first += batchSize) {
    parts.push(writer.rows(observations.slice(first, first + batchSize), first));
  }
  return parts.join('');
}

/**
 * The same CSV as `writeObservationsCsv`, as chunks of text (the header, then about a thousand
 * rows each), for observations from an array, a generator or an async source. Dimension
 * columns come from `columns` or `dimensions`, or, for an array, from its observations.
 */
export async function* observationsCsvChunks(
  observations: Iterable<Observation> | AsyncIterable<Observation>,
  options: ObservationsCsvOptions = {},
): AsyncGenerator<string, void, undefined> {
  const dimensions =
    options.dimensions ?? (Array.isArray(observations) ? dimensionIds(observations) : []);
  const writer = new ObservationsCsvWriter(dimensions, options);
  yield writer.header();
  let batch: Observation[] = [];
  let first = 0;
  for await (const observation of observations) {
    batch.push(observation);
    if (batch.length === batchSize) {
      yield writer.rows(batch, first);
      first += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) yield writer.rows(batch, first);
}
