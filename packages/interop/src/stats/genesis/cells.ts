import {
  flagMeansZero,
  type ObservationStatus,
  type Sex,
  statusFromFlag,
  valuelessStatuses,
} from '@nrw-health/core';

/*
 * The cells of a GENESIS table: numbers in German notation (`1.234,5`), the Destatis symbols
 * that stand in for a number (`-` nothing, `.` unknown or secret, `x` blocked, `/` not reliable
 * enough, `...` later), and the flags after a number (`123p` provisional, `123 r` revised,
 * `123 s` estimated). What each means comes from core's Destatis flag system.
 */

export interface Cell {
  readonly value: number | null;
  readonly status: ObservationStatus;
  /** The symbol or flag as the source wrote it. */
  readonly flag?: string;
}

// A German number: thousands dots in groups of three, or none; a decimal comma.
const germanNumber = /^([-+]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
const numberWithFlag = /^(.*?\d)\s*([A-Za-z])$/;

/** A number in German notation (`1.234,5`, `-3`, `40,56`), or undefined. */
export function germanNumberOf(text: string): number | undefined {
  const match = germanNumber.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction] = match;
  return Number(`${sign}${whole!.replace(/\./g, '')}${fraction ? `.${fraction}` : ''}`);
}

/** A number in English notation, as the English ffcsv writes it (`1234.5`). */
export function englishNumberOf(text: string): number | undefined {
  const trimmed = text.trim();
  return /^[-+]?\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * A cell as the model holds it, or undefined for a cell that is neither a number nor a symbol.
 * `decimal` says how numbers are written. Empty cells are not read here.
 */
export function cellOf(text: string, decimal: ',' | '.' = ','): Cell | undefined {
  const trimmed = text.trim();
  const number = decimal === ',' ? germanNumberOf : englishNumberOf;
  const plain = number(trimmed);
  if (plain !== undefined) return { value: plain, status: 'normal' };
  const symbol = statusFromFlag('destatis', trimmed);
  if (symbol) {
    if (flagMeansZero('destatis', trimmed)) return { value: 0, status: 'normal', flag: trimmed };
    if (valuelessStatuses.has(symbol)) return { value: null, status: symbol, flag: trimmed };
    return undefined;
  }
  const flagged = numberWithFlag.exec(trimmed);
  if (!flagged) return undefined;
  const value = number(flagged[1]!);
  const status = statusFromFlag('destatis', flagged[2]!);
  if (value === undefined || !status || valuelessStatuses.has(status)) return undefined;
  return { value, status, flag: flagged[2]! };
}

/**
 * The status of a quality flag of the flat file (`value_q`), which GENESIS-Online writes next to
 * the value: the Destatis flags, and `e` for a final value (endgültig), as Destatis' examples of
 * the format show it. Undefined for a flag it does not know.
 */
export function qualityStatus(flag: string): ObservationStatus | undefined {
  const trimmed = flag.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'e') return 'normal';
  const status = statusFromFlag('destatis', trimmed);
  return status && !valuelessStatuses.has(status) ? status : undefined;
}

const sexLabels: Readonly<Record<string, Sex>> = {
  insgesamt: 'total',
  zusammen: 'total',
  männlich: 'male',
  weiblich: 'female',
  divers: 'diverse',
  total: 'total',
  male: 'male',
  female: 'female',
  diverse: 'diverse',
};

/** The sex a label of a GENESIS table names (`männlich`, `weiblich`, `Insgesamt`), if any. */
export function sexOfLabel(label: string): Sex | undefined {
  return sexLabels[label.trim().toLowerCase()];
}

/**
 * The age group (Eurostat style) a GENESIS label names: `unter 3 Jahre` → `Y_LT3`, `3 bis unter
 * 6 Jahre` → `Y3-5`, `75 Jahre und mehr` → `Y_GE75`, `Insgesamt` → `TOTAL`.
 */
export function ageGroupOfLabel(label: string): string | undefined {
  const text = label.trim().toLowerCase();
  if (text === 'insgesamt' || text === 'total') return 'TOTAL';
  let match = /^unter (\d{1,3}) jahren?$/.exec(text);
  if (match) return `Y_LT${Number(match[1])}`;
  match = /^(\d{1,3}) bis unter (\d{1,3}) jahren?$/.exec(text);
  if (match && Number(match[2]) > Number(match[1])) {
    return `Y${Number(match[1])}-${Number(match[2]) - 1}`;
  }
  match = /^(\d{1,3}) jahre? und (?:mehr|älter)$/.exec(text);
  if (match) return `Y_GE${Number(match[1])}`;
  return undefined;
}

/** The age group of a GENESIS age code: `ALT003B06` (3 to under 6), `ALT075UM` (75 and over). */
export function ageGroupOfCode(code: string): string | undefined {
  let match = /^ALT(\d{3})B(\d{2,3})$/.exec(code);
  if (match && Number(match[2]) > Number(match[1])) {
    return `Y${Number(match[1])}-${Number(match[2]) - 1}`;
  }
  match = /^ALT(\d{3})UM$/.exec(code);
  if (match) return `Y_GE${Number(match[1])}`;
  match = /^ALTU(\d{2,3})$/.exec(code);
  if (match) return `Y_LT${Number(match[1])}`;
  return undefined;
}
