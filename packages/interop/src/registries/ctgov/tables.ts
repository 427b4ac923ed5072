// Harmonisation tables of ClinicalTrials.gov, shared by the API v2 JSON reader and the legacy
// <clinical_study> XML reader. The keys of the v2 tables are the enums of the official OpenAPI
// spec (ctg-oas-v2.yaml, components.schemas); the legacy tables are keyed by the values of the
// retired public.xsd and point at the same harmonised codes, so both readers agree by construction.
import type {
  allocations,
  CodeOf,
  contactRoles,
  dateKinds,
  eligibleSexes,
  funderClasses,
  interventionModels,
  interventionTypes,
  ipdSharingPlans,
  maskings,
  purposes,
  studyTypes,
  trialPhases,
  trialStatuses,
} from '@nrw-health/core';

type StatusCode = CodeOf<typeof trialStatuses>;
type PhaseCode = CodeOf<typeof trialPhases>;

/** `Status` (overall status) and `RecruitmentStatus` (a site's status) of API v2. */
export const ctgovStatusMap = {
  ACTIVE_NOT_RECRUITING: 'active-not-recruiting',
  COMPLETED: 'completed',
  ENROLLING_BY_INVITATION: 'enrolling-by-invitation',
  NOT_YET_RECRUITING: 'not-yet-recruiting',
  RECRUITING: 'recruiting',
  SUSPENDED: 'suspended',
  TERMINATED: 'terminated',
  WITHDRAWN: 'withdrawn',
  AVAILABLE: 'available',
  NO_LONGER_AVAILABLE: 'no-longer-available',
  TEMPORARILY_NOT_AVAILABLE: 'temporarily-not-available',
  APPROVED_FOR_MARKETING: 'approved-for-marketing',
  WITHHELD: 'withheld',
  UNKNOWN: 'unknown',
} as const satisfies Record<string, StatusCode>;
export type CtgovStatus = keyof typeof ctgovStatusMap;

/** `Phase` of API v2. A Phase 1/2 study lists both phases. */
export const ctgovPhaseMap = {
  NA: 'not-applicable',
  EARLY_PHASE1: 'early-phase-1',
  PHASE1: 'phase-1',
  PHASE2: 'phase-2',
  PHASE3: 'phase-3',
  PHASE4: 'phase-4',
} as const satisfies Record<string, PhaseCode>;

/** `StudyType` of API v2. */
export const ctgovStudyTypeMap = {
  INTERVENTIONAL: 'interventional',
  OBSERVATIONAL: 'observational',
  EXPANDED_ACCESS: 'expanded-access',
} as const satisfies Record<string, CodeOf<typeof studyTypes>>;

/** `InterventionType` of API v2. */
export const ctgovInterventionTypeMap = {
  BEHAVIORAL: 'behavioural',
  BIOLOGICAL: 'biological',
  COMBINATION_PRODUCT: 'combination-product',
  DEVICE: 'device',
  DIAGNOSTIC_TEST: 'diagnostic-test',
  DIETARY_SUPPLEMENT: 'dietary-supplement',
  DRUG: 'drug',
  GENETIC: 'genetic',
  PROCEDURE: 'procedure',
  RADIATION: 'radiation',
  OTHER: 'other',
} as const satisfies Record<string, CodeOf<typeof interventionTypes>>;

/**
 * `AgencyClass` of API v2 (lead sponsor and collaborators). `OTHER` covers universities,
 * hospitals, foundations and more, so it stays `other`; `UNKNOWN` gives no class at all.
 */
export const ctgovAgencyClassMap = {
  NIH: 'government',
  FED: 'government',
  OTHER_GOV: 'government',
  INDIV: 'individual',
  INDUSTRY: 'industry',
  NETWORK: 'network',
  AMBIG: 'other',
  OTHER: 'other',
  UNKNOWN: undefined,
} as const satisfies Record<string, CodeOf<typeof funderClasses> | undefined>;

/** `DesignAllocation` of API v2. */
export const ctgovAllocationMap = {
  RANDOMIZED: 'randomised',
  NON_RANDOMIZED: 'non-randomised',
  NA: 'not-applicable',
} as const satisfies Record<string, CodeOf<typeof allocations>>;

