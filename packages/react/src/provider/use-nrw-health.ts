import type { Locale } from '@nrw-health/core';
import { useContext, useMemo } from 'react';
import type { MessageKey, MessageParams } from '../i18n/catalogue';
import type { MessageSource } from '../i18n/messages';
import { formatMessage, messageFor } from '../i18n/translate';
import { defaultSettings, type Settings, SettingsContext } from './context';
import {
  type DateInput,
  type FormatSettings,
  formatDate,
  formatNumber,
  formatRelativeTime,
  type NumberInput,
} from './format';

export interface NrwHealth {
  readonly locale: Locale;
  /** Switches the provider's locale; without a provider it does nothing. */
  readonly setLocale: (locale: Locale) => void;
  /** The text for `key` in the current locale, with `{name}` parameters filled in. */
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  /** A number for the locale; null, undefined and NaN give the "no value" label, never 0. */
  readonly formatNumber: (value: NumberInput, options?: Intl.NumberFormatOptions) => string;
  /** A date for the locale, as precisely as it is known; a missing or invalid one gives "no value". */
  readonly formatDate: (value: DateInput, options?: Intl.DateTimeFormatOptions) => string;
  /** "3 days ago" / "vor 3 Tagen", relative to the provider's `now` (or the clock). */
  readonly formatRelativeTime: (value: DateInput) => string;
  /** Compares texts the way the locale sorts them ("Ärzte" next to "Arzt"; "2" before "10"). */
  readonly compare: (a: string, b: string) => number;
}

const collators = new Map<Locale, Intl.Collator>();

function collator(locale: Locale): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    found = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, found);
  }
  return found;
}

export function helpersFor(settings: Settings, sources: readonly MessageSource[] = []): NrwHealth {
  const { locale, labels } = settings;
  const base: FormatSettings = {
    locale,
    missing: '',
    timeZone: settings.timeZone,
    now: settings.now,
  };
  const plainNumber = (value: number) => formatNumber(base, value);
  const t = (key: MessageKey, params?: MessageParams) =>
    formatMessage(locale, messageFor(locale, key, labels, sources), params, plainNumber);
  const format: FormatSettings = { ...base, missing: t('value.missing') };
  // The collator is made on the first comparison: creating one costs a page that never sorts
  // text some 20 ms of main thread while it hydrates.
  let compareText: Intl.Collator['compare'] | undefined;
  return {
    locale,
    setLocale: settings.setLocale,
    t,
    formatNumber: (value, options) => formatNumber(format, value, options),
    formatDate: (value, options) => formatDate(format, value, options),
    formatRelativeTime: (value) => formatRelativeTime(format, value),
    compare: (a, b) => {
      compareText ??= collator(locale).compare;
      return compareText(a, b);
    },
  };
}

/**
 * Locale, texts and formatting of the nearest `NrwHealthProvider`, or the defaults without one.
 * A widget passes its own texts (`defineMessages`); `t` finds a key in them, then in the texts
 * all widgets share. Pass the same `sources` on every render (module constants).
 */
export function useNrwHealth(...sources: MessageSource[]): NrwHealth {
  const settings = useContext(SettingsContext) ?? defaultSettings;
  // biome-ignore lint/correctness/useExhaustiveDependencies: sources are module constants.
  return useMemo(() => helpersFor(settings, sources), [settings, ...sources]);
}
