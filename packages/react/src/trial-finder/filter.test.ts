import { readFile } from 'node:fs/promises';
import type { Trial } from '@nrw-health/core';
import { exampleFullTrial, exampleMinimalTrial } from '@nrw-health/core/examples';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildIndex,
  type facetNames,
  filterTrials,
  fold,
  hasFilters,
  indexOf,
  noFilters,
  sortOrder,
  type TrialFilters,
  type TrialIndex,
} from './filter';
import { readRealTrials, replicate } from './real-trials';

/** A synthetic trial ("Example"), on the minimal example with `fields` on top. */
function example(id: number, fields: Partial<Trial> = {}): Trial {
  return {
    ...exampleMinimalTrial,
    identifiers: { primary: { registry: 'drks', id: `DRKS${String(id).padStart(8, '0')}` } },
    title: { public: { en: `Example trial ${id}` } },
    ...fields,
  };
}

const find = (index: TrialIndex, filters: Partial<TrialFilters>) =>
  filterTrials(index, { ...noFilters, ...filters }).matches;

describe('fold', () => {
  it('drops case, accents and punctuation', () => {
    expect(fold('KÖLN')).toBe('koln');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('  Crohn’s disease (CD) ')).toBe('crohn s disease cd');
    expect(fold('São Paulo')).toBe('sao paulo');
    expect(fold('2019-000001-01')).toBe('2019 000001 01');
    expect(fold('糖尿病 Typ-2')).toBe('糖尿病 typ 2');
    expect(fold('!?')).toBe('');
  });
});

describe('search', () => {
  const trials = [
    example(1, { title: { public: { de: 'Bewegung nach Herzinfarkt', en: 'Exercise' } } }),
    example(2, { title: { public: { en: 'Plain' }, scientific: { en: 'Randomised zebrafish' } } }),
    example(3, { title: { public: { en: 'Plain' }, acronym: 'QUOKKA-7' } }),
    example(4, {
      identifiers: {
        primary: { registry: 'ctgov', id: 'NCT00000004' },
        secondary: [{ registry: 'euctr', id: '2019-000001-01' }],
      },
    }),
    example(5, { conditions: [{ text: 'Oedema of the ankle' }] }),
    example(6, { interventions: [{ name: 'Walking programme' }] }),
    example(7, { sponsors: [{ name: 'Beispiel-Stiftung Nordrhein', role: 'primary' }] }),
    example(8, { sites: [{ city: 'Münster' }] }),
    example(9, { sites: [{ city: 'Koeln' }] }),
    example(10, { sites: [{ city: 'Köln-Lindenthal', district: '05315' }] }),
    example(11, { keywords: ['Telemedizin'] }),
    example(12, { summary: { en: 'A summary mentioning quokka and zebrafish' } }),
  ];
  const index = buildIndex(trials);
  const ids = (query: string) => find(index, { query }).map((position) => position + 1);

  it('looks at titles in every language, acronym, identifiers of every registry', () => {
    expect(ids('herzinfarkt')).toEqual([1]);
    expect(ids('EXERCISE')).toEqual([1]);
    expect(ids('zebrafish')).toEqual([2]);
    expect(ids('quokka-7')).toEqual([3]);
    expect(ids('nct00000004')).toEqual([4]);
    expect(ids('2019-000001')).toEqual([4]);
    expect(ids('DRKS00000007')).toEqual([7]);
  });

  it('looks at conditions, interventions, keywords, sponsors and places', () => {
    expect(ids('oedema')).toEqual([5]);
    expect(ids('walking')).toEqual([6]);
    expect(ids('telemedizin')).toEqual([11]);
    expect(ids('stiftung')).toEqual([7]);
    expect(ids('münster')).toEqual([8]);
  });

  it('finds Köln as Köln, Koeln, koln and by the district’s English name', () => {
    for (const query of ['Köln', 'Koeln', 'koln', 'KÖLN'])
      expect(ids(query), query).toEqual([9, 10]);
    expect(ids('Cologne')).toEqual([10]);
    expect(ids('Muenster')).toEqual([8]);
    expect(ids('munster')).toEqual([8]);
  });

  it('keeps a spelling without digraphs findable: edema finds oedema', () => {
    expect(ids('edema')).toEqual([5]);
    expect(ids('dema ankle')).toEqual([5]);
  });

  it('needs every word, in any field, and leaves the summary out', () => {
    expect(ids('bewegung exercise')).toEqual([1]);
    expect(ids('bewegung zebrafish')).toEqual([]);
    expect(ids('quokka')).toEqual([3]);
  });

  it('treats a blank or punctuation-only query as no query', () => {
    expect(ids('')).toHaveLength(trials.length);
    expect(ids('  -- ')).toHaveLength(trials.length);
    expect(hasFilters({ ...noFilters, query: ' - ' })).toBe(false);
    expect(hasFilters({ ...noFilters, query: 'a' })).toBe(true);
    expect(hasFilters({ ...noFilters, query: 'a' }, false)).toBe(false);
  });
});

