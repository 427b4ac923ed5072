import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumPath } from '../../scripts/chromium.ts';

// End-to-end tests against the built site, as a visitor gets it: the build script renders it
// with the real trials of ../shared/fixtures into dist-e2e, and Vite's preview server serves it.

const repository = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(repository, '..', 'shared', 'fixtures');

/** Every trial file of the fixtures that the CLI reads (registry exports of several formats). */
function fixtureTrials(): string[] {
  const inFolder = (folder: string, pattern: RegExp) =>
    readdirSync(join(fixtures, folder))
      .filter((name) => pattern.test(name))
      .map((name) => relative(repository, join(fixtures, folder, name)));
  return [
    ...inFolder('ctgov-v2-json/studies', /\.json$/),
    ...inFolder('ctgov-legacy-xml', /\.xml$/),
    ...inFolder('eu-ctr/ctrdata-demo', /\.json$/),
    ...inFolder('drks', /^DRKS_trial-.*\.json$/),
  ];
}

const port = 4180;

export default defineConfig({
  testDir: 'e2e',
  // One worker: two cores, shared; the axe runs and the journeys are heavy enough.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: ['--no-sandbox'] },
    acceptDownloads: true,
  },
  webServer: {
    command: `node scripts/build.mjs --out apps/demo/dist-e2e && vite preview --outDir dist-e2e --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { DEMO_LIVE: '0', DEMO_TRIALS: fixtureTrials().join(',') },
  },
});
