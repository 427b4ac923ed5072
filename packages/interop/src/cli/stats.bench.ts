// The CLI's own cost on statistics: `convert` of a GENESIS table (~128k cells) to tidy CSV, as
// a ratio to calling the reader and the CSV writer directly on the same bytes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { writeObservationsCsv } from '../stats/csv/write';
import { readGenesisCsv } from '../stats/genesis/read';
import { cli } from '../testing/cli';

const file = fileURLToPath(
  new URL(
    '../../../../../shared/fixtures/stats/genesis-regionalstatistik/rhrzic_23111-01-04-4_Krankenhaeuser_Fachabteilungen_Kreise_2004-2017.csv',
    import.meta.url,
  ),
);

describe('GENESIS CSV → tidy CSV (23111-01-04-4, ~128k cells)', () => {
  bench(
    'readGenesisCsv + writeObservationsCsv',
    () => {
      const { value } = readGenesisCsv(readFileSync(file));
      writeObservationsCsv(value?.observations ?? [], { dialect: 'de', onOmitted: () => {} });
    },
    { iterations: 5 },
  );
  bench(
    'nrw-health convert --from genesis-csv --to csv --locale de',
    async () => {
      await cli(['convert', file, '--from', 'genesis-csv', '--to', 'csv', '--locale', 'de', '-q']);
    },
    { iterations: 5 },
  );
});
