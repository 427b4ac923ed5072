import type { FlagSystem, IssueCode, IssuePath } from '@nrw-health/core';
import Papa from 'papaparse';
import { IssueLog } from '../../shared/result';
import type { DatasetResult } from '../dataset';
import { collectDataset } from './collect';
import {
  type CsvColumnSpec,
  type CsvStandardField,
  dimensionOf,
  isCsvField,
  type ResolvedColumn,
  resolveColumns,
} from './columns';
import { csvwReadOptions } from './csvw';
import { type CsvDialectName, csvDialects, restore, sniffDialect } from './dialect';
import type { NumberFormat } from './numbers';
import { RecordSplitter } from './records';
import { type CsvRowResult, type RowContext, readRow } from './row';

export interface ObservationsCsvReadOptions {
  /** Language of issue messages. Default: en. */
  readonly locale?: 'de' | 'en';
  /**
   * `de` (`;`, decimal comma) or `en` (`,`, decimal point). Default: detected, the separator
   * by papaparse's guess over the first rows, the decimal mark from the separator.
   */
  readonly dialect?: CsvDialectName;
  /** The separator, overriding the dialect's. */
  readonly delimiter?: string;
  /** The decimal mark, overriding the dialect's (for a `;` file with decimal points). */
  readonly decimal?: '.' | ',';
  /** The thousands separator, when the file groups digits. Default: none (see README). */
  readonly thousands?: NumberFormat['thousands'];
  /** Encoding of byte input, a WHATWG label (`utf-8`, `windows-1252`). Default: utf-8. */
  readonly encoding?: string;
  /**
   * A file's own headers mapped to fields: `[{ field: 'region', title: 'AGS' }]`. Headers not
   * mapped are matched to field names (case-insensitive); other columns become `lost`.
   */
  readonly columns?: readonly CsvColumnSpec[];
  /** Whether the first record is a header. Default: true. Without one, `columns` names them. */
  readonly header?: boolean;
  /** The indicator of rows that have none (a file of one indicator without that column). */
  readonly indicator?: string;
  /** The flag system that gives the status of rows with a flag but no status. */
  readonly flags?: FlagSystem;
  /** Language of footnote cells in plain text. Default: the dialect's (de or en). */
  readonly language?: string;
  /**
   * CSVW metadata (JSON, as `writeCsvwMetadata` writes it) that describes the file: its
   * dialect and columns. Options given here win over the metadata.
   */
  readonly metadata?: unknown;
}

/** Text looked at before the dialect is settled: enough for ten rows in most files. */
const sampleSize = 64 * 1024;
/** Slices a string input is read in, so that rows are made a slice at a time. */
const sliceSize = 1024 * 1024;

const groupingMarks = ['.', ',', ' ', "'"] as const;

const requiredFields: readonly CsvStandardField[] = ['indicator', 'region', 'period', 'value'];

function newlineOf(text: string): '\r\n' | '\n' | '\r' {
  const lineFeed = text.indexOf('\n');
  if (lineFeed >= 0) return lineFeed > 0 && text[lineFeed - 1] === '\r' ? '\r\n' : '\n';
  return text.includes('\r') ? '\r' : '\n';
}

const validDelimiter = (delimiter: unknown): delimiter is string =>
  typeof delimiter === 'string' &&
  delimiter !== '' &&
  !Papa.BAD_DELIMITERS.some((bad) => delimiter.includes(bad));

/**
 * Reads a tidy CSV that arrives as text in pieces: settles the dialect on the first rows, reads
 * the header, then turns every record into a row result. Push-based, so that the synchronous and
 * the asynchronous entry points share it.
 */
class ObservationsCsvReader {
  private readonly log: IssueLog;
  private readonly options: ObservationsCsvReadOptions;
  private sample = '';
  private splitter: RecordSplitter | undefined;
  private context: RowContext | undefined;
  private readonly hasHeader: boolean;
  private row = 0;

  constructor(options: ObservationsCsvReadOptions) {
    this.log = new IssueLog({ locale: options.locale });
    const fromMetadata =
      options.metadata === undefined ? undefined : csvwReadOptions(options.metadata, this.log);
    this.options = { ...fromMetadata, ...definedOnly(options) };
    this.hasHeader = this.options.header ?? true;
  }

  /** The encoding of byte input; an unknown label is an issue, and UTF-8 is used. */
  decoder(): TextDecoder {
    const label = this.options.encoding ?? 'utf-8';
    try {
      return new TextDecoder(label);
    } catch {
      this.fileIssue(['encoding'], 'invalid_input', { reason: `unknown encoding ${label}` });
      return new TextDecoder('utf-8');
    }
  }

  push(text: string): CsvRowResult[] {
    if (this.splitter) return this.rows(this.splitter.push(text));
    this.sample += text;
    const lines = this.sample.split('\n', 11).length - 1;
    if (this.sample.length < sampleSize && lines < 10) return [];
    return this.start();
  }

