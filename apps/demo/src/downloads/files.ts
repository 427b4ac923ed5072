import {
  type Actor,
  type IndicatorDefinition,
  type Observation,
  regionByCode,
} from '@nrw-health/core';
import {
  type Dataset,
  readJsonStat,
  writeCsvwMetadata,
  writeJsonStat,
  writeJsonStatCollection,
  writeObservationsCsv,
} from '@nrw-health/interop';
import { municipalityNames } from '../site/region-names';

/** A file the build writes, by its path under the site's root. */
export interface BuiltFile {
  readonly path: string;
  readonly content: string;
}

/** Why an indicator has no JSON-stat file: the format holds one value per cell. */
export interface JsonStatGap {
  readonly indicator: string;
  readonly observations: number;
  readonly cells: number;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const distinct = (values: readonly string[]) => [...new Set(values)];

/**
 * The dataset of one indicator, for the JSON-stat writer: the indicator with its unit, the
 * regions with their names, the periods. Breakdowns get their dimensions from the writer.
 */
function datasetOf(definition: IndicatorDefinition, observations: Observation[]): Dataset {
  const regions = distinct(observations.map((o) => o.region));
  const periods = distinct(observations.map((o) => o.period)).sort();
  return {
    id: definition.id,
    label: definition.title,
    dimensions: [
      {
        id: 'indicator',
        role: 'metric',
        categories: [
          {
            id: definition.id,
            label: definition.title,
            unit: {
              label: definition.unit.label,
              ...(definition.decimals !== undefined && { decimals: definition.decimals }),
            },
          },
        ],
      },
      {
        id: 'geo',
        label: { de: 'Region', en: 'Region' },
        role: 'geo',
        categories: regions.map((id) => {
          const label = regionByCode(id)?.name ?? municipalityNames[id];
          return label ? { id, label } : { id };
        }),
      },
      {
        id: 'time',
        label: { de: 'Zeitraum', en: 'Period' },
        role: 'time',
        categories: periods.map((id) => ({ id })),
      },
    ],
    definitions: [definition],
    observations,
  };
}

/** How many figures a written JSON-stat document gives back when read. */
const figuresIn = (document: unknown) =>
  readJsonStat(document).datasets.reduce(
    (sum, dataset) => sum + (dataset.value?.observations.length ?? 0),
    0,
  );

/**
 * The data page's downloads, written with `@nrw-health/interop`: every figure as tidy CSV (English
 * and German dialects, with CSVW metadata), per indicator as CSV and JSON-stat, all indicators as
 * one JSON-stat collection, the catalogue and the actors as JSON. JSON-stat holds one value per
 * cell; an indicator with two figures in one cell (same region and period, no breakdown that
 * tells them apart) gets no JSON-stat file and is reported in `gaps`, never written with a
 * figure silently missing.
 */
export function dataFiles(input: {
  readonly definitions: readonly IndicatorDefinition[];
  readonly observations: readonly Observation[];
  readonly actors: readonly Actor[];
}): { files: BuiltFile[]; gaps: JsonStatGap[]; jsonStat: ReadonlySet<string> } {
  const { definitions, observations, actors } = input;
  const files: BuiltFile[] = [
    {
      path: 'downloads/observations-en.csv',
      content: writeObservationsCsv(observations, { dialect: 'en', locale: 'en' }),
    },
    {
      path: 'downloads/observations-de.csv',
      content: writeObservationsCsv(observations, { dialect: 'de', locale: 'de', bom: true }),
    },
    {
      path: 'downloads/observations-en.csv-metadata.json',
      content: json(
        writeCsvwMetadata({
          url: 'observations-en.csv',
          dialect: 'en',
          locale: 'en',
          observations,
        }),
      ),
    },
    { path: 'downloads/indicator-definitions.json', content: json(definitions) },
    { path: 'downloads/actors.json', content: json(actors) },
  ];

  const gaps: JsonStatGap[] = [];
  const jsonStat = new Set<string>();
  const datasets: Dataset[] = [];
  for (const definition of definitions) {
    const own = observations.filter((o) => o.indicator === definition.id);
    if (own.length === 0) continue;
    files.push({
      path: `downloads/indicators/${definition.id}.csv`,
      content: writeObservationsCsv(own, { dialect: 'en', locale: 'en' }),
    });
    const dataset = datasetOf(definition, own);
    const written = writeJsonStat(dataset, { language: 'en' });
    const cells = figuresIn(written);
    if (cells !== own.length) {
      gaps.push({ indicator: definition.id, observations: own.length, cells });
      continue;
    }
    jsonStat.add(definition.id);
    datasets.push(dataset);
    files.push({
      path: `downloads/indicators/${definition.id}.jsonstat.json`,
      content: json(written),
    });
  }
  files.push({
    path: 'downloads/indicators.jsonstat.json',
    content: json(
      writeJsonStatCollection(datasets, { language: 'en', label: 'International Health.Ruhr' }),
    ),
  });
  return { files, gaps, jsonStat };
}
