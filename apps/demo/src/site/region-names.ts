import type { LocalizedText } from '@nrw-health/core';

/**
 * Names of the region keys in `@nrw-health/data` that core's registry (states, districts) does
 * not name: a municipality the seed documents count on its own. The same in both languages.
 */
export const municipalityNames: Readonly<Record<string, LocalizedText>> = {
  '05954036': { de: 'Witten', en: 'Witten' },
};

/** The names as the widgets take them (`regionNames`), in a language. */
export const regionNamesIn = (locale: 'de' | 'en'): Readonly<Record<string, string>> =>
  Object.fromEntries(
    Object.entries(municipalityNames).map(([code, name]) => [code, name[locale] ?? code]),
  );
