import Papa from 'papaparse';

/** The two dialects of the kit: German spreadsheets, and RFC 4180 with a decimal point. */
export type CsvDialectName = 'de' | 'en';

/** How a CSV file is spelled: separator, decimal mark, byte-order mark, line break. */
export interface CsvDialect {
  readonly delimiter: string;
  readonly decimal: '.' | ',';
  /** A UTF-8 byte-order mark first, so that Excel reads the file as UTF-8. */
  readonly bom: boolean;
  readonly newline: '\r\n' | '\n';
}

export const csvDialects: Readonly<Record<CsvDialectName, CsvDialect>> = {
  // What German Excel and LibreOffice write and open by double-click.
  de: { delimiter: ';', decimal: ',', bom: true, newline: '\r\n' },
  // RFC 4180: comma, CRLF; no BOM, which some parsers take for part of the first header.
  en: { delimiter: ',', decimal: '.', bom: false, newline: '\r\n' },
};

const BOM = '\uFEFF';

/** Separators a file may use; the first ones win a tie. */
const candidates = [';', ',', '\t', '|'];

/**
 * The dialect of a file from its first records: the separator as papaparse guesses it (the one
 * that splits the sample into the most consistent rows), the decimal mark that goes with it (a
 * `;` file is German: decimal comma; any other: decimal point), and the line break of the first
 * line.
 */
export function sniffDialect(sample: string): CsvDialect {
  const text = sample.startsWith(BOM) ? sample.slice(1) : sample;
  // Whole lines only: a cut last row would count as a row of another length.
  const lastBreak = text.lastIndexOf('\n');
  const lines = lastBreak > 0 ? text.slice(0, lastBreak) : text;
  const guessed = Papa.parse<string[]>(lines, {
    preview: 10,
    skipEmptyLines: true,
    delimitersToGuess: candidates,
  }).meta.delimiter;
  const delimiter = candidates.includes(guessed) ? guessed : ',';
  const firstBreak = text.indexOf('\n');
  return {
    delimiter,
    decimal: delimiter === ';' ? ',' : '.',
    bom: sample.startsWith(BOM),
    newline: firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n',
  };
}

/*
 * Spreadsheet formula injection (OWASP "CSV Injection"): a text cell that starts with = + - @,
 * a tab or a carriage return would run as a formula. Such cells get a leading `'`, which the
 * spreadsheet hides. Cells that already start with `'` before one of these get one more, so
 * that the reader can take exactly one away and give back the text as it was.
 */
const trigger = /^'*[=+\-@\t\r]/;

/** A text cell made safe for spreadsheets. Never applied to numbers: `-1,5` stays a number. */
export const neutralise = (text: string): string => (trigger.test(text) ? `'${text}` : text);

/** The text that `neutralise` was given. */
export const restore = (cell: string): string =>
  cell.startsWith("'") && trigger.test(cell) ? cell.slice(1) : cell;
