import { defineConfig } from '@playwright/test';
import { chromiumPath } from '../../scripts/chromium.ts';
import { fixtureTrials } from './scripts/fixture-trials.mjs';

// End-to-end tests against the built site, as a visitor gets it: the build script renders it
// with the real trials of ../shared/fixtures into dist-e2e, and Vite's preview server serves it.

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
