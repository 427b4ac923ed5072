import {
  issueCodes,
  type Observation,
  statusFromFlag,
  validateObservation,
} from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { regionOfCode } from '../dataset';
import { readJsonStat } from './read';
import {
  categoryIds,
  cellCount,
  cellOf,
  fixture,
  fixtureNames,
  fixtureText,
  type Raw,
  rawFlag,
  rawValue,
} from './testing';

const read = (name: string) => readJsonStat(fixture(name));
const only = (name: string) => read(name).datasets[0]!;

/** The observation whose fields match, failing the test unless there is exactly one. */
function find(observations: readonly Observation[], match: Partial<Observation>): Observation {
  const found = observations.filter((observation) =>
    Object.entries(match).every(
      ([key, value]) =>
        JSON.stringify(observation[key as keyof Observation]) === JSON.stringify(value),
    ),
  );
  expect(found, JSON.stringify(match)).toHaveLength(1);
  return found[0]!;
}

describe('readJsonStat on every fixture', () => {
  it.each(fixtureNames)('%s reads without a crash into valid observations', (name) => {
    const result = readJsonStat(fixture(name));
    expect(readJsonStat(fixtureText(name))).toEqual(result);
    for (const dataset of result.datasets) {
      for (const issue of dataset.issues) expect(issueCodes).toContain(issue.code);
      for (const observation of dataset.value?.observations ?? []) {
        const checked = validateObservation(observation);
        expect(checked.ok, JSON.stringify(observation)).toBe(true);
      }
    }
  });
});

describe('Eurostat EHIS (JSON-stat 2.0, sparse values and status)', () => {
  const raw = fixture('eurostat_HLTH_EHIS_HC7.json');
  const result = only('eurostat_HLTH_EHIS_HC7.json');
  const dataset = result.value!;
  const labels: Record<string, string> = raw.extension.status.label;

  it('keeps the dimensions in order with their labels', () => {
    expect(dataset.id).toBe(raw.extension.id);
    expect(dataset.label).toEqual({ en: raw.label });
    expect(dataset.updated).toBe(raw.updated);
    expect(dataset.source).toEqual({ producer: raw.source });
    expect(dataset.dimensions.map((dimension) => dimension.id)).toEqual(raw.id);
    const geo = dataset.dimensions.find((dimension) => dimension.id === 'geo')!;
    expect(geo.label).toEqual({ en: raw.dimension.geo.label });
    expect(geo.categories.map((category) => category.id)).toEqual(categoryIds(raw.dimension.geo));
    expect(geo.categories[0]!.label).toEqual({ en: raw.dimension.geo.category.label.BE });
  });

  it.each([
    {
      freq: 'A',
      age: 'TOTAL',
      sex: 'T',
      icd10: 'E10-E14',
      isced97: 'TOTAL',
      geo: 'DE',
      time: '2008',
    },
    {
      freq: 'A',
      age: 'Y65-74',
      sex: 'F',
      icd10: 'I10-I15',
      isced97: 'ED0-2',
      geo: 'AT',
      time: '2008',
    },
    { freq: 'A', age: 'Y_GE85', sex: 'M', icd10: 'J45', isced97: 'ED5_6', geo: 'EL', time: '2008' },
  ])('gives the cell $geo $sex $age $icd10 $isced97 its value', (coordinate) => {
    const cell = cellOf(raw, coordinate);
    const match = {
      region: coordinate.geo === 'EL' ? 'GR' : coordinate.geo,
      period: coordinate.time,
      breakdowns: {
        ageGroup: coordinate.age,
        sex: { T: 'total', F: 'female', M: 'male' }[coordinate.sex] as 'total',
        dimensions: { freq: 'A', icd10: coordinate.icd10, isced97: coordinate.isced97 },
      },
    };
    if (rawValue(raw, cell) === null && rawFlag(raw, cell) === undefined) {
      // A cell the sparse file leaves out is no observation.
      expect(
        dataset.observations.filter(
          (o) =>
            JSON.stringify(o.breakdowns) === JSON.stringify(match.breakdowns) &&
            o.region === match.region,
        ),
      ).toEqual([]);
      return;
    }
    const observation = find(dataset.observations, match);
    expect(observation.indicator).toBe('hlth-ehis-hc7');
    expect(observation.value).toBe(rawValue(raw, cell));
    expect(observation.flag).toBe(rawFlag(raw, cell));
  });

  it('reads every flag of the file, with its label as a footnote', () => {
    const flagged = Object.entries(raw.status as Record<string, string>);
    expect(flagged.length).toBeGreaterThan(0);
    const byFlag = new Map<string, Observation[]>();
    for (const observation of dataset.observations) {
      if (observation.flag)
        byFlag.set(observation.flag, [...(byFlag.get(observation.flag) ?? []), observation]);
    }
    expect(new Set(byFlag.keys())).toEqual(new Set(flagged.map(([, flag]) => flag)));
    for (const [flag, observations] of byFlag) {
      expect(observations).toHaveLength(flagged.filter(([, found]) => found === flag).length);
      for (const observation of observations) {
        expect(observation.footnotes).toEqual([{ en: labels[flag] }]);
      }
    }
    // `|C`: Eurostat's OBS_STATUS|CONF_STATUS, confidential; the cells have no value.
    for (const observation of byFlag.get('|C') ?? []) {
      expect(observation).toMatchObject({ status: 'confidential', value: null });
    }
    for (const observation of byFlag.get('u') ?? []) {
      expect(observation.status).toBe(statusFromFlag('eurostat', 'u'));
      expect(observation.value).not.toBeNull();
    }
  });

  it('makes one observation per value or flag, and keeps the rest of extension as lost', () => {
    const cells = new Set([...Object.keys(raw.value), ...Object.keys(raw.status)]);
    expect(dataset.observations).toHaveLength(cells.size);
    expect(result.issues).toEqual([]);
    const patterns = new Set(result.lost.map((field) => field.pattern));
    expect(patterns).toContain('extension.annotation');
    expect(patterns).not.toContain('extension.status');
    expect(patterns).not.toContain('extension.id');
  });
});

