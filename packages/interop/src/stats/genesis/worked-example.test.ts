// Worked example: hospital beds per 100,000 inhabitants for the Ruhr (RVR), NRW and Germany,
// from two GENESIS/Regionalstatistik tables: beds from 23111-01-04-4 ("aufgestellte Betten in
// Krankenhäusern (JD)"), population from 12411-01-01-4 ("Bevölkerungsstand", total).
//
// The fixtures have no common year: beds run 2004-2017 (reference date 31.12.2017 for the
// annual average of 2017), population is for 31.12.2018 only. The closest pair is beds 2017
// with population 2018, one year apart; the rates below are computed from that pair.
//
// The Ruhr is never typed in: core's aggregateRegion sums the 15 districts' beds and
// inhabitants, and the rate is the ratio of the two sums, never an average of district rates.
// NRW and Germany come from their own rows; NRW is cross-checked against its 53 districts.
import { readFileSync } from 'node:fs';
import {
  aggregateRegion,
  type IndicatorDefinition,
  type Observation,
  regions,
  ruhrDistricts,
} from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { readGenesisCsv } from './read';

const dir = new URL(
  '../../../../../../shared/fixtures/stats/genesis-regionalstatistik/',
  import.meta.url,
);
const bedsFile = 'rhrzic_23111-01-04-4_Krankenhaeuser_Fachabteilungen_Kreise_2004-2017.csv';
const populationFile = 'mmelchger_12411-01-01-4_Bevoelkerung_Kreise_2018.csv';
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));

const bedsPeriod = '2017-12-31';
const populationPeriod = '2018-12-31';

const definition = (id: string, title: string, table: string): IndicatorDefinition => ({
  id,
  title: { de: title, en: title },
  definition: { en: `${title}, GENESIS table ${table}.` },
  unit: { code: '1', label: { de: 'Anzahl', en: 'number' } },
  measureType: 'count',
  periodicity: 'annual',
  group: 'health-care',
  sources: [{ producer: 'Statistische Ämter des Bundes und der Länder', table }],
});
const bedsDefinition = definition('hospital-beds', 'Hospital beds', '23111-01-04-4');
const populationDefinition = definition('population', 'Population', '12411-01-01-4');

const beds = readGenesisCsv(bytes(bedsFile), {
  indicator: (metric) =>
    metric === 'aufgestellte Betten in Krankenhäusern (JD)' ? 'hospital-beds' : 'other',
}).value!.observations.filter((o) => o.indicator === 'hospital-beds' && o.period === bedsPeriod);
const population = readGenesisCsv(bytes(populationFile), { indicator: 'population' })
  .value!.observations.filter((o) => o.breakdowns?.sex === 'total')
  // The total as a count without breakdowns, so that it sums like the beds.
  .map(({ breakdowns: _, ...rest }) => rest);

const figureOf = (observations: readonly Observation[], region: string) => {
  const found = observations.filter((o) => o.region === region);
  expect(found).toHaveLength(1);
  return found[0]!.value!;
};

/** The figure of a region straight from the raw file line, for cross-checks. */
function raw(name: string, prefix: string, column: number): number {
  const text = new TextDecoder('latin1').decode(bytes(name));
  const line = text.split(/\r?\n/).find((candidate) => candidate.startsWith(prefix))!;
  return Number(line.split(';')[column]);
}

const per100k = (numerator: number, denominator: number) => (numerator / denominator) * 100_000;

describe('worked example: hospital beds per 100,000 inhabitants', () => {
  it('aggregates the Ruhr from its 15 districts with aggregateRegion', () => {
    const rvrBeds = aggregateRegion(bedsDefinition, beds);
    const rvrPopulation = aggregateRegion(populationDefinition, population);
    if (!rvrBeds.ok || !rvrPopulation.ok) throw new Error('aggregation failed');
    expect(rvrBeds.value).toHaveLength(1);
    expect(rvrBeds.value[0]).toMatchObject({ region: 'RVR', period: bedsPeriod, status: 'normal' });
    expect(rvrPopulation.value[0]).toMatchObject({ region: 'RVR', period: populationPeriod });

    // Cross-check against the raw lines of the 15 districts.
    const bedsSum = ruhrDistricts.reduce(
      (sum, ags) => sum + raw(bedsFile, `31.12.2017;${ags};`, 4),
      0,
    );
    const populationSum = ruhrDistricts.reduce(
      (sum, ags) => sum + raw(populationFile, `${ags};`, 2),
      0,
    );
    expect(rvrBeds.value[0]!.value).toBe(bedsSum);
    expect(rvrPopulation.value[0]!.value).toBe(populationSum);

    const rate = per100k(rvrBeds.value[0]!.value!, rvrPopulation.value[0]!.value!);
    // Never the mean of the district rates: that weights Bottrop like Dortmund.
    const meanOfRates =
      ruhrDistricts.reduce(
        (sum, ags) => sum + per100k(figureOf(beds, ags), figureOf(population, ags)),
        0,
      ) / ruhrDistricts.length;
    expect(rate).not.toBeCloseTo(meanOfRates, 3);
    expect(rate).toBeGreaterThan(300);
    expect(rate).toBeLessThan(1500);
  });

  it('takes NRW and Germany from their own rows, and NRW adds up from its 53 districts', () => {
    const districts = regions.filter((region) => region.level === 'district').map((r) => r.code);
    expect(districts).toHaveLength(53);
    const sum = (observations: readonly Observation[]) =>
      districts.reduce((total, code) => total + figureOf(observations, code), 0);
    const nrwBeds = figureOf(beds, '05');
    const nrwPopulation = figureOf(population, '05');
    expect(sum(beds)).toBe(nrwBeds);
    expect(sum(population)).toBe(nrwPopulation);
    expect(nrwBeds).toBe(raw(bedsFile, '31.12.2017;05;', 4));
    expect(figureOf(beds, 'DE')).toBe(raw(bedsFile, '31.12.2017;DG;', 4));
    expect(figureOf(population, 'DE')).toBe(raw(populationFile, 'DG;', 2));

    const nrw = per100k(nrwBeds, nrwPopulation);
    const germany = per100k(figureOf(beds, 'DE'), figureOf(population, 'DE'));
    for (const rate of [nrw, germany]) {
      expect(rate).toBeGreaterThan(300);
      expect(rate).toBeLessThan(1500);
    }
  });

  it('gives the same Ruhr rate through a rate definition, with both counts on one period', () => {
    // aggregateRegion pairs numerator and denominator by period: put the population of
    // 31.12.2018 on the beds' period, as the closest pair, and let it compute the rate.
    const rateDefinition: IndicatorDefinition = {
      ...bedsDefinition,
      id: 'hospital-beds-per-100k',
      title: { en: 'Hospital beds per 100,000 inhabitants' },
      unit: { label: { en: 'per 100,000 inhabitants' } },
      measureType: 'rate',
      numerator: 'hospital-beds',
      denominator: 'population',
      per: 100_000,
    };
    const paired = [...beds, ...population.map((o) => ({ ...o, period: bedsPeriod }))];
    const result = aggregateRegion(rateDefinition, paired, {
      definitions: { 'hospital-beds': bedsDefinition, population: populationDefinition },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const bedsSum = aggregateRegion(bedsDefinition, beds);
    const populationSum = aggregateRegion(populationDefinition, population);
    if (!bedsSum.ok || !populationSum.ok) throw new Error('aggregation failed');
    expect(result.value[0]!.value).toBeCloseTo(
      per100k(bedsSum.value[0]!.value!, populationSum.value[0]!.value!),
      9,
    );
  });
});
