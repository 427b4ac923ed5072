import type { Actor } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { allActors, fullActor, realActors } from './examples';
import {
  type ActorFilterState,
  facetNames,
  facetValues,
  filterActors,
  fold,
  indexActors,
  noFilters,
  normalizeFilters,
  placeOf,
  queryWords,
} from './filter';

const compare = new Intl.Collator('de', { sensitivity: 'base' }).compare;
const index = indexActors(allActors);
const ids = (result: ReturnType<typeof filterActors>) => result.matches.map((entry) => entry.actor);

/** A small seeded generator (mulberry32): the same "random" filters on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const values = Object.fromEntries(
  facetNames.map((facet) => [
    facet,
    facetValues(index, facet, [], 'de', compare).map((option) => option.value),
  ]),
) as Record<keyof ActorFilterState, string[]>;

function randomFilters(next: () => number): ActorFilterState {
  // Often no value in a facet, else one or two: most sets still match some actors.
  const pick = (list: readonly string[]) =>
    next() < 0.4 ? [] : list.filter(() => next() < 1.5 / list.length);
  return { kinds: pick(values.kinds), topics: pick(values.topics), places: pick(values.places) };
}

const queries = ['', 'essen', 'Bochum digital', 'KÖLN', 'telemedizin', 'start-up', 'zzz'];

describe('fold and queryWords', () => {
  it('make case, accents, umlauts and ß irrelevant', () => {
    for (const spelling of ['Köln', 'Koeln', 'koln', 'KÖLN', 'Kö\u0308ln'.normalize('NFD')]) {
      expect(fold(spelling)).toBe('koln');
    }
    expect(fold('Straße')).toBe(fold('STRASSE'));
    expect(fold('Mülheim')).toBe(fold('Muelheim'));
    expect(fold('Université')).toBe('universite');
  });

  it('split a query into words and drop empty ones', () => {
    expect(queryWords('  Essen,  digital;health ')).toEqual(['essen', 'digital', 'health']);
    expect(queryWords('')).toEqual([]);
    expect(queryWords(42 as never)).toEqual([]);
  });
});

describe('indexActors', () => {
  it('indexes every actor once and skips what is not an object', () => {
    expect(index.length).toBe(allActors.length);
    expect(indexActors([null, 1, 'x', fullActor] as unknown as Actor[]).length).toBe(1);
    expect(indexActors(undefined)).toEqual([]);
  });

  it('searches German and English labels of kind, topics and sectors', () => {
    const [entry] = indexActors([fullActor]);
    for (const word of ['universitätsklinikum', 'university hospital', 'kunstliche intelligenz']) {
      expect(entry!.text, word).toContain(fold(word));
    }
    for (const word of ['artificial intelligence', 'forschung und entwicklung', '45147', 'essen']) {
      expect(entry!.text, word).toContain(fold(word));
    }
  });

  it('places an actor in its district by AGS (8 digits too), else by its city', () => {
    expect(placeOf(fullActor)).toBe('05113'); // 05113000 is a municipality of Essen
    expect(placeOf({ ...fullActor, address: { city: ' Wien ', country: 'AT' } })).toBe('Wien');
    expect(placeOf({ ...fullActor, address: undefined })).toBeUndefined();
  });
});

describe('filterActors', () => {
  it('returns everything without query and filters', () => {
    expect(filterActors(index, '', noFilters).matches.length).toBe(index.length);
    expect(filterActors(index, '   ', noFilters).matches.length).toBe(index.length);
  });

  it('finds the actors of a place by district, whatever the town', () => {
    const result = filterActors(index, '', { ...noFilters, places: ['05562'] });
    const towns = new Set(ids(result).map((actor) => actor.address?.city));
    expect(towns).toEqual(new Set(['Gladbeck', 'Recklinghausen']));
    expect(result.matches.length).toBe(
      allActors.filter((actor) => actor.address?.district?.startsWith('05562')).length,
    );
  });

  it('needs every word of the query, in any field', () => {
    const both = ids(filterActors(index, 'bochum telemedizin', noFilters));
    const bochum = ids(filterActors(index, 'bochum', noFilters));
    const tele = ids(filterActors(index, 'telemedizin', noFilters));
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((actor) => bochum.includes(actor) && tele.includes(actor))).toBe(true);
    expect(both.length).toBeLessThan(Math.min(bochum.length, tele.length));
  });

  it('holds its rules for 300 seeded random filter sets and queries', () => {
    const next = random(20_240_517);
    let nonEmpty = 0;
    for (let run = 0; run < 300; run++) {
      const filters = randomFilters(next);
      const query = queries[Math.floor(next() * queries.length)]!;
      const result = filterActors(index, query, filters);
      if (result.matches.length > 0) nonEmpty++;
      const all = new Set(index);
      // Results are a subset, and each one matches every facet.
      for (const entry of result.matches) {
        expect(all.has(entry)).toBe(true);
        if (filters.kinds.length) expect(filters.kinds).toContain(entry.kind);
        if (filters.places.length) expect(filters.places).toContain(entry.place);
        if (filters.topics.length) {
          expect(entry.topics.some((topic) => filters.topics.includes(topic))).toBe(true);
        }
      }
      for (const facet of facetNames) {
        // A value's count is what checking it alone in its facet would give.
        for (const value of values[facet]) {
          const alone = filterActors(index, query, { ...filters, [facet]: [value] });
          expect(result.counts[facet].get(value) ?? 0, `${facet}=${value}`).toBe(
            alone.matches.length,
          );
        }
        // Checking one more value in a facet already in use never removes a match.
        const extra = values[facet].find((value) => !filters[facet].includes(value));
        if (extra && filters[facet].length > 0) {
          const wider = filterActors(index, query, {
            ...filters,
            [facet]: [...filters[facet], extra],
          });
          const widerSet = new Set(wider.matches);
          expect(result.matches.every((entry) => widerSet.has(entry))).toBe(true);
        }
      }
    }
    expect(nonEmpty).toBeGreaterThan(75);
  });
});

describe('facetValues', () => {
  it('orders values by their frequency over all actors, stable under filtering', () => {
    const kinds = facetValues(index, 'kinds', [], 'en', compare);
    const totals = kinds.map(
      (option) => allActors.filter((actor) => actor.kind === option.value).length,
    );
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(kinds[0]).toEqual({ value: 'company', label: 'Company' });
  });

  it('labels districts from the region registry, with their towns where the name differs', () => {
    const places = facetValues(index, 'places', [], 'de', compare);
    const label = (value: string) => places.find((option) => option.value === value)?.label;
    expect(label('05113')).toBe('Essen');
    expect(label('05562')).toBe('Kreis Recklinghausen (Gladbeck, Recklinghausen)');
    expect(label('05954')).toBe('Ennepe-Ruhr-Kreis (Wetter (Ruhr), Witten)');
    expect(label('Wien')).toBe('Wien');
  });

  it('keeps checked values that no actor has', () => {
    const topics = facetValues(index, 'topics', ['no-such-topic'], 'de', compare);
    expect(topics.at(-1)).toEqual({ value: 'no-such-topic', label: 'no-such-topic' });
  });
});

describe('normalizeFilters', () => {
  it('completes filters and drops what is not text', () => {
    expect(normalizeFilters(undefined)).toEqual(noFilters);
    expect(normalizeFilters({ kinds: ['start-up', 3 as never], topics: 'x' as never })).toEqual({
      kinds: ['start-up'],
      topics: [],
      places: [],
    });
  });

  it('is used with real data that has every facet', () => {
    expect(realActors.length).toBeGreaterThan(100);
    for (const facet of facetNames) expect(values[facet].length).toBeGreaterThan(3);
  });
});
