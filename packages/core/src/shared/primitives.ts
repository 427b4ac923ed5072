import * as z from 'zod/mini';
import { type FormatName, formats } from './formats';
import type { Rule } from './validation';

/** A string in one of the named formats; its pattern goes into the JSON Schema unchanged. */
export const formatted = (name: FormatName) => z.string().check(z.regex(formats[name].pattern));

export const NonEmptyString = z.string().check(z.minLength(1));

/** `2024`, `2024-05` or `2024-05-17`: a date as precise as the source gives it, never more. */
export const PartialDate = formatted('partialDate').register(z.globalRegistry, {
  description: 'A calendar date at year, month or day precision (YYYY, YYYY-MM, YYYY-MM-DD).',
});
export type PartialDate = z.infer<typeof PartialDate>;

export const DateTime = formatted('dateTime');
/** A partial date or a full ISO 8601 date-time with time zone. */
export const Timestamp = formatted('timestamp');
export const HttpUrl = formatted('httpUrl');
export const Email = formatted('email');
export const CountryCode = formatted('country').register(z.globalRegistry, {
  description: 'ISO 3166-1 alpha-2 country code',
});
export const LanguageTag = formatted('languageTag');
export const RegionCode = formatted('regionCode').register(z.globalRegistry, {
  description:
    'AGS for German units (05 = NRW, 05113 = Essen), ISO 3166-1 alpha-2 or NUTS for others, RVR for the Ruhr.',
});
export const Slug = formatted('slug');

/** A text in one or more languages, keyed by BCP 47 tag: `{ "de": "…", "en": "…" }`. */
export const LocalizedText = z
  .record(LanguageTag, NonEmptyString)
  .check(z.refine((text) => Object.keys(text).length > 0, { params: { code: 'empty_text' } }))
  .register(z.globalRegistry, {
    minProperties: 1,
    description: 'Text by BCP 47 language tag, at least one.',
  });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A code from a code system, as in FHIR: ICD-10-GM, MeSH, SNOMED CT, ATC, … */
export const Coding = z.strictObject({
  system: NonEmptyString,
  code: NonEmptyString,
  display: z.optional(NonEmptyString),
  version: z.optional(NonEmptyString),
});
export type Coding = z.infer<typeof Coding>;

export const Coordinates = z.strictObject({
  lat: z.number().check(z.minimum(-90)).check(z.maximum(90)),
  lon: z.number().check(z.minimum(-180)).check(z.maximum(180)),
});
export type Coordinates = z.infer<typeof Coordinates>;

/** Where a record or a figure comes from: a registry record, a dataset, a document. */
export const Source = z.strictObject({
  /** Lets observations and fields point at a source of their record. */
  id: z.optional(Slug),
  /** The registry a trial record was read from. */
  registry: z.optional(
    z.enum(['ctgov', 'drks', 'ctis', 'euctr', 'isrctn', 'ictrp', 'fhir', 'other']),
  ),
  /** Who produced the data: IT.NRW, Destatis, BMWK, DRKS, … */
  producer: z.optional(NonEmptyString),
  title: z.optional(NonEmptyString),
  /** Table code of a statistics database, e.g. GENESIS 12411-01-01-4. */
  table: z.optional(NonEmptyString),
  /** Page, section, figure or line range within the document. */
  locator: z.optional(NonEmptyString),
  /** The primary source that a secondary document cites for the figure. */
  cites: z.optional(NonEmptyString),
  recordId: z.optional(NonEmptyString),
  version: z.optional(NonEmptyString),
  url: z.optional(HttpUrl),
  licence: z.optional(NonEmptyString),
  published: z.optional(Timestamp),
  lastUpdated: z.optional(Timestamp),
  retrieved: z.optional(Timestamp),
});
export type Source = z.infer<typeof Source>;

/**
 * Provenance of a record: its sources and, after records were merged, which source each field
 * came from (JSON Pointer of the field to the index of its source in `sources`).
 */
export const Provenance = z.strictObject({
  sources: z.array(Source).check(z.minLength(1)),
  fields: z.optional(z.record(formatted('jsonPointer'), z.int().check(z.minimum(0)))),
  /** Source fields that had no place in the model, kept by their path rather than dropped. */
  unmapped: z.optional(z.array(NonEmptyString)),
});
export type Provenance = z.infer<typeof Provenance>;

/** Rule of every record with provenance: each field points at one of its sources. */
export const provenanceRule: Rule<{ provenance: Provenance }> = ({ provenance }, report) => {
  for (const [pointer, index] of Object.entries(provenance.fields ?? {})) {
    if (index >= provenance.sources.length) {
      report('unknown_source', ['provenance', 'fields', pointer], {
        value: index,
        count: provenance.sources.length,
      });
    }
  }
};
