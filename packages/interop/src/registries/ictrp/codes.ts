// What the values of an ICTRP export become in the kit's model. ICTRP passes on each registry's
// own wording, so the tables match case-insensitively and with spaces collapsed.
import type {
  allocations,
  CodeOf,
  interventionModels,
  interventionTypes,
  maskings,
  purposes,
  studyTypes,
  trialPhases,
  trialStatuses,
} from '@nrw-health/core';

type TrialStatus = CodeOf<typeof trialStatuses>;
type TrialPhase = CodeOf<typeof trialPhases>;
type StudyType = CodeOf<typeof studyTypes>;

/** A value as the tables match it: lower case, spaces collapsed. */
export const valueKey = (value: string): string => value.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * `Recruitment Status` → harmonised status. ICTRP's own summary values "Not recruiting",
 * "Authorised" and "Not available" (and EUCTR's "Ongoing") do not say whether a trial has
 * started or ended: they become `unknown`, with the original kept.
 */
export const ictrpStatusMap = {
  recruiting: 'recruiting',
  'not yet recruiting': 'not-yet-recruiting',
  // TRDS: "pending: participants are not yet being recruited or enrolled at any site".
  pending: 'not-yet-recruiting',
  'enrolling by invitation': 'enrolling-by-invitation',
  'active, not recruiting': 'active-not-recruiting',
  'active not recruiting': 'active-not-recruiting',
  suspended: 'suspended',
  terminated: 'terminated',
  'stopped early': 'terminated',
  'prematurely ended': 'terminated',
  completed: 'completed',
  withdrawn: 'withdrawn',
  available: 'available',
  'no longer available': 'no-longer-available',
  'temporarily not available': 'temporarily-not-available',
  'approved for marketing': 'approved-for-marketing',
  withheld: 'withheld',
  unknown: 'unknown',
  'unknown status': 'unknown',
  'not recruiting': 'unknown',
  authorised: 'unknown',
  authorized: 'unknown',
  'not available': 'unknown',
  // TRDS "complete" means recruitment is over, not that the trial is.
  complete: 'unknown',
  ongoing: 'unknown',
} as const satisfies Record<string, TrialStatus>;

/** The label the writer uses for each status: the wording of ClinicalTrials.gov. */
export const ictrpStatusLabels = {
  'not-yet-recruiting': 'Not yet recruiting',
  recruiting: 'Recruiting',
  'enrolling-by-invitation': 'Enrolling by invitation',
  'active-not-recruiting': 'Active, not recruiting',
  suspended: 'Suspended',
  terminated: 'Terminated',
  completed: 'Completed',
  withdrawn: 'Withdrawn',
  available: 'Available',
  'no-longer-available': 'No longer available',
  'temporarily-not-available': 'Temporarily not available',
  'approved-for-marketing': 'Approved for marketing',
  withheld: 'Withheld',
  unknown: 'Unknown',
} as const satisfies Record<TrialStatus, string>;

/**
 * `Study type` → harmonised study type, by the words in it ("Interventional clinical trial of
 * medicinal product", "Observational [Patient Registry]"). Bioavailability and bioequivalence
 * studies (CTRI's "BA/BE") give a product to participants: interventional. Anything else is
 * `other`, reported as `unknown_code`.
 */
export const ictrpStudyTypeRules = [
  { match: /expanded access/i, code: 'expanded-access' },
  { match: /interventional|intervention\b|\bba\/be\b/i, code: 'interventional' },
  { match: /observational/i, code: 'observational' },
] as const satisfies readonly { match: RegExp; code: StudyType }[];

export const ictrpStudyTypeLabels = {
  interventional: 'Interventional',
  observational: 'Observational',
  'expanded-access': 'Expanded Access',
  other: 'Other',
} as const satisfies Record<StudyType, string>;

/**
 * `Phase` values that are not a list of phase numbers. Phase numbers are read in any of the
 * registries' forms: "Phase 2/Phase 3", "Phase II-III", "2", "Phase-3", "PHASE II TRIAL", and
 * EUCTR's "Therapeutic exploratory (Phase II): yes" lines.
 */
export const ictrpPhaseWords = {
  'n/a': ['not-applicable'],
  'not applicable': ['not-applicable'],
  'early phase 1': ['early-phase-1'],
  'phase 0': ['early-phase-1'],
  'post marketing surveillance': ['phase-4'],
  'post-marketing surveillance': ['phase-4'],
  // "No phase given" is no value at all.
  'not specified': [],
  'not available': [],
  'not selected': [],
} as const satisfies Record<string, readonly TrialPhase[]>;

const phaseNumbers: Record<string, TrialPhase> = {
  '1': 'phase-1',
  '2': 'phase-2',
  '3': 'phase-3',
  '4': 'phase-4',
  i: 'phase-1',
  ii: 'phase-2',
  iii: 'phase-3',
  iv: 'phase-4',
};

/**
 * The phases of an ICTRP `Phase` value: a list (possibly empty when the value says "none
 * given"), or undefined when the value is not understood.
 */
export function parseIctrpPhase(value: string): TrialPhase[] | undefined {
  const key = valueKey(value);
  if (Object.hasOwn(ictrpPhaseWords, key)) {
    return [...ictrpPhaseWords[key as keyof typeof ictrpPhaseWords]];
  }
  // EUCTR: one line per phase, each answered yes or no.
  const answers = [...key.matchAll(/\(phase (i|ii|iii|iv)\)\s*:\s*(yes|no)/g)];
  if (answers.length > 0) {
    return answers
      .filter((answer) => answer[2] === 'yes')
      .map((answer) => phaseNumbers[answer[1]!]!);
  }
  // "phase 1/phase 2", "phase ii-iii trial", "2", "phase-3", "phase 2b": numbers and glue words.
  const tokens = key
    .replace(/phase|trial|study|\b(?:and|or|to)\b/g, ' ')
    .split(/[\s/,&+-]+/)
    .filter((token) => token !== '');
  const phases = new Set<TrialPhase>();
  for (const token of tokens) {
    const phase = phaseNumbers[token.replace(/^(\d)[ab]$/, '$1')];
    if (!phase) return undefined;
    phases.add(phase);
  }
  return phases.size > 0 ? [...phases].sort() : undefined;
}

/** The label the writer uses for a list of phases. */
export function ictrpPhaseLabel(codes: readonly TrialPhase[]): string {
  if (codes.includes('not-applicable')) return 'Not Applicable';
  if (codes.includes('early-phase-1')) return 'Early Phase 1';
  return codes.map((code) => `Phase ${code.slice('phase-'.length)}`).join('/');
}

/** Intervention types as ClinicalTrials.gov writes them before the name ("Drug: Aspirin"). */
export const ictrpInterventionTypeMap = {
  drug: 'drug',
  biological: 'biological',
  device: 'device',
  procedure: 'procedure',
  'procedure/surgery': 'procedure',
  radiation: 'radiation',
  behavioral: 'behavioural',
  behavioural: 'behavioural',
  genetic: 'genetic',
  'dietary supplement': 'dietary-supplement',
  'combination product': 'combination-product',
  'diagnostic test': 'diagnostic-test',
  other: 'other',
} as const satisfies Record<string, CodeOf<typeof interventionTypes>>;

export const ictrpInterventionTypeLabels = {
  drug: 'Drug',
  biological: 'Biological',
  genetic: 'Genetic',
  'cell-therapy': 'Biological',
  device: 'Device',
  'diagnostic-test': 'Diagnostic Test',
  procedure: 'Procedure',
  radiation: 'Radiation',
  behavioural: 'Behavioral',
  'dietary-supplement': 'Dietary Supplement',
  'combination-product': 'Combination Product',
  digital: 'Device',
  other: 'Other',
} as const satisfies Record<CodeOf<typeof interventionTypes>, string>;

/**
 * `Study design` in ClinicalTrials.gov's form ("Allocation: Randomized. Intervention model:
 * Parallel Assignment. Masking: None (Open Label). Primary purpose: Treatment.") → design codes.
 * The whole text is kept as `design.description`.
 */
export const ictrpDesignMap = {
  allocation: {
    randomized: 'randomised',
    randomised: 'randomised',
    'non-randomized': 'non-randomised',
    'non-randomised': 'non-randomised',
    'n/a': 'not-applicable',
  },
  'intervention model': {
    'single group assignment': 'single-group',
    'single group': 'single-group',
    'parallel assignment': 'parallel',
    parallel: 'parallel',
    'crossover assignment': 'crossover',
    crossover: 'crossover',
    'factorial assignment': 'factorial',
    factorial: 'factorial',
    'sequential assignment': 'sequential',
    sequential: 'sequential',
    other: 'other',
  },
  masking: {
    'none (open label)': 'none',
    none: 'none',
    'open label': 'none',
    single: 'single',
    double: 'double',
    triple: 'triple',
    quadruple: 'quadruple',
  },
  'primary purpose': {
    treatment: 'treatment',
    prevention: 'prevention',
    diagnostic: 'diagnostic',
    'supportive care': 'supportive-care',
    screening: 'screening',
    'health services research': 'health-services-research',
    'basic science': 'basic-science',
    'device feasibility': 'device-feasibility',
    other: 'other',
  },
} as const satisfies {
  allocation: Record<string, CodeOf<typeof allocations>>;
  'intervention model': Record<string, CodeOf<typeof interventionModels>>;
  masking: Record<string, CodeOf<typeof maskings>>;
  'primary purpose': Record<string, CodeOf<typeof purposes>>;
};

/** `Inclusion gender` → eligible sex ("Both", "All", EUCTR's "Female: yes<br>Male: no"). */
export function parseIctrpSex(value: string): 'all' | 'female' | 'male' | undefined {
  const key = valueKey(value);
  if (/^(all|both|both, male and female|male and female|female and male|any)$/.test(key)) {
    return 'all';
  }
  const female = /\bfemales?\b(?!\s*:\s*no)/.test(key);
  const male = /\bmales?\b(?!\s*:\s*no)/.test(key);
  if (female && male) return 'all';
  if (female) return 'female';
  if (male) return 'male';
  return undefined;
}

/** A registry's trial number pattern in ICTRP, and the registry that issues it. */
interface RegistryPattern {
  /** The registry's own name, as issuer of `other` identifiers. */
  readonly issuer: string;
  /** What a TrialID of this registry starts with. */
  readonly prefix: RegExp;
  /** The full pattern, for telling a registry's number among other secondary IDs. */
  readonly pattern: RegExp;
}

/**
 * The registries of the WHO network that are not registries of the model, by their numbers'
 * prefix. A TrialID of an unknown prefix becomes registry `other`, issued by its `Source
 * Register`.
 */
export const ictrpOtherRegistries: readonly RegistryPattern[] = [
  { issuer: 'ANZCTR', prefix: /^ACTRN/i, pattern: /^ACTRN\d{14}$/i },
  { issuer: 'ChiCTR', prefix: /^ChiCTR/i, pattern: /^ChiCTR(?:-[A-Z]+-)?[-\d]+$/i },
  { issuer: 'CTRI', prefix: /^CTRI\//i, pattern: /^CTRI\/\d{4}\/\d+\/\d+$/i },
  { issuer: 'JPRN', prefix: /^JPRN-/i, pattern: /^JPRN-[A-Za-z]+\d+$/ },
  { issuer: 'CRiS', prefix: /^KCT\d/i, pattern: /^KCT\d{7}$/i },
  { issuer: 'IRCT', prefix: /^IRCT\d/i, pattern: /^IRCT\d+N\d+$/i },
  { issuer: 'PACTR', prefix: /^PACTR\d/i, pattern: /^PACTR\d{15}$/i },
  { issuer: 'ReBEC', prefix: /^RBR-/i, pattern: /^RBR-[0-9a-z]{6,8}$/i },
  { issuer: 'SLCTR', prefix: /^SLCTR\//i, pattern: /^SLCTR\/\d{4}\/\d+$/i },
  { issuer: 'TCTR', prefix: /^TCTR\d/i, pattern: /^TCTR\d{11}$/i },
  { issuer: 'NL-OMON', prefix: /^NL-OMON/i, pattern: /^NL-OMON\d+$/i },
  { issuer: 'NTR', prefix: /^NTR\d/i, pattern: /^NTR\d+$/i },
  { issuer: 'LBCTR', prefix: /^LBCTR\d/i, pattern: /^LBCTR\d+$/i },
  { issuer: 'RPCEC', prefix: /^RPCEC\d/i, pattern: /^RPCEC\d+$/i },
  { issuer: 'REPEC', prefix: /^PER-\d/i, pattern: /^PER-\d{3}-\d{2}$/i },
  { issuer: 'ITMCTR', prefix: /^ITMCTR\d/i, pattern: /^ITMCTR\d+$/i },
];

/** The names of the model's registries, as ICTRP's `Source Register` writes them. */
export const ictrpRegisterNames = {
  ctgov: 'ClinicalTrials.gov',
  drks: 'German Clinical Trials Register',
  euctr: 'EU Clinical Trials Register',
  ctis: 'Clinical Trials Information System',
  isrctn: 'ISRCTN',
  'who-utn': 'WHO Universal Trial Number',
} as const;

/** `Ethics Status` → ethics review status. */
export const ictrpEthicsMap = {
  approved: 'approved',
  'not approved': 'not-approved',
  pending: 'pending',
  'not required': 'not-required',
  'not applicable': 'not-required',
} as const;

export const ictrpEthicsLabels = {
  approved: 'Approved',
  'not-approved': 'Not approved',
  pending: 'Pending',
  'not-required': 'Not required',
} as const;

/** `results ipd plan` → IPD sharing plan. */
export const ictrpIpdPlanMap = {
  yes: 'yes',
  no: 'no',
  undecided: 'undecided',
} as const;
