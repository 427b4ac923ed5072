import { existsSync, readFileSync } from 'node:fs';
import { validateObservation } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { readSdmxJson, readSdmxJsonDataSets } from './read';

const fixtures = new URL('../../../../../../shared/fixtures/stats/sdmx-json/', import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));
const v2 = 'v3_sdmx-json-2.0_exr-time-series.json';

/** The observations as comparable rows, in a stable order. */
const rows = (result: ReturnType<typeof readSdmxJson>) =>
  (result.value?.observations ?? [])
    .map((o) => [o.breakdowns?.dimensions?.CURRENCY, o.period, o.value, o.status, o.flag].join('|'))
    .sort();

describe('readSdmxJson on the ECB EXR samples', () => {
  it('finds the fixtures', () => {
    expect(existsSync(new URL(v2, fixtures))).toBe(true);
  });

  it('reads a 2.0 message: values, dimensions, attributes and annotations from the source', () => {
    const source = fixture(v2);
    const result = readSdmxJson(source, { region: 'DE' });
    expect(result.issues).toEqual([]);
    const dataset = result.value!;
    expect(dataset.id).toBe('ECB:EXR(1.0)');
    expect(dataset.source?.producer).toBe(source.meta.sender.name);
    expect(dataset.observations).toHaveLength(4);

    // Series "1" (RUB), observation "1" (2013-01-21): [40.3, 0, 1] = value, OBS_STATUS, annotation.
    const raw = source.data.dataSets[0].series['1'].observations['1'];
    const rub = dataset.observations.find(
      (o) => o.breakdowns?.dimensions?.CURRENCY === 'RUB' && o.period === '2013-01-21',
    )!;
    expect(rub.value).toBe(raw[0]);
    const structure = source.data.structures[0];
    expect(rub.flag).toBe(structure.attributes.observation[0].values[raw[1]].id);
    expect(rub.status).toBe('normal');
    expect(rub.footnotes).toContainEqual(structure.annotations[raw[2]].texts);
    expect(rub.footnotes).toContainEqual({ en: 'Series title: Russian rouble (RUB)' });
    // The dataSet attribute TIME_FORMAT is not in the data: its default applies.
    expect(rub.footnotes).toContainEqual({ en: 'Time Format: Daily' });
    expect(rub.breakdowns?.dimensions).toMatchObject({ FREQ: 'D', CURRENCY_DENOM: 'EUR' });
    for (const observation of dataset.observations) {
      expect(validateObservation(observation).ok).toBe(true);
    }

    const time = dataset.dimensions.find((d) => d.id === 'TIME_PERIOD')!;
    expect(time.role).toBe('time');
    expect(time.categories.map((c) => c.id)).toEqual(['2013-01-18', '2013-01-21']);
    expect(dataset.dimensions.map((d) => d.id)).toEqual([
      'FREQ',
      'CURRENCY',
      'CURRENCY_DENOM',
      'EXR_TYPE',
      'EXR_SUFFIX',
      'TIME_PERIOD',
    ]);
    expect(dataset.dimensions[1]!.categories[1]).toEqual({
      id: 'RUB',
      label: { en: 'Russian rouble' },
    });
  });

  it('reports what has no place as lost: the time values’ start and end, the links', () => {
    const result = readSdmxJson(fixture(v2), { region: 'DE' });
    const paths = result.lost.map((field) => field.path);
    expect(paths).toContain('data.structures[0].dimensions.observation[0].values[0].start');
    expect(paths).toContain('meta.prepared');
    expect(paths).toContain('data.dataSets[0].links');
  });

  it('reads the same figures from the series, cross-section and flat layouts (1.0)', () => {
    const ts = rows(readSdmxJson(fixture('ECB_EXR_ts.json'), { region: 'DE' }));
    expect(ts).toHaveLength(4);
    expect(rows(readSdmxJson(fixture('ECB_EXR_xs.json'), { region: 'DE' }))).toEqual(ts);
    expect(rows(readSdmxJson(fixture('ECB_EXR_flat.json'), { region: 'DE' }))).toEqual(ts);
    expect(rows(readSdmxJson(fixture(v2), { region: 'DE' }))).toEqual(ts);
  });

  it('reports a Delete dataSet instead of reading it as data', () => {
    const source = fixture('ECB_EXR_action-delete.json');
    const results = readSdmxJsonDataSets(source, { region: 'DE' });
    expect(results).toHaveLength(2);
    expect(results[0]!.value!.observations.map((o) => o.value)).toEqual([
      source.dataSets[0].series['0'].observations['1'][0],
      source.dataSets[0].series['1'].observations['1'][0],
    ]);
    expect(results[1]!.value).toBeUndefined();
    expect(results[1]!.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['dataSets.1.action', 'invalid_input'],
    ]);
    expect(results[1]!.lost.map((f) => f.path)).toContain('dataSets[1].series');
    const merged = readSdmxJson(source, { region: 'DE' });
    expect(merged.value!.observations).toHaveLength(2);
    expect(merged.issues).toHaveLength(1);
  });

  it('asks for a region when the data have no geographic dimension', () => {
    const result = readSdmxJson(fixture(v2));
    expect(result.value!.observations).toEqual([]);
    expect(result.issues.map((i) => [i.code, i.in])).toEqual([['required', 'source']]);
  });

  it('takes the indicator id from the options', () => {
    const named = readSdmxJson(fixture(v2), { region: 'DE', indicator: 'eur-exchange-rate' });
    expect(new Set(named.value!.observations.map((o) => o.indicator))).toEqual(
      new Set(['eur-exchange-rate']),
    );
    const derived = readSdmxJson(fixture(v2), { region: 'DE' });
    expect(derived.value!.observations[0]!.indicator).toBe('ecb-exr-1.0');
  });
});

