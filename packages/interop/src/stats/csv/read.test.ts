import { readFileSync } from 'node:fs';
import type { Observation } from '@nrw-health/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readObservationsCsv, readObservationsCsvRows } from './read';
import type { CsvRowResult } from './row';
import { writeObservationsCsv } from './write';

const fixtures = new URL('../../../../../../shared/fixtures/', import.meta.url);

const de = [
  'indicator;region;period;value;status;flag',
  'hospital-beds;05113;2022;1234,5;provisional;p',
  'hospital-beds;05112;2022;;confidential;.',
  'hospital-beds;05111;2022;-7;normal;',
].join('\r\n');

async function rowsOf(
  input: Parameters<typeof readObservationsCsvRows>[0],
  options?: Parameters<typeof readObservationsCsvRows>[1],
): Promise<CsvRowResult[]> {
  const rows: CsvRowResult[] = [];
  for await (const row of readObservationsCsvRows(input, options)) rows.push(row);
  return rows;
}

const codes = (result: { issues: readonly { code: string; path: readonly unknown[] }[] }) =>
  result.issues.map((issue) => [issue.code, ...issue.path]);

describe('readObservationsCsv: dialects', () => {
  it('detects the German dialect by its separator and reads decimal commas', () => {
    const { value, issues, lost } = readObservationsCsv(`\uFEFF${de}\r\n`);
    expect(issues).toEqual([]);
    expect(lost).toEqual([]);
    expect(value?.observations).toEqual([
      {
        indicator: 'hospital-beds',
        region: '05113',
        period: '2022',
        value: 1234.5,
        status: 'provisional',
        flag: 'p',
      },
      {
        indicator: 'hospital-beds',
        region: '05112',
        period: '2022',
        value: null,
        status: 'confidential',
        flag: '.',
      },
      { indicator: 'hospital-beds', region: '05111', period: '2022', value: -7, status: 'normal' },
    ]);
  });

  it('detects the English dialect, LF line ends and no BOM', () => {
    const en = de.replace(/;/g, ',').replace('1234,5', '1234.5').replace(/\r\n/g, '\n');
    const { value, issues } = readObservationsCsv(en);
    expect(issues).toEqual([]);
    expect(value?.observations.map((observation) => observation.value)).toEqual([1234.5, null, -7]);
  });

  it('reads old Mac line ends (CR only)', () => {
    const { value, issues } = readObservationsCsv(de.replace(/\r\n/g, '\r'));
    expect(issues).toEqual([]);
    expect(value?.observations).toHaveLength(3);
  });

  it('takes the dialect, separator and decimal mark from options over detection', () => {
    const semicolonWithPoints = de.replace('1234,5', '1234.5');
    expect(codes(readObservationsCsv(semicolonWithPoints))).toEqual([['invalid_type', 2, 'value']]);
    const { value, issues } = readObservationsCsv(semicolonWithPoints, { decimal: '.' });
    expect(issues).toEqual([]);
    expect(value?.observations[0]?.value).toBe(1234.5);
    // A file of one column: nothing to detect from; the dialect says what it is.
    const single = readObservationsCsv('value\r\n1,5\r\n', {
      dialect: 'de',
      indicator: 'x',
      columns: [],
    });
    expect(codes(single)).toEqual([
      ['required', 1, 'region'],
      ['required', 1, 'period'],
      ['required', 2, 'region'],
      ['required', 2, 'period'],
    ]);
  });

  it('reads thousands separators only when they cannot be misread, or when asked', () => {
    const grouped =
      'indicator;region;period;value\r\nx;05113;2022;1.234,5\r\nx;05113;2023;1.234\r\n';
    const plain = readObservationsCsv(grouped);
    expect(plain.value?.observations.map((observation) => observation.value)).toEqual([1234.5]);
    expect(codes(plain)).toEqual([['invalid_input', 3, 'value']]);
    expect(plain.issues[0]?.message).toMatch(/thousands/);
    const asked = readObservationsCsv(grouped, { thousands: '.' });
    expect(asked.value?.observations.map((observation) => observation.value)).toEqual([
      1234.5, 1234,
    ]);
  });

  it('decodes bytes: UTF-8 with BOM, or the encoding asked for', () => {
    const utf8 = new TextEncoder().encode(`\uFEFF${de}`.replace('05113', '05113').concat('\r\n'));
    expect(readObservationsCsv(utf8).value?.observations).toHaveLength(3);
    const latin1 = Uint8Array.from(
      'indicator;region;region_name;period;value\r\nx;05315;Köln;2022;1\r\n',
      (char) => char.charCodeAt(0),
    );
    const read = readObservationsCsv(latin1, { encoding: 'windows-1252' });
    expect(read.issues).toEqual([]);
    expect(read.lost).toEqual([]); // Köln decoded right is Köln's name, nothing lost
    const unknown = readObservationsCsv(latin1, { encoding: 'klingon' });
    expect(codes(unknown)[0]).toEqual(['invalid_input', 'encoding']);
  });
});

