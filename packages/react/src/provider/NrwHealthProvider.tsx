import { isLocale, type Locale, locales } from '@nrw-health/core';
import { type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { LabelOverrides } from '../i18n/catalogue';
import { defaultSettings, type Settings, SettingsContext } from './context';
import type { DateInput } from './format';

export interface NrwHealthProviderProps {
  /** The locale, controlled: the provider shows it and reports changes to `onLocaleChange`. */
  readonly locale?: Locale;
  /** The first locale, uncontrolled: a `LocaleSwitcher` inside changes it. Default `en`. */
  readonly defaultLocale?: Locale;
  readonly onLocaleChange?: (locale: Locale) => void;
  /** The portal's own wording, per locale; merged over an outer provider's. */
  readonly labels?: LabelOverrides;
  /** IANA time zone for timestamps. Set it when rendering on a server, so the browser agrees. */
  readonly timeZone?: string;
  /** "Now" for relative dates ("3 days ago"). Set it when rendering on a server, for the same reason. */
  readonly now?: DateInput;
  readonly children?: ReactNode;
}

function mergeLabels(outer?: LabelOverrides, inner?: LabelOverrides): LabelOverrides | undefined {
  if (!outer || !inner) return inner ?? outer;
  return Object.fromEntries(
    locales.map((locale) => [locale, { ...outer[locale], ...inner[locale] }]),
  );
}

/**
 * Locale, wording and formatting for every widget inside. A provider inside another inherits
 * what it does not set itself: the locale (and switching it), labels, time zone and "now".
 * It renders no element of its own.
 */
export function NrwHealthProvider(props: NrwHealthProviderProps) {
  const outer = useContext(SettingsContext);
  const controlled = isLocale(props.locale) ? props.locale : undefined;
  const initial = isLocale(props.defaultLocale) ? props.defaultLocale : undefined;
  // A nested provider that sets no locale follows the outer one.
  const inherits = controlled === undefined && initial === undefined && outer !== undefined;
  const [own, setOwn] = useState<Locale>(initial ?? outer?.locale ?? defaultSettings.locale);
  const locale = controlled ?? (inherits ? outer.locale : own);

  const { onLocaleChange } = props;
  const outerSetLocale = outer?.setLocale;
  const setLocale = useCallback(
    (next: Locale) => {
      if (!isLocale(next)) return;
      onLocaleChange?.(next);
      if (inherits) outerSetLocale?.(next);
      else if (controlled === undefined) setOwn(next);
    },
    [onLocaleChange, inherits, outerSetLocale, controlled],
  );

  const labels = useMemo(
    () => mergeLabels(outer?.labels, props.labels),
    [outer?.labels, props.labels],
  );
  const timeZone = props.timeZone ?? outer?.timeZone;
  const now = props.now ?? outer?.now;
  const settings = useMemo<Settings>(
    () => ({ locale, setLocale, labels, timeZone, now }),
    [locale, setLocale, labels, timeZone, now],
  );
  return <SettingsContext.Provider value={settings}>{props.children}</SettingsContext.Provider>;
}