// Synthetic: a small SDMX-JSON 2.0 message written for these tests (not a fixture), to cover
// what the ECB samples do not: regions, sex and age, statuses, confidentiality, pre-break
// values, several measures, dimension-group and uncoded attributes.
function synthetic() {
  const value = (id: string, name?: string) => ({ id, ...(name ? { name } : {}) });
  return {
    meta: { id: 'T1', prepared: '2024-01-01T00:00:00Z', contentLanguages: ['de'] },
    data: {
      structures: [
        {
          links: [{ rel: 'dataflow', urn: 'urn:sdmx:x.Dataflow=TEST:HEALTH(1.0)' }],
          names: { de: 'Testdaten', en: 'Test data' },
          dimensions: {
            dataSet: [{ id: 'FREQ', keyPosition: 0, values: [value('A')] }],
            series: [
              {
                id: 'REF_AREA',
                keyPosition: 1,
                roles: ['REF_AREA'],
                values: [value('DEA13', 'Essen'), value('DE'), value('EU27_2020')],
              },
              { id: 'SEX', keyPosition: 2, values: [value('F'), value('M'), value('_T')] },
              { id: 'AGE', keyPosition: 3, values: [value('Y15-64'), value('_T'), value('Y_OLD')] },
            ],
            observation: [
              {
                id: 'TIME_PERIOD',
                keyPosition: 4,
                roles: ['TIME_PERIOD'],
                values: [value('2022'), value('2023-Q1'), value('2023-W01')],
              },
            ],
          },
          measures: { observation: [{ id: 'OBS_VALUE' }, { id: 'OBS_COUNT' }] },
          attributes: {
            dimensionGroup: [
              {
                id: 'UNIT_MEASURE',
                names: { de: 'Einheit' },
                relationship: { dimensions: ['REF_AREA'] },
                values: [value('PS', 'Personen')],
              },
            ],
            observation: [
              {
                id: 'OBS_STATUS',
                relationship: { observation: {} },
                values: [value('A'), value('P'), value('B'), value('M')],
              },
              {
                id: 'CONF_STATUS',
                relationship: { observation: {} },
                values: [value('F'), value('C')],
              },
              { id: 'OBS_PRE_BREAK', relationship: { observation: {} } },
              { id: 'COMMENT', names: { de: 'Kommentar' }, relationship: { observation: {} } },
            ],
          },
        },
      ],
      dataSets: [
        {
          structure: 0,
          dimensionGroupAttributes: { ':0:::': [0] },
          series: {
            '0:0:0': {
              observations: {
                '0': [10, 1, 1, 0, null, 'Schätzung'],
                '1': [11, 2, 2, 0, 9.5],
                '2': [12, 2],
              },
            },
            '0:2:1': { observations: { '0': [13, 3, 3, 0], '1': [null, 0, 0, 0] } },
            '1:1:1': { observations: { '0': [20, 22, 0, 1] } },
            '2:2:1': { observations: { '0': [30, 31] } },
            '0:0:2': { observations: { '0': [40, 41] } },
            '9:0:0': { observations: { '0': [50, 51] } },
          },
        },
      ],
    },
  };
}

