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
  readonly 'trialCard.conditions': string;
  readonly 'trialCard.interventions': string;
  readonly 'trialCard.forWhom': string;
  readonly 'trialCard.where': string;
  readonly 'trialCard.status': string;
  readonly 'trialCard.phase': string;
  readonly 'trialCard.lastUpdated': string;
  readonly 'trialCard.registryLink': string;
  readonly 'trialCard.showDetails': string;
  readonly 'trialCard.ageRange': string;
  readonly 'trialCard.ageFrom': string;
  readonly 'trialCard.ageUpTo': string;
  readonly 'trialCard.sex': string;
  readonly 'trialCard.age': string;
  readonly 'trialCard.healthyVolunteers': string;
  readonly 'trialCard.noHealthyVolunteers': string;
  readonly 'trialCard.siteCount': PluralMessage;
  readonly 'trialCard.moreSites': PluralMessage;
  readonly 'trialDetail.scientificTitle': string;
  readonly 'trialDetail.acronym': string;
  readonly 'trialDetail.summary': string;
  readonly 'trialDetail.overview': string;
  readonly 'trialDetail.studyType': string;
  readonly 'trialDetail.whyStopped': string;
  readonly 'trialDetail.dates': string;
  readonly 'trialDetail.registered': string;
  readonly 'trialDetail.start': string;
  readonly 'trialDetail.primaryCompletion': string;
  readonly 'trialDetail.completion': string;
  readonly 'trialDetail.dateActual': string;
  readonly 'trialDetail.dateEstimated': string;
  readonly 'trialDetail.eligibility': string;
  readonly 'trialDetail.inclusion': string;
  readonly 'trialDetail.exclusion': string;
  readonly 'trialDetail.criteria': string;
  readonly 'trialDetail.enrolment': string;
  readonly 'trialDetail.enrolmentTarget': string;
  readonly 'trialDetail.enrolmentActual': string;
  readonly 'trialDetail.sponsors': string;
  readonly 'trialDetail.contacts': string;
  readonly 'trialDetail.email': string;
  readonly 'trialDetail.phone': string;
  readonly 'trialDetail.sites': string;
  readonly 'trialDetail.outcomes': string;
  readonly 'trialDetail.timeFrame': string;
  readonly 'trialDetail.provenance': string;
  readonly 'trialDetail.record': string;
}

export type MessageKey = keyof Catalogue;

/** Values for a message's `{name}` parameters; numbers are formatted for the locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A portal's own wording: any texts, per locale. What it leaves out keeps the kit's text. */
export type LabelOverrides = Readonly<Partial<Record<Locale, Partial<Catalogue>>>>;