describe('json-stat.org samples', () => {
  it('canada: metric categories are indicators, sexes are breakdowns, units are kept', () => {
    const raw = fixture('jsonstat-org-samples_canada.json');
    const dataset = only('jsonstat-org-samples_canada.json').value!;
    const coordinate = { country: 'CA', year: '2012', age: '44', concept: 'PERCENT', sex: 'M' };
    const observation = find(dataset.observations, {
      indicator: 'percent',
      region: 'CA',
      breakdowns: { sex: 'male', dimensions: { age: '44' } },
    });
    const cell = cellOf(raw, coordinate);
    expect(observation.value).toBe(rawValue(raw, cell));
    expect(observation.flag).toBe(rawFlag(raw, cell));
    const concept = dataset.dimensions.find((dimension) => dimension.id === 'concept')!;
    expect(concept.role).toBe('metric');
    expect(concept.categories[0]!.unit).toEqual({
      label: { und: raw.dimension.concept.category.unit.POP.label },
      decimals: raw.dimension.concept.category.unit.POP.decimals,
    });
  });

  it('oecd: status "e" is estimated; aggregates without a region are reported once and lost', () => {
    const raw = fixture('jsonstat-org-samples_oecd.json');
    const result = only('jsonstat-org-samples_oecd.json');
    const estimated = Object.keys(raw.status).map(Number);
    for (const cell of estimated) {
      const area = categoryIds(raw.dimension.area)[Math.floor(cell / 12)]!;
      const year = categoryIds(raw.dimension.year)[cell % 12]!;
      const region = regionOfCode(area);
      if (region === undefined) {
        expect(result.lost).toContainEqual({
          path: `status.${cell}`,
          pattern: 'status.*',
          value: 'e',
        });
        continue;
      }
      const observation = find(result.value!.observations, { region, period: year });
      expect(observation).toMatchObject({ status: 'estimated', flag: 'e', value: raw.value[cell] });
    }
    const eu15 = categoryIds(raw.dimension.area).indexOf('EU15');
    const issue = result.issues.find(
      (found) => found.path.join('/') === 'dimension/area/category/index/EU15',
    );
    expect(issue?.code).toBe('invalid_input');
    expect(issue?.message).toContain('12 cells');
    expect(result.lost).toContainEqual({
      path: `value[${eu15 * 12}]`,
      pattern: 'value[*]',
      value: raw.value[eu15 * 12],
    });
    expect(result.value!.notes).toEqual(raw.note.map((note: string) => ({ und: note })));
  });

  it('hierarchy: keeps child lists on the categories', () => {
    const raw = fixture('jsonstat-org-samples_hierarchy.json');
    const [commodity] = only('jsonstat-org-samples_hierarchy.json').value!.dimensions;
    const children = Object.fromEntries(
      commodity!.categories.flatMap((category) =>
        category.children ? [[category.id, category.children]] : [],
      ),
    );
    expect(children).toEqual(raw.dimension.commodity.category.child);
  });

  it('collection: embedded datasets are read, links to others are lost', () => {
    const links = readJsonStat(fixture('jsonstat-org-samples_collection.json'));
    expect(links.datasets).toEqual([]);
    expect(links.lost.filter((field) => field.pattern === 'link.item[*]')).toHaveLength(
      fixture('jsonstat-org-samples_collection.json').link.item.length,
    );
    const embedded = read('jsonstat-org-samples_oecd-canada-col.json');
    expect(embedded.datasets.map((result) => result.value?.observations.length)).toEqual([
      only('jsonstat-org-samples_oecd.json').value!.observations.length,
      only('jsonstat-org-samples_canada.json').value!.observations.length,
    ]);
    expect(embedded.datasets[0]!.issues[0]!.path.slice(0, 3)).toEqual(['link', 'item', 0]);
  });
});

