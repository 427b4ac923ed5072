import { describe, expect, it } from 'vitest';
import { readJsonStat } from './read';
import type { Raw } from './testing';

/** A small valid 2.0 dataset to break in one place. */
const base = (): Raw => ({
  version: '2.0',
  class: 'dataset',
  label: 'Beds',
  id: ['geo', 'time'],
  size: [2, 2],
  dimension: {
    geo: { category: { index: ['05113', '05913'] } },
    time: { category: { index: ['2022', '2023'] } },
  },
  value: [1, 2, 3, 4],
});

const codes = (input: unknown) => {
  const result = readJsonStat(input);
  return [...result.issues, ...result.datasets.flatMap((dataset) => dataset.issues)].map(
    (issue) => issue.code,
  );
};

describe('readJsonStat on bad input: issues, never a throw', () => {
  it.each([
    [42, 'invalid_type'],
    [null, 'invalid_type'],
    [[], 'invalid_type'],
    [undefined, 'invalid_type'],
    ['{"version": "2.0", ', 'invalid_input'],
    [{}, 'invalid_input'],
    [{ version: '3.0', class: 'dataset' }, 'unknown_code'],
    [{ version: 2, class: 'dataset' }, 'unknown_code'],
    [{ version: '2.0', class: 'cube' }, 'unknown_code'],
    [{ version: '2.0', class: 'dimension', category: {} }, 'invalid_input'],
  ])('%j gives %s', (input, code) => {
    const result = readJsonStat(input);
    expect(result.datasets).toEqual([]);
    expect(result.issues.map((issue) => issue.code)).toEqual([code]);
  });

  it('reports an error response with the source own words', () => {
    const result = readJsonStat({
      version: '2.0',
      error: [{ status: '404', label: 'no such table' }],
    });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.message).toContain('no such table');
  });

  it('refuses a value list whose length does not match the sizes, and keeps it as lost', () => {
    const input = { ...base(), value: [1, 2, 3] };
    const [result] = readJsonStat(input).datasets;
    expect(result!.value).toBeUndefined();
    expect(result!.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_input', ['value']],
    ]);
    expect(result!.lost).toContainEqual({ path: 'value', pattern: 'value', value: [1, 2, 3] });
  });

  it.each([
    ['a dimension that is missing', (raw: Raw) => delete raw.dimension.time, 'required'],
    ['ids and sizes of different length', (raw: Raw) => raw.size.pop(), 'too_small'],
    ['a size that is no number', (raw: Raw) => (raw.size[0] = 'two'), 'invalid_type'],
    ['a size other than the categories', (raw: Raw) => (raw.size = [3, 2]), 'invalid_input'],
    ['no id', (raw: Raw) => delete raw.id, 'required'],
    ['a duplicate dimension id', (raw: Raw) => (raw.id = ['geo', 'geo']), 'duplicate'],
    [
      'a duplicate category',
      (raw: Raw) => (raw.dimension.geo.category.index = ['05113', '05113']),
      'duplicate',
    ],
    [
      'an index position out of range',
      (raw: Raw) => (raw.dimension.geo.category.index = { '05113': 0, '05913': 5 }),
      'invalid_input',
    ],
    ['no categories', (raw: Raw) => delete raw.dimension.geo.category, 'required'],
    ['values of the wrong type', (raw: Raw) => (raw.value = 'many'), 'invalid_type'],
  ])('refuses %s', (_, breaks, code) => {
    const input = base();
    breaks(input);
    const [result] = readJsonStat(input).datasets;
    expect(result!.value).toBeUndefined();
    expect(result!.issues.map((issue) => issue.code)).toContain(code);
    expect(result!.lost.length).toBeGreaterThan(0);
  });

  it('reads around bad cells: text values, out-of-range keys, a flag that denies its value', () => {
    const [result] = readJsonStat(
      { ...base(), value: { 0: 'n/a', 1: 2, 2: 3, 9: 1 }, status: { 2: 'c', 3: '?', 8: 'p' } },
      { indicator: 'beds' },
    ).datasets;
    const observations = result!.value!.observations;
    expect(observations.map((o) => [o.region, o.period, o.value, o.status, o.flag])).toEqual([
      ['05113', '2023', 2, 'normal', undefined],
      // An unknown flag is kept; the value stays normal.
      ['05913', '2023', null, 'missing', '?'],
    ]);
    expect(result!.issues.map((issue) => issue.code).sort()).toEqual(
      [
        'invalid_input',
        'invalid_input',
        'invalid_type',
        'unknown_code',
        'value_status_mismatch',
      ].sort(),
    );
    expect(result!.lost.map((field) => field.path).sort()).toEqual(
      ['status.2', 'status.8', 'value.0', 'value.2', 'value.9'].sort(),
    );
  });

  it('refuses a status list of the wrong length, keeping the values', () => {
    const [result] = readJsonStat(
      { ...base(), status: ['p', 'p'] },
      { indicator: 'beds' },
    ).datasets;
    expect(result!.value!.observations).toHaveLength(4);
    expect(result!.issues.map((issue) => issue.code)).toEqual(['invalid_input']);
    expect(result!.lost).toContainEqual({ path: 'status', pattern: 'status', value: ['p', 'p'] });
  });

  it('keeps one of two categories that name one region apart, and says so', () => {
    const input = base();
    input.dimension.geo.category.index = ['DEA13', '05113'];
    const [result] = readJsonStat(input).datasets;
    expect(result!.value!.observations.map((o) => o.region)).toEqual(['05113', '05113']);
    expect(result!.issues.map((issue) => [issue.code, issue.path.at(-1)])).toEqual([
      ['duplicate', 1],
    ]);
    expect(result!.lost).toHaveLength(2);
  });

  it('keeps __proto__ keys as plain keys and pollutes nothing', () => {
    const input = JSON.parse(`{
      "version": "2.0", "class": "dataset", "id": ["geo", "time", "__proto__"], "size": [1, 1, 2],
      "dimension": {
        "geo": { "category": { "index": ["DE"] } },
        "time": { "category": { "index": ["2020"] } },
        "__proto__": { "label": "odd", "category": {
          "index": { "__proto__": 0, "constructor": 1 },
          "label": { "__proto__": "polluted?", "constructor": "also" } } }
      },
      "value": [1, 2], "extension": { "__proto__": { "polluted": true } }
    }`);
    const [result] = readJsonStat(input, { indicator: 'x' }).datasets;
    const dimension = result!.value!.dimensions[2]!;
    expect(dimension.id).toBe('__proto__');
    expect(dimension.categories.map((category) => category.label)).toEqual([
      { und: 'polluted?' },
      { und: 'also' },
    ]);
    const keys = result!.value!.observations.map((o) =>
      Object.entries(o.breakdowns?.dimensions ?? {}),
    );
    expect(keys).toEqual([[['d__proto__', '__proto__']], [['d__proto__', 'constructor']]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const extension = result!.lost.find((field) => field.path === 'extension')?.value as object;
    expect(Object.hasOwn(extension, '__proto__')).toBe(true);
  });

  it('reads huge strings in time', () => {
    const huge = 'Ä'.repeat(2_000_000);
    const input = base();
    input.label = huge;
    input.dimension.geo.category.index = ['05113', `9${'1'.repeat(1_000_000)}`];
    input.dimension.time.label = huge;
    input.status = huge;
    const started = performance.now();
    const [result] = readJsonStat(input).datasets;
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result!.value!.observations.length).toBe(2);
    expect(result!.issues.some((issue) => issue.code === 'unknown_code')).toBe(true);
  });

  it('refuses collections nested too deep', () => {
    let node: Raw = { class: 'collection', link: { item: [base()] } };
    for (let depth = 0; depth < 40; depth++) node = { class: 'collection', link: { item: [node] } };
    expect(codes({ version: '2.0', ...node })).toEqual(['invalid_input']);
  });
});