describe('facets', () => {
  const trials = [
    example(1, {
      status: { code: 'recruiting' },
      phase: { codes: ['phase-2'] },
      sites: [{ city: 'Essen', district: '05113' }],
      conditions: [{ text: 'Diabetes' }],
    }),
    example(2, {
      status: { code: 'completed' },
      phase: { codes: ['phase-2', 'phase-3'] },
      sites: [{ city: 'Köln', district: '05315' }],
      conditions: [{ text: 'Asthma' }],
    }),
    example(3, {
      status: { code: 'recruiting' },
      phase: { codes: ['phase-3'] },
      sites: [{ city: 'Utrecht' }, { city: 'utrecht' }],
      conditions: [{ text: 'Diabetes' }],
    }),
    example(4, {
      status: { code: 'recruiting' },
      sites: [
        { city: 'Essen', district: '05113' },
        { city: 'Köln', district: '05315' },
      ],
      conditions: [{ text: 'diabetes ' }, { text: 'Diabetes' }],
    }),
  ];
  const index = buildIndex(trials);
  const counts = (filters: Partial<TrialFilters>) => {
    const result = filterTrials(index, { ...noFilters, ...filters });
    const byKey = (name: (typeof facetNames)[number]) =>
      Object.fromEntries(index.facets[name].keys.map((key, i) => [key, result.counts[name][i]]));
    return {
      matches: result.matches,
      recruiting: result.recruitingCount,
      status: byKey('status'),
      phase: byKey('phase'),
      place: byKey('place'),
      condition: byKey('condition'),
    };
  };

  it('lists each facet’s values in a fixed order, with totals and the commonest spelling', () => {
    expect(index.facets.status).toEqual({
      keys: ['recruiting', 'completed'],
      labels: ['recruiting', 'completed'],
      totals: [3, 1],
    });
    expect(index.facets.phase.keys).toEqual(['phase-2', 'phase-3']);
    // NRW's districts first, then other cities; a trial counts once however often it lists one.
    expect(index.facets.place).toEqual({
      keys: ['05113', '05315', 'city:utrecht'],
      labels: ['05113', '05315', 'Utrecht'],
      totals: [2, 2, 1],
    });
    expect(index.facets.condition).toEqual({
      keys: ['diabetes', 'asthma'],
      labels: ['Diabetes', 'Asthma'],
      totals: [3, 1],
    });
    expect(index.recruitingTotal).toBe(3);
  });

  it('counts each facet under the search and all other facets, not its own selection', () => {
    expect(counts({ status: ['recruiting'] })).toEqual({
      matches: [0, 2, 3],
      recruiting: 3,
      status: { recruiting: 3, completed: 1 },
      phase: { 'phase-2': 1, 'phase-3': 1 },
      place: { '05113': 2, '05315': 1, 'city:utrecht': 1 },
      condition: { diabetes: 3, asthma: 0 },
    });
    expect(counts({ status: ['recruiting'], phase: ['phase-2'] })).toEqual({
      matches: [0],
      recruiting: 1,
      status: { recruiting: 1, completed: 1 },
      phase: { 'phase-2': 1, 'phase-3': 1 },
      place: { '05113': 1, '05315': 0, 'city:utrecht': 0 },
      condition: { diabetes: 1, asthma: 0 },
    });
  });

  it('ORs the values of a facet and ANDs the facets', () => {
    expect(find(index, { place: ['05315', 'city:utrecht'] })).toEqual([1, 2, 3]);
    expect(find(index, { place: ['05315'], condition: ['diabetes'] })).toEqual([3]);
  });

  it('treats "recruiting only" as one more facet', () => {
    const result = counts({ recruitingOnly: true, status: ['completed'] });
    expect(result.matches).toEqual([]);
    expect(result.recruiting).toBe(0);
    expect(result.status).toEqual({ recruiting: 3, completed: 0 });
    expect(counts({ place: ['05315'] }).recruiting).toBe(1);
  });

  it('matches nothing for a value the data does not have, and counts the rest', () => {
    const result = counts({ place: ['05999'] });
    expect(result.matches).toEqual([]);
    expect(result.place).toEqual({ '05113': 2, '05315': 2, 'city:utrecht': 1 });
  });

  it('applies the search to the counts as well', () => {
    expect(counts({ query: 'essen' }).status).toEqual({ recruiting: 2, completed: 0 });
  });
});

