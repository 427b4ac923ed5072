import type { Observation } from '@nrw-health/core';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readObservationsCsv } from './read';
import { type OmittedCell, observationsCsvChunks, writeObservationsCsv } from './write';

const essen: Observation = {
  indicator: 'hospital-beds',
  region: '05113',
  period: '2022',
  value: 1234.5,
  status: 'provisional',
  flag: 'p',
  breakdowns: { sex: 'female', dimensions: { isced11: 'ED0-2' } },
  footnotes: [{ de: 'Stand: 31.12.; vorläufig', en: 'As of 31 Dec; provisional' }],
};
const ruhr: Observation = {
  indicator: 'hospital-beds',
  region: 'RVR',
  period: '2022',
  value: null,
  status: 'confidential',
  flag: '.',
};

const parse = (csv: string, delimiter: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

describe('writeObservationsCsv', () => {
  it('writes the German dialect: BOM, semicolons, decimal comma, CRLF', () => {
    const csv = writeObservationsCsv([essen, ruhr], { dialect: 'de' });
    expect(csv.startsWith('\uFEFFindicator;region;region_name;period;value;status;flag;')).toBe(
      true,
    );
    expect(csv.split('\r\n')).toHaveLength(4); // header, two rows, and the last line's end
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    const [header, first] = parse(csv, ';');
    expect(first![header!.indexOf('value')]).toBe('1234,5');
    expect(first![header!.indexOf('region_name')]).toBe('Essen');
  });

  it('writes the English dialect: no BOM, commas, decimal point', () => {
    const csv = writeObservationsCsv([essen, ruhr], { dialect: 'en' });
    expect(csv.startsWith('indicator,region,region_name,')).toBe(true);
    const [header, first, second] = parse(csv, ',');
    expect(first![header!.indexOf('value')]).toBe('1234.5');
    expect(second![header!.indexOf('region_name')]).toBe('Ruhr (Regionalverband Ruhr area)');
  });

  it('writes a missing value as an empty cell with its status, never as 0', () => {
    const [header, , row] = parse(writeObservationsCsv([essen, ruhr], { dialect: 'de' }), ';');
    expect(row![header!.indexOf('value')]).toBe('');
    expect(row![header!.indexOf('status')]).toBe('confidential');
  });

  it('has a column per breakdown dimension and one JSON cell for the footnotes', () => {
    const [header, row] = parse(writeObservationsCsv([essen, ruhr], { dialect: 'de' }), ';');
    expect(header).toEqual([
      'indicator',
      'region',
      'region_name',
      'period',
      'value',
      'status',
      'flag',
      'pre_break_value',
      'sex',
      'age_group',
      'sector',
      'dim.isced11',
      'footnotes',
      'source',
    ]);
    expect(row![header!.indexOf('dim.isced11')]).toBe('ED0-2');
    expect(JSON.parse(row![header!.indexOf('footnotes')]!)).toEqual(essen.footnotes);
  });

  it('chooses, renames and orders columns', () => {
    const csv = writeObservationsCsv([essen], {
      dialect: 'en',
      columns: [
        'period',
        { field: 'region', title: 'AGS' },
        { field: 'value', title: 'Betten' },
        'dim.isced11',
      ],
    });
    expect(csv).toBe('period,AGS,Betten,dim.isced11\r\n2022,05113,1234.5,ED0-2\r\n');
  });

  it('names regions in the language asked, whatever the dialect', () => {
    const csv = writeObservationsCsv([ruhr], { dialect: 'de', locale: 'en' });
    expect(csv).toContain('Ruhr (Regionalverband Ruhr area)');
  });

  it('rejects a column that is no field, before writing anything', () => {
    expect(() =>
      writeObservationsCsv([essen], { columns: ['value', 'colour' as 'value'] }),
    ).toThrow(/columns\[1\]/);
    expect(() => writeObservationsCsv([essen], { columns: ['value', 'value'] })).toThrow(/twice/);
  });

  it('never drops data unseen: a dimension without a column is reported or an error', () => {
    const omitted: OmittedCell[] = [];
    const csv = writeObservationsCsv([essen], {
      columns: ['indicator', 'region', 'period', 'value'],
      onOmitted: (cell) => omitted.push(cell),
    });
    expect(csv).not.toContain('ED0-2');
    expect(omitted).toEqual([
      { index: 0, field: 'dim.isced11', value: 'ED0-2', reason: 'no-column' },
    ]);
    expect(() => writeObservationsCsv([essen], { columns: ['indicator', 'value'] })).toThrow(
      /dim\.isced11/,
    );
  });

  it('reports a value that is not finite instead of writing it as empty', () => {
    const broken = { ...essen, value: Number.POSITIVE_INFINITY };
    const omitted: OmittedCell[] = [];
    writeObservationsCsv([broken], { onOmitted: (cell) => omitted.push(cell) });
    expect(omitted).toEqual([
      { index: 0, field: 'value', value: Number.POSITIVE_INFINITY, reason: 'not-finite' },
    ]);
  });
});

describe('spreadsheet formula injection', () => {
  const triggers = ['=1+1', '+49 201 123', '-', '@SUM(A1)', '\t=cmd', '\r=cmd'];

  it("neutralises text cells that start with = + - @ tab or CR with a leading '", () => {
    const rows = triggers.map(
      (flag, index): Observation => ({ ...essen, period: String(2000 + index), flag }),
    );
    const [header, ...cells] = parse(writeObservationsCsv(rows, { dialect: 'de' }), ';');
    const flags = cells.map((row) => row[header!.indexOf('flag')]);
    expect(flags).toEqual(triggers.map((flag) => `'${flag}`));
  });

  it('neutralises dimension, sector and header texts too', () => {
    const observation: Observation = {
      ...essen,
      breakdowns: { sector: '=HYPERLINK("x")', dimensions: { unit: '@evil' } },
    };
    const csv = writeObservationsCsv([observation], {
      dialect: 'en',
      columns: [{ field: 'sector', title: '=title' }, 'dim.unit'],
    });
    expect(csv).toBe(`'=title,dim.unit\r\n"'=HYPERLINK(""x"")",'@evil\r\n`);
  });

  it('leaves numbers alone: a negative value stays a number', () => {
    const negative: Observation = { ...essen, value: -1.5, status: 'break', preBreakValue: -2 };
    const [header, row] = parse(writeObservationsCsv([negative], { dialect: 'de' }), ';');
    expect(row![header!.indexOf('value')]).toBe('-1,5');
    expect(row![header!.indexOf('pre_break_value')]).toBe('-2');
  });

  it('gives the original texts back when read', () => {
    const rows = triggers.map(
      (flag, index): Observation => ({ ...essen, period: String(2000 + index), flag }),
    );
    const read = readObservationsCsv(writeObservationsCsv(rows, { dialect: 'de' }));
    expect(read.issues).toEqual([]);
    expect(read.value?.observations.map((observation) => observation.flag)).toEqual(triggers);
  });
});

describe('observationsCsvChunks', () => {
  const many = Array.from(
    { length: 2500 },
    (_, index): Observation => ({ ...essen, period: String(1000 + index) }),
  );

  it('streams the same text as the whole-string writer, in chunks of rows', async () => {
    const chunks = await collect(observationsCsvChunks(many, { dialect: 'de' }));
    expect(chunks.length).toBe(4); // header, 1000, 1000, 500 rows
    expect(chunks.join('')).toBe(writeObservationsCsv(many, { dialect: 'de' }));
  });

  it('takes an async source, with dimension columns named up front', async () => {
    async function* source() {
      for (const observation of many.slice(0, 3)) yield observation;
    }
    const chunks = await collect(
      observationsCsvChunks(source(), { dialect: 'en', dimensions: ['isced11'] }),
    );
    expect(chunks.join('')).toBe(writeObservationsCsv(many.slice(0, 3), { dialect: 'en' }));
  });

  it('reports a dimension that a stream brings without a column', async () => {
    function* source() {
      yield essen;
    }
    const omitted: OmittedCell[] = [];
    await collect(observationsCsvChunks(source(), { onOmitted: (cell) => omitted.push(cell) }));
    expect(omitted.map((cell) => cell.field)).toEqual(['dim.isced11']);
    await expect(collect(observationsCsvChunks(source()))).rejects.toThrow(/dim\.isced11/);
  });
});
