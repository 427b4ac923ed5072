// The benchmark, in Chromium (`pnpm bench`, the react package's `bench` script): the
// finder with 10,000 trials, the time from a keystroke in the search box to the updated results
// in the DOM, laid out. The goal is a median under 50 ms. Trials: the real registry records of
// the shared fixtures, replicated with distinct identifiers up to 10,000 (they hold fewer).
import '@nrw-health/tokens/tokens.css';
import '../styles.css';
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { bench, describe } from 'vitest';
import { commands } from 'vitest/browser';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { filterTrials, indexOf, noFilters } from './filter';
import { readRealTrials, replicate } from './real-trials';
import { TrialFinder } from './TrialFinder';

const goal = 50;
// React in development checks and freezes every element: the benchmark measures what portals
// ship, so the `bench` script runs with NODE_ENV=production.
const reactBuild = Object.isFrozen(h('i')) ? 'development' : 'production';
const keystrokeCount = 50;

const { trials: real } = await readRealTrials((path) => commands.readFile(path));
const trials = replicate(real, 10_000);

const host = document.createElement('div');
document.body.append(host);
const mounting = performance.now();
flushSync(() =>
  createRoot(host).render(
    h(NrwHealthProvider, { locale: 'de', timeZone: 'UTC' }, h(TrialFinder, { trials })),
  ),
);
// The first render builds the search index: once per trials array.
const firstRender = performance.now() - mounting;
const input = host.querySelector<HTMLInputElement>('input[type="search"]')!;
const heading = host.querySelector<HTMLElement>('.nrw-trial-finder__results > [tabindex="-1"]')!;
const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

// Typing words letter by letter and deleting them again: each step is one keystroke.
const steps = ['diabetes', 'köln', 'cancer', 'nct0', 'herz'].flatMap((word) => {
  const typed = [...word].map((_, at) => word.slice(0, at + 1));
  return [...typed, ...typed.slice(0, -1).reverse(), ''];
});
const counts = new Map(
  steps.map((query) => [
    query,
    new Intl.NumberFormat('de').format(
      filterTrials(indexOf(trials), { ...noFilters, query }).matches.length,
    ),
  ]),
);

let step = 0;
let latencies: number[] = [];

/** One keystroke: the field's new value and its input event, as the browser sends them. */
function keystroke() {
  const query = steps[step++ % steps.length]!;
  const start = performance.now();
  setValue.call(input, query);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  // React renders a controlled field's change within the event; reading a size lays it out.
  host.getBoundingClientRect();
  latencies.push(performance.now() - start);
  if (!heading.textContent?.startsWith(`${counts.get(query)} `)) {
    throw new Error(`the results did not follow "${query}": ${heading.textContent}`);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

describe('TrialFinder with 10,000 trials', () => {
  bench('keystroke → results in the DOM', keystroke, {
    time: 0,
    iterations: keystrokeCount,
    warmupTime: 0,
    warmupIterations: 10,
    setup: (_task, mode) => {
      if (mode === 'run') latencies = [];
    },
    teardown: (_task, mode) => {
      if (mode !== 'run') return;
      const typical = median(latencies);
      console.log(
        `TrialFinder, ${trials.length} trials (${real.length} real, replicated), React ${reactBuild}: ` +
          `keystroke → results in the DOM, median ${typical.toFixed(1)} ms over ` +
          `${latencies.length} keystrokes, max ${Math.max(...latencies).toFixed(1)} ms; ` +
          `goal: median under ${goal} ms (${typical < goal ? 'met' : 'NOT met'}); ` +
          `first render, index built: ${firstRender.toFixed(0)} ms`,
      );
    },
  });
});
