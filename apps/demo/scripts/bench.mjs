// `pnpm bench` for the demo: the site built with the real trials of ../shared/fixtures (as the
// end-to-end tests build it) into dist-bench, then Lighthouse on every page (lighthouse.mjs).
// Arguments go to lighthouse.mjs: `pnpm bench -- --runs 3` for medians on a busy machine.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fixtureTrials } from './fixture-trials.mjs';

const script = (name) => fileURLToPath(new URL(name, import.meta.url));
const run = (args, env = process.env) =>
  spawnSync(process.execPath, args, { stdio: 'inherit', env }).status ?? 1;

const env = { ...process.env, DEMO_LIVE: '0', DEMO_TRIALS: fixtureTrials().join(',') };
const built = run([script('build.mjs'), '--out', 'apps/demo/dist-bench'], env);
if (built !== 0) process.exit(built);
const site = fileURLToPath(new URL('../dist-bench/', import.meta.url));
process.exit(run([script('lighthouse.mjs'), '--dir', site, ...process.argv.slice(2)]));
