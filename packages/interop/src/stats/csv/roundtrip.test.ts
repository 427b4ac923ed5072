import type { Observation } from '@nrw-health/core';
// The data package is no dependency of interop: its sources are read directly, as test input.
import { observations as seedObservations } from '@nrw-health/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCsvwMetadata } from './csvw';
import { readObservationsCsv } from './read';
import { observationsArbitrary } from './test-observations';
import { observationsCsvChunks, writeObservationsCsv } from './write';

/** Empty breakdowns say nothing, and a CSV has no cell for "an empty object". */
function normal(observation: Observation): Observation {
  const { breakdowns, ...rest } = observation;
  if (!breakdowns) return observation;
  const { dimensions, ...named } = breakdowns;
  const kept = {
    ...named,
    ...(dimensions && Object.keys(dimensions).length > 0 ? { dimensions } : {}),
  };
  return Object.keys(kept).length > 0 ? { ...rest, breakdowns: kept } : rest;
}

const dialects = ['de', 'en'] as const;

describe('observations → CSV → observations', () => {
  it.each(dialects)('is lossless for arbitrary valid observations (%s)', (dialect) => {
    fc.assert(
      fc.property(observationsArbitrary, (observations) => {
        const csv = writeObservationsCsv(observations, { dialect });
        const { value, lost, issues } = readObservationsCsv(csv);
        expect(issues).toEqual([]);
        expect(lost).toEqual([]);
        expect(value?.observations).toEqual(observations.map(normal));
      }),
      { numRuns: 300 },
    );
  });

  it.each(dialects)('is lossless through bytes and CSVW metadata (%s)', async (dialect) => {
    await fc.assert(
      fc.asyncProperty(observationsArbitrary, async (observations) => {
        const metadata = JSON.parse(JSON.stringify(writeCsvwMetadata({ dialect, observations })));
        const encoder = new TextEncoder();
        async function* bytes() {
          for await (const chunk of observationsCsvChunks(observations, { dialect })) {
            yield encoder.encode(chunk);
          }
        }
        const { value, lost, issues } = await readObservationsCsv(bytes(), { metadata });
        expect(issues).toEqual([]);
        expect(lost).toEqual([]);
        expect(value?.observations).toEqual(observations.map(normal));
      }),
      { numRuns: 100 },
    );
  });

  it.each(dialects)('is lossless for the observations of @nrw-health/data (%s)', (dialect) => {
    expect(seedObservations.length).toBeGreaterThan(50);
    const csv = writeObservationsCsv(seedObservations, { dialect });
    const { value, lost, issues } = readObservationsCsv(csv);
    expect(issues).toEqual([]);
    expect(lost).toEqual([]);
    expect(value?.observations).toEqual(seedObservations.map(normal));
  });

  it('keeps values a spreadsheet would mangle: signs, tiny and huge numbers, -0', () => {
    const values = [-0, -1.5, 5e-324, 1e21, 0.1 + 0.2, -123456789.125, Number.MAX_VALUE];
    const observations = values.map(
      (value, index): Observation => ({
        indicator: 'x',
        region: '05113',
        period: String(2000 + index),
        value,
        status: 'normal',
      }),
    );
    for (const dialect of dialects) {
      const read = readObservationsCsv(writeObservationsCsv(observations, { dialect }));
      const back = read.value?.observations.map((observation) => observation.value) ?? [];
      expect(back.every((value, index) => Object.is(value, values[index]))).toBe(true);
    }
  });
});
