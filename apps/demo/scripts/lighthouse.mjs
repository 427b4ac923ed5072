// The demo's `bench`: Lighthouse scores for every pre-rendered page, served the way `pnpm start`
// serves them (Vite's preview server) and measured in Debian's Chromium. Prints one table and
// exits 1 when a page misses a goal, so `turbo run bench` shows the miss.
//
//   node scripts/lighthouse.mjs [--dir <site>] [--runs <n>] [--json <file>]
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { preview } from 'vite';

const PAGES = [
  '/',
  '/research/',
  '/actors/',
  '/data/',
  '/accessibility/',
  '/de/',
  '/de/research/',
  '/de/actors/',
  '/de/data/',
  '/de/accessibility/',
];

// The goals of issue 8. SEO is measured too, as information only.
const CATEGORIES = [
  { id: 'performance', label: 'perf', goal: 95, goalText: 'performance >= 95 (mobile)' },
  { id: 'accessibility', label: 'a11y', goal: 100, goalText: 'accessibility 100' },
  { id: 'best-practices', label: 'bp', goal: 95, goalText: 'best practices >= 95' },
  { id: 'seo', label: 'seo', goal: undefined, goalText: undefined },
];

const METRICS = [
  { id: 'first-contentful-paint', label: 'FCP', format: seconds },
  { id: 'largest-contentful-paint', label: 'LCP', format: seconds },
  { id: 'total-blocking-time', label: 'TBT', format: (ms) => `${Math.round(ms)} ms` },
  { id: 'cumulative-layout-shift', label: 'CLS', format: (value) => value.toFixed(3) },
];

const MISS = '✗';
const USAGE = 'usage: node scripts/lighthouse.mjs [--dir <site>] [--runs <n>] [--json <file>]';

/** A problem the user fixes (wrong argument, no build, no Chromium): one line, no stack. */
class UsageError extends Error {}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function options() {
  // `pnpm bench -- --runs 3` passes the `--` on; it separates nothing here.
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        dir: { type: 'string' },
        runs: { type: 'string', default: '1' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${error.message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 25) {
    throw new UsageError(`--runs must be a whole number from 1 to 25, got "${values.runs}"`);
  }
  const dir = values.dir
    ? resolve(values.dir)
    : resolve(fileURLToPath(new URL('../dist/', import.meta.url)));
  if (!existsSync(join(dir, 'index.html'))) {
    throw new UsageError(`No built site in ${dir} (no index.html): run \`pnpm demo:build\` first.`);
  }
  return { dir, runs, json: values.json ? resolve(values.json) : undefined };
}

function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new UsageError(
      `Chromium not found at ${path}: run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH to a Chromium binary).`,
    );
  }
  return path;
}

// chrome-launcher comes with lighthouse but is not a dependency of the demo itself, so pnpm
// does not link it here: resolve it from lighthouse's own folder, where pnpm put it.
async function importChromeLauncher() {
  const fromLighthouse = createRequire(fileURLToPath(import.meta.resolve('lighthouse')));
  return import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href);
}

async function serve(outDir) {
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    // 'mpa' answers a missing page with 404 instead of the home page, so it cannot pass unseen.
    appType: 'mpa',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const { port } = server.httpServer.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** The numbers we keep from one Lighthouse result. */
function summarize(lhr) {
  const scores = {};
  for (const { id } of CATEGORIES) {
    const score = lhr.categories[id]?.score;
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  const metrics = {};
  for (const { id } of METRICS) {
    const value = lhr.audits[id]?.numericValue;
    metrics[id] = typeof value === 'number' ? value : null;
  }
  return { scores, metrics, runtimeError: lhr.runtimeError?.message };
}

/** An audit's table rows; a 'list' (the LCP element, for one) nests its tables one level down. */
function elementsOf(details) {
  const items = details?.items ?? [];
  return details?.type === 'list' ? items.flatMap((table) => table.items ?? []) : items;
}

/** The audits that pull a category down: scored below Lighthouse's own "pass" mark of 0.9. */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  return category.auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && typeof audit.score === 'number' && audit.score < 0.9)
    .sort((a, b) => a.score - b.score)
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      displayValue: audit.displayValue,
      // The first elements to fix (an accessibility rule's nodes, the LCP element).
      nodes: elementsOf(audit.details)
        .map((item) => item.node?.selector)
        .filter(Boolean)
        .slice(0, 3),
    }));
}

function meetsGoal(category, score) {
  return category.goal === undefined || (score !== null && score >= category.goal);
}

