// `nrw-health fetch` against local servers that replay the real CT.gov fixtures and FHIR written
// from them: NDJSON out, summary and errors on stderr, exit codes.
import { readFileSync } from 'node:fs';
import type { Trial } from '@nrw-health/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { watchUnhandledRejections } from '../clients/testing/clock';
import { researchStudyApi } from '../clients/testing/fhir-server';
import { type Handler, ReplayServer } from '../clients/testing/replay-server';
import { fixtureStudies, nctIdOf, studiesApi } from '../clients/testing/studies';
import { ctgovReader } from '../registries/ctgov';
import { cli, tempFile } from '../testing/cli';

const rejections = watchUnhandledRejections();
const studies = fixtureStudies();
const trials: Trial[] = studies
  .slice(0, 30)
  .map((study) => ctgovReader.read(study).value)
  .filter((trial) => trial !== undefined);
let server: ReplayServer;
let handler: Handler;
let ctgov: string;
let fhir: string;

beforeAll(async () => {
  let fhirApi: Handler | undefined;
  server = await ReplayServer.start((request) =>
    request.url.pathname.startsWith('/fhir/') ? fhirApi!(request) : handler(request),
  );
  ctgov = `${server.base}/api/v2`;
  fhir = `${server.base}/fhir`;
  fhirApi = researchStudyApi(fhir, trials);
  handler = studiesApi();
});
afterEach(() => {
  server.requests.length = 0;
  server.faults.length = 0;
  server.onRequest = undefined;
  handler = studiesApi();
});
afterAll(async () => {
  await server.close();
  rejections.stop();
  expect(rejections.seen).toEqual([]);
});

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Trial);

describe('nrw-health fetch: usage', () => {
  it('prints its usage with --help, -h and help fetch, and is in the general usage', async () => {
    const result = await cli(['fetch', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('Usage: nrw-health fetch ctgov [options]\n')).toBe(true);
    for (const other of ['convert', 'validate', 'inspect', 'merge']) {
      expect(result.stdout).not.toContain(`nrw-health ${other} `);
    }
    for (const args of [
      ['fetch', '-h'],
      ['help', 'fetch'],
      ['fetch', 'ctgov', '--help'],
      ['fetch', 'fhir', '-h'],
    ]) {
      expect((await cli(args)).stdout).toBe(result.stdout);
    }
    const general = await cli(['--help']);
    expect(general.stdout).toContain('nrw-health fetch ctgov ');
    expect(general.stdout).toContain('nrw-health fetch fhir <base-url> ');
  });

  it.each([
    [['fetch'], 'fetch: which source? ctgov or fhir'],
    [['fetch', 'pubmed'], 'fetch: unknown source "pubmed"; sources: ctgov, fhir'],
    [
      ['fetch', 'ctgov', '--status', 'läuft'],
      'unknown status "läuft"; statuses: not-yet-recruiting',
    ],
    [['fetch', 'ctgov', '--page-size', '5000'], 'pageSize must be a whole number from 1 to 1000'],
    [
      ['fetch', 'ctgov', '--page-size', 'viele'],
      '--page-size must be a whole number of at least 1',
    ],
    [['fetch', 'ctgov', '--limit', '0'], '--limit must be a whole number of at least 1, not "0"'],
    [['fetch', 'ctgov', '--token', 'x'], "Unknown option '--token'"],
    [['fetch', 'ctgov', '--nrw', '--ruhr'], '--nrw and --ruhr: give one of them'],
    [['fetch', 'ctgov', 'Essen'], 'fetch ctgov takes no arguments: "Essen"'],
    [['fetch', 'fhir'], 'fetch fhir takes one base URL'],
    [['fetch', 'fhir', 'ftp://example.org'], 'the base URL must start with http:// or https://'],
    [['fetch', 'fhir', 'https://example.org', '--param', 'status'], '--param must be name=value'],
    [['fetch', 'fhir', 'https://example.org', '--nrw'], "Unknown option '--nrw'"],
    [['fetch', 'fhir', 'https://example.org', '--status', 'open'], 'unknown status "open"'],
    [
      ['fetch', 'ctgov', '-o', '/no/such/dir/out.ndjson'],
      'cannot write the output: no such directory',
    ],
  ])('answers bad usage %j with one line and exit 2, asking nothing', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(server.requests).toHaveLength(0);
  });
});

