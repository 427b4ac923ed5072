import type { StorybookConfig } from '@storybook/react-vite';
import react from '@vitejs/plugin-react';
import { mergeConfig } from 'vite';
import { widgetDocgen } from './docgen.ts';

// The stories consume @nrw-health/* as a portal does: through the packages' public exports,
// which point at their built `dist` (run `pnpm build` first; the root scripts do).
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // No telemetry (nor update checks: see the `storybook` script): the network is closed here.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own docgen reads the story files; the props of the widgets come from the
  // published type declarations instead (see docgen.ts).
  typescript: { reactDocgen: false },
  viteFinal: (vite) => mergeConfig(vite, { plugins: [react(), widgetDocgen()] }),
};

export default config;
