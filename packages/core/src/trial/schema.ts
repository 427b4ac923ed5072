import * as z from 'zod/mini';
import { codeEnum } from '../shared/code-enum';
import type { FormatName } from '../shared/formats';
import {
  Coding,
  Coordinates,
  CountryCode,
  Email,
  formatted,
  HttpUrl,
  LocalizedText,
  NonEmptyString,
  PartialDate,
  Provenance,
} from '../shared/primitives';
import {
  ageUnits,
  allocations,
  contactRoles,
  dateKinds,
  eligibleSexes,
  ethicsStatuses,
  funderClasses,
  interventionModels,
  interventionTypes,
  ipdSharingPlans,
  maskings,
  outcomeTypes,
  purposes,
  sponsorRoles,
  studyTypes,
  trialPhases,
  trialStatuses,
} from './codes';

const registered = <R extends string>(registry: R, format: FormatName) =>
  z.strictObject({ registry: z.literal(registry), id: formatted(format) });

/** A trial's number in one registry, checked against that registry's pattern. */
export const TrialIdentifier = z.discriminatedUnion('registry', [
  registered('ctgov', 'nct'),
  registered('drks', 'drks'),
  registered('ctis', 'euct'),
  registered('euctr', 'eudract'),
  registered('isrctn', 'isrctn'),
  registered('who-utn', 'utn'),
  z.strictObject({
    registry: z.literal('sponsor'),
    id: NonEmptyString,
    /** Who issued the number, e.g. the sponsor's name. */
    issuer: z.optional(NonEmptyString),
  }),
  z.strictObject({
    registry: z.literal('other'),
    id: NonEmptyString,
    /** The registry's name, e.g. ANZCTR or ChiCTR. */
    issuer: NonEmptyString,
  }),
]);
export type TrialIdentifier = z.infer<typeof TrialIdentifier>;

/** The registry's own wording of a value that was harmonised, kept verbatim. */
const original = z.optional(NonEmptyString);

/** A date as the registry gives it, with whether it already happened. */
export const TrialDate = z.strictObject({ date: PartialDate, kind: codeEnum(dateKinds) });
export type TrialDate = z.infer<typeof TrialDate>;

/** An age bound: `{ value: 18, unit: 'years' }`. */
export const AgeBound = z.strictObject({
  value: z.number().check(z.minimum(0)),
  unit: codeEnum(ageUnits),
});
export type AgeBound = z.infer<typeof AgeBound>;

export const TrialStatus = z.strictObject({ code: codeEnum(trialStatuses), original });
export type TrialStatus = z.infer<typeof TrialStatus>;

export const Contact = z.strictObject({
  role: codeEnum(contactRoles),
  name: z.optional(NonEmptyString),
  affiliation: z.optional(NonEmptyString),
  email: z.optional(Email),
  phone: z.optional(NonEmptyString),
  address: z.optional(NonEmptyString),
});
export type Contact = z.infer<typeof Contact>;

export const TrialSite = z.strictObject({
  facility: z.optional(NonEmptyString),
  city: z.optional(NonEmptyString),
  postalCode: z.optional(NonEmptyString),
  /** State or province as published, e.g. Nordrhein-Westfalen. */
  state: z.optional(NonEmptyString),
  country: z.optional(CountryCode),
  /** District (Kreis or kreisfreie Stadt) by AGS, for sites in Germany. */
  district: z.optional(formatted('ags')),
  coordinates: z.optional(Coordinates),
  status: z.optional(TrialStatus),
  contacts: z.optional(z.array(Contact)),
});
export type TrialSite = z.infer<typeof TrialSite>;

export const Sponsor = z.strictObject({
  name: NonEmptyString,
  role: codeEnum(sponsorRoles),
  class: z.optional(codeEnum(funderClasses)),
  /** The registry's own class, e.g. ClinicalTrials.gov `INDUSTRY` or `OTHER_GOV`. */
  originalClass: original,
  country: z.optional(CountryCode),
});
export type Sponsor = z.infer<typeof Sponsor>;

export const Condition = z.strictObject({
  text: NonEmptyString,
  /** Codes such as ICD-10-GM, MeSH or SNOMED CT, when the registry gives them. */
  codes: z.optional(z.array(Coding)),
});
export type Condition = z.infer<typeof Condition>;

export const Intervention = z.strictObject({
  name: NonEmptyString,
  type: z.optional(codeEnum(interventionTypes)),
  originalType: original,
  description: z.optional(NonEmptyString),
  codes: z.optional(z.array(Coding)),
});
export type Intervention = z.infer<typeof Intervention>;

export const Outcome = z.strictObject({
  type: codeEnum(outcomeTypes),
  measure: NonEmptyString,
  timeFrame: z.optional(NonEmptyString),
  description: z.optional(NonEmptyString),
});
export type Outcome = z.infer<typeof Outcome>;

export const Eligibility = z.strictObject({
  sex: z.optional(codeEnum(eligibleSexes)),
  minimumAge: z.optional(AgeBound),
  maximumAge: z.optional(AgeBound),
  healthyVolunteers: z.optional(z.boolean()),
  /** Key inclusion criteria (TRDS item 14). */
  inclusion: z.optional(LocalizedText),
  /** Key exclusion criteria (TRDS item 14). */
  exclusion: z.optional(LocalizedText),
  /** Criteria as one text, where the registry does not split them. */
  criteria: z.optional(LocalizedText),
});
export type Eligibility = z.infer<typeof Eligibility>;

