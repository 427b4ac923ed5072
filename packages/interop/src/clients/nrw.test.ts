// All of NRW as CT.gov location queries: the names come from core's municipality table and region
// registry, and the search finds exactly the fixture studies the kit places in NRW.
import { municipalities, ruhrDistricts } from '@nrw-health/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nrwDistrictOf } from '../shared/places';
import { searchCtgov } from './ctgov';
import { nrwCtgovQueries, nrwLocationExpressions, nrwPlaceNames } from './nrw';
import { TestClock, watchUnhandledRejections } from './testing/clock';
import { ReplayServer } from './testing/replay-server';
import { fixtureStudies, nctIdOf, studiesApi } from './testing/studies';

const names = nrwPlaceNames();
const expressions = nrwLocationExpressions();
const citiesIn = (expression: string) =>
  [...expression.matchAll(/AREA\[LocationCity\]"([^"]*)"/g)].map((match) => match[1]!);

describe('nrwPlaceNames', () => {
  it('has every Gemeinde of NRW, in the spellings registries use', () => {
    expect(municipalities).toHaveLength(396);
    for (const { name } of municipalities) {
      expect(names).toContain(name.replace(/\s*\([^)]*\)/, ''));
    }
    for (const name of ['Köln', 'Koeln', 'Koln', 'Cologne', 'Düsseldorf', 'Dusseldorf']) {
      expect(names).toContain(name);
    }
    for (const name of ['Mülheim an der Ruhr', 'Mülheim', 'Muelheim', 'Haltern', 'Langenfeld']) {
      expect(names).toContain(name);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(names.some((name) => /[()]/.test(name))).toBe(false);
  });

  it('keeps to the districts asked for', () => {
    const ruhr = nrwPlaceNames({ districts: ruhrDistricts });
    expect(ruhr).toContain('Essen');
    expect(ruhr).toContain('Gelsenkirchen');
    expect(ruhr).not.toContain('Köln');
    expect(ruhr.every((name) => names.includes(name))).toBe(true);
    expect(nrwPlaceNames({ districts: ['05315'] })).toEqual(['Cologne', 'Koeln', 'Koln', 'Köln']);
  });
});

describe('nrwLocationExpressions', () => {
  it('puts every name into one expression, each short enough for a URL', () => {
    const cities = expressions.flatMap(citiesIn);
    expect(cities.sort()).toEqual([...names].sort());
    for (const expression of expressions) {
      expect(encodeURIComponent(expression).length).toBeLessThanOrEqual(2000);
      expect(expression).toMatch(/^SEARCH\[Location\]\(AREA\[LocationCountry\]Germany AND \(/);
    }
    expect(nrwLocationExpressions({ maxLength: 4000 }).length).toBeLessThan(expressions.length);
  });

  it('asks for the state NRW with names shared by towns elsewhere, and only with them', () => {
    const all = expressions.join(' OR ');
    expect(all).toContain(
      '(AREA[LocationCity]"Halle" AND (AREA[LocationState]"Nordrhein-Westfalen" OR AREA[LocationState]"North Rhine-Westphalia" OR AREA[LocationState]"NRW"))',
    );
    expect(all).toContain(' OR AREA[LocationCity]"Essen" OR ');
    for (const name of names) {
      const withState = all.includes(`(AREA[LocationCity]"${name}" AND (AREA[LocationState]`);
      expect(withState).toBe(nrwDistrictOf(name) === undefined);
    }
  });

  it('refuses a maxLength no name fits', () => {
    expect(() => nrwLocationExpressions({ maxLength: 50 })).toThrow(RangeError);
  });
});

describe('nrwCtgovQueries', () => {
  it('adds each expression to the query, keeping its own filter', () => {
    const queries = nrwCtgovQueries(
      { condition: 'asthma', status: ['recruiting'], advanced: 'AREA[Phase]PHASE3' },
      { districts: ruhrDistricts },
    );
    const ruhr = nrwLocationExpressions({ districts: ruhrDistricts });
    expect(queries).toEqual(
      ruhr.map((expression) => ({
        condition: 'asthma',
        status: ['recruiting'],
        advanced: `(AREA[Phase]PHASE3) AND ${expression}`,
      })),
    );
    expect(nrwCtgovQueries()).toEqual(expressions.map((advanced) => ({ advanced })));
  });
});

describe('searchCtgov over all of NRW', () => {
  const rejections = watchUnhandledRejections();
  let server: ReplayServer;
  beforeAll(async () => {
    server = await ReplayServer.start(studiesApi());
  });
  afterAll(async () => {
    await server.close();
    rejections.stop();
    expect(rejections.seen).toEqual([]);
  });

  it('finds each fixture study with a site the kit places in NRW, once', async () => {
    const search = searchCtgov(nrwCtgovQueries(), {
      baseUrl: server.base,
      clock: new TestClock(),
      pageSize: 1000,
    });
    const found: string[] = [];
    for await (const result of search) {
      found.push(result.id!);
      expect(result.value?.sites?.some((site) => site.district?.startsWith('05'))).toBe(true);
    }
    const inNrw = fixtureStudies().filter((study) =>
      (study.protocolSection.contactsLocationsModule?.locations ?? []).some(
        (site: { city?: string; state?: string; country?: string }) =>
          site.country === 'Germany' && site.city && nrwDistrictOf(site.city, site.state),
      ),
    );
    expect(found.sort()).toEqual(inNrw.map(nctIdOf).sort());
    expect(found.length).toBe(14);
    expect(server.requests).toHaveLength(expressions.length);
    // Studies with sites in cities of two queries came twice, and were yielded once.
    expect(search.stats.duplicates).toBe(search.totalCount! - found.length);
  });
});
