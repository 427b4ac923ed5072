import { defaultLocale, type Locale } from '@nrw-health/core';
import { createContext } from 'react';
import type { LabelOverrides } from '../i18n/catalogue';
import type { DateInput } from './format';

/** What a provider hands down; `useNrwHealth` turns it into the helpers widgets use. */
export interface Settings {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  readonly labels: LabelOverrides | undefined;
  readonly timeZone: string | undefined;
  readonly now: DateInput;
}

/** Without a provider: English (as in core), the kit's texts, and a locale nothing can change. */
export const defaultSettings: Settings = {
  locale: defaultLocale,
  setLocale: () => {},
  labels: undefined,
  timeZone: undefined,
  now: undefined,
};

export const SettingsContext = createContext<Settings | undefined>(undefined);
