import type { Trial } from '@nrw-health/core';
import { exampleFullTrial, exampleMinimalTrial, exampleTrials } from '@nrw-health/core/examples';
import { describe, expect, it } from 'vitest';
import { detailFileName, listingOf, trialCounts, trialFiles } from './listing';

/** A synthetic trial (example.org style) with the sites given. */
const trial = (id: string, status: string, sites: Trial['sites']): Trial => ({
  ...exampleMinimalTrial,
  identifiers: { primary: { registry: 'drks', id } },
  status: { code: status as Trial['status']['code'] },
  ...(sites && { sites }),
});

/** A value as the listing keeps it: without the registries' original wordings. */
const plain = (value: unknown) =>
  JSON.parse(
    JSON.stringify(value, (key, inner) => (key.startsWith('original') ? undefined : inner)),
  );

describe('listingOf', () => {
  const listing = listingOf(exampleFullTrial);

  it('leaves out the long texts and contacts the finder never shows', () => {
    for (const field of ['summary', 'description', 'outcomes', 'contacts', 'design', 'ethics'])
      expect(listing).not.toHaveProperty(field);
    expect(listing.eligibility).not.toHaveProperty('criteria');
    expect(listing.eligibility).not.toHaveProperty('inclusion');
    expect(listing.eligibility).not.toHaveProperty('exclusion');
    for (const site of listing.sites ?? [])
      expect(
        Object.keys(site).every((key) => ['city', 'district', 'country', 'status'].includes(key)),
      ).toBe(true);
    for (const intervention of listing.interventions ?? [])
      expect(intervention).not.toHaveProperty('description');
    expect(listing.provenance).toEqual({
      sources: exampleFullTrial.provenance.sources.map(({ registry }) => ({ registry })),
    });
    expect(JSON.stringify(listing)).not.toMatch(/"original/);
    expect(Object.keys(listing.dates ?? {}).sort()).toEqual(['lastUpdated', 'start']);
  });

  it('keeps everything the finder searches, filters and shows on a card', () => {
    const kept = [
      'identifiers',
      'title',
      'status',
      'phase',
      'studyType',
      'conditions',
      'keywords',
      'sponsors',
    ] as const;
    for (const field of kept) expect(listing[field]).toEqual(plain(exampleFullTrial[field]));
    expect(listing.dates?.start).toEqual(exampleFullTrial.dates?.start);
    expect(listing.dates?.lastUpdated).toEqual(exampleFullTrial.dates?.lastUpdated);
    expect(
      listing.sites?.map(({ city, district, status }) => ({ city, district, status })),
    ).toEqual(
      plain(
        exampleFullTrial.sites?.map(({ city, district, status }) => ({ city, district, status })),
      ),
    );
    expect(listing.interventions?.map((i) => [i.name, i.type])).toEqual(
      exampleFullTrial.interventions?.map((i) => [i.name, i.type]),
    );
    expect(listing.eligibility?.sex).toBe(exampleFullTrial.eligibility?.sex);
    expect(listing.eligibility?.minimumAge).toEqual(exampleFullTrial.eligibility?.minimumAge);
  });

  it('never changes the trial it was given', () => {
    const before = structuredClone(exampleFullTrial);
    listingOf(exampleFullTrial);
    expect(exampleFullTrial).toEqual(before);
  });

  it('takes a trial with only the required fields', () => {
    expect(listingOf(exampleMinimalTrial)).toEqual({
      ...plain(exampleMinimalTrial),
      provenance: {
        sources: exampleMinimalTrial.provenance.sources.map(({ registry }) => ({ registry })),
      },
    });
  });
});

describe('detailFileName and trialFiles', () => {
  it('names the file by registry and identifier, safe in a URL path', () => {
    const euctr = trial('x', 'recruiting', undefined);
    const odd = {
      ...euctr,
      identifiers: { primary: { registry: 'euctr', id: '2013-000615-24/BE ?#' } },
    } as Trial;
    expect(detailFileName(odd)).toBe('euctr-2013-000615-24_BE___.json');
    expect(detailFileName(trial('DRKS00000001', 'recruiting', undefined))).toBe(
      'drks-DRKS00000001.json',
    );
  });

  it('keeps every trial in the listing and one detail file per identifier', () => {
    const twice = [...exampleTrials, exampleTrials[0]!];
    const files = trialFiles(twice);
    expect(files.listing).toHaveLength(twice.length);
    expect(files.details.size).toBe(new Set(exampleTrials.map(detailFileName)).size);
    for (const example of exampleTrials)
      expect(files.details.get(detailFileName(example))).toBe(example);
  });
});

describe('trialCounts', () => {
  const trials = [
    trial('DRKS00000001', 'recruiting', [
      { city: 'Essen', district: '05113' },
      { city: 'Essen-Werden', district: '05113' },
      { city: 'Köln', district: '05315' },
      { city: 'Stadt Köln', district: '05315' },
    ]),
    trial('DRKS00000002', 'completed', [
      { city: 'Koeln', district: '05315' },
      { city: 'Köln', district: '05315' },
      { city: 'Berlin', country: 'DE' },
    ]),
    trial('DRKS00000003', 'completed', [
      { city: 'Essen', district: '05113', status: { code: 'recruiting' } },
    ]),
    trial('DRKS00000004', 'recruiting', [{ city: 'Paris', country: 'FR' }]),
    trial('DRKS00000005', 'recruiting', undefined),
    trial('DRKS00000006', 'recruiting', [{ district: '05911' }, { city: '  ', district: '05911' }]),
  ];
  const counts = trialCounts(trials);

  it('counts a trial once per NRW district, however many sites it has there', () => {
    expect(counts.inNrw).toBe(4);
    expect(counts.byDistrict).toEqual({ '05113': 2, '05315': 2, '05911': 1 });
  });

  it('groups spellings of one city within its district and shows the most frequent', () => {
    const cologne = counts.byCity.find((city) => city.district === '05315');
    expect(cologne).toEqual({ city: 'Köln', district: '05315', trials: 2, recruiting: 1 });
    expect(counts.byCity.filter((city) => city.district === '05315')).toHaveLength(1);
  });

  it('takes a site’s own recruitment status over the trial’s', () => {
    const essen = counts.byCity.find((city) => city.city === 'Essen');
    expect(essen).toEqual({ city: 'Essen', district: '05113', trials: 2, recruiting: 2 });
    expect(counts.byCity.find((city) => city.city === 'Essen-Werden')?.trials).toBe(1);
  });

  it('leaves out sites outside NRW and sites without a city, but counts their district', () => {
    expect(counts.byCity.map((city) => city.city)).not.toContain('Berlin');
    expect(counts.byCity.map((city) => city.city)).not.toContain('Paris');
    expect(counts.byCity.some((city) => city.district === '05911')).toBe(false);
  });

  it('sorts cities by trials, then by name', () => {
    const order = counts.byCity.map((city) => [city.trials, city.city]);
    expect(order).toEqual([
      [2, 'Essen'],
      [2, 'Köln'],
      [1, 'Essen-Werden'],
    ]);
  });

  it('gives zeros for no trials', () => {
    expect(trialCounts([])).toEqual({ inNrw: 0, byDistrict: {}, byCity: [] });
  });
});
