// Where the demo's trials come from, against the real CLI and a local stand-in for the
// ClinicalTrials.gov API that answers with real studies of the fixtures.
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureTrials } from './fixture-trials.mjs';
import { loadTrials, TrialSourceError } from './trials.mjs';

const repository = new URL('../../../', import.meta.url).pathname;
const studiesFile = new URL(
  '../../../../shared/fixtures/ctgov-v2-json/studies/vrinda2019_NSCLCBench_ctg-studies.json',
  import.meta.url,
);
const studies = JSON.parse(readFileSync(studiesFile, 'utf8')) as {
  protocolSection: { identificationModule: { nctId: string } };
}[];
const served = new Set(studies.map((study) => study.protocolSection.identificationModule.nctId));

const lines: string[] = [];
const log = (line: string) => lines.push(line);
const work = () => mkdtemp(join(tmpdir(), 'demo-trials-'));

let server: Server;
let api: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    response.setHeader('Content-Type', 'application/json');
    if (path.endsWith('/version')) response.end(JSON.stringify({ apiVersion: '2.0.5' }));
    else if (path.endsWith('/studies')) response.end(JSON.stringify({ studies }));
    else response.writeHead(404).end('{}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('loadTrials', () => {
  it('reads and merges the files DEMO_TRIALS names, relative to the repository', async () => {
    const files = fixtureTrials()
      .filter((file) => file.includes('ctgov-legacy-xml'))
      .slice(0, 3);
    const env = { DEMO_TRIALS: `${files.join(', ')},` };
    const { trials, source } = await loadTrials({ env, cwd: repository, work: await work(), log });
    expect(source).toEqual({
      kind: 'file',
      files: files.map((file) => file.slice(file.lastIndexOf('/') + 1)),
    });
    expect(trials).toHaveLength(3);
    for (const trial of trials) expect(trial.identifiers.primary.registry).toBe('ctgov');
  });

  it('stops with one clear error for a file that does not exist', async () => {
    const env = { DEMO_TRIALS: 'no/such/trials.json' };
    const loading = loadTrials({ env, cwd: repository, work: await work(), log });
    await expect(loading).rejects.toThrow(TrialSourceError);
    await expect(loading).rejects.toThrow(/no such file: .*no\/such\/trials\.json/);
  });

  it('fetches the open NRW trials live when the API answers, each study once', async () => {
    requests.length = 0;
    const env = { DEMO_CTGOV_URL: api };
    const { trials, source } = await loadTrials({ env, cwd: repository, work: await work(), log });
    expect(source.kind).toBe('live');
    expect(source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(trials.length).toBeGreaterThan(0);
    const ids = trials.map((trial: { identifiers: { primary: { id: string } } }) => {
      return trial.identifiers.primary.id;
    });
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(served.has(id)).toBe(true);
    // Several location queries, each asking for the open statuses only.
    const searches = requests.filter((url) => url.includes('/studies'));
    expect(searches.length).toBeGreaterThan(1);
    for (const url of searches) expect(decodeURIComponent(url)).toMatch(/RECRUITING/);
  });

  it('builds without trials when the API cannot be reached, and says why', async () => {
    const closed = `http://127.0.0.1:9/api/v2`;
    lines.length = 0;
    const { trials, source } = await loadTrials({
      env: { DEMO_CTGOV_URL: closed },
      cwd: repository,
      work: await work(),
      log,
    });
    expect(trials).toEqual([]);
    expect(source).toEqual({ kind: 'none' });
    expect(lines.join('\n')).toMatch(/cannot be reached/);
  });

  it('asks no one when DEMO_LIVE=0', async () => {
    requests.length = 0;
    const env = { DEMO_CTGOV_URL: api, DEMO_LIVE: '0' };
    const { trials, source } = await loadTrials({ env, cwd: repository, work: await work(), log });
    expect(trials).toEqual([]);
    expect(source).toEqual({ kind: 'none' });
    expect(requests).toEqual([]);
  });
});
