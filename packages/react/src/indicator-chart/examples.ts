// Synthetic observations for the chart tests, of core's example indicators ("(example)",
// "Beispiel", sources at example.org): made-up numbers in the shape of the model, never facts
// about a region. Real figures come from @nrw-health/data.
import {
  type IndicatorDefinition,
  type Observation,
  ruhrDistricts,
  validateIndicatorDefinition,
  validateObservation,
} from '@nrw-health/core';
import { exampleIndicatorDefinitions } from '@nrw-health/core/examples';

function definition(id: string): IndicatorDefinition {
  const found = exampleIndicatorDefinitions.find((candidate) => candidate.id === id);
  const checked = validateIndicatorDefinition(found);
  if (!checked.ok) throw new Error(`not a valid definition: ${id}`);
  return checked.value;
}

function valid(record: Observation): Observation {
  const checked = validateObservation(record);
  if (!checked.ok) throw new Error(`not a valid Observation: ${JSON.stringify(checked.issues)}`);
  return checked.value;
}

export const population = definition('example-population');
export const beds = definition('example-hospital-beds');
export const bedsPer100k = definition('example-beds-per-100k');
export const turnover = definition('example-health-turnover');
export const innovationIndex = definition('example-innovation-index');

export const years = ['2019', '2020', '2021', '2022', '2023'] as const;

/** A made-up but steady number per region and year: no two regions alike, no randomness. */
const synthetic = (region: string, year: number, base: number, spread: number) =>
  Math.round(
    base * (1 + (Number(region.replace(/\D/g, '') || 7) % spread) / 100) * (1 + year / 50),
  );

/**
 * Beds and residents for the 15 Ruhr districts, NRW and Germany, 2019–2023 (synthetic). Every
 * district has a value every year, so the Ruhr aggregates; the rate is not given, it is
 * recomputed from them.
 */
export const districtObservations: readonly Observation[] = [...ruhrDistricts, '05', 'DE'].flatMap(
  (region) =>
    years.flatMap((year, index) => {
      const scale = region === 'DE' ? 160 : region === '05' ? 35 : 1;
      return [
        valid({
          indicator: beds.id,
          region,
          period: year,
          value: synthetic(region, index, 2000 * scale, 41),
          status: 'normal',
        }),
        valid({
          indicator: population.id,
          region,
          period: year,
          value: synthetic(region, 9 - index, 300000 * scale, 97),
          status: 'normal',
        }),
      ];
    }),
);

/** Three regions over five years with every kind of flag, a gap and a confidential value. */
export const flaggedSeries: readonly Observation[] = [
  ...years.map((year, index) =>
    valid({
      indicator: beds.id,
      region: '05113',
      period: year,
      value: 5000 + index * 150,
      status: year === '2023' ? 'provisional' : year === '2021' ? 'estimated' : 'normal',
      ...(year === '2023' ? { flag: 'p' } : {}),
    }),
  ),
  ...years.map((year, index) =>
    valid(
      year === '2021'
        ? {
            indicator: beds.id,
            region: '05911',
            period: year,
            value: null,
            status: 'missing',
            flag: '...',
          }
        : year === '2022'
          ? {
              indicator: beds.id,
              region: '05911',
              period: year,
              value: 3100,
              status: 'break',
              preBreakValue: 3050,
              footnotes: [
                {
                  de: 'Beispiel: neue Abgrenzung ab 2022.',
                  en: 'Example: new delimitation from 2022.',
                },
              ],
            }
          : {
              indicator: beds.id,
              region: '05911',
              period: year,
              value: 3300 - index * 40,
              status: 'normal',
            },
    ),
  ),
  ...years.map((year, index) =>
    valid(
      year === '2020'
        ? {
            indicator: beds.id,
            region: '05913',
            period: year,
            value: null,
            status: 'confidential',
            flag: '.',
          }
        : {
            indicator: beds.id,
            region: '05913',
            period: year,
            value: 4200 + index * 10,
            status: 'normal',
          },
    ),
  ),
];
