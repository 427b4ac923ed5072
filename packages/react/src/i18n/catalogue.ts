import type { Locale } from '@nrw-health/core';

/** A text that depends on a count, chosen by the locale's plural rules (`Intl.PluralRules`). */
export type PluralMessage = Readonly<
  Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string }
>;

export type Message = string | PluralMessage;

/**
 * Every text the widgets show or announce. `{name}` marks a parameter; plural messages get
 * `{count}`. German and English are both complete: a test fails on a missing or empty text.
 */
export interface Catalogue {
  /** Shown wherever a value is missing: a missing number is never shown as 0. */
  readonly 'value.missing': string;
  readonly 'localeSwitcher.label': string;
  readonly 'dataTable.sortedAscending': string;
  readonly 'dataTable.sortedDescending': string;
  readonly 'dataTable.rowCount': PluralMessage;
  readonly 'dataTable.empty': string;
  readonly 'dataTable.loading': string;
  readonly 'dataTable.error': string;
  readonly 'facetFilter.count': PluralMessage;
  readonly 'facetFilter.showMore': PluralMessage;
  readonly 'facetFilter.showFewer': string;
}

export type MessageKey = keyof Catalogue;

/** Values for a message's `{name}` parameters; numbers are formatted for the locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A portal's own wording: any texts, per locale. What it leaves out keeps the kit's text. */
export type LabelOverrides = Readonly<Partial<Record<Locale, Partial<Catalogue>>>>;
