import Papa from 'papaparse';

/** Complete records of the text pushed so far, and papaparse's complaints about them. */
export interface RecordBatch {
  readonly records: string[][];
  /** Problems by the index of their record in `records`. */
  readonly errors: ReadonlyMap<number, string>;
}

interface ParserOutput {
  data: string[][];
  errors: { row?: number; message: string }[];
  meta: { cursor: number };
}

/**
 * Splits CSV text that arrives in chunks into records with papaparse's own parser, the one its
 * streamers use: each call parses the buffered text up to the end of its last complete record
 * and keeps the rest for the next chunk. This works in any runtime (papaparse's streaming entry
 * points need Node streams or File objects). A record that has not ended yet is parsed again
 * only when the buffer has doubled, so an unclosed quote costs linear time, not quadratic.
 */
export class RecordSplitter {
  private readonly parser: Papa.Parser;
  private pending = '';
  private retryAt = 0;

  constructor(delimiter: string, newline: '\r\n' | '\n' | '\r') {
    this.parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  }

  push(text: string): RecordBatch {
    this.pending += text;
    if (this.pending.length < this.retryAt) return { records: [], errors: new Map() };
    const output = this.parse(true);
    this.pending = this.pending.slice(output.meta.cursor);
    this.retryAt = output.data.length === 0 ? this.pending.length * 2 : 0;
    return batchOf(output);
  }

  end(): RecordBatch {
    const output = this.parse(false);
    this.pending = '';
    return batchOf(output);
  }

  private parse(ignoreLastRow: boolean): ParserOutput {
    return this.parser.parse(this.pending, 0, ignoreLastRow) as ParserOutput;
  }
}

function batchOf(output: ParserOutput): RecordBatch {
  const errors = new Map<number, string>();
  for (const error of output.errors) {
    // Errors of the unfinished last record come again when it is parsed whole.
    if (error.row !== undefined && error.row < output.data.length && !errors.has(error.row)) {
      errors.set(error.row, error.message);
    }
  }
  return { records: output.data, errors };
}
