import type { Source } from '@nrw-health/core';

/**
 * The regional strategy documents every figure of this package comes from. They are German texts
 * (PDF and web pages turned to text); a figure names the document, the line range of the text
 * file and, where the document names it, the primary source it cites.
 */
export const seedDocuments = {
  '000': {
    file: '000_c36ca6549be22866.txt',
    title: 'Strategie Medizin in NRW',
    producer:
      'Cluster Medizin.NRW, im Auftrag des Ministeriums für Kultur und Wissenschaft des Landes Nordrhein-Westfalen',
  },
  '001': {
    file: '001_bffa5e28ede3c129.txt',
    title: 'Digital Health in der Metropole Ruhr (Studie; Titelseite nicht im Text)',
    producer: 'unbekannt (nicht im Text genannt)',
    // Its latest access date is 30.03.2023 (l.156); seed 003 l.525 links it as a 2023-10 PDF.
    published: '2023',
  },
  '002': {
    file: '002_3b3619bd35511cfe.txt',
    title: 'Internationalisierung der Gesundheitswirtschaft im Ruhrgebiet',
    producer: 'Institut Arbeit und Technik (IAT), im Auftrag des Regionalverbandes Ruhr (RVR)',
    published: '2023',
  },
  '003': {
    file: '003_077dbe1d723abf06.txt',
    title: 'Koordinierungsstelle Digital Health Ruhr: Dokumentation',
    producer: 'Regionalverband Ruhr (RVR)',
    published: '2023',
  },
  '004': {
    file: '004_49ddc36cfd1c0764.txt',
    title: 'Smarte Spezialisierung: Gesundheit (Webseite)',
    producer: 'Metropole Ruhr (Webseite)',
  },
} as const satisfies Record<string, SeedDocument>;

interface SeedDocument {
  readonly file: string;
  readonly title: string;
  readonly producer: string;
  readonly published?: string;
}

export type SeedDocumentId = keyof typeof seedDocuments;

/**
 * The source of a figure: a seed document, the lines of its text file (first to last, 1-based),
 * and the primary source the document cites for it.
 */
export function fromSeed(
  document: SeedDocumentId,
  lines: readonly [first: number, last: number],
  cites?: string,
): Source {
  const { file, title, producer, published }: SeedDocument = seedDocuments[document];
  return {
    id: `seed-${document}`,
    title,
    producer,
    locator: `${file} l.${lines[0]}-${lines[1]}`,
    ...(cites ? { cites } : {}),
    ...(published ? { published } : {}),
  };
}

/** The file and lines a source's locator points at, for the tests that check every figure. */
export function seedLines(
  source: Source,
): { file: string; first: number; last: number } | undefined {
  const match = source.locator?.match(/^(\d{3}_[0-9a-f]+\.txt) l\.(\d+)-(\d+)$/);
  return match ? { file: match[1]!, first: Number(match[2]), last: Number(match[3]) } : undefined;
}
