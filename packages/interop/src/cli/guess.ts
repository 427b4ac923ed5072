// The format of a file for `inspect` without --from: by its name, and by its content where the
// content says it plainly. When nothing is sure, no guess: the user gives --from.
import { isFlatHeader } from '../stats/genesis/flat';

/** How much of a file's start is looked at: enough for the first keys of any JSON document. */
export const headSize = 64 * 1024;

/** Markers that only one format puts in a JSON document, strongest first. */
const jsonMarkers: readonly [RegExp, string][] = [
  [/"dataSets"\s*:/, 'sdmx-json'],
  [/"class"\s*:\s*"(?:dataset|collection|bundle|dimension)"/, 'jsonstat'],
  [/"resourceType"\s*:/, 'fhir'],
  [/"protocolSection"\s*:/, 'ctgov'],
  // JSON-stat 2.0 without a class, and 1.x responses, which have neither class nor version.
  [/"version"\s*:\s*"2\.\d+"|"dimension"\s*:\s*\{/, 'jsonstat'],
];

/** The cells of a CSV line, split at its more frequent separator, lower case, unquoted. */
function headerCells(line: string): string[] {
  const semicolons = line.split(';').length;
  const commas = line.split(',').length;
  return line
    .split(semicolons >= commas ? ';' : ',')
    .map((cell) => cell.trim().replace(/^"|"$/g, '').trim().toLowerCase());
}

/** A CSV's format by its first line. */
function csvFormat(head: string): string | undefined {
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const cells = headerCells(firstLine);
  if (cells.some((cell) => cell.replace(/[^a-z]/g, '') === 'trialid')) return 'ictrp';
  if (['indicator', 'region', 'period'].every((field) => cells.includes(field))) return 'csv';
  // GENESIS tables start with a title or table-code line, flat files with their own header;
  // both, and INKAR's downloads, are separated by semicolons.
  if (isFlatHeader(cells) || /^GENESIS-Tabelle/i.test(firstLine) || firstLine.includes(';')) {
    return 'genesis-csv';
  }
  return undefined;
}

/** The format of a file by its name and the start of its content; undefined when unsure. */
export function guessFormat(file: string, head: string): string | undefined {
  const name = file.toLowerCase();
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'ndjson';
  if (name.endsWith('.xml')) return 'ctgov-xml';
  if (name.endsWith('.csv')) return csvFormat(head);
  if (/^\s*[[{]/.test(head.replace(/^\uFEFF/, ''))) {
    const marked = jsonMarkers.find(([marker]) => marker.test(head));
    if (marked) return marked[1];
  }
  if (/(^|[/_-])drks/.test(name)) return 'drks';
  if (/(^|[/_-])ctis/.test(name)) return 'ctis';
  if (/(^|[/_-])euctr/.test(name)) return 'euctr';
  if (/fhir|bundle/.test(name)) return 'fhir';
  if (name.endsWith('.json')) return 'ctgov';
  return undefined;
}
