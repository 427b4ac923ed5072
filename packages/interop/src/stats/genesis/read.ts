import Papa from 'papaparse';
import { IssueLog } from '../../shared/result';
import type { DatasetResult } from '../dataset';
import { decodeText, withoutBom } from './decode';
import { isFlatHeader, readFlat } from './flat';
import type { GenesisReadOptions } from './options';
import { readTable } from './table';

/*
 * GENESIS-Online and Regionalstatistik (regionalstatistik.de) CSV downloads, read: tables as
 * downloaded (title lines, multi-row headers, footer notes) and the flat file format (ffcsv).
 * Both are semicolon-separated; tables are latin-1, flat files UTF-8 (bytes are decoded by what
 * they are). The Destatis symbols and flags map to statuses by core's Destatis flag system.
 */

/** Reads a GENESIS or Regionalstatistik CSV download (text, or bytes in UTF-8 or latin-1). Never throws. */
export function readGenesisCsv(
  input: string | Uint8Array,
  options: GenesisReadOptions = {},
): DatasetResult {
  const log = new IssueLog(options);
  try {
    let text: string;
    if (typeof input === 'string') text = withoutBom(input);
    else if (input instanceof Uint8Array) text = decodeText(input).text;
    else {
      log.source([], 'invalid_type', { expected: 'string' });
      return { value: undefined, lost: [], issues: log.issues };
    }
    if (text.trim() === '') {
      log.source([], 'required');
      return { value: undefined, lost: [], issues: log.issues };
    }
    const parsed = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: false });
    for (const error of parsed.errors.slice(0, 20)) {
      log.source(['rows', error.row ?? 0], 'invalid_input', { reason: error.message });
    }
    const rows = parsed.data.filter(Array.isArray);
    const flat = options.format ? options.format === 'flat' : isFlatHeader(rows[0] ?? []);
    const { value, lost } = flat ? readFlat(rows, options, log) : readTable(rows, options, log);
    return { value, lost, issues: log.issues };
  } catch {
    // Only exotic inputs get here (a throwing indicator function is caught where it is called).
    log.source([], 'invalid_input', {});
    return { value: undefined, lost: [], issues: log.issues };
  }
}
