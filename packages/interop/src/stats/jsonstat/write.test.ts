import { readFileSync } from 'node:fs';
import { type Observation, validateObservation } from '@nrw-health/core';
import JSONstat from 'jsonstat-toolkit';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset';
import { readGenesisCsv } from '../genesis';
import { readJsonStat } from './read';
import {
  categoryIds,
  cellCount,
  cellOf,
  fixture,
  fixtures20,
  type Raw,
  rawFlag,
  rawValue,
} from './testing';
import { writeJsonStat, writeJsonStatCollection } from './write';

const specUnitFields = ['label', 'decimals', 'symbol', 'position'];
const roles = ['time', 'geo', 'metric'];

/** The datasets of a 2.0 document with their path prefix in it. */
function rawDatasets(document: Raw): { raw: Raw; prefix: string }[] {
  if (document.class === 'dataset') return [{ raw: document, prefix: '' }];
  return (document.link?.item ?? []).flatMap((item: Raw, index: number) =>
    item.class === 'dataset' && item.dimension
      ? [{ raw: item, prefix: `link.item[${index}].` }]
      : [],
  );
}

describe('JSON-stat 2.0 → Dataset → JSON-stat 2.0', () => {
  it.each(fixtures20)('%s keeps every value, flag, dimension, label and unit', (name) => {
    const document = fixture(name);
    const read = readJsonStat(document);
    const sources = rawDatasets(document);
    expect(read.datasets).toHaveLength(sources.length);
    sources.forEach(({ raw, prefix }, index) => {
      const result = read.datasets[index]!;
      const lost = new Map(result.lost.map((field) => [field.path, field.value]));
      const written: Raw = JSON.parse(JSON.stringify(writeJsonStat(result.value!)));

      expect(written.id).toEqual(raw.id);
      expect(written.size).toEqual(raw.size);
      // Roles are sets of dimensions: the written order is the cube's.
      for (const role of roles) {
        expect([...(written.role?.[role] ?? [])].sort()).toEqual(
          [...(raw.role?.[role] ?? [])].sort(),
        );
      }
      for (const key of ['label', 'source', 'updated', 'href', 'note']) {
        expect(written[key], key).toEqual(raw[key]);
      }

      for (const id of raw.id as string[]) {
        const before = raw.dimension[id];
        const after = written.dimension[id];
        expect(after.label).toEqual(before.label);
        const ids = categoryIds(before);
        expect(categoryIds(after)).toEqual(ids);
        expect(after.category.child).toEqual(before.category.child);
        for (const category of ids) {
          expect(after.category.label?.[category]).toEqual(before.category.label?.[category]);
          const unit = before.category.unit?.[category];
          if (!unit) continue;
          const unitPath = `${prefix}dimension.${id}.category.unit.${category}`;
          for (const [field, value] of Object.entries(unit)) {
            if (specUnitFields.includes(field)) {
              // An empty text says nothing; the reader keeps no empty texts.
              expect(after.category.unit?.[category]?.[field] ?? '').toEqual(value);
            } else {
              // Not JSON-stat 2.0 (multiplier, type, base): reported as lost.
              expect(lost.get(`${unitPath}.${field}`) ?? lost.get(unitPath)).toBeDefined();
            }
          }
        }
      }

      const dense = Array.isArray(raw.value);
      const at = (cell: number) => (dense ? `[${cell}]` : `.${cell}`);
      const statusAt = (cell: number) =>
        Array.isArray(raw.status) && raw.status.length > 1 ? `[${cell}]` : `.${cell}`;
      for (let cell = 0; cell < cellCount(raw); cell++) {
        const value = rawValue(raw, cell);
        if (rawValue(written, cell) !== value)
          expect(lost.get(`${prefix}value${at(cell)}`)).toEqual(value);
        const flag = rawFlag(raw, cell);
        if (rawFlag(written, cell) !== flag) {
          const lostFlag =
            lost.get(`${prefix}status${statusAt(cell)}`) ?? lost.get(`${prefix}status`);
          expect(lostFlag).toBeDefined();
        }
      }
    });
  });
});