describe('nrw-health fetch ctgov', () => {
  it('writes the trials as NDJSON to a file, with a summary on stderr', async () => {
    const output = tempFile('recruiting.ndjson', '');
    const result = await cli([
      'fetch',
      'ctgov',
      '--base-url',
      ctgov,
      '--status',
      'recruiting',
      '--condition',
      'Hypertension',
      '--page-size',
      '10',
      '-o',
      output,
    ]);
    const recruiting = studies.filter(
      (study) => study.protocolSection.statusModule.overallStatus === 'RECRUITING',
    );
    const read = recruiting.map((study) => ctgovReader.read(study));
    const written = lines(readFileSync(output, 'utf8'));
    expect(written).toEqual(read.map((result) => result.value));
    const lost = new Set(read.flatMap((result) => result.lost.map((field) => field.pattern)));
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const pages = Math.ceil(recruiting.length / 10);
    expect(result.stderr).toBe(
      `fetch ctgov: ${recruiting.length} trials from ${pages} pages, ${recruiting.length} matched\n` +
        `fetch ctgov: ${lost.size} source field(s) had no place in the model (listed in each trial's provenance.unmapped)\n`,
    );
    const first = server.requests[0]!.url.searchParams;
    expect(first.get('filter.overallStatus')).toBe('RECRUITING');
    expect(first.get('query.cond')).toBe('Hypertension');
  });

  it('writes to stdout, quietly, and stops at --limit', async () => {
    const result = await cli(['fetch', 'ctgov', '--base-url', ctgov, '--limit', '25', '-q']);
    expect(lines(result.stdout).map((trial) => trial.identifiers.primary.id)).toEqual(
      studies.slice(0, 25).map(nctIdOf),
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const summary = await cli(['fetch', 'ctgov', '--base-url', ctgov, '--limit', '3']);
    expect(summary.stderr.split('\n')[0]).toBe(
      'fetch ctgov: 3 trials from 1 page, 420 matched, stopped at --limit 3',
    );
  });

  it('finds the NRW trials with --nrw', async () => {
    const result = await cli([
      'fetch',
      'ctgov',
      '--base-url',
      ctgov,
      '--nrw',
      '--page-size',
      '1000',
    ]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toHaveLength(14);
    expect(result.stderr.split('\n')[0]).toBe(
      'fetch ctgov: 14 trials from 16 pages, 32 matched, 18 duplicates skipped',
    );
  });

  it('retries a 503 and a reset, and says so', async () => {
    handler = studiesApi(studies.slice(0, 50));
    server.faults.push({ kind: 'status', status: 503, retryAfter: '0' }, { kind: 'reset' });
    const result = await cli([
      'fetch',
      'ctgov',
      '--base-url',
      ctgov,
      '--page-size',
      '1000',
      '--retries',
      '2',
    ]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toHaveLength(50);
    expect(result.stderr.split('\n')[0]).toBe(
      'fetch ctgov: 50 trials from 1 page, 50 matched, 2 retries',
    );
  });

  it('fails with one line and exit 2 on a source that fails, keeping what it had', async () => {
    const output = tempFile('partial.ndjson', '');
    handler = (request) =>
      request.url.searchParams.has('pageToken')
        ? { status: 400, body: 'The pageToken\nis not valid' }
        : studiesApi()(request);
    const result = await cli(['fetch', 'ctgov', '--base-url', ctgov, '-o', output]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^nrw-health: fetch ctgov: HTTP 400 from http:\/\/127\.0\.0\.1:\d+\/api\/v2\/studies\?\S+: The pageToken is not valid \(after 100 trials\)\n$/,
    );
    expect(lines(readFileSync(output, 'utf8'))).toHaveLength(100);
  });

  it('fails with one line on a page that never ends', async () => {
    handler = () => ({ body: { studies: [], nextPageToken: 'immer' } });
    const result = await cli(['fetch', 'ctgov', '--base-url', ctgov]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^nrw-health: fetch ctgov: the nextPageToken repeats an earlier one: paging would never end \(http:\S+\) \(after 0 trials\)\n$/,
    );
  });

  it('stops cleanly on Ctrl-C, with exit 130 and what it had', async () => {
    server.onRequest = () => {
      if (server.requests.length === 2) {
        server.faults.push({ kind: 'hang' });
        // As the terminal sends it; no listener of vitest's own is there to kill the worker.
        setTimeout(() => process.emit('SIGINT'), 5);
      }
    };
    const listeners = process.listenerCount('SIGINT');
    const result = await cli(['fetch', 'ctgov', '--base-url', ctgov, '--page-size', '50']);
    expect(result.code).toBe(130);
    expect(lines(result.stdout)).toHaveLength(50);
    expect(result.stderr).toBe('nrw-health: fetch ctgov: interrupted after 50 trials\n');
    expect(process.listenerCount('SIGINT')).toBe(listeners);
  });

  it('exits 1 and names the records it could not read, writing the others', async () => {
    handler = () => ({ body: { studies: [studies[0], { protocolSection: {} }] } });
    const result = await cli(['fetch', 'ctgov', '--base-url', ctgov]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toHaveLength(1);
    expect(result.stderr).toMatch(/^ctgov: page 1, record: \S+: /);
    expect(result.stderr).toContain('1 unreadable');
  });
});

describe('nrw-health fetch fhir', () => {
  it('writes the trials of a FHIR server as NDJSON, with the token and the search parameters', async () => {
    const result = await cli([
      'fetch',
      'fhir',
      fhir,
      '--status',
      'recruiting,completed',
      '--since',
      '2024-01-01',
      '--param',
      '_profile=https://example.org/StructureDefinition/Beispiel',
      '--token',
      'Beispiel-Token',
      '--page-size',
      '4',
    ]);
    expect(result.code).toBe(0);
    const expected = trials.filter((trial) =>
      [
        'recruiting',
        'enrolling-by-invitation',
        'available',
        'completed',
        'approved-for-marketing',
      ].includes(trial.status.code),
    );
    expect(lines(result.stdout)).toEqual(expected);
    const first = server.requests[0]!;
    expect(first.url.pathname).toBe('/fhir/ResearchStudy');
    expect(Object.fromEntries(first.url.searchParams)).toMatchObject({
      status: 'active,completed',
      _lastUpdated: 'ge2024-01-01',
      _profile: 'https://example.org/StructureDefinition/Beispiel',
      _count: '4',
    });
    expect(
      server.requests.every((request) => request.headers.authorization === 'Bearer Beispiel-Token'),
    ).toBe(true);
    expect(result.stderr.split('\n')[0]).toMatch(
      new RegExp(
        `^fetch fhir: ${expected.length} trials from \\d+ pages, ${expected.length} matched$`,
      ),
    );
  });

  it('fails with one line on a server that answers 404', async () => {
    const result = await cli(['fetch', 'fhir', `${server.base}/fhir-nowhere`]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^nrw-health: fetch fhir: HTTP 404 from http:/);
  });
});
