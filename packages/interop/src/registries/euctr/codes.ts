import type { AgeBound, CodeOf, ethicsStatuses, interventionTypes } from '@nrw-health/core';
import type { FunderClassCode, TrialPhaseCode, TrialStatusCode } from '../ctis/codes';

type EthicsStatusCode = CodeOf<typeof ethicsStatuses>;
type InterventionTypeCode = CodeOf<typeof interventionTypes>;

// The mapping tables of the EUCTR reader. Keys are the register's own wording; lookups ignore
// case, punctuation and spacing. Field names are those of ctrdata's conversion of the EudraCT
// protocol (section letters A to P of the EudraCT application form).

/**
 * EUCTR trial statuses in a member state (`x5_trial_status`, `p_end_of_trial_status`) to the
 * harmonised recruitment status. "Ongoing" says the trial runs, not whether it recruits.
 */
export const euctrStatuses = {
  Ongoing: 'unknown',
  Restarted: 'unknown',
  Completed: 'completed',
  'Prematurely Ended': 'terminated',
  'Temporarily Halted': 'suspended',
  'Suspended by CA': 'suspended',
  // Stopped by the competent authority; participants may have been included.
  'Prohibited by CA': 'terminated',
  // Never authorised in the member state, so nobody was included there.
  'Not Authorised': 'withdrawn',
  // The trial continues in CTIS, whose record has the current status.
  'Trial now transitioned': 'unknown',
  'GB - no longer in EU/EEA': 'unknown',
} as const satisfies Record<string, TrialStatusCode>;

/** EUCTR phase flags (section E.7, "Yes"/"No") with the register's wording and the phase. */
export const euctrPhases = [
  {
    field: 'e71_human_pharmacology_phase_i',
    label: 'Human pharmacology (Phase I)',
    code: 'phase-1',
  },
  {
    field: 'e72_therapeutic_exploratory_phase_ii',
    label: 'Therapeutic exploratory (Phase II)',
    code: 'phase-2',
  },
  {
    field: 'e73_therapeutic_confirmatory_phase_iii',
    label: 'Therapeutic confirmatory (Phase III)',
    code: 'phase-3',
  },
  { field: 'e74_therapeutic_use_phase_iv', label: 'Therapeutic use (Phase IV)', code: 'phase-4' },
] as const satisfies readonly { field: string; label: string; code: TrialPhaseCode }[];

/**
 * EUCTR age groups (section F.1, "Yes"/"No"), youngest first, as age bounds: the youngest group
 * that takes part gives the minimum age, the oldest the maximum.
 */
export const euctrAgeGroups: readonly {
  readonly field: string;
  readonly label: string;
  readonly minimum?: AgeBound;
  readonly maximum?: AgeBound;
}[] = [
  { field: 'f111_in_utero', label: 'In utero' },
  {
    field: 'f112_preterm_newborn_infants_up_to_gestational_age__37_weeks',
    label: 'Preterm newborn infants (up to gestational age < 37 weeks)',
  },
  {
    field: 'f113_newborns_027_days',
    label: 'Newborns (0-27 days)',
    maximum: { value: 27, unit: 'days' },
  },
  {
    field: 'f114_infants_and_toddlers_28_days23_months',
    label: 'Infants and toddlers (28 days-23 months)',
    minimum: { value: 28, unit: 'days' },
    maximum: { value: 23, unit: 'months' },
  },
  {
    field: 'f115_children_211years',
    label: 'Children (2-11 years)',
    minimum: { value: 2, unit: 'years' },
    maximum: { value: 11, unit: 'years' },
  },
  {
    field: 'f116_adolescents_1217_years',
    label: 'Adolescents (12-17 years)',
    minimum: { value: 12, unit: 'years' },
    maximum: { value: 17, unit: 'years' },
  },
  {
    field: 'f12_adults_1864_years',
    label: 'Adults (18-64 years)',
    minimum: { value: 18, unit: 'years' },
    maximum: { value: 64, unit: 'years' },
  },
  {
    field: 'f13_elderly_65_years',
    label: 'Elderly (>=65 years)',
    minimum: { value: 65, unit: 'years' },
  },
];

/**
 * EUCTR kinds of investigational product (section D.3.11, "Yes"/"No") to intervention types,
 * in the order they are checked: the first "Yes" decides.
 */
export const euctrProductTypes = [
  {
    field: 'd31132_gene_therapy_medical_product',
    label: 'Gene therapy medical product',
    type: 'genetic',
  },
  {
    field: 'd31131_somatic_cell_therapy_medicinal_product',
    label: 'Somatic cell therapy medicinal product',
    type: 'cell-therapy',
  },
  { field: 'd31133_tissue_engineered_product', label: 'Tissue engineered product', type: 'other' },
  {
    field:
      'd3114_combination_product_that_includes_a_device_but_does_not_involve_an_advanced_therapy',
    label: 'Combination product that includes a device',
    type: 'combination-product',
  },
  {
    field:
      'd3112_active_substance_of_biological_biotechnological_origin_other_than_advanced_therapy_imp_atimp',
    label: 'Active substance of biological/biotechnological origin',
    type: 'biological',
  },
  {
    field: 'd3111_active_substance_of_chemical_origin',
    label: 'Active substance of chemical origin',
    type: 'drug',
  },
] as const satisfies readonly { field: string; label: string; type: InterventionTypeCode }[];

/** Ethics committee opinions (section N) to the review status; `null`: no status to tell. */
export const euctrEthicsOpinions = {
  Favourable: 'approved',
  Unfavourable: 'not-approved',
  'Not available': null,
} as const satisfies Record<string, EthicsStatusCode | null>;

/** Sponsor status (B.3.1 and B.3.2) to funder classes; `null`: no class follows from it. */
export const euctrSponsorClasses = {
  Commercial: 'industry',
  'Non-Commercial': null,
} as const satisfies Record<string, FunderClassCode | null>;
