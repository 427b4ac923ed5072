import { actors, indicatorDefinitions, observations } from '@nrw-health/data';
import { readJsonStat, readObservationsCsv } from '@nrw-health/interop';
import { describe, expect, it } from 'vitest';
import { dataFiles } from './files';

const { files, gaps, jsonStat } = dataFiles({
  definitions: indicatorDefinitions,
  observations,
  actors,
});
const file = (path: string) => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no file ${path}`);
  return found.content;
};
const cellOf = (o: (typeof observations)[number]) =>
  JSON.stringify([o.indicator, o.region, o.period, o.breakdowns ?? null]);

describe('dataFiles', () => {
  it('writes every figure to both CSV dialects, and reads them all back', () => {
    for (const path of ['downloads/observations-en.csv', 'downloads/observations-de.csv']) {
      const read = readObservationsCsv(file(path));
      expect(read.issues).toEqual([]);
      expect(read.value?.observations).toHaveLength(observations.length);
      expect(read.value?.observations.map((o) => o.value)).toEqual(
        observations.map((o) => o.value),
      );
    }
    expect(file('downloads/observations-de.csv').startsWith('\uFEFF')).toBe(true);
  });

  it('describes the English CSV with CSVW metadata that names its file', () => {
    const metadata = JSON.parse(file('downloads/observations-en.csv-metadata.json'));
    expect(metadata.url).toBe('observations-en.csv');
    const read = readObservationsCsv(file('downloads/observations-en.csv'), { metadata });
    expect(read.value?.observations).toHaveLength(observations.length);
  });

  it('writes one CSV per indicator with figures, holding exactly its figures', () => {
    const withFigures = new Set(observations.map((o) => o.indicator));
    for (const id of withFigures) {
      const read = readObservationsCsv(file(`downloads/indicators/${id}.csv`));
      expect(read.value?.observations.length).toBe(
        observations.filter((o) => o.indicator === id).length,
      );
    }
  });

  it('leaves out JSON-stat exactly where two figures share one cell, and says so', () => {
    const shared = new Set<string>();
    const seen = new Set<string>();
    for (const o of observations) {
      if (seen.has(cellOf(o))) shared.add(o.indicator);
      seen.add(cellOf(o));
    }
    expect(new Set(gaps.map((gap) => gap.indicator))).toEqual(shared);
    for (const gap of gaps) expect(gap.cells).toBeLessThan(gap.observations);
    for (const id of shared)
      expect(files.some((f) => f.path === `downloads/indicators/${id}.jsonstat.json`)).toBe(false);
  });

  it('writes JSON-stat that gives back every figure, with region names and units', () => {
    expect(jsonStat.size).toBeGreaterThan(0);
    for (const id of jsonStat) {
      const document = JSON.parse(file(`downloads/indicators/${id}.jsonstat.json`));
      const read = readJsonStat(document);
      const own = observations.filter((o) => o.indicator === id);
      expect(read.datasets[0]?.value?.observations).toHaveLength(own.length);
      expect(document.dimension.indicator.category.unit[id].label).toBe(
        indicatorDefinitions.find((d) => d.id === id)?.unit.label.en,
      );
    }
    const trials = JSON.parse(file('downloads/indicators/clinical-trials.jsonstat.json'));
    expect(trials.dimension.geo.category.label['05113']).toBe('Essen');
    expect(trials.dimension.geo.category.label['05954036']).toBe('Witten');
  });

  it('collects the JSON-stat datasets in one collection', () => {
    const collection = JSON.parse(file('downloads/indicators.jsonstat.json'));
    expect(collection.class).toBe('collection');
    expect(collection.link.item).toHaveLength(jsonStat.size);
    const figures = readJsonStat(collection).datasets.reduce(
      (sum, d) => sum + (d.value?.observations.length ?? 0),
      0,
    );
    expect(figures).toBe(observations.filter((o) => jsonStat.has(o.indicator)).length);
  });

  it('writes the catalogue and the actors as the model’s JSON', () => {
    expect(JSON.parse(file('downloads/indicator-definitions.json'))).toEqual(indicatorDefinitions);
    expect(JSON.parse(file('downloads/actors.json'))).toEqual(actors);
  });

  it('writes only the catalogue, actors and empty tables for no figures', () => {
    const empty = dataFiles({ definitions: indicatorDefinitions, observations: [], actors: [] });
    expect(empty.gaps).toEqual([]);
    expect(empty.files.some((f) => f.path.startsWith('downloads/indicators/'))).toBe(false);
  });
});
