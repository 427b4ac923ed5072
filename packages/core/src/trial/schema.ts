import * as z from 'zod';
import { isKnownAgs } from '../regions/lookup';
import { comparePartialDates } from '../shared/dates';
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
import { reportIssue } from '../shared/validation';
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
    issuer: NonEmptyString.optional(),
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
const original = NonEmptyString.optional();

/** A date as the registry gives it, with whether it already happened. */
export const TrialDate = z.strictObject({ date: PartialDate, kind: dateKinds.schema });
export type TrialDate = z.infer<typeof TrialDate>;

/** An age bound: `{ value: 18, unit: 'years' }`. */
export const AgeBound = z.strictObject({ value: z.number().min(0), unit: ageUnits.schema });
export type AgeBound = z.infer<typeof AgeBound>;

export const TrialStatus = z.strictObject({ code: trialStatuses.schema, original });
export type TrialStatus = z.infer<typeof TrialStatus>;

export const Contact = z.strictObject({
  role: contactRoles.schema,
  name: NonEmptyString.optional(),
  affiliation: NonEmptyString.optional(),
  email: Email.optional(),
  phone: NonEmptyString.optional(),
  address: NonEmptyString.optional(),
});
export type Contact = z.infer<typeof Contact>;

export const TrialSite = z.strictObject({
  facility: NonEmptyString.optional(),
  city: NonEmptyString.optional(),
  postalCode: NonEmptyString.optional(),
  /** State or province as published, e.g. Nordrhein-Westfalen. */
  state: NonEmptyString.optional(),
  country: CountryCode.optional(),
  /** District (Kreis or kreisfreie Stadt) by AGS, for sites in Germany. */
  district: formatted('ags').optional(),
  coordinates: Coordinates.optional(),
  status: TrialStatus.optional(),
  contacts: z.array(Contact).optional(),
});
export type TrialSite = z.infer<typeof TrialSite>;

export const Sponsor = z.strictObject({
  name: NonEmptyString,
  role: sponsorRoles.schema,
  class: funderClasses.schema.optional(),
  /** The registry's own class, e.g. ClinicalTrials.gov `INDUSTRY` or `OTHER_GOV`. */
  originalClass: original,
  country: CountryCode.optional(),
});
export type Sponsor = z.infer<typeof Sponsor>;

export const Condition = z.strictObject({
  text: NonEmptyString,
  /** Codes such as ICD-10-GM, MeSH or SNOMED CT, when the registry gives them. */
  codes: z.array(Coding).optional(),
});
export type Condition = z.infer<typeof Condition>;

export const Intervention = z.strictObject({
  name: NonEmptyString,
  type: interventionTypes.schema.optional(),
  originalType: original,
  description: NonEmptyString.optional(),
  codes: z.array(Coding).optional(),
});
export type Intervention = z.infer<typeof Intervention>;

export const Outcome = z.strictObject({
  type: outcomeTypes.schema,
  measure: NonEmptyString,
  timeFrame: NonEmptyString.optional(),
  description: NonEmptyString.optional(),
});
export type Outcome = z.infer<typeof Outcome>;

export const Eligibility = z.strictObject({
  sex: eligibleSexes.schema.optional(),
  minimumAge: AgeBound.optional(),
  maximumAge: AgeBound.optional(),
  healthyVolunteers: z.boolean().optional(),
  /** Key inclusion criteria (TRDS item 14). */
  inclusion: LocalizedText.optional(),
  /** Key exclusion criteria (TRDS item 14). */
  exclusion: LocalizedText.optional(),
  /** Criteria as one text, where the registry does not split them. */
  criteria: LocalizedText.optional(),
});
export type Eligibility = z.infer<typeof Eligibility>;

export const EthicsReview = z.strictObject({
  status: ethicsStatuses.schema.optional(),
  originalStatus: original,
  approved: PartialDate.optional(),
  committees: z
    .array(
      z.strictObject({
        name: NonEmptyString,
        address: NonEmptyString.optional(),
        email: Email.optional(),
        phone: NonEmptyString.optional(),
      }),
    )
    .optional(),
});
export type EthicsReview = z.infer<typeof EthicsReview>;

export const Publication = z.strictObject({
  citation: NonEmptyString.optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/)
    .optional(),
  pmid: z
    .string()
    .regex(/^\d{1,9}$/)
    .optional(),
  url: HttpUrl.optional(),
});
export type Publication = z.infer<typeof Publication>;

