import type { Locale } from '@nrw-health/core';
import type { Catalogue, LabelOverrides, Message, MessageKey, MessageParams } from './catalogue';
import { de } from './de';
import { en } from './en';

export const catalogues: Readonly<Record<Locale, Catalogue>> = { de, en };

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** A usable text: a non-blank string, or plural forms with a non-blank `other`. */
export function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value !== 'object' || value === null) return false;
  const other = (value as { other?: unknown }).other;
  return typeof other === 'string' && other.trim() !== '';
}

/** The text for `key`: the portal's override where it gave a usable one, else the kit's. */
export function messageFor(locale: Locale, key: MessageKey, overrides?: LabelOverrides): Message {
  const override = overrides?.[locale]?.[key];
  return isMessage(override) ? override : catalogues[locale][key];
}

/**
 * Fills a message in: picks the plural form for `params.count`, then replaces each `{name}`.
 * Numbers go through `formatNumber`, so counts read "10.000" in German and "10,000" in English.
 */
export function formatMessage(
  locale: Locale,
  message: Message,
  params: MessageParams | undefined,
  formatNumber: (value: number) => string,
): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = params?.count;
    const category = typeof count === 'number' ? pluralCategory(locale, count) : 'other';
    const form = message[category];
    text = typeof form === 'string' && form.trim() !== '' ? form : message.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(params, name)) return placeholder;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value) : String(value);
  });
}
