// The observation paths of the CLI on real statistics files. Expected results come from the
// library's readers and writers at test time, never from values copied out of the fixtures.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Observation, validateObservation } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { readObservationsCsv } from '../stats/csv/read';
import { writeObservationsCsv } from '../stats/csv/write';
import { readGenesisCsv } from '../stats/genesis/read';
import { readJsonStat } from '../stats/jsonstat/read';
import { writeJsonStat } from '../stats/jsonstat/write';
import { readSdmxJson } from '../stats/sdmx/read';
import { cli, tempFile } from '../testing/cli';

const fixtures = fileURLToPath(new URL('../../../../../shared/fixtures/stats/', import.meta.url));
const jsonstat = (name: string) => join(fixtures, 'jsonstat', name);
const canada = jsonstat('jsonstat-org-samples_canada.json');
const oecdCanada = jsonstat('jsonstat-org-samples_oecd-canada-col.json');
const eurostat = jsonstat('eurostat_HLTH_EHIS_HC7.json');
const sdmx = join(fixtures, 'sdmx-json', 'ECB_EXR_ts.json');
const sdmx2 = join(fixtures, 'sdmx-json', 'v3_sdmx-json-2.0_exr-time-series.json');
const genesis = join(
  fixtures,
  'genesis-regionalstatistik',
  'mmelchger_12411-01-01-4_Bevoelkerung_Kreise_2018.csv',
);

const observationsOf = (file: string) =>
  readJsonStat(readFileSync(file, 'utf8')).datasets.flatMap(
    (result) => result.value?.observations ?? [],
  );

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

/** Empty breakdowns say nothing, and a CSV has no cell for "an empty object". */
function normal(observation: Observation): Observation {
  const { breakdowns, ...rest } = observation;
  if (!breakdowns) return observation;
  const { dimensions, ...named } = breakdowns;
  const kept = {
    ...named,
    ...(dimensions && Object.keys(dimensions).length > 0 && { dimensions }),
  };
  return Object.keys(kept).length > 0 ? { ...rest, breakdowns: kept } : rest;
}

/** One line on stderr, no stack trace. */
function expectOneLine(stderr: string) {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toContain('unexpected error');
}