describe('JSON-stat 1.x responses', () => {
  it('reads each dataset of a bundle, named by its key, like its 2.0 twin', () => {
    const bundle = read('jsonstat-org-samples_oecd-canada.json');
    expect(bundle.datasets.map((result) => result.value?.id)).toEqual(['oecd', 'canada']);
    const twin = only('jsonstat-org-samples_oecd.json').value!.observations;
    const values = (observations: readonly Observation[]) =>
      observations.map(({ source: _, ...observation }) => observation);
    expect(values(bundle.datasets[0]!.value!.observations)).toEqual(values(twin));
    expect(bundle.datasets[0]!.lost[0]!.path.startsWith('oecd.')).toBe(true);
  });

  it('CSO: sizes as text, an index out of key order, a geo dimension found by its name', () => {
    const raw = fixture('www.cso.ie_cso_ie-CIA01.json').dataset;
    const result = only('www.cso.ie_cso_ie-CIA01.json');
    const dimensions = result.value!.dimensions;
    expect(dimensions.map((dimension) => dimension.categories.length)).toEqual(
      raw.dimension.size.map(Number),
    );
    expect(dimensions[0]!.categories[0]!.id).toBe('-');
    const coordinate = { 'County and Region': 'IE11', Year: '2014', Statistic: 'CIA01C08' };
    const observation = find(result.value!.observations, {
      indicator: 'cia01c08',
      region: 'IE11',
      period: '2014',
    });
    expect(observation.value).toBe(rawValue(raw, cellOf(raw, coordinate)));
    // "-" (the State) and the 6-character county codes name no region the model holds.
    expect(result.issues.map((issue) => issue.path.at(-1))).toContain('-');
  });

  it('Eurostat: status given as { value, category }, with its labels as footnotes', () => {
    const name = 'www.ec.europa.eu_eurostat_eurostat-name_gpd_c.json';
    const raw = fixture(name).nama_gdp_c;
    const result = only(name);
    const labels = raw.status.category.label as Record<string, string>;
    for (const geo of ['DE', 'FR', 'IT']) {
      for (const time of ['1950', '1995', '2014']) {
        const cell = cellOf(raw, { unit: 'EUR_HAB', indic_na: 'B1GM', geo, time });
        const value = rawValue(raw, cell);
        const flag = rawFlag(raw, cell);
        const found = result.value!.observations.filter(
          (observation) => observation.region === geo && observation.period === time,
        );
        if (value === null && flag === undefined) {
          expect(found).toEqual([]);
          continue;
        }
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({
          value,
          ...(flag && { flag, footnotes: [{ en: labels[flag] }] }),
        });
      }
    }
    const statuses = new Set(
      result.value!.observations.map((observation) => `${observation.flag}:${observation.status}`),
    );
    expect(statuses).toEqual(new Set(['undefined:normal', '::missing', 'e:estimated', 'b:break']));
    expect(result.lost.map((field) => field.pattern)).toContain('nama_gdp_c.wsVersion');
  });
});