describe('writeJsonStat', () => {
  const ehis = fixture('eurostat_HLTH_EHIS_HC7.json');
  const [ehisRead] = readJsonStat(ehis).datasets;
  const written = writeJsonStat(ehisRead!.value!);

  it('writes what jsonstat-toolkit reads: labels, roles and cells', () => {
    const canadaRaw = fixture('jsonstat-org-samples_canada.json');
    const canada = JSONstat(writeJsonStat(readJsonStat(canadaRaw).datasets[0]!.value!));
    expect(canada.class).toBe('dataset');
    expect(canada.label).toBe(canadaRaw.label);
    expect(canada.Dimension('sex')?.label).toBe(canadaRaw.dimension.sex.label);
    expect(canada.Dimension('sex')?.Category('F')?.label).toBe(
      canadaRaw.dimension.sex.category.label.F,
    );
    expect(canada.Dimension('year')?.role).toBe('time');
    const coordinate = { country: 'CA', year: '2012', age: '4', concept: 'POP', sex: 'F' };
    const cell = cellOf(canadaRaw, coordinate);
    expect(canada.Data(coordinate)).toEqual({
      value: rawValue(canadaRaw, cell),
      status: rawFlag(canadaRaw, cell),
    });
    expect(canada.Dimension('concept')?.Category('POP')?.unit).toMatchObject({
      label: canadaRaw.dimension.concept.category.unit.POP.label,
      decimals: canadaRaw.dimension.concept.category.unit.POP.decimals,
    });

    const eurostat = JSONstat(JSON.parse(JSON.stringify(written)));
    for (const coordinate of [
      {
        freq: 'A',
        age: 'TOTAL',
        sex: 'T',
        icd10: 'J45',
        isced97: 'TOTAL',
        geo: 'DE',
        time: '2008',
      },
      {
        freq: 'A',
        age: 'Y75-84',
        sex: 'F',
        icd10: 'I10-I15',
        isced97: 'ED0-2',
        geo: 'EL',
        time: '2008',
      },
    ]) {
      const cell = cellOf(ehis, coordinate);
      expect(eurostat.Data(coordinate)).toEqual({
        value: rawValue(ehis, cell),
        status: rawFlag(ehis, cell) ?? null,
      });
    }
    expect(eurostat.Dimension('geo')?.Category('EL')?.label).toBe(
      ehis.dimension.geo.category.label.EL,
    );
  });

  it('writes a collection that jsonstat-toolkit reads dataset by dataset', () => {
    const read = readJsonStat(fixture('jsonstat-org-samples_oecd-canada.json'));
    const collection = writeJsonStatCollection(
      read.datasets.map((result) => result.value!),
      { label: 'OECD and Canada' },
    );
    const parsed = JSONstat(JSON.parse(JSON.stringify(collection)));
    expect(parsed.class).toBe('collection');
    expect(parsed.Dataset(0).id).toEqual(['concept', 'area', 'year']);
    expect(parsed.Dataset(1).Dimension('sex')?.Category('M')?.label).toBe('male');
    expect(readJsonStat(collection).datasets.map((result) => result.value?.id)).toEqual([
      'oecd',
      'canada',
    ]);
  });

  it('gives observations without dimensions a cube of their own, and reads back the same', () => {
    const observations: Observation[] = [
      { indicator: 'beds', region: '05113', period: '2023', value: 1200, status: 'normal' },
      { indicator: 'beds', region: '05913', period: '2023', value: null, status: 'confidential' },
      {
        indicator: 'doctors',
        region: '05113',
        period: '2024-Q1',
        value: 3.5,
        status: 'provisional',
        breakdowns: { sex: 'female', ageGroup: 'Y65-74', dimensions: { isced11: 'ED5-8' } },
      },
    ];
    const dataset: Dataset = { dimensions: [], definitions: [], observations };
    const written = writeJsonStat(dataset);
    expect(written.id).toEqual(['geo', 'time', 'indicator', 'sex', 'age', 'isced11']);
    expect(written.role).toEqual({ geo: ['geo'], time: ['time'], metric: ['indicator'] });
    const [back] = readJsonStat(written).datasets;
    expect(back!.issues).toEqual([]);
    const withoutEmpty = back!.value!.observations.map(({ breakdowns, ...rest }) => ({
      ...rest,
      ...(breakdowns && {
        breakdowns: Object.fromEntries(
          Object.entries(breakdowns).filter(([, value]) => value !== '_Z'),
        ),
      }),
    }));
    // Provisional and confidential come back with Eurostat's flags for them.
    expect(
      withoutEmpty.map((observation) => [
        observation.region,
        observation.period,
        observation.value,
        observation.status,
        observation.flag,
      ]),
    ).toEqual([
      ['05113', '2023', 1200, 'normal', undefined],
      ['05113', '2024-Q1', 3.5, 'provisional', 'p'],
      ['05913', '2023', null, 'confidential', 'C'],
    ]);
    for (const observation of back!.value!.observations) {
      expect(validateObservation(observation).ok).toBe(true);
    }
  });

  it('keeps a total apart from the one breakdown other observations have', () => {
    // Seed 000 gives NRW's health-economy companies as a whole and for medical technology.
    const observations: Observation[] = [
      { indicator: 'companies', region: '05', period: '2019', value: 62000, status: 'normal' },
      {
        indicator: 'companies',
        region: '05',
        period: '2019',
        value: 200,
        status: 'normal',
        breakdowns: { sector: 'medical-technology' },
      },
      { indicator: 'companies', region: 'RVR', period: '2023', value: 6600, status: 'normal' },
    ];
    const written = writeJsonStat({ dimensions: [], definitions: [], observations });
    expect(written.dimension.sector?.category.index).toEqual(['medical-technology', '_Z']);
    const back = readJsonStat(written).datasets[0]!.value!.observations;
    expect(back).toHaveLength(3);
    const sectorOf = (o: Observation) => o.breakdowns?.sector ?? o.breakdowns?.dimensions?.sector;
    // In the cube's order: region, then period, then sector.
    expect(back.map((o) => [o.region, o.value, sectorOf(o)])).toEqual([
      ['05', 200, 'medical-technology'],
      ['05', 62000, '_Z'],
      ['RVR', 6600, '_Z'],
    ]);
  });

  it('writes sparse values when few cells have one, and keeps __proto__ ids as keys', () => {
    const dataset: Dataset = {
      dimensions: [
        {
          id: 'geo',
          role: 'geo',
          categories: ['DE', 'FR', 'IT', 'ES'].map((id) => ({ id })),
        },
        {
          id: 'time',
          role: 'time',
          categories: ['2020', '2021', '2022'].map((id) => ({ id })),
        },
        { id: 'kind', categories: [{ id: '__proto__', label: { en: 'odd' } }] },
      ],
      definitions: [],
      observations: [
        {
          indicator: 'x',
          region: 'FR',
          period: '2022',
          value: 7,
          status: 'normal',
          breakdowns: { dimensions: { kind: '__proto__' } },
        },
      ],
    };
    const written = writeJsonStat(dataset);
    expect(written.value).toEqual({ [String(1 * 3 + 2)]: 7 });
    expect(Object.keys(written.dimension.kind!.category.label!)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).odd).toBeUndefined();
    const [back] = readJsonStat(JSON.parse(JSON.stringify(written))).datasets;
    expect(back!.value!.observations[0]?.breakdowns?.dimensions).toEqual(
      Object.fromEntries([['kind', '__proto__']]),
    );
  });
});

