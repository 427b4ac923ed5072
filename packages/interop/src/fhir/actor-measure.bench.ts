// pnpm bench: actors and indicators to FHIR and back, as a ratio to a JSON round trip of the
// same data (the least any conversion costs: every value is visited once).

import { actors, indicatorDefinitions, observations } from '@nrw-health/data';
import { bench, describe } from 'vitest';
import { actorsToFhirBundle } from './actor';
import { readFhirOrganizations } from './actor-read';
import { indicatorToFhirMeasure, observationsToFhirMeasureReports } from './measure';
import { readFhirMeasure, readFhirMeasureReport } from './measure-read';

const copy = (value: unknown) => JSON.parse(JSON.stringify(value));
const bundle = actorsToFhirBundle(actors);
const measures = indicatorDefinitions.map(indicatorToFhirMeasure);
const reports = indicatorDefinitions.flatMap((definition) =>
  observationsToFhirMeasureReports(definition, observations),
);

describe(`${actors.length} actors ⇄ Organization Bundle`, () => {
  bench('JSON round trip of the actors', () => {
    copy(actors);
  });
  bench('actors → Bundle', () => {
    actorsToFhirBundle(actors);
  });
  bench('Bundle → validated actors', () => {
    readFhirOrganizations(bundle);
  });
});

describe(`${indicatorDefinitions.length} indicators, ${observations.length} observations ⇄ Measure, MeasureReport`, () => {
  bench('JSON round trip of definitions and observations', () => {
    copy([indicatorDefinitions, observations]);
  });
  bench('definitions and observations → Measures and MeasureReports', () => {
    for (const definition of indicatorDefinitions) {
      indicatorToFhirMeasure(definition);
      observationsToFhirMeasureReports(definition, observations);
    }
  });
  bench('Measures and MeasureReports → validated definitions and observations', () => {
    for (const measure of measures) readFhirMeasure(measure);
    for (const report of reports) readFhirMeasureReport(report);
  });
});