  end(): CsvRowResult[] {
    const results = this.splitter ? [] : this.start();
    results.push(...this.rows(this.splitter!.end()));
    if (this.row === 0 && this.hasHeader) {
      this.fileIssue([], 'invalid_input', { reason: 'no header row: the input is empty' });
    }
    return [...this.headerResult(), ...results];
  }

  /** File-level issues not yet handed out, as the result of row 1 (the header). */
  private headerResult(): CsvRowResult[] {
    if (this.log.issues.length === 0) return [];
    const issues = this.log.issues.splice(0);
    return [{ row: this.hasHeader ? 1 : 0, value: undefined, lost: [], issues }];
  }

  private fileIssue(path: IssuePath, code: IssueCode, params: Record<string, unknown> = {}) {
    this.log.source(path, code, params);
  }

  private start(): CsvRowResult[] {
    let text = this.sample;
    this.sample = '';
    if (text.startsWith('\uFEFF')) text = text.slice(1);
    const options = this.options;
    const preset = options.dialect ? csvDialects[options.dialect] : undefined;
    if (options.dialect && !preset) {
      this.fileIssue(['dialect'], 'unknown_code', {
        value: options.dialect,
        allowed: ['de', 'en'],
      });
    }
    let delimiter = preset?.delimiter ?? sniffDialect(text).delimiter;
    if (options.delimiter !== undefined) {
      if (validDelimiter(options.delimiter)) delimiter = options.delimiter;
      else this.fileIssue(['delimiter'], 'invalid_input', { reason: 'not a usable separator' });
    }
    const decimal =
      options.decimal === '.' || options.decimal === ','
        ? options.decimal
        : (preset?.decimal ?? (delimiter === ';' ? ',' : '.'));
    const thousands = groupingMarks.find((mark) => mark === options.thousands && mark !== decimal);
    this.splitter = new RecordSplitter(delimiter, newlineOf(text));
    this.context = {
      columns: [],
      titles: [],
      titleOf: {},
      indexOf: {},
      numbers: thousands ? { decimal, thousands } : { decimal },
      locale: this.log.locale,
      missing: [],
      language: options.language ?? (preset ? options.dialect! : decimal === ',' ? 'de' : 'en'),
      ...(options.indicator ? { indicator: options.indicator } : {}),
      ...(options.flags ? { flags: options.flags } : {}),
    };
    if (!this.hasHeader) this.useColumns(undefined);
    const results = this.rows(this.splitter.push(text));
    return [...this.headerResult(), ...results];
  }

  private rows(batch: { records: string[][]; errors: ReadonlyMap<number, string> }) {
    const results: CsvRowResult[] = [];
    batch.records.forEach((cells, index) => {
      this.row++;
      if (this.row === 1 && this.hasHeader) {
        this.useColumns(cells);
        results.push(...this.headerResult());
        return;
      }
      // A blank line is no row.
      if (cells.length === 1 && cells[0] === '' && (this.context?.titles.length ?? 0) !== 1) return;
      const result = readRow(cells, this.row, this.context!);
      const error = batch.errors.get(index);
      if (error === undefined) {
        results.push(result);
      } else {
        const log = new IssueLog({ locale: this.log.locale });
        log.source([this.row], 'invalid_input', { reason: error });
        results.push({ ...result, value: undefined, issues: [...log.issues, ...result.issues] });
      }
    });
    return results;
  }

  /** Maps the header's titles (or, without a header, the `columns` option) onto fields. */
  private useColumns(header: readonly string[] | undefined) {
    const specs = this.options.columns;
    const { columns: given, problems } = resolveColumns(specs ?? [], []);
    for (const problem of problems) {
      this.fileIssue(['columns', problem.index], 'invalid_input', { reason: problem.reason });
    }
    let titles: string[];
    let columns: (ResolvedColumn | undefined)[];
    if (header) {
      titles = header.map((title, index) =>
        restore(index === 0 ? title.replace(/^\uFEFF/, '') : title).trim(),
      );
      const byTitle = new Map(given.map((column) => [column.title, column]));
      const taken = new Set<string>();
      columns = titles.map((title) => {
        const column = byTitle.get(title) ?? columnNamed(title);
        if (!column) return undefined;
        if (taken.has(column.field)) {
          this.fileIssue([1, title], 'duplicate', { value: column.field });
          return undefined;
        }
        taken.add(column.field);
        return column;
      });
    } else {
      if (!specs) {
        this.fileIssue(['columns'], 'required');
      }
      columns = given;
      titles = given.map((column) => column.title);
    }
    const present = new Set(columns.map((column) => column?.field));
    const missing = requiredFields.filter((field) => {
      if (present.has(field)) return false;
      if (field === 'indicator' && this.context?.indicator) return false;
      if (field === 'region' && present.has('region_name')) return false;
      return true;
    });
    for (const field of missing) this.fileIssue([this.hasHeader ? 1 : 0, field], 'required');
    const titleOf: Record<string, string> = {};
    const indexOf: Record<string, number> = {};
    columns.forEach((column, index) => {
      if (!column) return;
      titleOf[column.field] = column.title;
      indexOf[column.field] = index;
    });
    this.context = { ...this.context!, columns, titles, titleOf, indexOf, missing };
  }
}

