import { fileURLToPath } from 'node:url';
import { searchForWorkspaceRoot } from 'vite';
import { defineConfig } from 'vitest/config';
import { browserProject, nodeProject } from '../../vitest.shared.ts';

const browser = browserProject();

export default defineConfig({
  // Browser tests read real trial tables from the shared fixtures, outside the workspace.
  server: {
    fs: {
      allow: [
        searchForWorkspaceRoot(process.cwd()),
        fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url)),
      ],
    },
  },
  // Pre-bundled up front: discovering them mid-run reloads the page and can load React twice.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'react-dom/server',
      '@testing-library/react',
      '@tanstack/react-virtual',
      'axe-core',
      'papaparse',
    ],
  },
  test: {
    projects: [
      nodeProject(),
      // Unmounts what each browser test rendered, so tests never see each other's DOM.
      { ...browser, test: { ...browser.test, setupFiles: ['src/testing/setup-browser.ts'] } },
    ],
  },
});