export const EthicsReview = z.strictObject({
  status: z.optional(codeEnum(ethicsStatuses)),
  originalStatus: original,
  approved: z.optional(PartialDate),
  committees: z.optional(
    z.array(
      z.strictObject({
        name: NonEmptyString,
        address: z.optional(NonEmptyString),
        email: z.optional(Email),
        phone: z.optional(NonEmptyString),
      }),
    ),
  ),
});
export type EthicsReview = z.infer<typeof EthicsReview>;

export const Publication = z.strictObject({
  citation: z.optional(NonEmptyString),
  doi: z.optional(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/))),
  pmid: z.optional(z.string().check(z.regex(/^\d{1,9}$/))),
  url: z.optional(HttpUrl),
});
export type Publication = z.infer<typeof Publication>;

const TrialShape = z.strictObject({
  /** TRDS 1 and 3: the number in the primary registry, and every other number of the trial. */
  identifiers: z.strictObject({
    primary: TrialIdentifier,
    secondary: z.optional(z.array(TrialIdentifier)),
  }),
  /** TRDS 9 and 10. */
  title: z.strictObject({
    public: LocalizedText,
    scientific: z.optional(LocalizedText),
    acronym: z.optional(NonEmptyString),
  }),
  /** A plain-language summary. */
  summary: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
  /** TRDS 18, harmonised; `original` keeps the registry's value. */
  status: TrialStatus,
  /** Why a trial was suspended, terminated or withdrawn. */
  whyStopped: z.optional(NonEmptyString),
  /** A Phase 2/3 trial has both phases; `original` keeps the registry's value. */
  phase: z.optional(
    z.strictObject({ codes: z.array(codeEnum(trialPhases)).check(z.minLength(1)), original }),
  ),
  /** TRDS 15. */
  studyType: z.strictObject({ code: codeEnum(studyTypes), original }),
  design: z.optional(
    z.strictObject({
      allocation: z.optional(codeEnum(allocations)),
      model: z.optional(codeEnum(interventionModels)),
      masking: z.optional(codeEnum(maskings)),
      purpose: z.optional(codeEnum(purposes)),
      /** Observational model and time perspective, or any design the codes do not cover. */
      description: z.optional(LocalizedText),
    }),
  ),
  dates: z.optional(
    z.strictObject({
      /** TRDS 2: date of registration in the primary registry. */
      registered: z.optional(PartialDate),
      /** TRDS 16: date of first enrolment. */
      start: z.optional(TrialDate),
      primaryCompletion: z.optional(TrialDate),
      /** TRDS 22. */
      completion: z.optional(TrialDate),
      resultsPosted: z.optional(PartialDate),
      /** When the registry last confirmed the status. */
      statusVerified: z.optional(PartialDate),
      lastUpdated: z.optional(PartialDate),
    }),
  ),
  /** TRDS 12. */
  conditions: z.optional(z.array(Condition)),
  /** TRDS 13. */
  interventions: z.optional(z.array(Intervention)),
  keywords: z.optional(z.array(NonEmptyString)),
  /** TRDS 4-6: primary and secondary sponsors and sources of support. */
  sponsors: z.optional(z.array(Sponsor)),
  /** TRDS 7 and 8, as the registry publishes them. */
  contacts: z.optional(z.array(Contact)),
  /** TRDS 11: countries of recruitment. */
  countries: z.optional(z.array(CountryCode)),
  /** TRDS 17. */
  enrolment: z.optional(
    z.strictObject({
      target: z.optional(z.int().check(z.minimum(0))),
      actual: z.optional(z.int().check(z.minimum(0))),
    }),
  ),
  /** TRDS 14. */
  eligibility: z.optional(Eligibility),
  /** TRDS 19 and 20. */
  outcomes: z.optional(z.array(Outcome)),
  /** TRDS 21. */
  ethics: z.optional(EthicsReview),
  /** TRDS 24. */
  ipdSharing: z.optional(
    z.strictObject({
      plan: codeEnum(ipdSharingPlans),
      description: z.optional(NonEmptyString),
      url: z.optional(HttpUrl),
    }),
  ),
  /** TRDS 23: summary results. */
  results: z.optional(
    z.strictObject({
      summary: z.optional(LocalizedText),
      url: z.optional(HttpUrl),
      publications: z.optional(z.array(Publication)),
    }),
  ),
  sites: z.optional(z.array(TrialSite)),
  /** The trial's page in its primary registry. */
  url: z.optional(HttpUrl),
  provenance: Provenance,
});

/**
 * A clinical trial, harmonised over the WHO Trial Registration Data Set (TRDS, 24 items),
 * ClinicalTrials.gov, DRKS, EU CTIS/EUCTR and FHIR ResearchStudy. The schema checks structure,
 * as the exported JSON Schema does; `validateTrial` adds the cross-field rules of `trialRules`.
 */
export const Trial = TrialShape.register(z.globalRegistry, {
  title: 'Trial',
  description:
    'A clinical trial harmonised over the WHO TRDS, ClinicalTrials.gov, DRKS, EU CTIS/EUCTR and FHIR ResearchStudy. Cross-field rules (dates in order, age bounds in order, known AGS, no duplicate identifiers, provenance fields pointing at a source) are checked by validateTrial of @nrw-health/core only.',
});
export type Trial = z.infer<typeof Trial>;