describe('sortOrder', () => {
  const dated = (id: number, lastUpdated?: string, start?: string, title?: Trial['title']) =>
    example(id, {
      dates: {
        ...(lastUpdated ? { lastUpdated } : {}),
        ...(start ? { start: { date: start, kind: 'actual' as const } } : {}),
      },
      ...(title ? { title } : {}),
    });
  const trials = [
    dated(1, '2024-05', '2020', { public: { de: 'Zucker', en: 'Apple' } }),
    dated(2, undefined, '2023-01-10', { public: { de: 'Äpfel', en: 'Zebra' } }),
    dated(3, '2024-05-17', undefined, { public: { de: 'Birne', en: 'Banana' } }),
    dated(4, '2024-05', '2023-01-10', { public: { fr: 'Abricot' } }),
    dated(5, '2021', '2023-02'),
  ];
  const index = buildIndex(trials);
  const order = (sort: 'updated' | 'start' | 'title', locale: 'de' | 'en' = 'en') => [
    ...sortOrder(index, sort, locale),
  ];

  it('puts the newest first, missing dates last, and keeps ties in their order', () => {
    expect(order('updated')).toEqual([2, 0, 3, 4, 1]);
    expect(order('start')).toEqual([4, 1, 3, 0, 2]);
  });

  it('sorts titles as the locale does, in the locale’s language where there is one', () => {
    expect(order('title', 'de')).toEqual([3, 1, 2, 4, 0]);
    expect(order('title', 'en')).toEqual([3, 0, 2, 4, 1]);
  });

  it('is computed once per index, sort and locale', () => {
    expect(sortOrder(index, 'title', 'de')).toBe(sortOrder(index, 'title', 'de'));
    expect(sortOrder(index, 'title', 'de')).not.toBe(sortOrder(index, 'title', 'en'));
  });

  it('filters in the given order', () => {
    expect(filterTrials(index, noFilters, sortOrder(index, 'updated', 'en')).matches).toEqual(
      order('updated'),
    );
  });
});

describe('records that skip the model’s rules', () => {
  it('are indexed and filtered without a throw, their odd parts ignored', () => {
    const odd = [
      { identifiers: { primary: { registry: 'drks', id: 'DRKS00000001' } } },
      {
        ...exampleFullTrial,
        status: { code: 42 },
        phase: { codes: [null, 'phase-9'] },
        sites: [null, { city: '' }, { city: 7, district: 'x' }, { district: '05' }],
        conditions: [null, { text: '' }, { text: '!!' }],
        keywords: [null],
        dates: { lastUpdated: 'soon', start: { date: 2024 } },
        title: { public: null },
      },
      exampleMinimalTrial,
    ] as unknown as Trial[];
    const index = buildIndex(odd);
    expect(index.facets.phase.keys).toEqual(['phase-9']);
    expect(index.facets.place.keys).toEqual([]);
    expect(index.facets.condition.keys).toEqual([]);
    expect(filterTrials(index, noFilters).matches).toEqual([0, 1, 2]);
    expect(find(index, { query: 'beispiel' })).toEqual([1, 2]);
    for (const sort of ['updated', 'start', 'title'] as const) {
      expect([...sortOrder(index, sort, 'de')].sort()).toEqual([0, 1, 2]);
    }
  });

  it('gives an empty result for no trials', () => {
    const index = buildIndex([]);
    expect(filterTrials(index, { ...noFilters, query: 'x', status: ['recruiting'] })).toEqual({
      matches: [],
      counts: {
        status: new Int32Array(),
        phase: new Int32Array(),
        place: new Int32Array(),
        condition: new Int32Array(),
      },
      recruitingCount: 0,
    });
  });
});

