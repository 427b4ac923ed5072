import { readFileSync } from 'node:fs';
import type { Actor, Trial } from '@nrw-health/core';
// The data package is no dependency of interop: its sources are read directly, as test input.
import { actors as seedActors } from '@nrw-health/data';
import { describe, expect, it } from 'vitest';
import { ctgovRecords, readCtgovStudy } from '../registries/ctgov/json';
import type { FeatureCollection } from './geojson';
import { actorsToGeoJson, trialSitesToGeoJson } from './points';

const fixtures = new URL('../../../../../shared/fixtures/', import.meta.url);

function fixtureTrials(file: string): Trial[] {
  const document = JSON.parse(
    readFileSync(new URL(`ctgov-v2-json/studies/${file}`, fixtures), 'utf8'),
  ) as unknown;
  return [...ctgovRecords(document)].flatMap((record) => readCtgovStudy(record).value ?? []);
}

/** RFC 7946 in brief: a FeatureCollection of Features with [lon, lat] Points and flat properties. */
function expectValidPoints(collection: FeatureCollection) {
  const json = JSON.parse(JSON.stringify(collection)) as Record<string, unknown>;
  expect(json.type).toBe('FeatureCollection');
  expect(json).not.toHaveProperty('crs'); // RFC 7946 §4: always WGS 84, no crs member
  for (const feature of collection.features) {
    expect(feature.type).toBe('Feature');
    const geometry = feature.geometry as { type: string; coordinates: number[] };
    expect(geometry.type).toBe('Point');
    const [lon, lat] = geometry.coordinates;
    expect(geometry.coordinates).toHaveLength(2);
    expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
    expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
    for (const value of Object.values(feature.properties ?? {})) {
      expect(value === null || ['string', 'number', 'boolean'].includes(typeof value)).toBe(true);
    }
  }
}

const provenance = { sources: [{ title: 'Synthetisches Beispiel' }] };
const exampleActors: Actor[] = [
  {
    id: 'beispiel-klinikum',
    kind: 'university-hospital',
    name: { de: 'Beispiel-Klinikum', en: 'Example Hospital' },
    address: { city: 'Essen', postalCode: '45147', district: '05113', country: 'DE' },
    coordinates: { lat: 51.43, lon: 6.99 },
    founded: 1909,
    topics: ['digital-hospital', 'clinical-research'],
    studyCentre: { specialities: ['Onkologie'] },
    provenance,
  },
  {
    id: 'beispiel-startup',
    kind: 'start-up',
    name: { de: 'Beispiel GmbH' },
    address: { city: 'Bochum', district: '05911', country: 'DE' },
    provenance,
  },
  {
    id: 'beispiel-verband',
    kind: 'association',
    name: { en: 'Example Association' },
    coordinates: { lat: 95, lon: 7 },
    provenance,
  },
];