describe('the cells of synthetic cubes', () => {
  const cube = (extra: Raw): Raw => ({
    version: '2.0',
    class: 'dataset',
    id: ['geo', 'time'],
    size: [2, 2],
    dimension: {
      geo: { category: { index: ['DEA13', 'EU27_2020'] } },
      time: { category: { index: ['2023Q4', '2024Q1'] } },
    },
    ...extra,
  });

  it('maps NUTS and quarters to the model, one status string for all cells', () => {
    const [result] = readJsonStat(cube({ value: [1, 2, 3, 4], status: 'p' }), {
      indicator: 'beds',
    }).datasets;
    expect(result!.value!.observations).toEqual([
      {
        indicator: 'beds',
        region: '05113',
        period: '2023-Q4',
        value: 1,
        status: 'provisional',
        flag: 'p',
      },
      {
        indicator: 'beds',
        region: '05113',
        period: '2024-Q1',
        value: 2,
        status: 'provisional',
        flag: 'p',
      },
    ]);
    expect(result!.lost).toEqual([
      { path: 'value[2]', pattern: 'value[*]', value: 3 },
      { path: 'value[3]', pattern: 'value[*]', value: 4 },
    ]);
    expect(result!.issues).toHaveLength(1);
    expect(result!.issues[0]!.path).toEqual(['dimension', 'geo', 'category', 'index', 1]);
    expect(result!.issues[0]!.message).toContain('"EU27_2020"');
  });

  it('reads sparse values with sparse flags, flags without values, and null cells', () => {
    const [result] = readJsonStat(
      cube({ value: { 0: 5, 1: null }, status: { 1: ':', 2: 'e', 7: 'p' } }),
      { indicator: 'beds' },
    ).datasets;
    expect(result!.value!.observations.map((o) => [o.period, o.value, o.status, o.flag])).toEqual([
      ['2023-Q4', 5, 'normal', undefined],
      ['2024-Q1', null, 'missing', ':'],
    ]);
    expect(result!.lost).toContainEqual({ path: 'status.7', pattern: 'status.*', value: 'p' });
    expect(result!.lost).toContainEqual({ path: 'status.2', pattern: 'status.*', value: 'e' });
  });

  it('takes the indicator from the option, the Eurostat id or the label', () => {
    const indicator = (extra: Raw, options = {}) =>
      readJsonStat(cube({ value: [1, null, null, null], ...extra }), options).datasets[0]!.value!
        .observations[0]?.indicator;
    expect(indicator({ label: 'Hospital beds per 100 000' })).toBe('hospital-beds-per-100-000');
    expect(indicator({ label: 'x', extension: { id: 'HLTH_RS_BDS1' } })).toBe('hlth-rs-bds1');
    expect(indicator({}, { indicator: 'beds' })).toBe('beds');
  });

  it('counts the cells of a cube without a time dimension in one issue', () => {
    const [result] = readJsonStat(
      {
        version: '2.0',
        class: 'dataset',
        id: ['geo'],
        size: [2],
        dimension: { geo: { category: { index: ['DE', 'FR'] } } },
        value: [1, 2],
      },
      { indicator: 'beds' },
    ).datasets;
    expect(result!.value!.observations).toEqual([]);
    expect(result!.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_input', ['dimension']],
    ]);
    expect(result!.issues[0]!.message).toContain('2 cells');
    expect(result!.lost).toHaveLength(2);
  });
});

describe('cell count of the fixtures', () => {
  it('gives each 2.0 dataset as many cells as its sizes make', () => {
    const raw = fixture('jsonstat-org-samples_us-gsp.json');
    expect(cellCount(raw)).toBe(raw.value.length);
  });
});

describe('readJsonStat and numeric codes of other countries', () => {
  it('does not take US county FIPS codes for German district keys', () => {
    const result = only('jsonstat-org-samples_us-unr.json');
    const regions = new Set(result.value?.observations.map((observation) => observation.region));
    expect([...regions].filter((region) => /^\d+$/.test(region))).toEqual([]);
    // The cells are not dropped: they are lost, with one issue per unmappable category.
    expect(result.lost.length).toBeGreaterThan(0);
    expect(result.issues.some((issue) => /names no region/.test(issue.message))).toBe(true);
  });

  it('still reads German keys as AGS', () => {
    const dataset = {
      version: '2.0',
      class: 'dataset',
      label: 'Beds',
      id: ['geo', 'time'],
      size: [2, 1],
      role: { geo: ['geo'], time: ['time'] },
      dimension: {
        geo: { category: { index: ['05113', '05315000'] } },
        time: { category: { index: ['2023'] } },
      },
      value: [1, 2],
    };
    const result = readJsonStat(dataset, { indicator: 'beds' }).datasets[0]!;
    expect(result.value?.observations.map((observation) => observation.region)).toEqual([
      '05113',
      '05315',
    ]);
  });
});