// 10,000 trials from the real registry records of the shared fixtures (read by interop's
// readers): they hold fewer, so the real ones are replicated with distinct identifiers.
describe('10,000 trials from the fixtures', () => {
  const packageRoot = new URL('../../', import.meta.url);
  let real: Trial[] = [];
  let trials: Trial[] = [];
  let index: TrialIndex;
  beforeAll(async () => {
    const read = await readRealTrials((path) => readFile(new URL(path, packageRoot), 'utf8'));
    expect(read.refused).toBe(0);
    real = read.trials;
    trials = replicate(real, 10_000);
    index = indexOf(trials);
    // Reading some 800 registry records takes seconds on a busy machine.
  }, 60_000);

  it('are real trials, replicated with distinct identifiers', () => {
    expect(real.length).toBeGreaterThan(700);
    expect(real.length).toBeLessThan(10_000);
    expect(trials).toHaveLength(10_000);
    const ids = new Set(trials.map((trial) => trial.identifiers.primary.id));
    expect(ids.size).toBe(10_000);
    const registries = new Set(real.map((trial) => trial.identifiers.primary.registry));
    expect([...registries]).toEqual(expect.arrayContaining(['ctgov', 'drks', 'euctr', 'other']));
    expect(indexOf(trials)).toBe(index);
  });

  it('finds Cologne’s trials as Köln, Koeln, koln and Cologne', () => {
    const cologne = find(index, { query: 'Köln' });
    expect(cologne.length).toBeGreaterThan(0);
    for (const query of ['Koeln', 'koln', 'KÖLN', 'Cologne']) {
      expect(find(index, { query }), query).toEqual(cologne);
    }
    expect(find(index, { place: ['05315'] }).every((at) => cologne.includes(at))).toBe(true);
  });

  it('finds a trial by a secondary identifier and by its acronym', () => {
    const withSecondary = real.find((trial) => trial.identifiers.secondary?.length)!;
    const secondary = withSecondary.identifiers.secondary![0]!.id;
    const found = find(index, { query: secondary }).map((at) => trials[at]!);
    expect(found).toContain(withSecondary);
    const withAcronym = real.find((trial) => trial.title.acronym)!;
    expect(find(index, { query: withAcronym.title.acronym! }).map((at) => trials[at]!)).toContain(
      withAcronym,
    );
  });

  it('gives every count as the number of matches with that value alone', () => {
    const base: Partial<TrialFilters> = { query: 'study', recruitingOnly: false };
    const result = filterTrials(index, { ...noFilters, ...base });
    for (const name of ['status', 'phase'] as const) {
      index.facets[name].keys.forEach((key, i) => {
        expect(result.counts[name][i], `${name} ${key}`).toBe(
          find(index, { ...base, [name]: [key] }).length,
        );
      });
    }
    expect(result.recruitingCount).toBe(find(index, { ...base, recruitingOnly: true }).length);
  });

  it('narrows as a query grows, and widens back', () => {
    const sizes = ['c', 'ca', 'can', 'canc', 'cance', 'cancer'].map(
      (query) => find(index, { query }).length,
    );
    expect(sizes[5]).toBeGreaterThan(0);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]!);
    expect(find(index, {})).toHaveLength(10_000);
  });
});

describe('the search text', () => {
  /** A trial that counts how often its titles are read (only the search text reads them). */
  function watched() {
    const read = { count: 0 };
    const trial = { ...exampleFullTrial };
    Object.defineProperty(trial, 'title', {
      enumerable: true,
      get: () => {
        read.count++;
        return exampleFullTrial.title;
      },
    });
    return { trial: trial as Trial, read };
  }

  it('is built on the first search, not for a first render without one', () => {
    const { trial, read } = watched();
    const index = buildIndex([trial, exampleMinimalTrial]);
    expect([...find(index, {})].sort()).toEqual([0, 1]);
    expect(find(index, { recruitingOnly: true, status: ['recruiting'] })).toBeDefined();
    expect(read.count).toBe(0);
    const title = fold(Object.values(exampleFullTrial.title.public)[0]!).split(' ')[0]!;
    expect(find(index, { query: title })).toContain(0);
    const afterFirst = read.count;
    expect(afterFirst).toBeGreaterThan(0);
    find(index, { query: `${title} x` });
    expect(read.count).toBe(afterFirst);
  });
});
