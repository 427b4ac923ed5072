import { periodOf } from '../dataset';
import { ageGroupOfLabel, sexOfLabel } from './cells';

/*
 * The header of a GENESIS table as it is downloaded ("Werteabruf"): title lines, then rows that
 * label the value columns from the top down. A row may name the value variables (the metric),
 * the reference dates or years, a breakdown (sex, age, a classification), or the units. Each row
 * is classified as a whole, by what all its labels are.
 */

export type HeaderRowKind = 'metric' | 'time' | 'time-label' | 'unit' | 'sex' | 'age' | 'breakdown';

/** Labels that name the time axis in the row above the dates or years. */
const timeLabels = new Set([
  'stichtag',
  'jahr',
  'jahre',
  'berichtsjahr',
  'zeit',
  'zeitraum',
  'monat',
  'monate',
  'quartal',
  'quartale',
  'halbjahr',
  'semester',
  'schuljahr',
  'reference date',
  'year',
  'time',
]);

const unitWords = new Set([
  'anzahl',
  'prozent',
  '%',
  'jahre',
  'eur',
  'euro',
  'ha',
  'qkm',
  'km²',
  'km',
  't',
  'kg',
  'tage',
  'stunden',
  'std.',
  'personen',
  'einwohner',
  'number',
  'percent',
  'years',
]);

/** Whether a label is a unit as GENESIS writes them: `Anzahl`, `Tsd. EUR`, `je 1000 Einwohner`. */
export function isUnit(label: string): boolean {
  const text = label.trim().toLowerCase();
  if (unitWords.has(text)) return true;
  if (/^(?:je|pro|per) \S/.test(text)) return true;
  const scaled = /^(?:tsd\.|mill\.|mio\.|mrd\.|1\s?000|1\.000)\s*(.*)$/.exec(text);
  return scaled !== null && (scaled[1] === '' || unitWords.has(scaled[1]!));
}

const timeCode =
  /^(?:\d{4}|\d{2}\.\d{2}\.\d{4}|\d{4}-?(?:Q[1-4]|M\d{2}|[SH][12])|\d{4}\s*[-/]\s*\d{4})$/;

/** Whether a label is a reference date or period (`31.12.2018`, `2017`, `2013-2022`). */
export const isTimeLabel = (label: string) => timeCode.test(label.trim()) && !!periodOf(label);

/**
 * The kind of each header row, given the labels of the value columns (empty where a row leaves
 * a column unlabelled). The top row that is none of the others names the metric.
 */
export function classifyRows(rows: readonly (readonly string[])[]): HeaderRowKind[] {
  const labelsOf = (row: readonly string[]) => row.map((cell) => cell.trim()).filter(Boolean);
  const kinds: (HeaderRowKind | undefined)[] = rows.map((row, index) => {
    const labels = labelsOf(row);
    if (labels.length === 0) return 'breakdown';
    if (labels.every(isTimeLabel)) return 'time';
    const next = rows[index + 1];
    if (
      next &&
      labelsOf(next).length > 0 &&
      labelsOf(next).every(isTimeLabel) &&
      labels.every((label) => timeLabels.has(label.toLowerCase()))
    ) {
      return 'time-label';
    }
    if (index === rows.length - 1 && index > 0 && labels.every(isUnit)) return 'unit';
    if (labels.every((label) => sexOfLabel(label))) return 'sex';
    if (labels.every((label) => ageGroupOfLabel(label))) return 'age';
    return undefined;
  });
  const metric = kinds.indexOf(undefined);
  return kinds.map((kind, index) => kind ?? (index === metric ? 'metric' : 'breakdown'));
}

/** Splits `Bevölkerungsstand (Anzahl)` into its label and unit, when the brackets hold a unit. */
export function labelAndUnit(text: string): { label: string; unit?: string } {
  const match = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(text.trim());
  if (match && isUnit(match[2]!)) return { label: match[1]!, unit: match[2]!.trim() };
  return { label: text.trim() };
}
