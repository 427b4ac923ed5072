import '@nrw-health/tokens/tokens.css';
import '@nrw-health/react/styles.css';
import './preview.css';
import docgen from 'virtual:nrw-health/docgen';
import { isLocale, type Locale } from '@nrw-health/core';
import * as widgets from '@nrw-health/react';
import { NrwHealthProvider } from '@nrw-health/react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { type ReactNode, useEffect } from 'react';

// Props tables from the published type declarations (see docgen.ts).
for (const [name, info] of Object.entries(docgen)) {
  const widget = (widgets as Record<string, unknown>)[name];
  if (typeof widget === 'function') Object.assign(widget, { __docgenInfo: info });
}

/** The WCAG 2.2 AA rule set of the packages' own axe tests: every A and AA rule up to 2.2. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Theme = 'light' | 'dark';

function StoryFrame(props: {
  locale: Locale;
  theme: Theme;
  standalone: boolean;
  children: ReactNode;
}) {
  const { locale, theme, standalone } = props;
  // A story on its own is the whole page: the page's language and theme are the story's.
  useEffect(() => {
    if (!standalone) return;
    const root = document.documentElement;
    const before = { lang: root.lang, theme: root.dataset.nrwTheme };
    root.lang = locale;
    root.dataset.nrwTheme = theme;
    return () => {
      root.lang = before.lang;
      if (before.theme === undefined) delete root.dataset.nrwTheme;
      else root.dataset.nrwTheme = before.theme;
    };
  }, [locale, theme, standalone]);
  return (
    <div className="nrw-story-frame" data-nrw-theme={theme} lang={locale}>
      {/* Uncontrolled and keyed by the toolbar: a LocaleSwitcher inside switches it, the toolbar
          starts it afresh. */}
      <NrwHealthProvider key={locale} defaultLocale={locale} timeZone="Europe/Berlin">
        {props.children}
      </NrwHealthProvider>
    </div>
  );
}

/** Every story inside an `NrwHealthProvider`, in the locale and theme of the toolbar. */
const withProvider: Decorator = (Story, context) => (
  <StoryFrame
    locale={isLocale(context.globals.locale) ? context.globals.locale : 'en'}
    theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
    standalone={context.viewMode !== 'docs'}
  >
    <Story />
  </StoryFrame>
);

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withProvider],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'de', title: 'Deutsch', right: 'de' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (data-nrw-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    // A violation fails the story's test, in the story tests and in the a11y panel alike.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: wcagTags } },
    },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { codePanel: true },
  },
};

export default preview;
