import { defineMessages } from '../i18n/messages';

export const localeSwitcherMessages = /* @__PURE__ */ defineMessages({
  de: {
    'localeSwitcher.label': 'Sprache',
  },
  en: {
    'localeSwitcher.label': 'Language',
  },
});
