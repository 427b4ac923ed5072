import type { LocalizedText, Observation } from '@nrw-health/core';

/*
 * The footer of a GENESIS table, below the line `__________`: notes on the table or on single
 * variables, the explanation of symbols, the copyright with its licence, and the date of the
 * extract ("Stand: 21.03.2020 / 12:15:06"). All of it goes into the Dataset.
 */

export interface Footer {
  readonly notes: LocalizedText[];
  readonly source: NonNullable<Observation['source']>;
  readonly updated?: string;
}

const dlDeBy2 = /Datenlizenz Deutschland\s*[-–]\s*Namensnennung\s*[-–]\s*Version 2\.0/i;
const stand = /^Stand:\s*(\d{2})\.(\d{2})\.(\d{4})(?:\s*\/\s*(\d{2}):(\d{2}):(\d{2}))?\s*$/;
const copyright = /^(?:©|\(C\)|Copyright)\s*(.+?)(?:,\s*\d{4})?\.?$/im;

export function readFooter(rows: readonly (readonly string[])[]): Footer {
  const notes: LocalizedText[] = [];
  let updated: string | undefined;
  let producer: string | undefined;
  let licence: string | undefined;
  for (const row of rows) {
    const text = row
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '')
      .join(' ');
    if (text === '' || /^_+$/.test(text)) continue;
    const date = stand.exec(text);
    if (date) {
      const [, day, month, year, hours, minutes, seconds] = date;
      updated = hours
        ? `${year}-${month}-${day}T${hours}:${minutes}:${seconds}`
        : `${year}-${month}-${day}`;
      continue;
    }
    const owner = copyright.exec(text);
    if (owner) {
      producer ??= owner[1]!.split(/[,\n]/)[0]!.trim();
      if (dlDeBy2.test(text)) licence = 'dl-de/by-2-0';
    }
    notes.push({ de: text });
  }
  return {
    notes,
    source: {
      ...(producer ? { producer } : {}),
      ...(licence ? { licence } : {}),
    },
    ...(updated ? { updated } : {}),
  };
}
