import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Trial } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { trialsToFhirBundle } from '../fhir/write';
import { ctgovExample, drksExample, euctrExample } from '../harmonise/testing/records';
import { writeIctrpCsv } from '../registries/ictrp/write';
import { cli, tempFile } from '../testing/cli';

const fixtures = fileURLToPath(new URL('../../../../../shared/fixtures/', import.meta.url));
const ndjson = (...trials: unknown[]) =>
  trials.map((trial) => `${JSON.stringify(trial)}\n`).join('');
const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Trial);

describe('nrw-health merge', () => {
  // The example trial in three formats: DRKS's record as NDJSON, CT.gov's as a FHIR Bundle,
  // EUCTR's as an ICTRP CSV (synthetic records, "Beispiel").
  const files = [
    tempFile('drks.ndjson', ndjson(drksExample)),
    tempFile('ctgov-bundle.json', JSON.stringify(trialsToFhirBundle([ctgovExample]))),
    tempFile('euctr.csv', writeIctrpCsv([euctrExample])),
  ];

  it('merges the records of a trial from a mix of formats, and reports the conflicts on stderr', async () => {
    const other = tempFile(
      'other.ndjson',
      ndjson({
        ...drksExample,
        identifiers: { primary: { registry: 'drks', id: 'DRKS00000099' } },
      }),
    );
    const result = await cli(['merge', ...files, other]);
    expect(result.code).toBe(0);
    const trials = lines(result.stdout);
    expect(trials.map((trial) => trial.identifiers.primary.id)).toEqual([
      'DRKS00000017',
      'DRKS00000099',
    ]);
    expect(trials[0]!.provenance.sources.map((source) => source.registry)).toEqual([
      'drks',
      'ctgov',
      'ictrp',
    ]);
    expect(trials[0]!.status).toEqual(ctgovExample.status);
    expect(result.stderr).toContain(
      `DRKS00000017: merged 3 records (${files[0]} record 1, ${files[1]} record 1, ${files[2]} record 1), linked by eudract:2022-000017-17, nct:NCT00000017, sponsor:beispiel universitatsklinikum essen:BSP17\n`,
    );
    expect(result.stderr).toMatch(
      /\n {2}\/status \[most-recent\]: \{"code":"active-not-recruiting","original":"ACTIVE_NOT_RECRUITING"\} \(ctgov 2024-06-15\) \| \{"code":"recruiting",[^\n]*\(drks 2024-02-01\)/,
    );
    expect(result.stderr).toMatch(
      /\n {2}\/sites\/0\/city \[wording, registry-order\]: "Köln" \(drks[^)]*\) \| "Cologne" \(ctgov[^)]*\)\n/,
    );
    expect(result.stderr).toMatch(
      /merge: 4 record\(s\) → 2 trial\(s\), 1 of them merged from several records; \d+ conflict\(s\), \d+ of wording only\n/,
    );
  });

  it('writes the report as JSON to stdout when the trials go to a file', async () => {
    const output = tempFile('merged.ndjson', '');
    const result = await cli(['merge', ...files, '-o', output, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(lines(readFileSync(output, 'utf8'))).toHaveLength(1);
    const report = JSON.parse(result.stdout);
    expect(report.summary).toMatchObject({ records: 3, unreadable: 0, trials: 1, merged: 1 });
    expect(report.trials[0]).toMatchObject({
      trial: 'DRKS00000017',
      records: files.map((file) => ({ file, record: 1 })),
      via: [
        'eudract:2022-000017-17',
        'nct:NCT00000017',
        'sponsor:beispiel universitatsklinikum essen:BSP17',
      ],
    });
    const status = report.trials[0].conflicts.find(
      (conflict: { field: string }) => conflict.field === '/status',
    );
    expect(status).toMatchObject({
      kind: 'value',
      rule: 'most-recent',
      values: [{ sources: [1] }, { sources: [0] }, { sources: [2] }],
    });
    expect(report.trials[0].sources[1].registry).toBe('ctgov');
    expect(report.summary.conflicts).toBe(report.trials[0].conflicts.length);
  });

  it('takes the caller’s rules: --prefer, --rule, --registry-order', async () => {
    const preferred = await cli(['merge', ...files, '--prefer', 'drks,ctgov']);
    expect(lines(preferred.stdout)[0]!.status).toEqual(drksExample.status);
    expect(preferred.stderr).toContain('/status [drks, ctgov first]');
    const ruled = await cli([
      'merge',
      ...files,
      '--rule',
      '/status=ictrp',
      '--rule',
      '/title/public/en=most-recent',
      '--registry-order',
      'ctgov,drks',
    ]);
    const [trial] = lines(ruled.stdout);
    expect(trial!.status).toEqual({ code: 'completed', original: 'Completed' });
    expect(trial!.title.public.en).toBe(ctgovExample.title.public.en);
    expect(trial!.identifiers.primary.id).toBe('NCT00000017');
  });

  it('may write over its input: the output is opened once all input is read', async () => {
    const file = tempFile('trials.ndjson', ndjson(drksExample, ctgovExample));
    const result = await cli(['merge', file, '-o', file, '-q']);
    expect(result.code).toBe(0);
    expect(lines(readFileSync(file, 'utf8')).map((trial) => trial.identifiers.primary.id)).toEqual([
      'DRKS00000017',
    ]);
  });

  it('reads stdin as NDJSON of trials, and writes a record linked to no other as read', async () => {
    const input = ndjson(drksExample, ctgovExample);
    const single = ndjson(euctrExample);
    const result = await cli(['merge', '-'], input);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toHaveLength(1);
    const alone = await cli(['merge', '-', '--quiet'], single);
    expect(alone.stdout).toBe(single);
  });

  it('reads real registry files of several formats, told from their names and content', async () => {
    const real = [
      `${fixtures}ctgov-v2-json/studies/aact_NCT00763412.json`,
      `${fixtures}ctgov-legacy-xml/aact_NCT01207388.xml`,
      `${fixtures}drks/DRKS_trial-DRKS00038775.json`,
      `${fixtures}eu-ctr/ctrdata-demo/CTIS_2023-505613-24-00.json`,
      `${fixtures}eu-ctr/ctrdata-demo/EUCTR_2016-004489-24-DE.json`,
    ];
    const result = await cli(['merge', ...real, '--quiet']);
    expect(result.code).toBe(0);
    expect(lines(result.stdout).map((trial) => trial.identifiers.primary.id)).toEqual([
      'NCT00763412',
      'NCT01207388',
      'DRKS00038775',
      '2023-505613-24-00',
      '2016-004489-24',
    ]);
    expect(result.stderr).toBe(
      'merge: 5 record(s) → 5 trial(s), 0 of them merged from several records; 0 conflict(s), 0 of wording only\n',
    );
  });

  it('names records it cannot read (exit 1) and merges the others', async () => {
    const broken = tempFile('broken.ndjson', `${ndjson(drksExample)}{"identifiers":1}\n{oops\n`);
    const result = await cli(['merge', broken, files[1]!]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toHaveLength(1);
    expect(result.stderr).toContain(`${broken}: record 2: identifiers: `);
    expect(result.stderr).toContain(`${broken}: record 3: (record): not JSON`);
    expect(result.stderr).toContain('; 2 record(s) unreadable');
  });

  it.each([
    [['merge'], 'merge: no input files'],
    [['merge', 'x.ndjson', '--format', 'json'], '--format json writes the report to stdout'],
    [['merge', 'x.ndjson', '--format', 'xml'], '--format must be text or json'],
    [['merge', 'x.ndjson', '--prefer', 'newest'], '--prefer: "newest" is no rule'],
    [['merge', 'x.ndjson', '--rule', 'status=drks'], '--rule must be <field>=<rule>'],
    [['merge', 'x.ndjson', '--registry-order', 'most-recent'], '--registry-order: registries'],
    [['merge', 'x.ndjson', '--from', 'jsonstat'], '--from: merge reads'],
    [['merge', '/no/such/file.json'], '/no/such/file.json: no such file'],
    [
      ['merge', 'x.ndjson', '-o', '/no/such/dir/out.ndjson'],
      '/no/such/dir/out.ndjson: cannot write the output: no such directory',
    ],
    [['merge', 'x.ndjson', '--bogus'], "Unknown option '--bogus'"],
  ])('answers bad usage %j with one line and exit 2', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses statistics and files of no format it can tell, in one line', async () => {
    const stats = `${fixtures}stats/jsonstat/jsonstat-org-samples_canada.json`;
    const statsResult = await cli(['merge', stats]);
    expect(statsResult).toMatchObject({ code: 2, stdout: '' });
    expect(statsResult.stderr).toContain('format "jsonstat" holds statistics, not trials');
    const unknown = tempFile('notes.txt', 'hello');
    const unknownResult = await cli(['merge', unknown]);
    expect(unknownResult.code).toBe(2);
    expect(unknownResult.stderr).toContain(
      `${unknown}: cannot tell the format; give it with --from <format>`,
    );
  });
});
