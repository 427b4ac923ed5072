import { defineConfig } from 'vitest/config';

// The site's own logic, in Node, against the packages' built exports (as the site uses them).
// The end-to-end tests against the built site run with Playwright (playwright.config.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
