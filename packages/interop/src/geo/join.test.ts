import { readFileSync } from 'node:fs';
import { type Observation, regions } from '@nrw-health/core';
// The data package is no dependency of interop: its sources are read directly, as test input.
import { observations as seedObservations } from '@nrw-health/data';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from './geojson';
import { joinObservations } from './join';

const kreise = JSON.parse(
  readFileSync(
    new URL(
      '../../../../../shared/fixtures/geo/kreise-geojson/landkreise_NRW.geojson',
      import.meta.url,
    ),
    'utf8',
  ),
) as FeatureCollection<Feature<unknown, Record<string, unknown>>>;

const districts = regions.filter((region) => region.level === 'district');

const observation = (region: string, value = 1): Observation => ({
  indicator: 'beds',
  region,
  period: '2022',
  value,
  status: 'normal',
});

describe('joinObservations with the NRW Kreise GeoJSON', () => {
  // One per district of the registry, plus the Ruhr, NRW, a municipality and Munich.
  const observations = [
    ...districts.map((district, index) => observation(district.code, index)),
    observation('RVR'),
    observation('05'),
    observation('05954036'),
    observation('09162'),
  ];

  it('attaches each district observation to its feature by AGS', () => {
    const { value, unmatched, issues } = joinObservations(kreise, observations, { by: 'ags' });
    expect(issues).toEqual([]);
    expect(value).toHaveLength(kreise.features.length);
    for (const joined of value) {
      expect(joined.observations).toHaveLength(1);
      expect(joined.observations[0]?.region).toBe(joined.item.properties.AGS);
    }
    expect(unmatched.items).toEqual([]);
    expect(
      unmatched.observations.map(({ observation, reason }) => [observation.region, reason]),
    ).toEqual([
      ['RVR', 'no-key'],
      ['05', 'no-match'],
      ['05954036', 'no-match'],
      ['09162', 'no-match'],
    ]);
  });

  it('joins by NUTS just as well, from the registry code to the NUTS property', () => {
    const { value, unmatched } = joinObservations(kreise, observations, { by: 'nuts' });
    for (const joined of value) {
      expect(joined.key).toBe(joined.item.properties.NUTS);
      expect(joined.observations).toHaveLength(1);
    }
    expect(unmatched.observations.map(({ observation }) => observation.region)).toEqual([
      'RVR',
      '05',
      '05954036',
      '09162',
    ]);
  });

  it('reads a 12-digit Regionalschlüssel of a whole district as its AGS, not one of a town', () => {
    // SDV_RS is the key of the seat of administration: a kreisfreie Stadt's own (05113 + seven
    // zeros), or a town in a Kreis (05154 0036 036, Kleve), which is not the Kreis.
    const { value, issues } = joinObservations(kreise, observations, {
      by: 'ags',
      property: 'SDV_RS',
    });
    expect(issues).toEqual([]);
    for (const joined of value) {
      const wholeDistrict = /^\d{5}0{7}$/.test(String(joined.item.properties.SDV_RS));
      expect(joined.observations.length).toBe(wholeDistrict ? 1 : 0);
    }
    expect(value.some((joined) => joined.observations.length === 0)).toBe(true);
    expect(value.some((joined) => joined.observations.length === 1)).toBe(true);
  });

  it('lists the features that no observation matched', () => {
    const { unmatched } = joinObservations(kreise, [observation('05113')], { by: 'ags' });
    expect(unmatched.items).toHaveLength(kreise.features.length - 1);
  });
});

describe('joinObservations with registry regions', () => {
  it('attaches the observations of @nrw-health/data to the regions of their codes', () => {
    const { value, unmatched } = joinObservations(regions, seedObservations, { by: 'ags' });
    const attached = value.reduce((sum, joined) => sum + joined.observations.length, 0);
    expect(attached + unmatched.observations.length).toBe(seedObservations.length);
    for (const joined of value) {
      for (const found of joined.observations) expect(found.region).toBe(joined.item.ags);
    }
    // The Ruhr has no AGS: its figures are reported, not lost.
    const ruhr = seedObservations.filter((found) => found.region === 'RVR').length;
    expect(ruhr).toBeGreaterThan(0);
    expect(
      unmatched.observations.filter((entry) => entry.reason === 'no-key').length,
    ).toBeGreaterThanOrEqual(ruhr);
  });

  it('joins countries by NUTS', () => {
    const { value } = joinObservations(regions, [observation('DE')], { by: 'nuts' });
    expect(value.find((joined) => joined.item.code === 'DE')?.observations).toHaveLength(1);
  });
});

describe('joinObservations: bad input', () => {
  const feature = (properties: Record<string, unknown>): Feature => ({
    type: 'Feature',
    geometry: null,
    properties,
  });

  it('reports keys it will not guess, and features that share a key', () => {
    const features = [
      feature({ AGS: 5113 }), // a number: the leading zero is gone
      feature({ name: 'no key' }),
      feature({ AGS: 'Essen' }),
      feature({ AGS: '05112' }),
      feature({ AGS: '05112' }),
    ];
    const { value, issues } = joinObservations(features, [observation('05112')], { by: 'ags' });
    expect(issues.map((issue) => [issue.code, ...issue.path])).toEqual([
      ['invalid_type', 0, 'properties', 'AGS'],
      ['required', 1, 'properties', 'AGS'],
      ['invalid_format', 2, 'properties', 'AGS'],
      ['duplicate', 4],
    ]);
    expect(value.map((joined) => joined.observations.length)).toEqual([0, 0, 0, 1, 1]);
  });

  it('never throws on what is not a list, a region or a feature', () => {
    const notAList = joinObservations(42 as never, [observation('05113')], { by: 'ags' });
    expect(notAList.issues.map((issue) => issue.code)).toEqual(['invalid_input']);
    expect(notAList.unmatched.observations).toHaveLength(1);
    const junk = joinObservations([null, 'x'] as never, 'y' as never, { by: 'district' as 'ags' });
    expect(junk.issues.map((issue) => [issue.code, ...issue.path])).toEqual([
      ['unknown_code', 'options', 'by'],
      ['invalid_input', 0],
      ['invalid_input', 1],
      ['invalid_type', 'observations'],
    ]);
    const odd = joinObservations(kreise, [null, { region: 5 }] as never, { by: 'ags' });
    expect(odd.unmatched.observations.map((entry) => entry.reason)).toEqual(['invalid', 'invalid']);
  });
});
