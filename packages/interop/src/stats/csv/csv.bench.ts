// pnpm bench: tidy CSV of observations, as a ratio to papaparse alone on the same rows: what the
// model's cells (numbers, neutralising, region names) and validation cost on top of parsing.
import { type Observation, regions } from '@nrw-health/core';
import Papa from 'papaparse';
import { bench, describe } from 'vitest';
import { readObservationsCsv } from './read';
import { writeObservationsCsv } from './write';

// Synthetic observations (no fixture data): every NRW district × 20 years × 3 sexes.
const districts = regions.filter((region) => region.level === 'district');
const observations: Observation[] = districts.flatMap((district, index) =>
  Array.from({ length: 60 }, (_, cell): Observation => {
    const missing = (index + cell) % 17 === 0;
    return {
      indicator: 'hospital-beds',
      region: district.code,
      period: String(2000 + (cell % 20)),
      value: missing ? null : (index * 60 + cell) * 1.25,
      status: missing ? 'missing' : 'normal',
      breakdowns: { sex: (['total', 'female', 'male'] as const)[Math.floor(cell / 20)]! },
    };
  }),
);
const csv = writeObservationsCsv(observations, { dialect: 'de' });
const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;

describe(`write ${observations.length} observations as German CSV`, () => {
  bench('Papa.unparse of the same cells (baseline)', () => {
    Papa.unparse(rows, { delimiter: ';', newline: '\r\n' });
  });
  bench('writeObservationsCsv', () => {
    writeObservationsCsv(observations, { dialect: 'de' });
  });
});

describe(`read ${observations.length} observations from German CSV`, () => {
  bench('Papa.parse of the same text (baseline)', () => {
    Papa.parse(csv, { delimiter: ';' });
  });
  bench('readObservationsCsv: detect, read, validate, check duplicates', () => {
    readObservationsCsv(csv);
  });
});
