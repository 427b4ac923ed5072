import { regionByAgs } from '@nrw-health/core';
import { regionOfCode } from '../dataset';

/*
 * The region of a GENESIS row. GENESIS writes `DG` for Germany and AGS for Länder, Bezirke,
 * Kreise and Gemeinden. Inside NRW the key must be one the registry knows as it stands: a
 * dissolved Kreis (05354 Kreis Aachen, still listed with `-` in older tables) is not taken for
 * its successor, and a city's 8-digit key (05334002 Aachen) is not its Kreis, which the table
 * lists on a row of its own.
 */

const ags = /^(?:\d{2}|\d{3}|\d{5}|\d{8})$/;

/** The model's region code, 'unknown' for a key inside NRW the registry does not have, or undefined. */
export function genesisRegion(code: string, name: string): string | 'unknown' | undefined {
  const key = code.trim();
  if (key.toUpperCase() === 'DG') return 'DE';
  if (ags.test(key)) {
    if (!key.startsWith('05')) return key;
    return regionByAgs(key) ? key : 'unknown';
  }
  if (key !== '') return regionOfCode(key);
  return name.trim() === '' ? undefined : regionOfCode(name);
}

/** Whether a cell is a region key as GENESIS writes it. */
export const isRegionKey = (text: string) =>
  /^(?:DG|\d{2}|\d{3}|\d{5}|\d{8}|\d{12})$/.test(text.trim());