const TrialShape = z.strictObject({
  /** TRDS 1 and 3: the number in the primary registry, and every other number of the trial. */
  identifiers: z.strictObject({
    primary: TrialIdentifier,
    secondary: z.array(TrialIdentifier).optional(),
  }),
  /** TRDS 9 and 10. */
  title: z.strictObject({
    public: LocalizedText,
    scientific: LocalizedText.optional(),
    acronym: NonEmptyString.optional(),
  }),
  /** A plain-language summary. */
  summary: LocalizedText.optional(),
  description: LocalizedText.optional(),
  /** TRDS 18, harmonised; `original` keeps the registry's value. */
  status: TrialStatus,
  /** Why a trial was suspended, terminated or withdrawn. */
  whyStopped: NonEmptyString.optional(),
  /** A Phase 2/3 trial has both phases; `original` keeps the registry's value. */
  phase: z.strictObject({ codes: z.array(trialPhases.schema).min(1), original }).optional(),
  /** TRDS 15. */
  studyType: z.strictObject({ code: studyTypes.schema, original }),
  design: z
    .strictObject({
      allocation: allocations.schema.optional(),
      model: interventionModels.schema.optional(),
      masking: maskings.schema.optional(),
      purpose: purposes.schema.optional(),
      /** Observational model and time perspective, or any design the codes do not cover. */
      description: LocalizedText.optional(),
    })
    .optional(),
  dates: z
    .strictObject({
      /** TRDS 2: date of registration in the primary registry. */
      registered: PartialDate.optional(),
      /** TRDS 16: date of first enrolment. */
      start: TrialDate.optional(),
      primaryCompletion: TrialDate.optional(),
      /** TRDS 22. */
      completion: TrialDate.optional(),
      resultsPosted: PartialDate.optional(),
      /** When the registry last confirmed the status. */
      statusVerified: PartialDate.optional(),
      lastUpdated: PartialDate.optional(),
    })
    .optional(),
  /** TRDS 12. */
  conditions: z.array(Condition).optional(),
  /** TRDS 13. */
  interventions: z.array(Intervention).optional(),
  keywords: z.array(NonEmptyString).optional(),
  /** TRDS 4-6: primary and secondary sponsors and sources of support. */
  sponsors: z.array(Sponsor).optional(),
  /** TRDS 7 and 8, as the registry publishes them. */
  contacts: z.array(Contact).optional(),
  /** TRDS 11: countries of recruitment. */
  countries: z.array(CountryCode).optional(),
  /** TRDS 17. */
  enrolment: z
    .strictObject({
      target: z.int().min(0).optional(),
      actual: z.int().min(0).optional(),
    })
    .optional(),
  /** TRDS 14. */
  eligibility: Eligibility.optional(),
  /** TRDS 19 and 20. */
  outcomes: z.array(Outcome).optional(),
  /** TRDS 21. */
  ethics: EthicsReview.optional(),
  /** TRDS 24. */
  ipdSharing: z
    .strictObject({
      plan: ipdSharingPlans.schema,
      description: NonEmptyString.optional(),
      url: HttpUrl.optional(),
    })
    .optional(),
  /** TRDS 23: summary results. */
  results: z
    .strictObject({
      summary: LocalizedText.optional(),
      url: HttpUrl.optional(),
      publications: z.array(Publication).optional(),
    })
    .optional(),
  sites: z.array(TrialSite).optional(),
  /** The trial's page in its primary registry. */
  url: HttpUrl.optional(),
  provenance: Provenance,
});

type TrialShape = z.infer<typeof TrialShape>;

const ageInMinutes: Record<AgeBound['unit'], number> = {
  years: 525_960,
  months: 43_830,
  weeks: 10_080,
  days: 1_440,
  hours: 60,
  minutes: 1,
};

function checkDates(trial: TrialShape, ctx: z.RefinementCtx): void {
  const start = trial.dates?.start?.date;
  if (!start) return;
  for (const field of ['primaryCompletion', 'completion'] as const) {
    const end = trial.dates?.[field]?.date;
    if (end && comparePartialDates(end, start) < 0) {
      reportIssue(ctx, 'date_order', ['dates', field, 'date'], {
        later: end,
        earlier: start,
        earlierField: 'dates.start',
      });
    }
  }
}

function checkAges(trial: TrialShape, ctx: z.RefinementCtx): void {
  const min = trial.eligibility?.minimumAge;
  const max = trial.eligibility?.maximumAge;
  if (min && max && min.value * ageInMinutes[min.unit] > max.value * ageInMinutes[max.unit]) {
    reportIssue(ctx, 'age_order', ['eligibility', 'minimumAge']);
  }
}

function checkIdentifiers(trial: TrialShape, ctx: z.RefinementCtx): void {
  const seen = new Set([`${trial.identifiers.primary.registry}:${trial.identifiers.primary.id}`]);
  trial.identifiers.secondary?.forEach((identifier, index) => {
    const key = `${identifier.registry}:${identifier.id}`;
    if (seen.has(key)) {
      reportIssue(ctx, 'duplicate', ['identifiers', 'secondary', index], { value: identifier.id });
    }
    seen.add(key);
  });
}

function checkSites(trial: TrialShape, ctx: z.RefinementCtx): void {
  trial.sites?.forEach((site, index) => {
    if (site.district && !isKnownAgs(site.district)) {
      reportIssue(ctx, 'unknown_region', ['sites', index, 'district'], { value: site.district });
    }
  });
}

/**
 * A clinical trial, harmonised over the WHO Trial Registration Data Set (TRDS, 24 items),
 * ClinicalTrials.gov, DRKS, EU CTIS/EUCTR and FHIR ResearchStudy.
 */
export const Trial = TrialShape.superRefine((trial, ctx) => {
  checkDates(trial, ctx);
  checkAges(trial, ctx);
  checkIdentifiers(trial, ctx);
  checkSites(trial, ctx);
}).meta({
  title: 'Trial',
  description:
    'A clinical trial harmonised over the WHO TRDS, ClinicalTrials.gov, DRKS, EU CTIS/EUCTR and FHIR ResearchStudy. Cross-field rules (dates in order, age bounds in order, known AGS, no duplicate identifiers) are checked by the @nrw-health/core validator only.',
});
export type Trial = z.infer<typeof Trial>;
