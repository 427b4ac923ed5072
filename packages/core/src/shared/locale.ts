/** The languages the kit speaks. Every label, message and code list is complete in both. */
export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

/** A text in every supported language. */
export type Labels = Readonly<Record<Locale, string>>;

/** Validation messages and labels fall back to English, the language of the IH.R dashboard. */
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return value === 'de' || value === 'en';
}
