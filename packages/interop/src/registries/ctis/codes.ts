import type { AgeBound, CodeOf, funderClasses, trialPhases, trialStatuses } from '@nrw-health/core';

export type TrialStatusCode = CodeOf<typeof trialStatuses>;
export type TrialPhaseCode = CodeOf<typeof trialPhases>;
export type FunderClassCode = CodeOf<typeof funderClasses>;

// The mapping tables of the CTIS reader. Keys are the registry's own wording; lookups ignore case,
// punctuation and spacing. They go into the package README as they are.

/**
 * CTIS public trial status codes (`ctPublicStatusCode`; `ctStatus` in records since 2024) and
 * the wording the public portal shows for them.
 */
export const ctisStatusCodes: Readonly<Record<string, string>> = {
  '1': 'Under evaluation',
  '2': 'Authorised, recruitment pending',
  '3': 'Authorised, recruiting',
  '4': 'Ongoing, recruiting',
  '5': 'Ongoing, recruitment ended',
  '6': 'Temporarily halted',
  '7': 'Suspended',
  '8': 'Ended',
  '9': 'Expired',
  '10': 'Revoked',
  '11': 'Not authorised',
  '12': 'Cancelled',
};

/**
 * CTIS trial statuses (the portal's wording, current and before 2024) to the harmonised
 * recruitment status. A status that says the trial runs but not whether it recruits is `unknown`.
 */
export const ctisStatuses = {
  // Not started: no participant can be included before authorisation and start.
  'Under evaluation': 'not-yet-recruiting',
  Authorised: 'not-yet-recruiting',
  'Authorised, not started': 'not-yet-recruiting',
  'Authorised, recruitment pending': 'not-yet-recruiting',
  'Ongoing, not yet recruiting': 'not-yet-recruiting',
  'Authorised, recruiting': 'recruiting',
  'Ongoing, recruiting': 'recruiting',
  'Ongoing, recruitment ended': 'active-not-recruiting',
  Ongoing: 'unknown',
  Restarted: 'unknown',
  'Temporarily halted': 'suspended',
  Halted: 'suspended',
  Suspended: 'suspended',
  // `terminated` instead when every member state notified an early termination.
  Ended: 'completed',
  // Stopped by the member states (Art. 77 CTR); participants may have been included.
  Revoked: 'terminated',
  // No participant included within two years of authorisation (Art. 8(11) CTR).
  Expired: 'withdrawn',
  'Not authorised': 'withdrawn',
  Cancelled: 'withdrawn',
  Withdrawn: 'withdrawn',
} as const satisfies Record<string, TrialStatusCode>;

/** CTIS trial phase codes (`trialCategory.trialPhase`) and the portal's wording for them. */
export const ctisPhaseCodes: Readonly<Record<string, string>> = {
  '1': 'Human Pharmacology (Phase I) - First administration to humans',
  '2': 'Human Pharmacology (Phase I) - Bioequivalence Study',
  '3': 'Human Pharmacology (Phase I) - Other',
  '4': 'Therapeutic exploratory (Phase II)',
  '5': 'Therapeutic confirmatory (Phase III)',
  '6': 'Therapeutic use (Phase IV)',
  '7': 'Phase I and Phase II (Integrated) - First administration to humans',
  '8': 'Phase I and Phase II (Integrated) - Bioequivalence Study',
  '9': 'Phase I and Phase II (Integrated) - Other',
  '10': 'Phase II and Phase III (Integrated)',
  '11': 'Phase III and phase IV (Integrated)',
};

/** EU trial phases (CTIS and the EU categories of ICH E8) to one or two harmonised phases. */
export const euPhases = {
  'Human Pharmacology (Phase I) - First administration to humans': ['phase-1'],
  'Human Pharmacology (Phase I) - Bioequivalence Study': ['phase-1'],
  'Human Pharmacology (Phase I) - Other': ['phase-1'],
  'Human Pharmacology (Phase I)': ['phase-1'],
  'Phase I (Human Pharmacology)': ['phase-1'],
  'Therapeutic exploratory (Phase II)': ['phase-2'],
  'Phase II (Therapeutic exploratory)': ['phase-2'],
  'Therapeutic confirmatory (Phase III)': ['phase-3'],
  'Phase III (Therapeutic confirmatory)': ['phase-3'],
  'Therapeutic use (Phase IV)': ['phase-4'],
  'Phase IV (Therapeutic use)': ['phase-4'],
  'Phase I and Phase II (Integrated) - First administration to humans': ['phase-1', 'phase-2'],
  'Phase I and Phase II (Integrated) - Bioequivalence Study': ['phase-1', 'phase-2'],
  'Phase I and Phase II (Integrated) - Other': ['phase-1', 'phase-2'],
  'Phase I and Phase II (Integrated)': ['phase-1', 'phase-2'],
  'Phase II and Phase III (Integrated)': ['phase-2', 'phase-3'],
  'Phase III and phase IV (Integrated)': ['phase-3', 'phase-4'],
} as const satisfies Record<string, readonly TrialPhaseCode[]>;

/** CTIS age range categories (`populationOfTrialSubjects.ageRanges`) as age bounds. */
export const ctisAgeRanges: Readonly<
  Record<string, { label: string; minimum?: AgeBound; maximum?: AgeBound }>
> = {
  '1': { label: 'In utero' },
  '2': { label: '0-17 years', maximum: { value: 17, unit: 'years' } },
  '3': {
    label: '18-64 years',
    minimum: { value: 18, unit: 'years' },
    maximum: { value: 64, unit: 'years' },
  },
  '4': { label: '65+ years', minimum: { value: 65, unit: 'years' } },
};

/**
 * Organisation types of sponsors (EMA's Organisation Management Service) to funder classes.
 * `null`: the type does not settle the class; the sponsor's commercial flag decides.
 */
export const ctisSponsorClasses = {
  'Pharmaceutical company': 'industry',
  'Non-Pharmaceutical company': 'industry',
  Industry: 'industry',
  'Hospital/Clinic/Other health care facility': 'academic',
  'Educational Institution': 'academic',
  'Patient organisation/association': 'non-profit',
  'Member State Institution/Body/Agency': 'government',
  'Pharmaceutical association/federation': 'other',
  'Laboratory/Research/Testing facility': null,
  'Health care': null,
} as const satisfies Record<string, FunderClassCode | null>;

/** CTIS population groups (`clinicalTrialGroups[].name`): whether healthy volunteers take part. */
export const ctisPopulationGroups = {
  'Healthy volunteers': true,
  Patients: false,
} as const satisfies Record<string, boolean>;

/** Languages of CTIS translations (`languageDescription`) as BCP 47 tags. */
export const euLanguages: Readonly<Record<string, string>> = {
  Bulgarian: 'bg',
  Croatian: 'hr',
  Czech: 'cs',
  Danish: 'da',
  Dutch: 'nl',
  English: 'en',
  Estonian: 'et',
  Finnish: 'fi',
  French: 'fr',
  German: 'de',
  Greek: 'el',
  Hungarian: 'hu',
  Icelandic: 'is',
  Irish: 'ga',
  Italian: 'it',
  Latvian: 'lv',
  Lithuanian: 'lt',
  Maltese: 'mt',
  Norwegian: 'no',
  Polish: 'pl',
  Portuguese: 'pt',
  Romanian: 'ro',
  Slovak: 'sk',
  Slovenian: 'sl',
  Slovene: 'sl',
  Spanish: 'es',
  Swedish: 'sv',
};
