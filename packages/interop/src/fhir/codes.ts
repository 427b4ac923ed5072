import type {
  CodeOf,
  funderClasses,
  sponsorRoles,
  trialPhases,
  trialStatuses,
} from '@nrw-health/core';

type TrialStatusCode = CodeOf<typeof trialStatuses>;
type TrialPhaseCode = CodeOf<typeof trialPhases>;
type SponsorRole = CodeOf<typeof sponsorRoles>;
type FunderClass = CodeOf<typeof funderClasses>;

/** The kit's FHIR namespace: its extensions, code systems and identifier systems live below it. */
export const kitFhirBase = 'https://nrw-health.github.io/fhir';

/** The URL of one of the kit's extensions, e.g. `…/StructureDefinition/original`. */
export const kitExtension = (name: string) => `${kitFhirBase}/StructureDefinition/${name}`;

/** The code system of one of core's code lists, by the list's id (`trial-status`, `masking`, …). */
export const kitCodeSystem = (listId: string) => `${kitFhirBase}/CodeSystem/${listId}`;

/** Code systems and extensions of FHIR, HL7 Germany and the MII that the kit writes or reads. */
export const fhirSystems = {
  researchStudyStatus: 'http://hl7.org/fhir/research-study-status',
  researchStudyPhase: 'http://terminology.hl7.org/CodeSystem/research-study-phase',
  primaryPurpose: 'http://terminology.hl7.org/CodeSystem/research-study-prim-purp-type',
  objectiveType: 'http://terminology.hl7.org/CodeSystem/research-study-objective-type',
  titleType: 'http://terminology.hl7.org/CodeSystem/title-type',
  // FHIR R5 code systems, used by the R5 associatedParty extension for R4.
  partyRole: 'http://hl7.org/fhir/research-study-party-role',
  partyOrgType: 'http://hl7.org/fhir/research-study-party-org-type',
  iso3166: 'urn:iso:std:iso:3166',
  ucum: 'http://unitsofmeasure.org',
  ags: 'http://fhir.de/sid/destatis/ags',
} as const;

export const fhirExtensions = {
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  /** de.basisprofil.r4: the AGS of a municipality (8 digits), on `Address.city`. */
  ags: 'http://fhir.de/StructureDefinition/destatis/ags',
  /** FHIR R5 elements for R4, as the MII module Studie uses them. */
  label: 'http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.label',
  associatedParty:
    'http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.associatedParty',
  descriptionSummary:
    'http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.descriptionSummary',
  miiAcronym:
    'https://www.medizininformatik-initiative.de/fhir/modul-studie/StructureDefinition/mii-ex-studie-akronym',
  miiRecruitment:
    'https://www.medizininformatik-initiative.de/fhir/modul-studie/StructureDefinition/mii-ex-studie-rekrutierung',
  miiEthics:
    'https://www.medizininformatik-initiative.de/fhir/modul-studie/StructureDefinition/mii-ex-studie-ethikvotum',
} as const;

/** A code of the FHIR R4 value set `research-study-status` (required binding). */
export type FhirStudyStatus =
  | 'active'
  | 'administratively-completed'
  | 'approved'
  | 'closed-to-accrual'
  | 'closed-to-accrual-and-intervention'
  | 'completed'
  | 'disapproved'
  | 'in-review'
  | 'temporarily-closed-to-accrual'
  | 'temporarily-closed-to-accrual-and-intervention'
  | 'withdrawn';

/**
 * Harmonised status → FHIR R4 `ResearchStudy.status`. R4 has no code for some statuses; these get
 * the nearest code that does not claim the study is open (e.g. `unknown` → `closed-to-accrual`),
 * and the harmonised code travels along in the kit's `trial-status` extension.
 */
export const statusToFhir: Readonly<Record<TrialStatusCode, FhirStudyStatus>> = {
  'not-yet-recruiting': 'approved',
  recruiting: 'active',
  'enrolling-by-invitation': 'active',
  'active-not-recruiting': 'closed-to-accrual',
  suspended: 'temporarily-closed-to-accrual',
  terminated: 'administratively-completed',
  completed: 'completed',
  withdrawn: 'withdrawn',
  available: 'active',
  'no-longer-available': 'closed-to-accrual',
  'temporarily-not-available': 'temporarily-closed-to-accrual',
  'approved-for-marketing': 'completed',
  withheld: 'closed-to-accrual',
  unknown: 'closed-to-accrual',
};

