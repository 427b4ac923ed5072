/*
 * The text of a GENESIS download. Regionalstatistik and the older GENESIS exports are latin-1
 * (Windows-1252 in practice); GENESIS-Online's flat files are UTF-8, some with a byte order mark.
 * Bytes that are not valid UTF-8 are read as latin-1.
 */

export type Encoding = 'utf-8' | 'latin1';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const latin1 = new TextDecoder('latin1');

export function decodeText(input: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: utf8.decode(input), encoding: 'utf-8' };
  } catch {
    return { text: latin1.decode(input), encoding: 'latin1' };
  }
}

/** Drops a byte order mark left at the start of a text. */
export const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
