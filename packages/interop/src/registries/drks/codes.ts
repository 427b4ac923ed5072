// The DRKS code lists of schema 2.0.19 and what each value becomes in the kit's model. Every
// value of the schema's enums is listed; a value the schema does not know is an `unknown_code`.
import type {
  allocations,
  CodeOf,
  eligibleSexes,
  ethicsStatuses,
  funderClasses,
  interventionModels,
  purposes,
  studyTypes,
  trialPhases,
  trialStatuses,
} from '@nrw-health/core';

type Allocation = CodeOf<typeof allocations>;
type EligibleSex = CodeOf<typeof eligibleSexes>;
type EthicsStatus = CodeOf<typeof ethicsStatuses>;
type FunderClass = CodeOf<typeof funderClasses>;
type InterventionModel = CodeOf<typeof interventionModels>;
type Purpose = CodeOf<typeof purposes>;
type StudyType = CodeOf<typeof studyTypes>;
type TrialPhase = CodeOf<typeof trialPhases>;
type TrialStatus = CodeOf<typeof trialStatuses>;

/** `recruitment.status` → harmonised recruitment status. */
export const drksStatusMap = {
  PENDING: 'not-yet-recruiting',
  RECRUITING: 'recruiting',
  INVITE_ONLY: 'enrolling-by-invitation',
  SUSPENDED: 'suspended',
  // Recruitment is over, the follow-up is not: the trial is still running.
  COMPLETE_FOLLOW_UP_CONTINUING: 'active-not-recruiting',
  COMPLETE_FOLLOW_UP_COMPLETE: 'completed',
  // The schema spells it this way; the correct spelling is accepted too.
  DISCONTINIUED: 'terminated',
  DISCONTINUED: 'terminated',
  WITHDRAWN: 'withdrawn',
} as const satisfies Record<string, TrialStatus>;

/** `studyCharacteristic.phase` → harmonised phases (a combined phase gives both). */
export const drksPhaseMap = {
  N_A: ['not-applicable'],
  PHASE_0: ['early-phase-1'],
  PHASE_I: ['phase-1'],
  PHASE_I_II: ['phase-1', 'phase-2'],
  PHASE_II: ['phase-2'],
  PHASE_II_III: ['phase-2', 'phase-3'],
  PHASE_III: ['phase-3'],
  PHASE_IV: ['phase-4'],
} as const satisfies Record<string, readonly TrialPhase[]>;

/** `studyCharacteristic.type` → harmonised study type. */
export const drksStudyTypeMap = {
  INTERVENTIONAL: 'interventional',
  NON_INTERVENTIONAL: 'observational',
} as const satisfies Record<string, StudyType>;

/** `studyCharacteristic.allocation` → design allocation. */
export const drksAllocationMap = {
  SINGLE_ARM_STUDY: 'not-applicable',
  NON_RANDOMIZED_CONTROLLED_TRIAL: 'non-randomised',
  RANDOMIZED_CONTROLLED_TRIAL: 'randomised',
} as const satisfies Record<string, Allocation>;

/** `studyCharacteristic.assignment` → intervention model. */
export const drksAssignmentMap = {
  SINGLE: 'single-group',
  PARALLEL: 'parallel',
  CROSSOVER: 'crossover',
  FACTORIAL: 'factorial',
  OTHER: 'other',
} as const satisfies Record<string, InterventionModel>;

/**
 * `studyCharacteristic.purpose` → primary purpose. DRKS purposes without a counterpart in the
 * model (prognosis, pharmacogenetics, pharmacogenomics, health economics) become `other`.
 */
export const drksPurposeMap = {
  TREATMENT: 'treatment',
  PREVENTION: 'prevention',
  DIAGNOSTIC: 'diagnostic',
  PROGNOSIS: 'other',
  SUPPORTIVE_CARE: 'supportive-care',
  SCREENING: 'screening',
  HEALTH_CARE_SYSTEM: 'health-services-research',
  BASIC_RESEARCH_PHYSIOLOGICAL_STUDY: 'basic-science',
  PHARMACOGENETICS: 'other',
  PHARMACOGENOMICS: 'other',
  HEALTH_ECONOMICS: 'other',
  OTHER: 'other',
} as const satisfies Record<string, Purpose>;

/** `recruitment.gender` → eligible sex. */
export const drksGenderMap = {
  MALE: 'male',
  FEMALE: 'female',
  ALL: 'all',
} as const satisfies Record<string, EligibleSex>;

/** `ethicsCommittee.ethicVotes[].vote` → ethics review status. */
export const drksVoteMap = {
  APPROVED: 'approved',
  NO_APPROVAL_REQUIRED: 'not-required',
  PENDING: 'pending',
} as const satisfies Record<string, EthicsStatus>;

/**
 * `materialSupports[].type` → funder class. DRKS "institutional" means the budget of the
 * sponsor's or investigator's own institution, which may be a hospital, a university or a firm:
 * `other`, with the DRKS value kept as `originalClass`.
 */
export const drksSupportClassMap = {
  COMMERCIAL: 'industry',
  PUBLIC_FUNDING: 'government',
  // DRKS: "private sponsorship (foundations, study societies, etc.)".
  PRIVATE_SPONSORSHIP: 'non-profit',
  INSTITUTIONAL: 'other',
} as const satisfies Record<string, FunderClass>;