/** `InterventionalAssignment` (intervention model) of API v2. */
export const ctgovInterventionModelMap = {
  SINGLE_GROUP: 'single-group',
  PARALLEL: 'parallel',
  CROSSOVER: 'crossover',
  FACTORIAL: 'factorial',
  SEQUENTIAL: 'sequential',
} as const satisfies Record<string, CodeOf<typeof interventionModels>>;

/** `PrimaryPurpose` of API v2. ECT is Educational/Counseling/Training, which has no code. */
export const ctgovPurposeMap = {
  TREATMENT: 'treatment',
  PREVENTION: 'prevention',
  DIAGNOSTIC: 'diagnostic',
  ECT: 'other',
  SUPPORTIVE_CARE: 'supportive-care',
  SCREENING: 'screening',
  HEALTH_SERVICES_RESEARCH: 'health-services-research',
  BASIC_SCIENCE: 'basic-science',
  DEVICE_FEASIBILITY: 'device-feasibility',
  OTHER: 'other',
} as const satisfies Record<string, CodeOf<typeof purposes>>;

/** `DesignMasking` of API v2. */
export const ctgovMaskingMap = {
  NONE: 'none',
  SINGLE: 'single',
  DOUBLE: 'double',
  TRIPLE: 'triple',
  QUADRUPLE: 'quadruple',
} as const satisfies Record<string, CodeOf<typeof maskings>>;

/** `Sex` of API v2 (eligible sex). */
export const ctgovSexMap = {
  ALL: 'all',
  FEMALE: 'female',
  MALE: 'male',
} as const satisfies Record<string, CodeOf<typeof eligibleSexes>>;

/** `IpdSharing` of API v2. */
export const ctgovIpdSharingMap = {
  YES: 'yes',
  NO: 'no',
  UNDECIDED: 'undecided',
} as const satisfies Record<string, CodeOf<typeof ipdSharingPlans>>;

/** `DateType` of API v2; `EnrollmentType` has the same values (actual count or target). */
export const ctgovDateTypeMap = {
  ACTUAL: 'actual',
  ESTIMATED: 'estimated',
} as const satisfies Record<string, CodeOf<typeof dateKinds>>;

type ContactRole = CodeOf<typeof contactRoles>;

/**
 * `OfficialRole` of API v2 (overall officials). The TRDS contact for scientific queries is the
 * study's official; a principal investigator keeps that role.
 */
export const ctgovOfficialRoleMap = {
  PRINCIPAL_INVESTIGATOR: 'principal-investigator',
  STUDY_CHAIR: 'scientific',
  STUDY_DIRECTOR: 'scientific',
  SUB_INVESTIGATOR: 'scientific',
} as const satisfies Record<string, ContactRole>;

/** `ContactRole` of API v2 for the central contacts: the TRDS contact for public queries. */
export const ctgovCentralContactRoleMap = {
  CONTACT: 'public',
  PRINCIPAL_INVESTIGATOR: 'principal-investigator',
  STUDY_CHAIR: 'scientific',
  STUDY_DIRECTOR: 'scientific',
  SUB_INVESTIGATOR: 'scientific',
} as const satisfies Record<string, ContactRole>;

/** `ContactRole` of API v2 for the contacts of a location. */
export const ctgovSiteContactRoleMap = {
  CONTACT: 'site',
  PRINCIPAL_INVESTIGATOR: 'principal-investigator',
  SUB_INVESTIGATOR: 'site',
  STUDY_CHAIR: 'site',
  STUDY_DIRECTOR: 'site',
} as const satisfies Record<string, ContactRole>;

/**
 * `SecondaryIdType` of API v2: who issued a secondary number that is not a registry number the
 * kit recognises (NCT, DRKS, EU CT, EudraCT, ISRCTN, UTN). The record's `domain` wins when given.
 */
export const ctgovSecondaryIdIssuers = {
  NIH: 'U.S. NIH Grant/Contract',
  FDA: 'U.S. FDA Grant/Contract',
  VA: 'U.S. VA Grant/Contract',
  CDC: 'U.S. CDC Grant/Contract',
  AHRQ: 'U.S. AHRQ Grant/Contract',
  SAMHSA: 'U.S. SAMHSA Grant/Contract',
  OTHER_GRANT: 'Other Grant/Funding Number',
  EUDRACT_NUMBER: 'EudraCT',
  REGISTRY: undefined,
  OTHER: undefined,
} as const satisfies Record<string, string | undefined>;

