// pnpm bench, part 2: the CLI converting 100,000 ClinicalTrials.gov studies and then ten times as
// many, streamed from a generator through stdin (no multi-gigabyte file on disk). Prints time and
// peak RSS side by side; the goal is under 300 MB and flat as the input grows.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const fixtures = new URL('../../../../shared/fixtures/ctgov-v2-json/studies/', import.meta.url);
const cli = new URL('../dist/cli/main.js', import.meta.url).pathname;
const preload = new URL('./report-rss.mjs', import.meta.url).href;

/** The single studies of the CT.gov fixtures (files hold a study, a page or an array). */
function fixtureStudies() {
  const studies = [];
  for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.json'))) {
    const document = JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));
    const items = Array.isArray(document)
      ? document
      : Array.isArray(document.studies)
        ? document.studies
        : [document];
    for (const study of items) if (study?.protocolSection) studies.push(JSON.stringify(study));
  }
  return studies;
}

async function convert(studies, count) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      preload,
      cli,
      'convert',
      '-',
      '--from',
      'ctgov',
      '--to',
      'ndjson',
      '-o',
      '/dev/null',
      '--quiet',
    ],
    {
      stdio: ['pipe', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const write = (text) =>
    child.stdin.write(text)
      ? undefined
      : new Promise((resolve) => child.stdin.once('drain', resolve));
  await write('[');
  for (let index = 0; index < count; index++) {
    await write(`${index > 0 ? ',' : ''}${studies[index % studies.length]}`);
  }
  await write(']');
  child.stdin.end();
  const code = await exited;
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;
  return {
    studies: count,
    'exit code': code,
    seconds: seconds.toFixed(1),
    'studies/s': Math.round(count / seconds),
    'peak RSS MB': rss.toFixed(0),
  };
}

const studies = fixtureStudies();
const base = Number(process.env.SCALE_STUDIES ?? 100_000);
const rows = [await convert(studies, base), await convert(studies, base * 10)];
console.log(
  `CLI: convert CT.gov JSON → NDJSON, ${studies.length} fixture studies replicated (goal: peak RSS under 300 MB, flat)`,
);
console.table(rows);