describe('readSdmxJson on a synthetic message', () => {
  const result = readSdmxJson(synthetic());
  const find = (indicator: string, region: string, period: string, sex?: string) =>
    result.value!.observations.filter(
      (o) =>
        o.indicator === indicator &&
        o.region === region &&
        o.period === period &&
        (sex === undefined || o.breakdowns?.sex === sex),
    );

  it('maps regions, periods, sex and age, one indicator per measure', () => {
    const [essen] = find('test-health-1.0-obs-value', '05113', '2022', 'female');
    expect(essen).toMatchObject({
      value: 10,
      status: 'provisional',
      flag: 'P',
      breakdowns: { sex: 'female', ageGroup: 'Y15-64', dimensions: { FREQ: 'A' } },
    });
    expect(essen!.footnotes).toEqual([{ de: 'Einheit: Personen' }, { de: 'Kommentar: Schätzung' }]);
    expect(find('test-health-1.0-obs-count', '05113', '2022', 'female')[0]!.value).toBe(1);
    expect(find('test-health-1.0-obs-value', '05113', '2023-Q1', 'female')[0]).toMatchObject({
      value: 11,
      status: 'break',
      preBreakValue: 9.5,
    });
    expect(find('test-health-1.0-obs-value', 'DE', '2022')[0]).toMatchObject({
      value: null,
      status: 'confidential',
      flag: 'A',
      footnotes: [{ de: 'CONF_STATUS: C' }],
      breakdowns: { sex: 'male', ageGroup: 'TOTAL' },
    });
  });

  it('keeps unmapped codes as dimensions, and a number a status withholds as lost', () => {
    const total = find('test-health-1.0-obs-value', '05113', '2022', 'total')[0]!;
    expect(total).toMatchObject({ value: null, status: 'not-applicable', flag: 'M' });
    expect(result.lost).toContainEqual(
      expect.objectContaining({ path: 'data.dataSets.0.series.0:2:1.observations.0.0', value: 13 }),
    );
    const missing = find('test-health-1.0-obs-value', '05113', '2023-Q1', 'total')[0]!;
    expect(missing).toMatchObject({ value: null, status: 'missing', flag: 'A' });
    const old = result.value!.observations.find((o) => o.breakdowns?.dimensions?.AGE === 'Y_OLD');
    expect(old?.value).toBe(40);
  });

  it('reports codes it cannot place, once each, and bad keys', () => {
    const issues = result.issues.map((i) => [i.path.join('.'), i.code]);
    expect(issues).toContainEqual([
      'data.dataSets.0.series.2:2:1.observations.0',
      'unknown_region',
    ]);
    expect(issues).toContainEqual([
      'data.dataSets.0.series.0:0:0.observations.2',
      'invalid_format',
    ]);
    expect(issues).toContainEqual(['data.dataSets.0.series.9:0:0', 'invalid_key']);
    expect(result.value!.observations.some((o) => o.value === 30 || o.value === 50)).toBe(false);
  });

  it('every observation it returns validates', () => {
    expect(result.value!.observations.length).toBeGreaterThan(0);
    for (const o of result.value!.observations) expect(validateObservation(o).ok).toBe(true);
  });
});

describe('readSdmxJson on bad input', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['an empty object', {}],
    ['data without dataSets', { data: { structures: [] } }],
    ['dataSets of the wrong type', { data: { structures: [{}], dataSets: 'x' } }],
    ['a structure of the wrong type', { data: { structures: [5], dataSets: [{ series: {} }] } }],
    ['an error message', { errors: [{ code: 150, title: 'Invalid key' }] }],
  ])('gives issues, not a throw, for %s', (_name, input) => {
    const result = readSdmxJson(input);
    expect(result.value?.observations ?? []).toEqual([]);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('reads a message cut short: what is there, and issues', () => {
    const source = fixture(v2);
    delete source.data.structures[0].dimensions.observation;
    const result = readSdmxJson(source, { region: 'DE' });
    expect(result.value!.observations).toEqual([]);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('leaves Object.prototype alone with __proto__ keys and huge strings', () => {
    const source = JSON.parse(
      JSON.stringify(fixture(v2)).replace('"series":{', '"series":{"__proto__":{"polluted":1},'),
    );
    source.data.structures[0].dimensions.series[0].values[0].id = 'x'.repeat(1_000_000);
    const result = readSdmxJson(source, { region: 'DE' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.issues.some((i) => i.code === 'invalid_key')).toBe(true);
    expect(result.value!.observations.length).toBe(4);
  });
});