/**
 * FHIR `ResearchStudy.status` → harmonised status, for resources without the kit's extension.
 * Besides the R4 codes it accepts the recruitment codes FHIR R5 added to the code system.
 */
export const statusFromFhir: Readonly<Record<string, TrialStatusCode>> = {
  active: 'recruiting',
  'administratively-completed': 'terminated',
  approved: 'not-yet-recruiting',
  'closed-to-accrual': 'active-not-recruiting',
  'closed-to-accrual-and-intervention': 'active-not-recruiting',
  completed: 'completed',
  // A disapproved protocol never enrols anyone.
  disapproved: 'withdrawn',
  'in-review': 'not-yet-recruiting',
  'temporarily-closed-to-accrual': 'suspended',
  'temporarily-closed-to-accrual-and-intervention': 'suspended',
  withdrawn: 'withdrawn',
  // FHIR R5 additions.
  'not-yet-recruiting': 'not-yet-recruiting',
  recruiting: 'recruiting',
  'enrolling-by-invitation': 'enrolling-by-invitation',
  'active-but-not-recruiting': 'active-not-recruiting',
  terminated: 'terminated',
};

/** A code of the FHIR R4 code system `research-study-phase`. */
export type FhirStudyPhase =
  | 'n-a'
  | 'early-phase-1'
  | 'phase-1'
  | 'phase-1-phase-2'
  | 'phase-2'
  | 'phase-2-phase-3'
  | 'phase-3'
  | 'phase-4';

/**
 * FHIR R4 `ResearchStudy.phase` ⇄ harmonised phases (a combined phase is both phases, in this
 * order). Other combinations have no FHIR code and travel in the kit's `trial-phase` extension.
 */
export const phaseFromFhir: Readonly<Record<FhirStudyPhase, readonly TrialPhaseCode[]>> = {
  'n-a': ['not-applicable'],
  'early-phase-1': ['early-phase-1'],
  'phase-1': ['phase-1'],
  'phase-1-phase-2': ['phase-1', 'phase-2'],
  'phase-2': ['phase-2'],
  'phase-2-phase-3': ['phase-2', 'phase-3'],
  'phase-3': ['phase-3'],
  'phase-4': ['phase-4'],
};

/** The FHIR phase code of exactly these harmonised phases, in this order, or undefined. */
export function phaseToFhir(codes: readonly string[]): FhirStudyPhase | undefined {
  const key = codes.join(' ');
  return (Object.keys(phaseFromFhir) as FhirStudyPhase[]).find(
    (fhir) => phaseFromFhir[fhir].join(' ') === key,
  );
}

/** Sponsor role → role code of FHIR R5 `associatedParty` (code system research-study-party-role). */
export const sponsorRoleToFhir: Readonly<Record<SponsorRole, string>> = {
  primary: 'lead-sponsor',
  secondary: 'sponsor',
  collaborator: 'collaborator',
  funder: 'funding-source',
};

/** FHIR R5 party role → sponsor role; the other roles (investigators, contacts) are no sponsors. */
export const sponsorRoleFromFhir: Readonly<Record<string, SponsorRole>> = {
  'lead-sponsor': 'primary',
  'sponsor-investigator': 'primary',
  sponsor: 'secondary',
  collaborator: 'collaborator',
  'funding-source': 'funder',
};

/**
 * Funder class → FHIR R5 `associatedParty.classifier` (research-study-party-org-type). Classes
 * without a code there are written in the kit's `funder-class` code system only.
 */
export const funderClassToFhir: Readonly<Partial<Record<FunderClass, string>>> = {
  industry: 'industry',
  academic: 'academic',
  government: 'government',
  'non-profit': 'nonprofit',
};

export const funderClassFromFhir: Readonly<Record<string, FunderClass>> = {
  industry: 'industry',
  academic: 'academic',
  government: 'government',
  nonprofit: 'non-profit',
  // US federal agencies.
  nih: 'government',
  fda: 'government',
};

/** Outcome type ⇄ `ResearchStudy.objective.type` (research-study-objective-type). */
export const outcomeTypeToFhir = {
  primary: 'primary',
  secondary: 'secondary',
  other: 'exploratory',
} as const;

/** Age unit ⇄ UCUM code of a `Duration`. */
export const ageUnitToUcum = {
  years: 'a',
  months: 'mo',
  weeks: 'wk',
  days: 'd',
  hours: 'h',
  minutes: 'min',
} as const;
