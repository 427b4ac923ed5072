// How each field of a Trial merges: one value chosen (`pick`), texts language by language
// (`text`), objects field by field (`object`), lists unioned with duplicates merged (`list`).
import type {
  Condition,
  Contact,
  Intervention,
  Outcome,
  Publication,
  Sponsor,
  TrialSite,
} from '@nrw-health/core';
import { cityKey, facilityKey, fold } from './normalise';
import { canonical } from './values';

export type FieldSpec =
  /** One value is chosen whole; `meaning` tells values that differ in wording only. */
  | { readonly kind: 'pick'; readonly meaning?: (value: unknown) => string }
  /** A text by language (`LocalizedText`): one text chosen per language. */
  | { readonly kind: 'text' }
  /**
   * An object, field by field in this order. An entry with several names is chosen as one (a
   * harmonised code with its registry's wording, dates that must stay in order).
   */
  | {
      readonly kind: 'object';
      readonly fields: readonly (readonly [string | readonly string[], FieldSpec])[];
    }
  /**
   * A list: the items of all records, those with the same `key` merged (the first of a record
   * with the first of another, and so on; never two of one record), the others added.
   */
  | { readonly kind: 'list'; readonly key: (item: never) => string; readonly item: FieldSpec };

/**
 * What a value means, leaving its wording aside: texts folded, and the registry's own wording
 * (`original`, `originalClass`, …) left out, so `{ code: 'recruiting', original: 'RECRUITING' }`
 * and `{ code: 'recruiting', original: 'Recruiting' }` mean the same.
 */
export function meaningOf(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(fold(value));
  if (value === null || typeof value !== 'object') return canonical(value);
  if (Array.isArray(value)) return `[${value.map(meaningOf).join(',')}]`;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined && !/^original/.test(key))
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${meaningOf(object[key])}`).join(',')}}`;
}

const pick: FieldSpec = { kind: 'pick' };
const text: FieldSpec = { kind: 'text' };
const object = (fields: readonly (readonly [string | readonly string[], FieldSpec])[]) =>
  ({ kind: 'object', fields }) as const satisfies FieldSpec;
const list = <T>(key: (item: T) => string, item: FieldSpec): FieldSpec =>
  ({ kind: 'list', key: key as (item: never) => string, item }) as const;

/** Codings by system and code. */
const codings = list(
  (coding: { system: string; code: string }) =>
    `${fold(coding.system)}|${coding.code.trim().toUpperCase()}`,
  pick,
);

/** A contact by role and name (else e-mail, affiliation, phone or address). */
export const contactKey = (contact: Contact): string =>
  `${contact.role}|${fold(contact.name ?? contact.email ?? contact.affiliation ?? contact.phone ?? contact.address ?? '')}`;

const contacts = list(
  contactKey,
  object(
    ['role', 'name', 'affiliation', 'email', 'phone', 'address'].map(
      (field) => [field, pick] as const,
    ),
  ),
);

/**
 * A site by facility, city and country, spelling-tolerant: case, accents, punctuation, umlauts
 * written out, `Uniklinik` for `Universitätsklinikum`, Cologne for Köln (`facilityKey`, `cityKey`).
 */
export const siteKey = (site: TrialSite): string =>
  `${site.facility ? facilityKey(site.facility) : ''}|${site.city ? cityKey(site.city) : (site.district ?? '')}|${site.country ?? ''}`;

// "Drug: Posaconazole" (ICTRP, older CT.gov exports) names the intervention Posaconazole.
const interventionLabel =
  /^\s*(?:drug|device|biological|procedure|behaviou?ral|other|dietary supplement|radiation|genetic|combination product|diagnostic test)\s*:\s*/i;

/** An intervention by name, without a leading type label. */
export const interventionKey = (intervention: Intervention): string =>
  fold(intervention.name.replace(interventionLabel, ''));

