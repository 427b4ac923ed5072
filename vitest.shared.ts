// Vitest projects shared by every package: `*.test.ts(x)` run in Node, `*.browser.test.ts(x)` run
// in Debian's Chromium through Playwright (Vitest browser mode).
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { ChromiumMissingError, chromiumPath } from './scripts/chromium.ts';

// Tests run the TypeScript sources: the `source` condition of a package's "imports"/"exports"
// points at src, ahead of the built files.
const sourceFirst = {
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
};

export function nodeProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    ...sourceFirst,
    test: {
      name: 'node',
      environment: 'node',
      // Property tests and whole-corpus checks take seconds; these machines are shared and busy.
      testTimeout: 60_000,
      include: ['src/**/*.test.{ts,tsx}'],
      exclude: ['src/**/*.browser.test.{ts,tsx}'],
    },
  };
}

function resolveChromium(): string {
  try {
    return chromiumPath();
  } catch (error) {
    if (error instanceof ChromiumMissingError) {
      // One clear line instead of a stack trace, as promised in the README.
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export function browserProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    ...sourceFirst,
    test: {
      name: 'browser',
      include: ['src/**/*.browser.test.{ts,tsx}'],
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({
          launchOptions: {
            executablePath: resolveChromium(),
            // Closed network here: keep Chromium from phoning home at every start.
            args: [
              '--no-sandbox',
              '--disable-gpu',
              '--disable-quic',
              '--no-first-run',
              '--disable-background-networking',
              '--disable-component-update',
              '--disable-sync',
            ],
          },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}