/** `ReferenceType` values whose references are publications of the trial's results. */
export const ctgovResultReferenceTypes = ['RESULT', 'DERIVED'] as const;
/** Every `ReferenceType` value; `BACKGROUND` literature has no place in the model. */
export const ctgovReferenceTypes = ['BACKGROUND', 'RESULT', 'DERIVED'] as const;

/** Units of `minimumAge`, `maximumAge` (`NormalizedTime`, e.g. "18 Years"); singular or plural. */
export const ctgovAgeUnitMap = {
  year: 'years',
  month: 'months',
  week: 'weeks',
  day: 'days',
  hour: 'hours',
  minute: 'minutes',
} as const;

/** Labels of `ObservationalModel`, as the legacy XML spells them, for the design description. */
export const ctgovObservationalModelLabels = {
  COHORT: 'Cohort',
  CASE_CONTROL: 'Case-Control',
  CASE_ONLY: 'Case-Only',
  CASE_CROSSOVER: 'Case-Crossover',
  ECOLOGIC_OR_COMMUNITY: 'Ecologic or Community',
  FAMILY_BASED: 'Family-Based',
  DEFINED_POPULATION: 'Defined Population',
  NATURAL_HISTORY: 'Natural History',
  OTHER: 'Other',
} as const;

/** Labels of `DesignTimePerspective`, as the legacy XML spells them. */
export const ctgovTimePerspectiveLabels = {
  RETROSPECTIVE: 'Retrospective',
  PROSPECTIVE: 'Prospective',
  CROSS_SECTIONAL: 'Cross-Sectional',
  OTHER: 'Other',
} as const;

/** Labels of `WhoMasked`, as the legacy XML spells them. */
export const ctgovWhoMaskedLabels = {
  PARTICIPANT: 'Participant',
  CARE_PROVIDER: 'Care Provider',
  INVESTIGATOR: 'Investigator',
  OUTCOMES_ASSESSOR: 'Outcomes Assessor',
} as const;

/** Labels of `IpdSharingInfoType`, as the legacy XML spells them. */
export const ctgovIpdInfoTypeLabels = {
  STUDY_PROTOCOL: 'Study Protocol',
  SAP: 'Statistical Analysis Plan (SAP)',
  ICF: 'Informed Consent Form (ICF)',
  CSR: 'Clinical Study Report (CSR)',
  ANALYTIC_CODE: 'Analytic Code',
} as const;

/** `PrimaryPurpose` labels for purposes that map to `other` although the registry said more. */
export const ctgovPurposeLabels = {
  ECT: 'Educational/Counseling/Training',
} as const satisfies Partial<Record<keyof typeof ctgovPurposeMap, string>>;

// --- The legacy <clinical_study> XML (public.xsd, 2011-2019) --------------------------------

/** `overall_status` and a location's `status` of the legacy XML. */
export const ctgovLegacyStatusMap = {
  'Active, not recruiting': ctgovStatusMap.ACTIVE_NOT_RECRUITING,
  Completed: ctgovStatusMap.COMPLETED,
  'Enrolling by invitation': ctgovStatusMap.ENROLLING_BY_INVITATION,
  'Not yet recruiting': ctgovStatusMap.NOT_YET_RECRUITING,
  Recruiting: ctgovStatusMap.RECRUITING,
  Suspended: ctgovStatusMap.SUSPENDED,
  Terminated: ctgovStatusMap.TERMINATED,
  Withdrawn: ctgovStatusMap.WITHDRAWN,
  Available: ctgovStatusMap.AVAILABLE,
  'No longer available': ctgovStatusMap.NO_LONGER_AVAILABLE,
  'Temporarily not available': ctgovStatusMap.TEMPORARILY_NOT_AVAILABLE,
  'Approved for marketing': ctgovStatusMap.APPROVED_FOR_MARKETING,
  Withheld: ctgovStatusMap.WITHHELD,
  'Unknown status': ctgovStatusMap.UNKNOWN,
} as const satisfies Record<string, StatusCode>;

