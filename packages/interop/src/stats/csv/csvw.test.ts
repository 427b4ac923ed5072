import type { Observation } from '@nrw-health/core';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsvwMetadata } from './csvw';
import { readObservationsCsv } from './read';
import { type ObservationsCsvOptions, writeObservationsCsv } from './write';

const observations: Observation[] = [
  {
    indicator: 'life-expectancy',
    region: '05913',
    period: '2021',
    value: 79.25,
    status: 'estimated',
    breakdowns: { sex: 'female', dimensions: { 'age-band': 'Y65-74' } },
  },
  {
    indicator: 'life-expectancy',
    region: '05913',
    period: '2022',
    value: null,
    status: 'missing',
    flag: ':',
    breakdowns: { sex: 'female', dimensions: { 'age-band': 'Y65-74' } },
  },
];

const dataset = {
  label: { de: 'Lebenserwartung', en: 'Life expectancy' },
  source: {
    producer: 'IT.NRW',
    url: 'https://www.landesdatenbank.nrw.de',
    licence: 'https://www.govdata.de/dl-de/by-2-0',
  },
  updated: '2024-03-01',
  observations,
};

type Column = { name: string; titles: string; datatype: unknown; required: boolean };
type Metadata = {
  '@context': string;
  url: string;
  dialect: { delimiter: string; encoding: string; header: boolean; lineTerminators: string[] };
  tableSchema: { columns: Column[]; primaryKey: string[] };
  [property: string]: unknown;
};

const headerOf = (csv: string, delimiter: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, preview: 1 }).data[0];

describe('writeCsvwMetadata', () => {
  it.each([
    ['de', ';'],
    ['en', ','],
  ] as const)(
    'describes the %s CSV as written: same columns, same dialect',
    (dialect, delimiter) => {
      const metadata = writeCsvwMetadata({ dialect, dataset }) as Metadata;
      const csv = writeObservationsCsv(observations, { dialect });
      expect(metadata['@context']).toBe('http://www.w3.org/ns/csvw');
      expect(metadata.url).toBe('observations.csv');
      expect(metadata.dialect).toMatchObject({
        delimiter,
        encoding: 'utf-8',
        header: true,
        lineTerminators: ['\r\n'],
      });
      expect(metadata.tableSchema.columns.map((column) => column.titles)).toEqual(
        headerOf(csv, delimiter),
      );
      const value = metadata.tableSchema.columns.find((column) => column.name === 'value');
      expect(value?.datatype).toEqual({
        base: 'number',
        format: { decimalChar: dialect === 'de' ? ',' : '.' },
      });
    },
  );

  it('marks required columns and the primary key, and names columns as CSVW allows', () => {
    const metadata = writeCsvwMetadata({ observations }) as Metadata;
    const required = metadata.tableSchema.columns.filter((column) => column.required);
    expect(required.map((column) => column.name)).toEqual([
      'indicator',
      'region',
      'period',
      'status',
    ]);
    expect(metadata.tableSchema.primaryKey).toEqual([
      'indicator',
      'region',
      'period',
      'sex',
      'age_group',
      'sector',
      'dim.age%2Dband',
      'source',
    ]);
    const names = metadata.tableSchema.columns.map((column) => column.name);
    // URI template variable names: letters, digits, _ and %-escapes, dots between them.
    for (const name of names)
      expect(name).toMatch(/^(?:[A-Za-z0-9_]|%[0-9A-F]{2})+(?:\.(?:[A-Za-z0-9_]|%[0-9A-F]{2})+)*$/);
    const status = metadata.tableSchema.columns.find((column) => column.name === 'status');
    const pattern = new RegExp((status!.datatype as { format: string }).format);
    expect(pattern.test('provisional')).toBe(true);
    expect(pattern.test('preliminary')).toBe(false);
  });

  it('says where the data come from, under which licence', () => {
    const metadata = writeCsvwMetadata({ dataset }) as Metadata;
    expect(metadata['dc:source']).toEqual({ '@id': 'https://www.landesdatenbank.nrw.de' });
    expect(metadata['dc:license']).toEqual({ '@id': 'https://www.govdata.de/dl-de/by-2-0' });
    expect(metadata['dc:publisher']).toBe('IT.NRW');
    expect(metadata['dc:modified']).toBe('2024-03-01');
    expect(writeCsvwMetadata({ observations })).not.toHaveProperty('dc:source');
  });
});

describe('readObservationsCsv with CSVW metadata', () => {
  it('reads a CSV with renamed columns and another separator by its metadata', () => {
    const options: ObservationsCsvOptions = {
      dialect: 'de',
      columns: [
        { field: 'region', title: 'Kreis' },
        { field: 'period', title: 'Jahr' },
        { field: 'indicator', title: 'Kennzahl' },
        { field: 'value', title: 'Wert' },
        'status',
        'flag',
        'sex',
        { field: 'dim.age-band', title: 'Altersband' },
      ],
    };
    const csv = writeObservationsCsv(observations, options);
    const metadata = JSON.parse(JSON.stringify(writeCsvwMetadata({ ...options, dataset })));
    const { value, issues, lost } = readObservationsCsv(csv, { metadata });
    expect(issues).toEqual([]);
    expect(lost).toEqual([]);
    expect(value?.observations).toEqual(observations);
    expect(value?.source).toEqual(dataset.source);
    expect(value?.label).toEqual(dataset.label);
    // Without the metadata the renamed columns mean nothing to the reader.
    expect(readObservationsCsv(csv).value?.observations).toEqual([]);
  });

  it('reads a CSV without a header row when the metadata says so', () => {
    const metadata = writeCsvwMetadata({ observations, dialect: 'en' }) as Metadata;
    metadata.dialect.header = false;
    const csv = writeObservationsCsv(observations, { dialect: 'en' });
    const body = csv.slice(csv.indexOf('\r\n') + 2);
    const { value, issues } = readObservationsCsv(body, { metadata });
    expect(issues).toEqual([]);
    expect(value?.observations).toEqual(observations);
  });

  it('lets options win over the metadata', () => {
    const metadata = writeCsvwMetadata({ observations, dialect: 'de' });
    const csv = writeObservationsCsv(observations, { dialect: 'de' }).replace('79,25', '79.25');
    const { value } = readObservationsCsv(csv, { metadata, decimal: '.' });
    expect(value?.observations[0]?.value).toBe(79.25);
  });

  it('reports metadata it cannot use, and reads the CSV as it finds it', () => {
    const csv = writeObservationsCsv(observations, { dialect: 'de' });
    for (const metadata of [null, 'csvw', [], { tableSchema: { columns: 'all' } }]) {
      const { value, issues } = readObservationsCsv(csv, { metadata });
      expect(issues.map((issue) => issue.path[0])).toEqual(['metadata']);
      expect(value?.observations).toEqual(observations);
    }
  });
});