/** `recruitment.minimumAge/maximumAge.unit` → age unit; `NO_*_AGE` means no bound. */
export const drksAgeUnitMap = {
  DAYS: 'days',
  WEEKS: 'weeks',
  MONTHS: 'months',
  YEARS: 'years',
  NO_MIN_AGE: null,
  NO_MAX_AGE: null,
} as const;
// WEEK_OF_PREGNANCY is a gestational age, not an age: it has no place and is reported.

/** `studiedHealthConditions[].catalog` → FHIR code system of the condition's code. */
export const drksConditionSystems = {
  // DRKS codes conditions with the WHO ICD-10 (not the German modification).
  ICD10: 'http://hl7.org/fhir/sid/icd-10',
  ORPHA_CODE: 'http://www.orpha.net',
} as const;

type Labels = { readonly de: string; readonly en: string };

/**
 * Design features the codes do not cover, as the words of `design.description`: timing,
 * duration, number of centres, control, who is blinded.
 */
export const drksDesignLabels = {
  RETROSPECTIVE: { de: 'retrospektiv', en: 'retrospective' },
  PROSPECTIVE: { de: 'prospektiv', en: 'prospective' },
  BOTH: { de: 'retrospektiv und prospektiv', en: 'retrospective and prospective' },
  LONGITUDINAL: { de: 'Längsschnitt', en: 'longitudinal' },
  CROSS_SECTIONAL: { de: 'Querschnitt', en: 'cross-sectional' },
  MONOCENTRIC: { de: 'monozentrisch', en: 'single centre' },
  MULTICENTRIC: { de: 'multizentrisch', en: 'multicentre' },
} as const satisfies Record<string, Labels>;

export const drksControlLabels = {
  UNCONTROLLED_SINGLE_ARM: { de: 'unkontrolliert/einarmig', en: 'uncontrolled/single arm' },
  PLACEBO: { de: 'Placebo', en: 'placebo' },
  ACTIVE_CONTROL: { de: 'aktive Kontrolle', en: 'active control' },
  HISTORICAL: { de: 'historische Kontrolle', en: 'historical' },
  RECEIVES_NO_TREATMENT: { de: 'keine Behandlung', en: 'no treatment' },
  OTHER: { de: 'andere', en: 'other' },
} as const satisfies Record<string, Labels>;

export const drksBlindedLabels = {
  PATIENT_SUBJECT: { de: 'Patient/Proband', en: 'patient/subject' },
  INVESTIGATOR_THERAPIST: { de: 'Prüfer/Therapeut', en: 'investigator/therapist' },
  CAREGIVER: { de: 'Betreuer', en: 'caregiver' },
  ASSESSOR: { de: 'Auswerter', en: 'assessor' },
  DATA_ANALYST: { de: 'Datenanalyst', en: 'data analyst' },
} as const satisfies Record<string, Labels>;

/** Publication types of `trialResults.publications` that are results (the rest is lost). */
export const drksResultPublicationTypes = [
  'RESULT',
  'LITERATURE',
  'ABSTRACT',
  'BASICREPORTING',
] as const;

type ContactTarget =
  | { readonly kind: 'sponsor'; readonly role: 'primary' | 'secondary' }
  | {
      readonly kind: 'contact';
      readonly role: 'public' | 'scientific' | 'principal-investigator';
    }
  | { readonly kind: 'committee' };

/**
 * `trialContacts[].idContactIdType.type` → where the address block goes: a sponsor, a contact
 * or an ethics committee. "Collaborator/other address" is decided by `otherType`.
 */
export const drksContactTypeMap = {
  PRIMARY_SPONSOR: { kind: 'sponsor', role: 'primary' },
  SECONDARY_SPONSOR: { kind: 'sponsor', role: 'secondary' },
  SCIENTIFIC_QUERIES: { kind: 'contact', role: 'scientific' },
  PUBLIC_QUERIES: { kind: 'contact', role: 'public' },
  PRINCIPAL_COORDINATING_INVESTIGATOR: { kind: 'contact', role: 'principal-investigator' },
  ETHICS_COMMITTEE: { kind: 'committee' },
  OTHER_ETHICS_COMMITTEE: { kind: 'committee' },
  COLLABORATOR_OTHER_ADDRESS: 'by-other-type',
} as const satisfies Record<string, ContactTarget | 'by-other-type'>;

/**
 * `trialContacts[].otherType` of a "collaborator/other address". Without an `otherType` the
 * address has no place in the model and is reported as lost.
 */
export const drksOtherContactTypeMap = {
  OTHER_PRINCIPAL_COORDINATING_INVESTIGATOR: { kind: 'contact', role: 'principal-investigator' },
  OTHER_SCIENTIFIC_QUERIES: { kind: 'contact', role: 'scientific' },
  OTHER_PUBLIC_QUERIES: { kind: 'contact', role: 'public' },
  OTHER_SECONDARY_SPONSOR: { kind: 'sponsor', role: 'secondary' },
} as const satisfies Record<string, ContactTarget>;