/** The column a header names by a field's name: case-insensitive, a dimension id verbatim. */
function columnNamed(title: string): ResolvedColumn | undefined {
  const lower = title.toLowerCase();
  if (lower.startsWith('dim.')) {
    const dimension = dimensionOf(`dim.${title.slice(4)}`);
    return dimension ? { field: `dim.${dimension}`, title, dimension } : undefined;
  }
  return isCsvField(lower) ? { field: lower, title } : undefined;
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(options).filter(([key, value]) => value !== undefined && key !== 'metadata'),
  ) as Partial<T>;
}

/** Text slices of a string or bytes, decoded. */
function* slices(input: string | Uint8Array, decoder: () => TextDecoder): Generator<string> {
  const text = typeof input === 'string' ? input : decoder().decode(input);
  for (let start = 0; start < text.length; start += sliceSize) {
    yield text.slice(start, start + sliceSize);
  }
}

function* rowsOfText(
  input: string | Uint8Array,
  options: ObservationsCsvReadOptions,
): Generator<CsvRowResult> {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    yield unreadable(options, 'the input is neither text nor bytes nor a stream');
    return;
  }
  const reader = new ObservationsCsvReader(options);
  for (const slice of slices(input, () => reader.decoder())) yield* reader.push(slice);
  yield* reader.end();
}

/** The result for input the reader cannot take at all. */
function unreadable(options: ObservationsCsvReadOptions, reason: string): CsvRowResult {
  const log = new IssueLog({ locale: options.locale });
  log.source([], 'invalid_input', { reason });
  return { row: 0, value: undefined, lost: [], issues: log.issues };
}

const isAsyncIterable = (input: unknown): input is AsyncIterable<string | Uint8Array> =>
  input !== null &&
  typeof input === 'object' &&
  typeof (input as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';

/**
 * The rows of a tidy observation CSV one by one: from text, bytes, or an async stream of text
 * or byte chunks (a file stream, `response.body`), holding only the rows being read in memory.
 * Never throws; a row that cannot be read comes with its issues, and the header's issues come
 * as row 1. Duplicates are not checked here (that needs every row); `readObservationsCsv` does.
 */
export async function* readObservationsCsvRows(
  input: string | Uint8Array | AsyncIterable<string | Uint8Array>,
  options: ObservationsCsvReadOptions = {},
): AsyncGenerator<CsvRowResult, void, undefined> {
  if (!isAsyncIterable(input)) {
    yield* rowsOfText(input, options);
    return;
  }
  const reader = new ObservationsCsvReader(options);
  const decoder = reader.decoder();
  try {
    for await (const chunk of input) {
      const text =
        typeof chunk === 'string'
          ? chunk
          : chunk instanceof Uint8Array
            ? decoder.decode(chunk, { stream: true })
            : undefined;
      if (text === undefined) {
        yield unreadable(options, 'a chunk is neither text nor bytes');
        continue;
      }
      yield* reader.push(text);
    }
  } catch (error) {
    yield unreadable(options, `the stream failed: ${(error as Error)?.message}`);
  }
  const rest = decoder.decode();
  if (rest) yield* reader.push(rest);
  yield* reader.end();
}

/**
 * A tidy observation CSV as a dataset: its observations, the dimensions they span, the cells
 * that had no place (`lost`) and every issue with its row and column. Synchronous for text and
 * bytes, a promise for a stream. Never throws; a row is never dropped without an issue.
 */
export function readObservationsCsv(
  input: string | Uint8Array,
  options?: ObservationsCsvReadOptions,
): DatasetResult;
export function readObservationsCsv(
  input: AsyncIterable<string | Uint8Array>,
  options?: ObservationsCsvReadOptions,
): Promise<DatasetResult>;
export function readObservationsCsv(
  input: string | Uint8Array | AsyncIterable<string | Uint8Array>,
  options: ObservationsCsvReadOptions = {},
): DatasetResult | Promise<DatasetResult> {
  const metadata = options.metadata;
  if (isAsyncIterable(input)) {
    return (async () => {
      const collector = collectDataset(metadata, options.locale);
      for await (const result of readObservationsCsvRows(input, options)) collector.add(result);
      return collector.finish();
    })();
  }
  const collector = collectDataset(metadata, options.locale);
  for (const result of rowsOfText(input, options)) collector.add(result);
  return collector.finish();
}
