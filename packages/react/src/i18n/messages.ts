import type { Locale } from '@nrw-health/core';
import type { Catalogue, MessageKey } from './catalogue';

/**
 * The texts of one widget, in German and English. Each widget brings its own and hands them to
 * `useNrwHealth`, so a page that shows one widget loads only that widget's texts, not the whole
 * catalogue. A key missing in either language is a type error.
 */
export type Messages<K extends MessageKey = MessageKey> = Readonly<
  Record<Locale, Readonly<Pick<Catalogue, K>>>
>;

/** Any widget's texts, as `useNrwHealth` takes them. */
export type MessageSource = Readonly<Record<Locale, Readonly<Partial<Catalogue>>>>;

/**
 * Checks a widget's texts at compile time and returns them as they are. Call it as
 * `/* @__PURE__ *\/ defineMessages({...})`, so bundlers drop the texts of widgets a page never uses.
 */
export function defineMessages<K extends MessageKey>(messages: {
  readonly de: Readonly<Pick<Catalogue, K>>;
  readonly en: Readonly<Pick<Catalogue, K>>;
}): Messages<K> {
  return messages;
}
