// pnpm bench, part 3: tidy CSV at scale. 1,000,000 observations written as German CSV and read
// back, each way once streamed and once whole, every phase in a fresh Node process so that its
// peak memory is its own. Prints time and peak RSS side by side; the goal is that the streamed
// forms stay flat (well under 300 MB) however many rows there are.
//
//   node scripts/csv-scale.mjs            (after `pnpm build`; SCALE_OBSERVATIONS to change the count)
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regions } from '@nrw-health/core';

const library = process.env.CSV_DIST ?? new URL('../dist/stats/csv/index.js', import.meta.url).href;

/** Synthetic observations (no fixture data): 53 NRW districts × years × sexes, some missing. */
function* observations(count) {
  const districts = regions.filter((region) => region.level === 'district').map((r) => r.code);
  const sexes = ['total', 'female', 'male'];
  for (let index = 0; index < count; index++) {
    const missing = index % 17 === 0;
    yield {
      indicator: index % 2 ? 'hospital-beds' : 'physicians-per-100k',
      region: districts[index % districts.length],
      period: String(1000 + Math.floor(index / (districts.length * sexes.length * 2))),
      value: missing ? null : (index % 1000) * 1.25 - 300,
      status: missing ? 'missing' : index % 11 === 0 ? 'provisional' : 'normal',
      ...(index % 11 === 0 && !missing ? { flag: 'p' } : {}),
      breakdowns: {
        sex: sexes[Math.floor(index / districts.length) % sexes.length],
        dimensions: { isced11: `ED${index % 9}` },
      },
    };
  }
}

const seconds = (started) => (performance.now() - started) / 1000;

/** One phase, run in a child process: prints a JSON line with its numbers. */
async function phase(name, count, file) {
  const csv = await import(library);
  const started = performance.now();
  let rows = 0;
  let issues = 0;
  if (name === 'write, streamed') {
    const out = createWriteStream(file);
    for await (const chunk of csv.observationsCsvChunks(observations(count), {
      dialect: 'de',
      dimensions: ['isced11'],
    })) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
    }
    await new Promise((resolve) => out.end(resolve));
    rows = count;
  } else if (name === 'write, one string') {
    const all = [...observations(count)];
    const text = csv.writeObservationsCsv(all, { dialect: 'de' });
    rows = all.length;
    issues = text.length > 0 ? 0 : 1;
  } else if (name === 'read, row by row') {
    for await (const row of csv.readObservationsCsvRows(createReadStream(file))) {
      if (row.value) rows++;
      issues += row.issues.length;
    }
  } else if (name === 'read, whole dataset') {
    const result = await csv.readObservationsCsv(createReadStream(file));
    rows = result.value?.observations.length ?? 0;
    issues = result.issues.length;
  }
  const time = seconds(started);
  process.stdout.write(
    `${JSON.stringify({ rows, issues, seconds: time, peakRss: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}

function run(name, count, file) {
  const child = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--phase', name, String(count), file],
    { encoding: 'utf8', env: process.env, maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    process.exit(1);
  }
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1));
  return {
    phase: name,
    observations: result.rows,
    issues: result.issues,
    seconds: result.seconds?.toFixed(1),
    'rows/s': Math.round(result.rows / result.seconds),
    'peak RSS MB': result.peakRss?.toFixed(0),
  };
}

if (process.argv[2] === '--phase') {
  await phase(process.argv[3], Number(process.argv[4]), process.argv[5]);
} else {
  const count = Number(process.env.SCALE_OBSERVATIONS ?? 1_000_000);
  const directory = mkdtempSync(join(tmpdir(), 'csv-scale-'));
  const file = join(directory, 'observations.csv');
  try {
    const rows = [
      run('write, streamed', count, file),
      run('read, row by row', count, file),
      run('write, one string', count, file),
      run('read, whole dataset', count, file),
    ];
    const megabytes = (statSync(file).size / 1024 / 1024).toFixed(0);
    console.log(
      `Tidy CSV, German dialect: ${count.toLocaleString('en')} observations, ${megabytes} MB file (goal: streamed forms flat, well under 300 MB)`,
    );
    console.table(rows);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
