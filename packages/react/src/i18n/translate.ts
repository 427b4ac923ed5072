import type { Locale } from '@nrw-health/core';
import type { LabelOverrides, Message, MessageKey, MessageParams } from './catalogue';
import { de } from './de';
import { en } from './en';
import type { MessageSource } from './messages';

/** The texts every widget shares, such as "no value". */
const shared: MessageSource = { de, en };

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

/**
 * The text for `key`: the portal's override where it gave a usable one, else the kit's, from the
 * widget's own `sources` or the shared texts. A key found nowhere shows as itself, so a gap is
 * visible rather than blank (the catalogue tests keep it from happening).
 */
export function messageFor(
  locale: Locale,
  key: MessageKey,
  overrides?: LabelOverrides,
  sources: readonly MessageSource[] = [],
): Message {
  const override = overrides?.[locale]?.[key];
  if (isMessage(override)) return override;
  for (const source of sources) {
    const message = source[locale][key];
    if (message !== undefined) return message;
  }
  return shared[locale][key] ?? key;
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