describe('readObservationsCsv: columns', () => {
  it("maps a file's own headers onto fields and keeps other columns as lost", () => {
    const csv = [
      'Kennzahl;AGS;Jahr;Wert;Bemerkung',
      'beds;05113;2022;17;geprüft',
      'beds;05112;2022;18;',
    ].join('\n');
    const { value, lost, issues } = readObservationsCsv(csv, {
      columns: [
        { field: 'indicator', title: 'Kennzahl' },
        { field: 'region', title: 'AGS' },
        { field: 'period', title: 'Jahr' },
        { field: 'value', title: 'Wert' },
      ],
    });
    expect(issues).toEqual([]);
    expect(value?.observations.map((observation) => observation.value)).toEqual([17, 18]);
    expect(lost).toEqual([
      { path: 'rows[2].Bemerkung', pattern: 'rows[*].Bemerkung', value: 'geprüft' },
    ]);
  });

  it('matches field names whatever their case, dimension ids as they are', () => {
    const csv = 'INDICATOR,Region,PERIOD,Value,dim.ISCED11\nx,05113,2022,1,ED3\n';
    const { value } = readObservationsCsv(csv);
    expect(value?.observations[0]?.breakdowns).toEqual({ dimensions: { ISCED11: 'ED3' } });
  });

  it('converts other region and time codes: NUTS, names, Eurostat periods', () => {
    const csv = 'indicator,region,period,value\nx,DEA13,2022Q1,1\nx,Kreis Wesel,2022M05,2\n';
    const { value, issues } = readObservationsCsv(csv);
    expect(issues).toEqual([]);
    expect(value?.observations.map(({ region, period }) => [region, period])).toEqual([
      ['05113', '2022-Q1'],
      ['05170', '2022-05'],
    ]);
  });

  it('keeps a region_name that is not the name of the region as lost', () => {
    const csv =
      'indicator,region,region_name,period,value\nx,05113,Essen,2022,1\nx,05113,Ruhrstadt,2023,1\n';
    const { lost } = readObservationsCsv(csv);
    expect(lost).toEqual([
      { path: 'rows[3].region_name', pattern: 'rows[*].region_name', value: 'Ruhrstadt' },
    ]);
  });

  it('reads a file of one indicator without its column, and statuses from flags', () => {
    const csv =
      'region;period;value;flag\r\n05113;2022;12,5;p\r\n05112;2022;;.\r\n05111;2022;0;-\r\n';
    const { value, issues } = readObservationsCsv(csv, { indicator: 'beds', flags: 'destatis' });
    expect(issues).toEqual([]);
    expect(value?.observations.map(({ indicator, status }) => [indicator, status])).toEqual([
      ['beds', 'provisional'],
      ['beds', 'confidential'],
      ['beds', 'normal'],
    ]);
  });

  it('reads a plain-text footnote as one footnote in the dialect language', () => {
    const csv = 'indicator;region;period;value;footnotes\r\nx;05113;2022;1;Stand 31.12.\r\n';
    const { value } = readObservationsCsv(csv);
    expect(value?.observations[0]?.footnotes).toEqual([{ de: 'Stand 31.12.' }]);
  });

  it('reads a file without a header by the columns given', () => {
    const { value, issues } = readObservationsCsv('x;05113;2022;1,5\r\n', {
      header: false,
      columns: ['indicator', 'region', 'period', 'value'],
    });
    expect(issues).toEqual([]);
    expect(value?.observations[0]?.value).toBe(1.5);
  });

  it('gives the dimensions the observations span, with region names', () => {
    const { value } = readObservationsCsv(de);
    expect(value?.dimensions.map(({ id, role }) => [id, role])).toEqual([
      ['indicator', 'metric'],
      ['region', 'geo'],
      ['period', 'time'],
    ]);
    expect(value?.dimensions[1]?.categories[0]).toEqual({
      id: '05113',
      label: { de: 'Essen', en: 'Essen' },
    });
  });
});