async function measure(pages, origin, runs, port) {
  const results = [];
  for (const [index, { path, missing }] of pages.entries()) {
    if (missing) {
      results.push({ path, url: `${origin}${path}`, missing, runs: [] });
      continue;
    }
    const url = `${origin}${path}`;
    const lhrs = [];
    for (let run = 1; run <= runs; run++) {
      const label = runs > 1 ? ` (run ${run}/${runs})` : '';
      process.stderr.write(`[${index + 1}/${pages.length}] ${path}${label}\n`);
      // Default config: mobile form factor, simulated throttling.
      const result = await lighthouse(url, {
        port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: CATEGORIES.map(({ id }) => id),
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      lhrs.push(result.lhr);
    }
    const summaries = lhrs.map(summarize);
    const error = summaries.find((summary) => summary.runtimeError)?.runtimeError;
    const scores = {};
    for (const { id } of CATEGORIES) scores[id] = median(summaries.map((s) => s.scores[id]));
    for (const id of Object.keys(scores)) {
      if (scores[id] !== null) scores[id] = Math.round(scores[id]);
    }
    const metrics = {};
    for (const { id } of METRICS) metrics[id] = median(summaries.map((s) => s.metrics[id]));
    // The failing audits come from one real run: the one Lighthouse itself calls the median.
    let representative = lhrs.at(-1);
    try {
      representative = computeMedianRun(lhrs);
    } catch {
      // A run without FCP or TTI (an error page): keep the last run.
    }
    // The table lists the audits of the categories that miss a goal; --json keeps those of every
    // category short of 100 (SEO included), for whoever wants the full picture.
    const audits = {};
    for (const { id } of CATEGORIES) {
      if (scores[id] !== null && scores[id] < 100) audits[id] = failingAudits(representative, id);
    }
    const misses = CATEGORIES.filter((c) => !meetsGoal(c, scores[c.id])).map((c) => c.id);
    results.push({
      path,
      url,
      error,
      scores,
      metrics,
      misses,
      audits,
      runs: summaries,
      environment: {
        lighthouse: representative.lighthouseVersion,
        userAgent: representative.environment?.hostUserAgent,
      },
    });
  }
  return results;
}

function passed(result) {
  return (
    !result.missing &&
    !result.error &&
    CATEGORIES.every((category) => meetsGoal(category, result.scores?.[category.id] ?? null))
  );
}

function table(results) {
  const header = ['page', ...CATEGORIES.map((c) => c.label), ...METRICS.map((m) => m.label)];
  const rows = results.map((result) => {
    if (result.missing) return [result.path, `missing: no ${result.missing} in the site`];
    if (result.error) return [result.path, 'error: Lighthouse could not measure it (see below)'];
    return [
      result.path,
      ...CATEGORIES.map((category) => {
        const score = result.scores[category.id];
        const text = score === null ? '-' : String(score);
        return meetsGoal(category, score) ? text : `${text} ${MISS}`;
      }),
      ...METRICS.map(({ id, format }) =>
        result.metrics[id] === null ? '-' : format(result.metrics[id]),
      ),
    ];
  });
  // An error row has two cells; its message runs across the score columns.
  const widths = header.map((_, column) =>
    Math.max(
      ...[header, ...rows]
        .filter((row) => column === 0 || row.length === header.length)
        .map((row) => row[column].length),
    ),
  );
  const line = (row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [header, ...rows].map(line).join('\n');
}

function report(results, runs) {
  const measured = results.find((result) => result.environment);
  const chrome = measured?.environment.userAgent?.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0];
  const out = [];
  out.push(
    `Lighthouse ${measured?.environment.lighthouse ?? '?'}, ${chrome ?? 'Chromium'}, mobile, simulated throttling, ` +
      (runs > 1 ? `median of ${runs} runs per page` : '1 run per page'),
  );
  out.push('');
  out.push(table(results));
  out.push('');
  const goals = CATEGORIES.filter((c) => c.goalText)
    .map((c) => c.goalText)
    .join(', ');
  const good = results.filter(passed).length;
  out.push(
    `GOALS: ${goals} (seo: information only); ${good}/${results.length} pages meet all goals` +
      (good < results.length ? `; ${MISS} marks a miss` : ''),
  );
  for (const result of results) {
    if (result.missing) continue;
    if (result.error) {
      out.push('', `${result.path}: ${result.error}`);
      continue;
    }
    for (const categoryId of result.misses) {
      const category = CATEGORIES.find((c) => c.id === categoryId);
      const audits = result.audits[categoryId] ?? [];
      out.push('', `${result.path} ${category.label} ${result.scores[categoryId] ?? '-'}:`);
      if (audits.length === 0) out.push('  (no single audit below 0.9; the metrics add up)');
      for (const audit of audits) {
        const value = audit.displayValue ? ` (${audit.displayValue})` : '';
        out.push(`  ${audit.id}  ${audit.score.toFixed(2)}  ${audit.title}${value}`);
        for (const node of audit.nodes) out.push(`      ${node}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

async function main() {
  const { dir, runs, json } = options();
  const chromePath = chromiumPath();
  const pages = PAGES.map((path) => {
    const file = join(dir, path, 'index.html');
    return existsSync(file) ? { path } : { path, missing: `${path}index.html` };
  });

  const { launch } = await importChromeLauncher();
  const { server, origin } = await serve(dir);
  let chrome;
  try {
    chrome = await launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
      logLevel: 'silent',
    }).catch((error) => {
      throw new UsageError(`Chromium at ${chromePath} did not start: ${error.message}`);
    });
    const results = await measure(pages, origin, runs, chrome.port);
    process.stdout.write(report(results, runs));
    if (json) {
      await mkdir(dirname(json), { recursive: true });
      const goals = Object.fromEntries(
        CATEGORIES.filter((c) => c.goal !== undefined).map((c) => [c.id, c.goal]),
      );
      const data = {
        site: dir,
        runs,
        goals,
        pages: results.map((r) => ({ ...r, passed: passed(r) })),
      };
      await writeFile(json, `${JSON.stringify(data, null, 2)}\n`);
      process.stdout.write(`Wrote ${json}\n`);
    }
    return results.every(passed) ? 0 : 1;
  } finally {
    chrome?.kill();
    await server.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UsageError) process.stderr.write(`lighthouse: ${error.message}\n`);
    else process.stderr.write(`lighthouse: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);