describe('nrw-health convert, observations', () => {
  it('the fixture paths resolve', () => {
    for (const file of [canada, oecdCanada, eurostat, sdmx, sdmx2, genesis]) {
      expect(readFileSync(file).length).toBeGreaterThan(0);
    }
  });

  it('writes JSON-stat as the tidy CSV the library writes, English by default', async () => {
    const result = await cli(['convert', canada, '--from', 'jsonstat', '--to', 'csv']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(writeObservationsCsv(observationsOf(canada), { dialect: 'en' }));
    expect(result.stdout.startsWith('indicator,region,')).toBe(true);
  });

  it('writes the German dialect with --locale de: BOM, semicolons, decimal commas', async () => {
    const observations = observationsOf(eurostat);
    const fraction = observations.find(
      (observation) => observation.value !== null && !Number.isInteger(observation.value),
    );
    expect(fraction).toBeDefined();
    const result = await cli([
      'convert',
      eurostat,
      '--from',
      'jsonstat',
      '--to',
      'csv',
      '--locale',
      'de',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(writeObservationsCsv(observations, { dialect: 'de' }));
    expect(result.stdout.startsWith('\uFEFFindicator;region;')).toBe(true);
    expect(result.stdout).toContain(`;${String(fraction!.value).replace('.', ',')};`);
  });

  it('writes CSVW metadata next to -o file.csv, and reads the CSV back by it', async () => {
    const output = tempFile('beds.csv', '');
    const written = await cli([
      'convert',
      eurostat,
      '--from',
      'jsonstat',
      '--to',
      'csv',
      '--locale',
      'de',
      '-o',
      output,
      '--quiet',
    ]);
    expect(written).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const metadata = JSON.parse(readFileSync(`${output}-metadata.json`, 'utf8'));
    expect(metadata).toMatchObject({
      '@context': expect.anything(),
      url: 'beds.csv',
      dialect: { delimiter: ';' },
    });
    expect(metadata['dc:title']).toBeDefined();
    const back = await cli(['convert', output, '--from', 'csv', '--to', 'ndjson']);
    expect(back.code).toBe(0);
    expect(lines(back.stdout).map((line) => JSON.parse(line))).toEqual(
      observationsOf(eurostat).map(normal),
    );
  });

  it('writes SDMX-JSON as one Observation per line, with the region of --region', async () => {
    const library = readSdmxJson(JSON.parse(readFileSync(sdmx, 'utf8')), { region: 'DE' });
    const result = await cli([
      'convert',
      sdmx,
      '--from',
      'sdmx-json',
      '--to',
      'ndjson',
      '--region',
      'DE',
    ]);
    expect(result.code).toBe(0);
    const observations = lines(result.stdout).map((line) => JSON.parse(line));
    expect(observations).toEqual(library.value?.observations);
    expect(observations.length).toBeGreaterThan(0);
    for (const observation of observations) {
      expect(validateObservation(observation).ok).toBe(true);
      expect(observation.region).toBe('DE');
    }
  });

  it('tells that SDMX data without a region need --region, exit 1', async () => {
    const library = readSdmxJson(JSON.parse(readFileSync(sdmx2, 'utf8')));
    expect(library.issues.length).toBeGreaterThan(0);
    const result = await cli(['convert', sdmx2, '--from', 'sdmx-json', '--to', 'ndjson']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    for (const issue of library.issues) {
      expect(result.stderr).toContain(`${sdmx2}: ${issue.path.join('.')}: ${issue.message}`);
    }
    expect(result.stderr).toContain('give their region with --region <code>');
  });

  it('writes a GENESIS table as JSON-stat, reports its issues by file and path, exit by issues', async () => {
    const library = readGenesisCsv(readFileSync(genesis));
    const result = await cli([
      'convert',
      genesis,
      '--from',
      'genesis-csv',
      '--to',
      'jsonstat',
      '--quiet',
    ]);
    expect(result.code).toBe(library.issues.length > 0 ? 1 : 0);
    expect(JSON.parse(result.stdout)).toEqual(writeJsonStat(library.value!));
    for (const issue of library.issues) {
      expect(result.stderr).toContain(`${genesis}: ${issue.path.join('.')}: ${issue.message}`);
    }
  });

  it('joins several files: one JSON-stat collection, or one CSV', async () => {
    const datasets = [canada, oecdCanada].flatMap(
      (file) => readJsonStat(readFileSync(file, 'utf8')).datasets,
    );
    const collection = await cli([
      'convert',
      canada,
      oecdCanada,
      '--from',
      'jsonstat',
      '--to',
      'jsonstat',
      '--quiet',
    ]);
    const document = JSON.parse(collection.stdout);
    expect(document).toMatchObject({ version: '2.0', class: 'collection' });
    expect(document.link.item).toHaveLength(datasets.length);
    expect(collection.code).toBe(datasets.some((result) => result.issues.length > 0) ? 1 : 0);

    const csv = await cli([
      'convert',
      canada,
      oecdCanada,
      '--from',
      'jsonstat',
      '--to',
      'csv',
      '--quiet',
    ]);
    const observations = [...observationsOf(canada), ...observationsOf(oecdCanada)];
    expect(csv.stdout).toBe(writeObservationsCsv(observations));
  });

  it('names the dataset of an issue when a file has several', async () => {
    const result = await cli(['convert', oecdCanada, '--from', 'jsonstat', '--to', 'ndjson']);
    const issues = readJsonStat(readFileSync(oecdCanada, 'utf8')).datasets.flatMap(
      (dataset, index) => dataset.issues.map((issue) => ({ index, issue })),
    );
    expect(issues.length).toBeGreaterThan(0);
    for (const { index, issue } of issues) {
      expect(result.stderr).toContain(`${oecdCanada}: dataset ${index + 1}`);
      expect(result.stderr).toContain(`${issue.path.join('.')}: ${issue.message}`);
    }
    expect(result.stderr).toMatch(/had no place in the model/);
  });

  it('reads NDJSON of Observations: invalid ones are reported like trial records, exit 1', async () => {
    const good = {
      indicator: 'hospital-beds',
      region: '05113',
      period: '2023',
      value: 4802.5,
      status: 'normal',
    };
    const bad = { ...good, region: 'Atlantis', value: 'many' };
    const input = [good, bad, '{not json']
      .map((item) => (typeof item === 'string' ? item : JSON.stringify(item)))
      .join('\n');
    const csv = await cli(
      ['convert', '-', '--from', 'ndjson', '--to', 'csv', '--locale', 'de'],
      input,
    );
    expect(csv.code).toBe(1);
    expect(csv.stdout).toBe(writeObservationsCsv([good as Observation], { dialect: 'de' }));
    expect(csv.stderr).toMatch(/^-: record 2: region: /m);
    expect(csv.stderr).toMatch(/^-: record 2: value: /m);
    expect(csv.stderr).toMatch(/^-: record 3: \(record\): not JSON/m);

    const jsonStat = await cli(
      ['convert', '-', '--from', 'ndjson', '--to', 'jsonstat'],
      JSON.stringify(good),
    );
    expect(jsonStat.code).toBe(0);
    expect(readJsonStat(jsonStat.stdout).datasets[0]?.value?.observations).toEqual([good]);
  });

  it('keeps NDJSON to NDJSON as trials', async () => {
    const observation = {
      indicator: 'beds',
      region: '05113',
      period: '2023',
      value: 1,
      status: 'normal',
    };
    const result = await cli(
      ['convert', '-', '--from', 'ndjson', '--to', 'ndjson'],
      JSON.stringify(observation),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('-: record 1: ');
  });

  it.each([
    [['--from', 'ctgov', '--to', 'csv'], 'format "ctgov" holds trials'],
    [['--from', 'jsonstat', '--to', 'fhir'], 'format "fhir" cannot be written from observations'],
    [
      ['--from', 'genesis-csv', '--to', 'geojson'],
      'observations are written as csv, jsonstat, ndjson',
    ],
  ])('refuses to mix trials and observations %j, exit 2', async (args, message) => {
    const result = await cli(['convert', canada, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expectOneLine(result.stderr);
  });
});

describe('nrw-health convert, bad statistics input', () => {
  const text = readFileSync(oecdCanada, 'utf8');

  it('answers a truncated JSON-stat file with one line naming it, exit 2', async () => {
    const file = tempFile('truncated.json', text.slice(0, Math.floor(text.length / 2)));
    const result = await cli(['convert', file, '--from', 'jsonstat', '--to', 'csv']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file}: not JSON`);
    expectOneLine(result.stderr);
  });

  it.each(['jsonstat', 'sdmx-json', 'genesis-csv', 'csv', 'ndjson'])(
    'answers a missing file and a directory with one line, exit 2 (%s)',
    async (format) => {
      for (const [file, message] of [
        ['/no/such/file', '/no/such/file: no such file'],
        [fixtures, `${fixtures}: is a directory`],
      ]) {
        const result = await cli(['convert', file!, '--from', format, '--to', 'csv']);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(message);
        expectOneLine(result.stderr);
      }
    },
  );

  it.each(['jsonstat', 'sdmx-json', 'genesis-csv', 'csv'])(
    'answers an empty file and binary data with one line, exit 2 (%s)',
    async (format) => {
      for (const [content, message] of [
        ['', 'empty file'],
        ['\uFEFF \n', 'empty file'],
        ['\u0000\u0001\u0002PK\u0003\u0004', 'binary data'],
      ] as const) {
        const result = await cli(['convert', '-', '--from', format, '--to', 'csv'], content);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`-: ${message}`);
        expectOneLine(result.stderr);
      }
    },
  );

  it('answers latin-1 garbage with its issues, never a throw', async () => {
    const garbage = Buffer.from([0xe4, 0xf6, 0xfc, 0x3b, 0xdf, 0x0a, 0xb5, 0x3b, 0xa7, 0x3b]);
    for (const format of ['jsonstat', 'sdmx-json', 'genesis-csv', 'csv']) {
      const file = tempFile('garbage.csv', '');
      writeFileSync(file, garbage);
      const result = await cli(['convert', file, '--from', format, '--to', 'ndjson']);
      expect([1, 2]).toContain(result.code);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(file);
      expect(result.stderr).not.toContain('unexpected error');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reads __proto__ keys as keys: one issue, exit 1, nothing polluted', async () => {
    const input = '{"__proto__": {"polluted": true}, "version": "2.0", "class": "dataset"}';
    const result = await cli(
      ['convert', '-', '--from', 'jsonstat', '--to', 'ndjson', '--quiet'],
      input,
    );
    expect(result.code).toBe(1);
    expectOneLine(result.stderr);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('nrw-health inspect, statistics', () => {
  it('tells format, datasets, dimensions, observations, issue codes and lost fields', async () => {
    const library = readJsonStat(readFileSync(oecdCanada, 'utf8'));
    const result = await cli(['inspect', oecdCanada]);
    expect(result.code).toBe(0);
    const datasets = library.datasets.map((dataset) => dataset.value!);
    const observations = datasets.reduce((sum, dataset) => sum + dataset.observations.length, 0);
    expect(result.stdout).toContain('format: jsonstat');
    expect(result.stdout).toContain(`datasets: ${datasets.length}, observations: ${observations}`);
    datasets.forEach((dataset, index) => {
      expect(result.stdout).toContain(`dataset ${index + 1}`);
      const dimensions = dataset.dimensions.map(
        (dimension) =>
          `${dimension.id} (${dimension.role ? `${dimension.role}, ` : ''}${dimension.categories.length})`,
      );
      expect(result.stdout).toContain(`dimensions: ${dimensions.join(', ')}`);
      expect(result.stdout).toContain(`observations: ${dataset.observations.length}`);
    });
    const codes = new Set(
      library.datasets.flatMap((dataset) => dataset.issues.map((issue) => issue.code)),
    );
    for (const code of codes) expect(result.stdout).toMatch(new RegExp(`issues: .*${code} \\d+`));
    const lost = library.datasets.flatMap((dataset) => dataset.lost);
    expect(result.stdout).toContain(`    ${lost[0]!.pattern} (`);
  });

  it('gives the hint for SDMX without a region, and reads it with --region', async () => {
    const without = await cli(['inspect', sdmx]);
    expect(without.stdout).toContain('format: sdmx-json');
    expect(without.stdout).toContain('hint: the data have no region dimension');
    const library = readSdmxJson(JSON.parse(readFileSync(sdmx, 'utf8')), { region: 'DE' });
    const withRegion = await cli(['inspect', sdmx, '--region', 'DE']);
    expect(withRegion.stdout).toContain(`observations: ${library.value!.observations.length}`);
    expect(withRegion.stdout).not.toContain('hint:');
  });

  it('tells the statistics formats from their content', async () => {
    const tidy = tempFile(
      'observations.csv',
      writeObservationsCsv(observationsOf(canada), { dialect: 'de' }),
    );
    const renamed = tempFile('download.json', readFileSync(canada, 'utf8'));
    for (const [file, format] of [
      [genesis, 'genesis-csv'],
      [sdmx2, 'sdmx-json'],
      [eurostat, 'jsonstat'],
      [renamed, 'jsonstat'],
      [tidy, 'csv'],
    ]) {
      const result = await cli(['inspect', file!]);
      expect(result.stdout).toContain(`format: ${format}`);
    }
    const csv = await cli(['inspect', tidy]);
    const library = readObservationsCsv(readFileSync(tidy));
    expect(csv.stdout).toContain(`observations: ${library.value!.observations.length}`);
  });

  it('answers a file it cannot tell with one line, exit 2', async () => {
    const file = tempFile('numbers.csv', 'a,b\n1,2\n');
    const result = await cli(['inspect', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot tell the format; give it with --from <format>');
    expectOneLine(result.stderr);
  });
});