describe('readObservationsCsv: bad input', () => {
  it('reports each bad row with its row number and column, and keeps the good rows', () => {
    const csv = [
      'indicator;region;period;value;status;sex',
      'beds;05113;2022;12,5;normal;female', // 2: fine
      'beds;05113;2022;zwölf;normal;male', // 3: not a number
      'beds;05999;2022;1;normal;male', // 4: no such district
      'beds;05113;2022;1;vorläufig;diverse', // 5: unknown status
      'beds;05113;2022;;normal;total', // 6: empty value with status normal
      'beds;05113;2022;1;normal', // 7: a cell short
      'beds;05113;20222;1;normal;total', // 8: no period
      'beds;05113;2022;99;normal;female', // 9: the same cell as row 2
      'Beds;05113;2022;1;normal;other', // 10: no slug, no sex
    ].join('\r\n');
    const { value, issues } = readObservationsCsv(csv);
    expect(value?.observations).toHaveLength(1);
    expect(codes({ issues })).toEqual([
      ['invalid_type', 3, 'value'],
      ['unknown_region', 4, 'region'],
      ['unknown_code', 5, 'status'],
      ['value_status_mismatch', 6, 'value'],
      ['invalid_input', 7],
      ['invalid_format', 8, 'period'],
      ['duplicate', 9],
      ['invalid_format', 10, 'indicator'],
      ['unknown_code', 10, 'sex'],
    ]);
    expect(issues.every((issue) => typeof issue.message === 'string')).toBe(true);
  });

  it('drops no row silently: every data row is an observation or has issues', async () => {
    const csv =
      'indicator,region,period,value\nx,05113,2022,1\ny,,2022,2\nz,05113,,3\n"unclosed,05113,2022,4\n';
    const rows = await rowsOf(csv);
    expect(rows.map((row) => [row.row, row.value !== undefined, row.issues.length > 0])).toEqual([
      [2, true, false],
      [3, false, true],
      [4, false, true],
      [5, false, true],
    ]);
    expect(rows[3]?.issues[0]?.message).toMatch(/unterminated/i);
  });

  it('reports missing required columns once on the header and on every row', () => {
    const { value, issues } = readObservationsCsv('indicator,region,period\nx,05113,2022\n');
    expect(value?.observations).toEqual([]);
    expect(codes({ issues })).toEqual([
      ['required', 1, 'value'],
      ['required', 2, 'value'],
    ]);
  });

  it('reports a column given twice, a bad JSON cell, bad options', () => {
    const csv = 'indicator,region,region,period,value,footnotes\nx,05113,05112,2022,1,[{"de":\n';
    const { issues, lost } = readObservationsCsv(csv, { dialect: 'fr' as 'de', delimiter: '\n' });
    expect(codes({ issues })).toEqual([
      ['unknown_code', 'dialect'],
      ['invalid_input', 'delimiter'],
      ['duplicate', 1, 'region'],
      ['invalid_format', 2, 'footnotes'],
    ]);
    expect(lost).toEqual([{ path: 'rows[2].region', pattern: 'rows[*].region', value: '05112' }]);
  });

  it('says so when there is nothing to read', async () => {
    for (const input of ['', '\uFEFF', new Uint8Array()]) {
      const { value, issues } = readObservationsCsv(input);
      expect(value).toBeUndefined();
      expect(codes({ issues })).toEqual([['invalid_input']]);
    }
    const notText = await rowsOf(42 as unknown as string);
    expect(notText.map((row) => row.issues[0]?.code)).toEqual(['invalid_input']);
  });

  it('reports a stream that fails or brings something else than text', async () => {
    async function* failing() {
      yield 'indicator,region,period,value\nx,05113,2022,1\n';
      yield 42 as unknown as string;
      throw new Error('connection reset');
    }
    const { value, issues } = await readObservationsCsv(failing());
    expect(value?.observations).toHaveLength(1);
    expect(issues.map((issue) => issue.message)).toEqual([
      'Invalid input: a chunk is neither text nor bytes',
      'Invalid input: the stream failed: connection reset',
    ]);
  });

  it('never throws and never hangs, whatever the text', () => {
    const alphabet = fc.constantFrom(
      ';',
      ',',
      '"',
      '\r',
      '\n',
      '\uFEFF',
      "'",
      '=',
      '1',
      'x',
      ' ',
      'é',
      '.',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 200 }).map((chars) => chars.join('')),
        (text) => {
          const result = readObservationsCsv(`indicator;region;period;value\r\n${text}`);
          for (const issue of result.issues) expect(issue.message).toBeTruthy();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stays linear on an unclosed quote in a long stream', async () => {
    async function* chunks() {
      yield 'indicator,region,period,value\n"';
      for (let index = 0; index < 4000; index++) yield 'x'.repeat(1024);
    }
    const started = Date.now();
    const rows = await rowsOf(chunks());
    expect(rows.at(-1)?.issues.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(20_000); // quadratic would take minutes
  });
});

describe('readObservationsCsvRows: streaming', () => {
  const observations: Observation[] = Array.from({ length: 300 }, (_, index) => ({
    indicator: 'beds',
    region: index % 2 ? '05113' : '05112',
    period: String(1700 + index),
    value: index % 7 === 0 ? null : index / 8,
    status: index % 7 === 0 ? 'missing' : 'normal',
    flag: index % 5 === 0 ? 'line\r\nbreak; "quoted"' : undefined,
    footnotes: index % 3 === 0 ? [{ de: 'Köln – „Zitat“', en: 'Cologne' }] : undefined,
  })).map((observation) => JSON.parse(JSON.stringify(observation)) as Observation);

  it('gives the same rows however the bytes are cut into chunks', async () => {
    const csv = writeObservationsCsv(observations, { dialect: 'de' });
    const bytes = new TextEncoder().encode(csv);
    const whole = readObservationsCsv(csv);
    expect(whole.issues).toEqual([]);
    expect(whole.value?.observations).toEqual(observations);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 40 }),
        async (cuts) => {
          const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
          async function* chunks() {
            for (let index = 1; index < points.length; index++) {
              yield bytes.subarray(points[index - 1], points[index]);
            }
          }
          const streamed = await readObservationsCsv(chunks());
          expect(streamed.issues).toEqual([]);
          expect(streamed.value?.observations).toEqual(observations);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads row by row from a file stream', async () => {
    const { createReadStream, writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'csv-')), 'observations.csv');
    writeFileSync(file, writeObservationsCsv(observations, { dialect: 'de' }));
    const rows = await rowsOf(createReadStream(file, { highWaterMark: 1024 }));
    expect(rows.map((row) => row.row)).toEqual(observations.map((_, index) => index + 2));
    expect(rows.map((row) => row.value)).toEqual(observations);
  });
});

describe('readObservationsCsv: a real file in another layout', () => {
  it('detects `;` and the decimal comma of an SDMX-CSV example and maps its columns', () => {
    const text = readFileSync(
      new URL('stats/sdmx-csv/sdmx-csv-2.0-spec_example-04.csv', fixtures),
      'utf8',
    );
    const { value, issues, lost } = readObservationsCsv(text, {
      indicator: 'na-main',
      columns: [
        { field: 'period', title: 'DIM_3: Dimension 3' },
        { field: 'value', title: 'OBS_VALUE: Observation value' },
        { field: 'dim.DIM_1', title: 'DIM_1: Dimension 1' },
      ],
    });
    // The example has no region: every row says so, and nothing else is wrong with its numbers.
    expect(value?.observations).toEqual([]);
    const rows = text.trim().split(/\r?\n/).length - 1;
    expect(codes({ issues })).toEqual([
      ['required', 1, 'region'],
      ...Array.from({ length: rows }, (_, index) => ['required', index + 2, 'region']),
    ]);
    // Unmapped columns are kept, cell by cell.
    expect(lost.some((field) => field.pattern === 'rows[*].STRUCTURE_ID')).toBe(true);
  });
});
