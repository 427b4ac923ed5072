// pnpm bench: GENESIS table CSV → Dataset, as a ratio to decoding and parsing the CSV alone.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { bench, describe } from 'vitest';
import { decodeText } from './decode';
import { readGenesisCsv } from './read';

const file = new URL(
  '../../../../../../shared/fixtures/stats/genesis-regionalstatistik/rhrzic_23111-01-04-4_Krankenhaeuser_Fachabteilungen_Kreise_2004-2017.csv',
  import.meta.url,
);
const bytes = new Uint8Array(readFileSync(file));

describe(`GENESIS CSV → Dataset (23111-01-04-4, ${(bytes.length / 1e6).toFixed(2)} MB, ~128k cells)`, () => {
  bench(
    'decode and papaparse alone',
    () => {
      Papa.parse(decodeText(bytes).text, { delimiter: ';' });
    },
    { iterations: 5 },
  );
  bench(
    'readGenesisCsv with validated observations',
    () => {
      readGenesisCsv(bytes);
    },
    { iterations: 5 },
  );
});
