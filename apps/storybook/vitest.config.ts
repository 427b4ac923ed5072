import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { browserProject } from '../../vitest.shared.ts';

const configDir = fileURLToPath(new URL('.storybook', import.meta.url));

/**
 * Every story as a test (render, play function, axe with WCAG 2.2 AA), in one locale and theme.
 * A story that pins its own globals keeps them.
 */
function stories(locale: 'de' | 'en', theme: 'light' | 'dark'): TestProjectInlineConfiguration {
  // Debian's Chromium through Playwright, launched as for the packages' browser tests (vitest
  // fills the settings in, so each project gets its own). Only the browser settings are taken:
  // the stories import the packages' built exports, as a portal does, not their sources.
  const { browser } = browserProject().test!;
  return {
    extends: true,
    plugins: [storybookTest({ configDir, initialGlobals: { locale, theme } })],
    test: { name: `stories ${locale} ${theme}`, browser },
  };
}

export default defineConfig({
  // Pre-bundled up front: discovering them mid-run reloads the page and can load React twice.
  optimizeDeps: {
    include: ['react', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'],
  },
  test: {
    // Rendering 10,000 rows and sorting them takes a while on a busy two-core machine.
    testTimeout: 60_000,
    projects: [stories('en', 'light'), stories('de', 'dark')],
  },
});
