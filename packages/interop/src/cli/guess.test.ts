// `inspect` without --from: every real file of every format is told right, by name and content.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guessFormat, headSize } from './guess';

const fixtures = fileURLToPath(new URL('../../../../../shared/fixtures/', import.meta.url));

function head(file: string): string {
  const buffer = Buffer.alloc(headSize);
  const handle = openSync(file, 'r');
  try {
    return buffer.subarray(0, readSync(handle, buffer, 0, headSize, 0)).toString('utf8');
  } finally {
    closeSync(handle);
  }
}

const filesIn = (dir: string, pattern: RegExp) =>
  readdirSync(join(fixtures, dir))
    .filter((name) => pattern.test(name))
    .map((name) => join(fixtures, dir, name));

describe('guessFormat', () => {
  it.each([
    ['stats/jsonstat', /\.json$/, 'jsonstat'],
    ['stats/sdmx-json', /\.json$/, 'sdmx-json'],
    ['stats/genesis-regionalstatistik', /\.csv$/, 'genesis-csv'],
    ['ctgov-v2-json/studies', /\.json$/, 'ctgov'],
    ['ctgov-legacy-xml', /\.xml$/, 'ctgov-xml'],
    ['eu-ctr/ctrdata-demo', /^CTIS_.*\.json$/, 'ctis'],
    ['eu-ctr/ctrdata-demo', /^EUCTR_.*\.json$/, 'euctr'],
    ['drks', /^DRKS_trial.*\.json$/, 'drks'],
    ['fhir-r4/de-isik-basismodul', /\.json$/, 'fhir'],
    ['who-ictrp', /\.csv$/, 'ictrp'],
  ])('tells the files of %s (%s) as %s', (dir, pattern, format) => {
    const files = filesIn(dir, pattern);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect([file, guessFormat(file, head(file))]).toEqual([file, format]);
  });

  it('tells statistics JSON by content whatever its name, and FHIR by resourceType', () => {
    expect(guessFormat('download', '{"version":"2.0","class":"collection","link":{}}')).toBe(
      'jsonstat',
    );
    expect(guessFormat('data.json', '{"data":{"dataSets":[]}}')).toBe('sdmx-json');
    expect(guessFormat('x.json', '{"oecd":{"dimension":{"id":[]}}}')).toBe('jsonstat');
    expect(guessFormat('x.json', '{"resourceType":"Bundle","entry":[]}')).toBe('fhir');
    expect(guessFormat('studies.json', '[{"protocolSection":{}}]')).toBe('ctgov');
  });

  it('tells CSV by its first line, and makes no guess when unsure', () => {
    expect(guessFormat('a.csv', '\uFEFFindicator;region;period;value\n')).toBe('csv');
    expect(guessFormat('a.csv', '"Indicator","Region","Period"\n')).toBe('csv');
    expect(guessFormat('a.csv', 'time;time_label;value;value_unit\n')).toBe('genesis-csv');
    expect(guessFormat('a.csv', 'GENESIS-Tabelle: 12411-01-01-4\n')).toBe('genesis-csv');
    expect(guessFormat('a.csv', 'Trial ID,Public title\n')).toBe('ictrp');
    expect(guessFormat('a.csv', 'a,b\n1,2\n')).toBeUndefined();
    expect(guessFormat('a.txt', 'hello')).toBeUndefined();
    expect(guessFormat('-', '')).toBeUndefined();
  });
});