describe('actorsToGeoJson', () => {
  it('writes one point per actor with coordinates, longitude first, with flat properties', () => {
    const { value, skipped } = actorsToGeoJson(exampleActors, { locale: 'de' });
    expectValidPoints(value);
    expect(value.features).toHaveLength(1);
    const [feature] = value.features;
    expect(feature?.id).toBe('beispiel-klinikum');
    expect(feature?.geometry.coordinates).toEqual([6.99, 51.43]);
    expect(feature?.properties).toEqual({
      id: 'beispiel-klinikum',
      name: 'Beispiel-Klinikum',
      name_de: 'Beispiel-Klinikum',
      name_en: 'Example Hospital',
      short_name: null,
      kind: 'university-hospital',
      kind_label: 'Universitätsklinikum',
      city: 'Essen',
      postal_code: '45147',
      district: '05113',
      district_name: 'Essen',
      state: null,
      country: 'DE',
      website: null,
      founded: 1909,
      sectors: null,
      topics: 'digital-hospital;clinical-research',
      study_centre: true,
    });
    expect(skipped).toEqual([
      { index: 1, id: 'beispiel-startup', reason: 'no-coordinates' },
      { index: 2, id: 'beispiel-verband', reason: 'invalid-coordinates' },
    ]);
  });

  it('counts every actor of @nrw-health/data: mapped or skipped with a reason', () => {
    const { value, skipped } = actorsToGeoJson(seedActors);
    expect(value.features.length + skipped.length).toBe(seedActors.length);
    const withCoordinates = seedActors.filter((actor) => actor.coordinates).length;
    expect(value.features).toHaveLength(withCoordinates);
    expect(skipped.every((entry) => entry.reason === 'no-coordinates')).toBe(true);
  });

  it('skips what is not an actor instead of throwing', () => {
    const junk = [null, 42, { id: 7 }, { id: 'x', coordinates: 'here' }, { id: 'y', name: 5 }];
    const { value, skipped } = actorsToGeoJson(junk as unknown as Actor[]);
    expect(value.features).toEqual([]);
    expect(skipped.map((entry) => entry.reason)).toEqual([
      'invalid-record',
      'invalid-record',
      'invalid-record',
      'invalid-coordinates',
      'no-coordinates',
    ]);
    expect(actorsToGeoJson('nope' as unknown as Actor[]).value.features).toEqual([]);
  });
});

describe('trialSitesToGeoJson', () => {
  const trials = fixtureTrials('dgg32_clinical-trials-public_ctg-studies.json');
  const sites = trials.flatMap((trial) => trial.sites ?? []);

  it('writes every site with coordinates of real ClinicalTrials.gov records', () => {
    expect(trials.length).toBeGreaterThan(5);
    const { value, skipped } = trialSitesToGeoJson(trials);
    expectValidPoints(value);
    const placed = sites.filter((site) => site.coordinates);
    expect(value.features).toHaveLength(placed.length);
    expect(skipped.filter((entry) => entry.reason === 'no-coordinates')).toHaveLength(
      sites.length - placed.length,
    );
    value.features.forEach((feature, index) => {
      const site = placed[index]!;
      expect(feature.geometry.coordinates).toEqual([site.coordinates!.lon, site.coordinates!.lat]);
      expect(feature.properties.city).toBe(site.city ?? null);
      expect(feature.properties.district).toBe(site.district ?? null);
    });
  });

  it('gives each site its trial: id, registry, title, status', () => {
    const { value } = trialSitesToGeoJson(trials);
    const first = value.features[0]!;
    const trial = trials.find(
      (candidate) => candidate.identifiers.primary.id === first.properties.trial_id,
    )!;
    expect(first.id).toBe(`${trial.identifiers.primary.id}/${first.properties.site_index}`);
    expect(first.properties).toMatchObject({
      registry: 'ctgov',
      title: trial.title.public.en,
      status: trial.status.code,
      url: trial.url ?? null,
    });
    // Sites in NRW know their district.
    const german = value.features.filter((feature) => feature.properties.country === 'DE');
    expect(german.length).toBeGreaterThan(0);
    for (const feature of german.filter((candidate) => candidate.properties.district)) {
      expect(feature.properties.district_name).toBeTruthy();
    }
  });

  it('reports trials without sites and skips junk without throwing', () => {
    const noSites = { ...trials[0]!, sites: undefined };
    const junk = [noSites, null, { identifiers: {} }, { ...trials[0]!, sites: [null, {}] }];
    const { value, skipped } = trialSitesToGeoJson(junk as unknown as Trial[]);
    expect(value.features).toEqual([]);
    const id = trials[0]!.identifiers.primary.id;
    expect(skipped).toEqual([
      { index: 0, id, reason: 'no-sites' },
      { index: 1, reason: 'invalid-record' },
      { index: 2, reason: 'invalid-record' },
      { index: 3, id, site: 0, reason: 'invalid-record' },
      { index: 3, id, site: 1, reason: 'no-coordinates' },
    ]);
  });
});
