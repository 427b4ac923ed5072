// pnpm bench: a JSON-stat 2.0 dataset of about a million cells → observations, as a ratio to bare
// JSON.parse of the same bytes. The cube is synthetic: NRW's 53 districts × sex × age × 900 months.
import { regions, validateObservation } from '@nrw-health/core';
import { bench, describe } from 'vitest';
import { readJsonStat } from './read';

const districts = regions
  .filter((region) => region.level === 'district')
  .map((region) => region.code);
const sexes = ['T', 'F', 'M'];
const ages = ['TOTAL', 'Y_LT15', 'Y15-24', 'Y25-44', 'Y45-64', 'Y65-74', 'Y_GE75'];
const months = Array.from({ length: 900 }, (_, index) => {
  const year = 1950 + Math.floor(index / 12);
  return `${year}M${String((index % 12) + 1).padStart(2, '0')}`;
});
const ids = ['geo', 'sex', 'age', 'time'];
const categories = [districts, sexes, ages, months];
const total = categories.reduce((product, list) => product * list.length, 1);

// Synthetic figures; every 20th cell provisional, every 97th confidential (no value).
const value: (number | null)[] = [];
const status: Record<string, string> = {};
for (let cell = 0; cell < total; cell++) {
  if (cell % 97 === 0) {
    value.push(null);
    status[cell] = 'c';
  } else {
    value.push(Math.round(((cell * 7919) % 100_000) / 10) / 10);
    if (cell % 20 === 0) status[cell] = 'p';
  }
}
const text = JSON.stringify({
  version: '2.0',
  class: 'dataset',
  label: 'Synthetic cube for the reader benchmark',
  source: 'nrw-health bench',
  id: ids,
  size: categories.map((list) => list.length),
  role: { geo: ['geo'], time: ['time'] },
  dimension: Object.fromEntries(
    ids.map((id, d) => [id, { label: id, category: { index: categories[d] } }]),
  ),
  value,
  status,
});
const megabytes = (text.length / 1e6).toFixed(1);
const options = { indicator: 'bench-rate' };

describe(`JSON-stat 2.0 → observations (${total.toLocaleString('en')} cells, ${megabytes} MB)`, () => {
  bench('JSON.parse alone', () => {
    JSON.parse(text);
  });
  bench('JSON.parse, then readJsonStat', () => {
    const [result] = readJsonStat(JSON.parse(text), options).datasets;
    if (result?.value?.observations.length !== total) throw new Error('cells missing');
  });
});

describe('what validating every observation with core would add (one run)', () => {
  const observations = readJsonStat(JSON.parse(text), options).datasets[0]!.value!.observations;
  bench(
    'JSON.parse, then readJsonStat',
    () => {
      readJsonStat(JSON.parse(text), options);
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );
  bench(
    'validateObservation on each of the observations',
    () => {
      for (const observation of observations) validateObservation(observation);
    },
    { iterations: 1, warmupIterations: 0, time: 0 },
  );
});