describe('datasets of other readers, written as JSON-stat', () => {
  const genesis = new URL(
    '../../../../../../shared/fixtures/stats/genesis-regionalstatistik/',
    import.meta.url,
  );

  it.each([
    'mmelchger_12411-01-01-4_Bevoelkerung_Kreise_2018.csv',
    'mmelchger_23111-01-04-4_Krankenhaeuser_Kreise_2017.csv',
  ])('%s: GENESIS → JSON-stat → the same observations', (file) => {
    const read = readGenesisCsv(readFileSync(new URL(file, genesis)));
    const dataset = read.value!;
    expect(dataset.observations.length).toBeGreaterThan(100);
    const written = writeJsonStat(dataset);
    // One category per code: no region twice, no second sex dimension.
    for (const id of written.id) {
      const index = written.dimension[id]!.category.index as string[];
      expect(new Set(index).size, id).toBe(index.length);
    }
    expect(written.id.filter((id) => /_\d+$/.test(id))).toEqual([]);
    const back = readJsonStat(written).datasets[0]!;
    expect(back.issues).toEqual([]);
    const key = (observation: Observation) =>
      JSON.stringify([
        observation.indicator,
        observation.region,
        observation.period,
        observation.breakdowns?.sex,
        observation.value,
        observation.status,
      ]);
    expect(back.value!.observations.map(key).sort()).toEqual(dataset.observations.map(key).sort());
  });
});
