import {
  healthEconomySectors,
  type IndicatorDefinition,
  indicatorGroups,
  measureTypes,
  type Observation,
  regionByCode,
  validateIndicatorDefinition,
  validateObservation,
} from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { seedDocuments, seedLines } from '../sources';
import { citedText, seedsAvailable } from '../testing/seed-text';
import { indicatorDefinitions, observations } from './index';

const byId = new Map(indicatorDefinitions.map((definition) => [definition.id, definition]));
const isPlanned = (definition: IndicatorDefinition) => definition.status === 'planned';
const seedFiles = new Set<string>(Object.values(seedDocuments).map((document) => document.file));

const germanNumberWords: Record<number, string> = {
  1: 'eins',
  2: 'zwei',
  3: 'drei',
  4: 'vier',
  5: 'fünf',
  6: 'sechs',
  7: 'sieben',
  8: 'acht',
  9: 'neun',
  10: 'zehn',
  11: 'elf',
  12: 'zwölf',
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ways a value can stand in a German text: thousands grouped with a dot or a space or not at
 * all (78.000, 78 000, 78000), decimal comma (19,9); a decimal point where a seed prints one
 * (19.93 on the web page of document 004); small integers also as a word (drei).
 */
function printedForms(value: number): string[] {
  const [whole, fraction] = String(Math.abs(value)).split('.') as [string, string | undefined];
  const grouped = (separator: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const wholes = [...new Set([grouped('.'), grouped(' '), whole])];
  if (fraction === undefined) return wholes;
  return wholes.flatMap((part) => [`${part},${fraction}`, `${part}.${fraction}`]);
}

/** Whether the text contains the value as a number of its own (not part of a longer number). */
function printsValue(text: string, value: number): boolean {
  const numeric = printedForms(value).some((form) =>
    new RegExp(`(?<![\\d.,])${escapeRegExp(form)}(?!\\d|[.,]\\d)`).test(text),
  );
  if (numeric) return true;
  const word = Number.isInteger(value) ? germanNumberWords[value] : undefined;
  return word !== undefined && new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(text);
}

describe('printsValue (the German number forms the tests accept)', () => {
  it('finds grouped thousands, decimal commas and number words', () => {
    expect(printsValue('mehr als 78.000 Beschäftigte', 78000)).toBe(true);
    expect(printsValue('mehr als 78 000 Beschäftigte', 78000)).toBe(true);
    expect(printsValue('19,9 Mrd. €', 19.9)).toBe(true);
    expect(printsValue('19.93 Mrd. €Umsatz', 19.93)).toBe(true);
    expect(printsValue('9,8% aller Exporte', 9.8)).toBe(true);
    expect(printsValue('drei medizinische Fakultäten', 3)).toBe(true);
  });

  it('does not find a value inside a longer number', () => {
    expect(printsValue('78.0001', 78000)).toBe(false);
    expect(printsValue('1.721 Studien', 721)).toBe(false);
    expect(printsValue('19,93', 19.9)).toBe(false);
    expect(printsValue('5,8', 8)).toBe(false);
    expect(printsValue('dreizehn', 3)).toBe(false);
  });
});

describe('indicator definitions', () => {
  it('validate with core', () => {
    for (const definition of indicatorDefinitions) {
      const result = validateIndicatorDefinition(definition, { locale: 'en' });
      expect(result.ok ? [] : result.issues, definition.id).toEqual([]);
    }
  });

  it('have unique ids', () => {
    expect(byId.size).toBe(indicatorDefinitions.length);
  });

  it('cover every group of the dashboard catalogue', () => {
    for (const group of indicatorGroups.codes) {
      expect(
        indicatorDefinitions.some((definition) => definition.group === group),
        group,
      ).toBe(true);
    }
  });

  it('have title, definition and unit label in German and English', () => {
    for (const { id, title, definition, unit, comparability } of indicatorDefinitions) {
      for (const text of [
        title,
        definition,
        unit.label,
        ...(comparability ? [comparability] : []),
      ]) {
        expect(text.de?.trim(), id).toBeTruthy();
        expect(text.en?.trim(), id).toBeTruthy();
      }
    }
  });

  it('name numerators and denominators that are defined and add up (count or currency)', () => {
    for (const definition of indicatorDefinitions) {
      for (const part of [definition.numerator, definition.denominator]) {
        if (part === undefined) continue;
        const target = byId.get(part);
        expect(target, `${definition.id} → ${part}`).toBeDefined();
        expect(measureTypes.entries[target!.measureType].aggregation, part).toBe('sum');
      }
    }
  });

  it('are published exactly when they have observations', () => {
    const observed = new Set(observations.map((observation) => observation.indicator));
    for (const definition of indicatorDefinitions) {
      expect(observed.has(definition.id), definition.id).toBe(!isPlanned(definition));
    }
  });

  it.runIf(seedsAvailable)('cite seed lines that exist', () => {
    for (const definition of indicatorDefinitions) {
      for (const source of definition.sources) {
        const where = seedLines(source);
        expect(where && seedFiles.has(where.file), definition.id).toBe(true);
        expect(citedText(source), `${definition.id} ${source.locator}`).toBeDefined();
      }
    }
  });

  it('cite, in each dashboard group, a line of that group in the catalogue of seed 002', () => {
    for (const group of indicatorGroups.codes) {
      const [, first, last] = indicatorGroups.entries[group].seed.match(/^002 l\.(\d+)-(\d+)$/)!;
      const cited = indicatorDefinitions
        .filter((definition) => definition.group === group)
        .flatMap((definition) => definition.sources.map(seedLines))
        .filter((where) => where?.file === seedDocuments['002'].file);
      expect(
        cited.some((where) => where!.first >= Number(first) && where!.last <= Number(last)),
        group,
      ).toBe(true);
    }
  });
});

const label = (observation: Observation) =>
  `${observation.indicator} ${observation.region} ${observation.period}${
    observation.breakdowns?.sector ? ` ${observation.breakdowns.sector}` : ''
  }`;

describe('observations', () => {
  it('validate with core', () => {
    for (const observation of observations) {
      const result = validateObservation(observation, { locale: 'en' });
      expect(result.ok ? [] : result.issues, label(observation)).toEqual([]);
    }
  });

  it('belong to a published definition', () => {
    for (const observation of observations) {
      const definition = byId.get(observation.indicator);
      expect(definition, label(observation)).toBeDefined();
      expect(definition!.status ?? 'published', label(observation)).toBe('published');
    }
  });

  it('are not given twice for the same indicator, region, period, breakdown and source', () => {
    const keys = observations.map((observation) =>
      JSON.stringify([
        observation.indicator,
        observation.region,
        observation.period,
        observation.breakdowns ?? {},
        observation.source?.locator,
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('use a known region code: the registry for NRW, the Ruhr and Germany, ISO or AGS outside', () => {
    for (const { region } of observations) {
      const known = regionByCode(region) !== undefined;
      const municipality = /^05\d{6}$/.test(region) && regionByCode(region.slice(0, 5));
      const abroad = /^[A-Z]{2}$/.test(region);
      const germanDistrict = /^(0[1-46-9]|1[0-6])\d{3}$/.test(region);
      expect(known || municipality || abroad || germanDistrict, region).toBeTruthy();
    }
  });

  it('explain every rounded, estimated or forecast figure in German and English', () => {
    for (const observation of observations) {
      if (observation.status !== 'normal') {
        expect(observation.footnotes?.length ?? 0, label(observation)).toBeGreaterThan(0);
      }
      for (const footnote of observation.footnotes ?? []) {
        expect(footnote.de && footnote.en, label(observation)).toBeTruthy();
      }
    }
  });

  it('break down health-economy figures by the sub-sectors of core', () => {
    for (const observation of observations) {
      if (!observation.indicator.startsWith('health-economy-')) continue;
      const sector = observation.breakdowns?.sector;
      if (sector !== undefined) expect(healthEconomySectors.has(sector), sector).toBe(true);
    }
  });

  it.runIf(seedsAvailable)('stand, as printed, in the seed lines they cite', () => {
    const misses: string[] = [];
    for (const observation of observations) {
      const { source, value } = observation;
      const where = source && seedLines(source);
      const text = source && citedText(source);
      if (!where || !seedFiles.has(where.file) || text === undefined) {
        misses.push(`${label(observation)}: no seed lines (${source?.locator})`);
      } else if (value === null || !printsValue(text, value)) {
        misses.push(`${label(observation)}: ${value} not in ${source!.locator}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
