// Where the demo's trials come from, at build time:
// 1. DEMO_TRIALS=file[,file...]: any format the nrw-health CLI reads, merged across registries
//    with `nrw-health merge` (one trial registered in two registries becomes one record);
// 2. otherwise, when ClinicalTrials.gov answers, its open trials with a site in NRW
//    (`nrw-health fetch ctgov --nrw`), unless DEMO_LIVE=0;
// 3. otherwise none: the site still builds and says where trials come from.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';

/** A problem the operator must fix (a named file missing or unreadable): one line, exit 2. */
export class TrialSourceError extends Error {
  name = 'TrialSourceError';
}

const openStatuses = 'recruiting,not-yet-recruiting,enrolling-by-invitation,active-not-recruiting';

/** The ClinicalTrials.gov API; DEMO_CTGOV_URL points the build at another (a mirror, a test). */
const ctgovApi = (env) =>
  (env.DEMO_CTGOV_URL ?? 'https://clinicaltrials.gov/api/v2').replace(/\/$/, '');

/** The CLI's bin, found through the interop package as any npm user's tooling would. */
function cliPath() {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@nrw-health/interop/package.json');
  const { bin } = require(manifest);
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin['nrw-health']);
}

/** Runs the CLI; resolves to its exit code. Its stderr (progress, reports) goes to ours. */
function runCli(args, { timeoutMs } = {}) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cliPath(), ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
      ...(timeoutMs && { timeout: timeoutMs }),
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done(signal ? 124 : (code ?? 1)));
  });
}

async function readNdjson(file) {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** Merges trial files of any format into one NDJSON file; exit 1 (some records failed) is fine. */
async function merge(files, out) {
  const code = await runCli(['merge', ...files, '-o', out, '--quiet']);
  if (code === 2 || !existsSync(out))
    throw new TrialSourceError(`nrw-health merge could not read ${files.join(', ')} (see above)`);
  return readNdjson(out);
}

async function online(api, signalMs) {
  try {
    const response = await fetch(`${api}/version`, {
      signal: AbortSignal.timeout(signalMs),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The trials of this build and where they come from.
 * @param {{ env: NodeJS.ProcessEnv, cwd: string, work: string, log: (line: string) => void }} options
 */
export async function loadTrials({ env, cwd, work, log }) {
  const named = (env.DEMO_TRIALS ?? '')
    .split(',')
    .map((file) => file.trim())
    .filter(Boolean);
  if (named.length > 0) {
    const files = named.map((file) => resolve(cwd, file));
    const missing = files.filter((file) => !existsSync(file));
    if (missing.length > 0)
      throw new TrialSourceError(`DEMO_TRIALS: no such file: ${missing.join(', ')}`);
    log(`trials: reading ${files.length} file(s) named by DEMO_TRIALS`);
    const trials = await merge(files, join(work, 'trials.ndjson'));
    return { trials, source: { kind: 'file', files: files.map((file) => basename(file)) } };
  }
  if (env.DEMO_LIVE === '0') {
    log('trials: none (DEMO_TRIALS is not set, DEMO_LIVE=0)');
    return { trials: [], source: { kind: 'none' } };
  }
  const api = ctgovApi(env);
  if (!(await online(api, 5000))) {
    log('trials: none (DEMO_TRIALS is not set and ClinicalTrials.gov cannot be reached)');
    return { trials: [], source: { kind: 'none' } };
  }
  log('trials: fetching open trials with a site in NRW from ClinicalTrials.gov');
  const fetched = join(work, 'ctgov-nrw.ndjson');
  const retrieved = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(),
  );
  const code = await runCli(
    [
      'fetch',
      'ctgov',
      '--nrw',
      '--status',
      openStatuses,
      '--page-size',
      '1000',
      '--base-url',
      api,
      '-o',
      fetched,
    ],
    { timeoutMs: 15 * 60_000 },
  );
  if (code !== 0 && code !== 1) {
    log(`trials: none (nrw-health fetch ctgov ended with exit code ${code})`);
    return { trials: [], source: { kind: 'none' } };
  }
  // The NRW search runs several queries; merging folds a study found twice into one.
  const trials = await merge([fetched], join(work, 'trials.ndjson'));
  return { trials, source: { kind: 'live', retrieved } };
}
