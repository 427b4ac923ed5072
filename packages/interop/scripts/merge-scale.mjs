// pnpm bench, part 4: `nrw-health merge` on 100,000 trial records (and half as many, to show that
// memory stays flat), streamed through stdin. The records replicate the registry fixtures' trials
// under made-up registry numbers; one record in ten is the second registry's record of a trial
// (pairs: the trial's content under a DRKS number that names the first record's number, with a
// newer date, another status, a German title and a site spelled differently). Prints time and
// peak RSS side by side.
//
//   node scripts/merge-scale.mjs     (after `pnpm build`; SCALE_RECORDS to change the count)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const fixtures = new URL('../../../../shared/fixtures/', import.meta.url);
const cli = new URL('../dist/cli/main.js', import.meta.url).pathname;
const preload = new URL('./report-rss.mjs', import.meta.url).href;
const { trialReaders } = await import(new URL('../dist/index.js', import.meta.url).href);

/** The trials the readers read from the registry fixtures. */
function fixtureTrials() {
  const sets = [
    ['ctgov-v2-json/studies/', /\.json$/, 'ctgov'],
    ['ctgov-legacy-xml/', /\.xml$/, 'ctgov-xml'],
    ['drks/', /^DRKS_trial-.*\.json$/, 'drks'],
    ['eu-ctr/ctrdata-demo/', /^CTIS_.*\.json$/, 'ctis'],
    ['eu-ctr/ctrdata-demo/', /^EUCTR_.*\.json$/, 'euctr'],
  ];
  const trials = [];
  for (const [dir, files, format] of sets) {
    const reader = trialReaders[format];
    for (const file of readdirSync(new URL(dir, fixtures)).filter((name) => files.test(name))) {
      const text = readFileSync(new URL(dir + file, fixtures), 'utf8');
      const document = reader.input === 'json' ? JSON.parse(text) : text;
      for (const record of reader.records(document)) {
        const { value } = reader.read(record);
        if (value) trials.push(value);
      }
    }
  }
  return trials;
}

const digits = (n, width) => String(n).padStart(width, '0');

/** A made-up number of a registry, unique for `n` (and `salt`, for several per record). */
function numberOf(registry, n, salt = 0) {
  const m = n * 8 + salt;
  switch (registry) {
    case 'ctgov':
      return `NCT${digits(m, 8)}`;
    case 'drks':
      return `DRKS${digits(m, 8)}`;
    case 'ctis':
      return `${2000 + (m % 50)}-5${digits(m % 100_000, 5)}-${digits(Math.floor(m / 100_000) % 100, 2)}-00`;
    case 'euctr':
      return `${2000 + (m % 50)}-${digits(Math.floor(m / 50) % 1_000_000, 6)}-${digits(Math.floor(m / 50_000_000), 2)}`;
    case 'isrctn':
      return `ISRCTN${digits(m, 8)}`;
    case 'who-utn':
      return `U1111-${digits(Math.floor(m / 10_000) % 10_000, 4)}-${digits(m % 10_000, 4)}`;
    default:
      return undefined;
  }
}

/** The trial under made-up numbers: none of its numbers links it to another replica. */
function renumbered(trial, n) {
  const identify = (identifier, salt) => {
    const id = numberOf(identifier.registry, n, salt);
    return id ? { ...identifier, id } : { ...identifier, id: `${identifier.id}-R${n}` };
  };
  const { primary, secondary } = trial.identifiers;
  return {
    ...trial,
    identifiers: {
      primary: identify(primary, 0),
      ...(secondary && {
        secondary: secondary.map((identifier, index) => identify(identifier, index + 1)),
      }),
    },
  };
}

/** The second registry's record of a trial. */
function secondRecord(trial, n) {
  const [site, ...sites] = trial.sites ?? [];
  return {
    ...trial,
    identifiers: {
      primary: { registry: 'drks', id: `DRKS${digits(90_000_000 + n, 8)}` },
      secondary: [trial.identifiers.primary],
    },
    title: {
      ...trial.title,
      public: { ...trial.title.public, de: 'Beispieltitel des zweiten Registers' },
    },
    status: { code: trial.status.code === 'recruiting' ? 'completed' : 'recruiting' },
    ...(site && {
      sites: [
        { ...site, ...(site.facility && { facility: site.facility.toUpperCase() }) },
        ...sites,
      ],
    }),
    provenance: {
      sources: [
        {
          registry: 'drks',
          recordId: `DRKS${digits(90_000_000 + n, 8)}`,
          lastUpdated: '2025-06-30',
        },
      ],
    },
  };
}

/** The records as NDJSON lines: ten in a hundred are the second record of the one before. */
function* records(trials, count) {
  let previous;
  for (let index = 0; index < count; index++) {
    const trial =
      index % 10 === 9
        ? secondRecord(previous, index)
        : renumbered(trials[index % trials.length], index);
    previous = trial;
    yield `${JSON.stringify(trial)}\n`;
  }
}

async function merge(trials, count) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', preload, cli, 'merge', '-', '-o', '/dev/null', '--format', 'json', '--quiet'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  let report = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  // The report's summary is its last line; the rest is read and dropped.
  child.stdout.on('data', (chunk) => {
    report = (report + chunk).slice(-2000);
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const write = (text) =>
    child.stdin.write(text)
      ? undefined
      : new Promise((resolve) => child.stdin.once('drain', resolve));
  for (const line of records(trials, count)) await write(line);
  child.stdin.end();
  const code = await exited;
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;
  const summary = JSON.parse(/"summary":(\{[^}]*\})/.exec(report)?.[1] ?? '{}');
  if (code !== 0) process.stderr.write(stderr.slice(0, 2000));
  return {
    records: count,
    'exit code': code,
    trials: summary.trials,
    merged: summary.merged,
    conflicts: summary.conflicts,
    seconds: seconds.toFixed(1),
    'records/s': Math.round(count / seconds),
    'peak RSS MB': rss.toFixed(0),
  };
}

const trials = fixtureTrials();
const count = Number(process.env.SCALE_RECORDS ?? 100_000);
const rows = [await merge(trials, count / 2), await merge(trials, count)];
console.log(
  `CLI: merge NDJSON from stdin, ${trials.length} fixture trials replicated, 10 % of records the second record of a trial (goal: memory flat as the input grows)`,
);
console.table(rows);