/** `phase` of the legacy XML: one value per study, combined phases as "Phase 1/Phase 2". */
export const ctgovLegacyPhaseMap = {
  'N/A': [ctgovPhaseMap.NA],
  'Early Phase 1': [ctgovPhaseMap.EARLY_PHASE1],
  // The name of Early Phase 1 until February 2017.
  'Phase 0': [ctgovPhaseMap.EARLY_PHASE1],
  'Phase 1': [ctgovPhaseMap.PHASE1],
  'Phase 1/Phase 2': [ctgovPhaseMap.PHASE1, ctgovPhaseMap.PHASE2],
  'Phase 2': [ctgovPhaseMap.PHASE2],
  'Phase 2/Phase 3': [ctgovPhaseMap.PHASE2, ctgovPhaseMap.PHASE3],
  'Phase 3': [ctgovPhaseMap.PHASE3],
  'Phase 4': [ctgovPhaseMap.PHASE4],
} as const satisfies Record<string, readonly PhaseCode[]>;

/**
 * `study_type` of the legacy XML. "N/A" marks the redacted records of unapproved devices, whose
 * type is not published.
 */
export const ctgovLegacyStudyTypeMap = {
  Interventional: ctgovStudyTypeMap.INTERVENTIONAL,
  Observational: ctgovStudyTypeMap.OBSERVATIONAL,
  'Observational [Patient Registry]': ctgovStudyTypeMap.OBSERVATIONAL,
  'Expanded Access': ctgovStudyTypeMap.EXPANDED_ACCESS,
  'N/A': 'other',
} as const satisfies Record<string, CodeOf<typeof studyTypes>>;

/** `intervention_type` of the legacy XML, older spellings included. */
export const ctgovLegacyInterventionTypeMap = {
  Behavioral: ctgovInterventionTypeMap.BEHAVIORAL,
  Biological: ctgovInterventionTypeMap.BIOLOGICAL,
  'Combination Product': ctgovInterventionTypeMap.COMBINATION_PRODUCT,
  Device: ctgovInterventionTypeMap.DEVICE,
  'Diagnostic Test': ctgovInterventionTypeMap.DIAGNOSTIC_TEST,
  'Dietary Supplement': ctgovInterventionTypeMap.DIETARY_SUPPLEMENT,
  Drug: ctgovInterventionTypeMap.DRUG,
  Genetic: ctgovInterventionTypeMap.GENETIC,
  Procedure: ctgovInterventionTypeMap.PROCEDURE,
  Radiation: ctgovInterventionTypeMap.RADIATION,
  Other: ctgovInterventionTypeMap.OTHER,
  // Names used before the 2017 schema.
  'Procedure/Surgery': ctgovInterventionTypeMap.PROCEDURE,
  'Gene Transfer': ctgovInterventionTypeMap.GENETIC,
} as const satisfies Record<string, CodeOf<typeof interventionTypes>>;

/** `agency_class` of the legacy XML. */
export const ctgovLegacyAgencyClassMap = {
  NIH: ctgovAgencyClassMap.NIH,
  'U.S. Fed': ctgovAgencyClassMap.FED,
  Industry: ctgovAgencyClassMap.INDUSTRY,
  Other: ctgovAgencyClassMap.OTHER,
} as const satisfies Record<string, CodeOf<typeof funderClasses>>;

/** `allocation` of the legacy XML. */
export const ctgovLegacyAllocationMap = {
  Randomized: ctgovAllocationMap.RANDOMIZED,
  'Non-Randomized': ctgovAllocationMap.NON_RANDOMIZED,
  'N/A': ctgovAllocationMap.NA,
} as const satisfies Record<string, CodeOf<typeof allocations>>;

/** `intervention_model` of the legacy XML. */
export const ctgovLegacyInterventionModelMap = {
  'Single Group Assignment': ctgovInterventionModelMap.SINGLE_GROUP,
  'Parallel Assignment': ctgovInterventionModelMap.PARALLEL,
  'Crossover Assignment': ctgovInterventionModelMap.CROSSOVER,
  'Factorial Assignment': ctgovInterventionModelMap.FACTORIAL,
  'Sequential Assignment': ctgovInterventionModelMap.SEQUENTIAL,
} as const satisfies Record<string, CodeOf<typeof interventionModels>>;

