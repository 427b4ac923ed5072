import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { trialSitesToGeoJson } from '../geo/points';
import { cli, tempFile } from '../testing/cli';
import { allFormats } from './usage';

const studies = fileURLToPath(
  new URL('../../../../../shared/fixtures/ctgov-v2-json/studies/', import.meta.url),
);

const trial = (id: string, extra: Record<string, unknown> = {}) => ({
  identifiers: { primary: { registry: 'drks', id } },
  title: { public: { de: 'Beispielstudie' } },
  status: { code: 'recruiting' },
  studyType: { code: 'observational' },
  provenance: { sources: [{ registry: 'drks' }] },
  ...extra,
});

const ndjson = (...records: unknown[]) =>
  records.map((record) => JSON.stringify(record)).join('\n');

describe('nrw-health', () => {
  it('prints help, and exits 2 without a command', async () => {
    expect(await cli(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('nrw-health convert'),
    });
    expect((await cli([])).code).toBe(2);
  });

  it.each(['convert', 'validate', 'inspect', 'merge'])(
    'prints the usage of %s with --help, -h and help <command>',
    async (command) => {
      const result = await cli([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith(`Usage: nrw-health ${command} `)).toBe(true);
      for (const other of ['convert', 'validate', 'inspect', 'merge']) {
        if (other !== command) expect(result.stdout).not.toContain(`nrw-health ${other} `);
      }
      expect((await cli([command, '-h'])).stdout).toBe(result.stdout);
      expect((await cli(['help', command])).stdout).toBe(result.stdout);
    },
  );

  it('lists in convert --help every format it reads or writes, and the rule for ndjson', async () => {
    const { stdout } = await cli(['convert', '--help']);
    for (const format of allFormats) expect(stdout).toMatch(new RegExp(`\\b${format}\\b`));
    expect(stdout).toContain('ndjson to ndjson stays trials');
    expect(stdout).toContain('x.csv-metadata.json');
    const general = await cli(['--help']);
    for (const command of ['convert', 'validate', 'inspect', 'merge']) {
      expect(general.stdout).toContain(`nrw-health ${command} `);
    }
    expect((await cli(['help', 'constructor'])).stdout).toBe(general.stdout);
  });

  it.each([
    [['frobnicate', 'x.json'], 'unknown command "frobnicate"'],
    [['convert', 'x.json', '--to', 'ndjson'], '--from <format> is required'],
    [['convert', 'x.json', '--from', 'nonsense', '--to', 'ndjson'], 'unknown format "nonsense"'],
    [
      ['convert', '/no/such/file.ndjson', '--from', 'ndjson', '--to', 'ndjson'],
      '/no/such/file.ndjson: no such file',
    ],
    [['validate', 'x.json', '--as', 'spaceship'], '--as must be one of'],
    [
      ['convert', '-', '--from', 'ndjson', '--to', 'ndjson', '-o', '/no/such/dir/out.ndjson'],
      '/no/such/dir/out.ndjson: cannot write the output: no such directory',
    ],
    [['convert', 'x.json', '--from', 'ctgov', '--to', 'xlsx'], 'unknown format "xlsx"'],
    [['convert', '--from', 'ndjson', '--to', 'ndjson'], 'no input files'],
    [['convert', 'x', '--from', 'ndjson', '--to', 'ndjson', '--bogus'], "Unknown option '--bogus'"],
  ])('answers bad usage %j with one line and exit 2', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('converts valid NDJSON trials from stdin to stdout, exit 0', async () => {
    const input = ndjson(trial('DRKS00000001'), trial('DRKS00000002'));
    const result = await cli(['convert', '-', '--from', 'ndjson', '--to', 'ndjson'], input);
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).identifiers.primary.id),
    ).toEqual(['DRKS00000001', 'DRKS00000002']);
  });

  it('names file, record, path and message of records that fail, exit 1', async () => {
    const file = tempFile(
      'trials.ndjson',
      `${ndjson(trial('DRKS00000001'), trial('DRKS1'))}\n{broken`,
    );
    const result = await cli([
      'convert',
      file,
      '--from',
      'ndjson',
      '--to',
      'ndjson',
      '--locale',
      'de',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(
      `${file}: record 2: identifiers.primary.id: Kein gültiges Format`,
    );
    expect(result.stderr).toContain(`${file}: record 3: (record): not JSON`);
  });

  it('validates model records and reports as text or JSON', async () => {
    const file = tempFile(
      'trials.json',
      JSON.stringify([
        trial('DRKS00000001'),
        trial('DRKS00000002', { status: { code: 'ongoing' } }),
      ]),
    );
    const text = await cli(['validate', file, '--as', 'trial']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${file}: record 2: status.code: Unknown value "ongoing"`);
    expect(text.stdout).toContain('2 record(s), 1 valid, 1 invalid');
    const json = await cli(['validate', file, '--as', 'trial', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      records: 2,
      valid: false,
      issues: [{ record: 2, path: 'status.code', code: 'unknown_code' }],
    });
    const good = await cli(['validate', '-', '--as', 'trial'], ndjson(trial('DRKS00000003')));
    expect(good).toMatchObject({ code: 0, stdout: '1 record(s), 1 valid, 0 invalid\n' });
  });

  it('inspects a file: format, records, issues', async () => {
    const file = tempFile('trials.ndjson', ndjson(trial('DRKS00000001'), trial('DRKS1')));
    const result = await cli(['inspect', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('format: ndjson');
    expect(result.stdout).toContain('records: 2, valid trials: 1, failed: 1');
    expect(result.stdout).toContain('issues: invalid_format 1');
  });

  it('writes a FHIR Bundle from trials, and reads it back to the same trials', async () => {
    const input = ndjson(trial('DRKS00000001'), trial('DRKS00000002'));
    const bundle = await cli(['convert', '-', '--from', 'ndjson', '--to', 'fhir'], input);
    expect(bundle.code).toBe(0);
    const parsed = JSON.parse(bundle.stdout);
    expect(parsed).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(
      parsed.entry.filter(
        (entry: { resource: { resourceType: string } }) =>
          entry.resource.resourceType === 'ResearchStudy',
      ),
    ).toHaveLength(2);
    const back = await cli(['convert', '-', '--from', 'fhir', '--to', 'ndjson'], bundle.stdout);
    expect(back.code).toBe(0);
    expect(
      back.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([trial('DRKS00000001'), trial('DRKS00000002')]);
  });

  it('writes the sites of CT.gov trials as a GeoJSON FeatureCollection, trial by trial', async () => {
    const file = `${studies}dgg32_clinical-trials-public_ctg-studies.json`;
    const ndjsonTrials = await cli(['convert', file, '--from', 'ctgov', '--to', 'ndjson', '-q']);
    const trials = ndjsonTrials.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const expected = trialSitesToGeoJson(trials);
    expect(expected.value.features.length).toBeGreaterThan(0);
    const result = await cli(['convert', file, '--from', 'ctgov', '--to', 'geojson']);
    expect(result.code).toBe(ndjsonTrials.code);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected.value)));
    const withoutSites = expected.skipped.filter((skip) => skip.reason === 'no-sites').length;
    const unplaced = expected.skipped.length - withoutSites;
    if (expected.skipped.length > 0) {
      expect(result.stderr).toContain(
        `geojson: not on the map: ${withoutSites} trial(s) without sites, ${unplaced} site(s) without valid coordinates`,
      );
    }
    const quiet = await cli(['convert', file, '--from', 'ctgov', '--to', 'geojson', '--quiet']);
    expect(quiet.stderr).not.toContain('geojson:');
  });

  it('writes an empty FeatureCollection when no trial has sites', async () => {
    const result = await cli(
      ['convert', '-', '--from', 'ndjson', '--to', 'geojson', '-q'],
      ndjson(trial('DRKS00000001')),
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