/** A publication by DOI, else PubMed id, else URL, else citation. */
export const publicationKey = (publication: Publication): string =>
  publication.doi
    ? `doi:${publication.doi.toLowerCase()}`
    : publication.pmid
      ? `pmid:${publication.pmid}`
      : publication.url
        ? `url:${publication.url}`
        : `citation:${fold(publication.citation ?? '')}`;

/** The fields of a Trial in the model's order; `identifiers` and `provenance` merge on their own. */
export const trialSpec = object([
  ['identifiers', pick],
  [
    'title',
    object([
      ['public', text],
      ['scientific', text],
      ['acronym', pick],
    ]),
  ],
  ['summary', text],
  ['description', text],
  ['status', pick],
  ['whyStopped', pick],
  ['phase', pick],
  ['studyType', pick],
  [
    'design',
    object([
      ['allocation', pick],
      ['model', pick],
      ['masking', pick],
      ['purpose', pick],
      ['description', text],
    ]),
  ],
  [
    'dates',
    object([
      ['registered', pick],
      // One record's dates, so that they stay in order.
      [['start', 'primaryCompletion', 'completion'], pick],
      ['resultsPosted', pick],
      ['statusVerified', pick],
      ['lastUpdated', pick],
    ]),
  ],
  [
    'conditions',
    list(
      (condition: Condition) => fold(condition.text),
      object([
        ['text', pick],
        ['codes', codings],
      ]),
    ),
  ],
  [
    'interventions',
    list(
      interventionKey,
      object([
        ['name', pick],
        [['type', 'originalType'], pick],
        ['description', pick],
        ['codes', codings],
      ]),
    ),
  ],
  ['keywords', list((keyword: string) => fold(keyword), pick)],
  [
    'sponsors',
    list(
      (sponsor: Sponsor) => `${fold(sponsor.name)}|${sponsor.role}`,
      object([
        ['name', pick],
        ['role', pick],
        [['class', 'originalClass'], pick],
        ['country', pick],
      ]),
    ),
  ],
  ['contacts', contacts],
  ['countries', list((country: string) => country, pick)],
  [
    'enrolment',
    object([
      ['target', pick],
      ['actual', pick],
    ]),
  ],
  [
    'eligibility',
    object([
      ['sex', pick],
      // One record's bounds, so that the minimum stays below the maximum.
      [['minimumAge', 'maximumAge'], pick],
      ['healthyVolunteers', pick],
      ['inclusion', text],
      ['exclusion', text],
      ['criteria', text],
    ]),
  ],
  [
    'outcomes',
    list(
      (outcome: Outcome) => `${outcome.type}|${fold(outcome.measure)}`,
      object([
        ['type', pick],
        ['measure', pick],
        ['timeFrame', pick],
        ['description', pick],
      ]),
    ),
  ],
  [
    'ethics',
    object([
      [['status', 'originalStatus'], pick],
      ['approved', pick],
      [
        'committees',
        list(
          (committee: { name: string }) => fold(committee.name),
          object([
            ['name', pick],
            ['address', pick],
            ['email', pick],
            ['phone', pick],
          ]),
        ),
      ],
    ]),
  ],
  ['ipdSharing', pick],
  [
    'results',
    object([
      ['summary', text],
      ['url', pick],
      [
        'publications',
        list(
          publicationKey,
          object([
            ['citation', pick],
            ['doi', pick],
            ['pmid', pick],
            ['url', pick],
          ]),
        ),
      ],
    ]),
  ],
  [
    'sites',
    list(
      siteKey,
      object([
        ['facility', { kind: 'pick', meaning: (value) => facilityKey(value as string) }],
        ['city', { kind: 'pick', meaning: (value) => cityKey(value as string) }],
        ['postalCode', pick],
        ['state', pick],
        ['country', pick],
        ['district', pick],
        ['coordinates', pick],
        ['status', pick],
        ['contacts', contacts],
      ]),
    ),
  ],
  ['url', pick],
  ['provenance', pick],
]);