/** `primary_purpose` of the legacy XML. */
export const ctgovLegacyPurposeMap = {
  Treatment: ctgovPurposeMap.TREATMENT,
  Prevention: ctgovPurposeMap.PREVENTION,
  Diagnostic: ctgovPurposeMap.DIAGNOSTIC,
  'Educational/Counseling/Training': ctgovPurposeMap.ECT,
  'Supportive Care': ctgovPurposeMap.SUPPORTIVE_CARE,
  Screening: ctgovPurposeMap.SCREENING,
  'Health Services Research': ctgovPurposeMap.HEALTH_SERVICES_RESEARCH,
  'Basic Science': ctgovPurposeMap.BASIC_SCIENCE,
  'Device Feasibility': ctgovPurposeMap.DEVICE_FEASIBILITY,
  Other: ctgovPurposeMap.OTHER,
} as const satisfies Record<string, CodeOf<typeof purposes>>;

/**
 * The leading word of `masking` in the legacy XML ("Double (Participant, Investigator)"); before
 * 2017 "Open Label" and "Double Blind (Subject, Investigator)".
 */
export const ctgovLegacyMaskingMap = {
  None: ctgovMaskingMap.NONE,
  Open: ctgovMaskingMap.NONE,
  Single: ctgovMaskingMap.SINGLE,
  Double: ctgovMaskingMap.DOUBLE,
  Triple: ctgovMaskingMap.TRIPLE,
  Quadruple: ctgovMaskingMap.QUADRUPLE,
} as const satisfies Record<string, CodeOf<typeof maskings>>;

/** `gender` of the legacy XML; "Both" before 2017. */
export const ctgovLegacySexMap = {
  All: ctgovSexMap.ALL,
  Both: ctgovSexMap.ALL,
  Female: ctgovSexMap.FEMALE,
  Male: ctgovSexMap.MALE,
} as const satisfies Record<string, CodeOf<typeof eligibleSexes>>;

/** `sharing_ipd` of the legacy XML. */
export const ctgovLegacyIpdSharingMap = {
  Yes: ctgovIpdSharingMap.YES,
  No: ctgovIpdSharingMap.NO,
  Undecided: ctgovIpdSharingMap.UNDECIDED,
} as const satisfies Record<string, CodeOf<typeof ipdSharingPlans>>;

/** The `type` attribute of dates and enrollment in the legacy XML. */
export const ctgovLegacyDateTypeMap = {
  Actual: ctgovDateTypeMap.ACTUAL,
  Anticipated: ctgovDateTypeMap.ESTIMATED,
  Estimate: ctgovDateTypeMap.ESTIMATED,
  Estimated: ctgovDateTypeMap.ESTIMATED,
} as const satisfies Record<string, CodeOf<typeof dateKinds>>;

/** `role` of an overall official in the legacy XML. */
export const ctgovLegacyOfficialRoleMap = {
  'Principal Investigator': ctgovOfficialRoleMap.PRINCIPAL_INVESTIGATOR,
  'Study Chair': ctgovOfficialRoleMap.STUDY_CHAIR,
  'Study Director': ctgovOfficialRoleMap.STUDY_DIRECTOR,
  'Sub-Investigator': ctgovOfficialRoleMap.SUB_INVESTIGATOR,
} as const satisfies Record<string, ContactRole>;

/** `role` of an investigator at a location in the legacy XML. */
export const ctgovLegacySiteInvestigatorRoleMap = {
  'Principal Investigator': ctgovSiteContactRoleMap.PRINCIPAL_INVESTIGATOR,
  'Sub-Investigator': ctgovSiteContactRoleMap.SUB_INVESTIGATOR,
  'Study Chair': ctgovSiteContactRoleMap.STUDY_CHAIR,
  'Study Director': ctgovSiteContactRoleMap.STUDY_DIRECTOR,
} as const satisfies Record<string, ContactRole>;

/**
 * `healthy_volunteers` of the legacy XML: a free string in the schema, in practice these.
 */
export const ctgovLegacyHealthyVolunteersMap = {
  'Accepts Healthy Volunteers': true,
  Yes: true,
  No: false,
} as const satisfies Record<string, boolean>;
