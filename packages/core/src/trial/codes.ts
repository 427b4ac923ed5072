import { defineCodeList } from '../shared/codelist';

/**
 * Harmonised recruitment status. Readers map each registry's own value (ClinicalTrials.gov
 * `overallStatus`, DRKS, CTIS, ICTRP) to one of these and keep the original next to it.
 */
export const trialStatuses = /* @__PURE__ */ defineCodeList(
  'trial-status',
  { de: 'Rekrutierungsstatus', en: 'Recruitment status' },
  {
    'not-yet-recruiting': {
      label: { de: 'Rekrutierung noch nicht begonnen', en: 'Not yet recruiting' },
    },
    recruiting: { label: { de: 'Rekrutiert', en: 'Recruiting' } },
    'enrolling-by-invitation': {
      label: { de: 'Aufnahme nur auf Einladung', en: 'Enrolling by invitation' },
    },
    'active-not-recruiting': {
      label: { de: 'Läuft, rekrutiert nicht mehr', en: 'Active, not recruiting' },
    },
    suspended: { label: { de: 'Unterbrochen', en: 'Suspended' } },
    terminated: { label: { de: 'Vorzeitig beendet', en: 'Terminated' } },
    completed: { label: { de: 'Abgeschlossen', en: 'Completed' } },
    withdrawn: {
      label: { de: 'Zurückgezogen (vor dem ersten Einschluss)', en: 'Withdrawn' },
      description: {
        de: 'Die Studie wurde beendet, bevor Teilnehmende eingeschlossen wurden.',
        en: 'The study stopped before enrolling its first participant.',
      },
    },
    available: {
      label: { de: 'Verfügbar (Härtefallprogramm)', en: 'Available (expanded access)' },
    },
    'no-longer-available': {
      label: {
        de: 'Nicht mehr verfügbar (Härtefallprogramm)',
        en: 'No longer available (expanded access)',
      },
    },
    'temporarily-not-available': {
      label: {
        de: 'Vorübergehend nicht verfügbar (Härtefallprogramm)',
        en: 'Temporarily not available (expanded access)',
      },
    },
    'approved-for-marketing': {
      label: { de: 'Zur Vermarktung zugelassen', en: 'Approved for marketing' },
    },
    withheld: { label: { de: 'Zurückgehalten', en: 'Withheld' } },
    unknown: {
      label: { de: 'Unbekannt', en: 'Unknown' },
      description: {
        de: 'Das Register kennt den aktuellen Stand nicht, etwa weil er lange nicht bestätigt wurde.',
        en: 'The registry does not know the current state, e.g. because it was not verified for long.',
      },
    },
  },
);

/**
 * Phase of an interventional trial. A combined phase (Phase 2/3) is recorded as both phases.
 * EU terms: phase 1 human pharmacology, 2 therapeutic exploratory, 3 confirmatory, 4 therapeutic use.
 */
export const trialPhases = /* @__PURE__ */ defineCodeList(
  'trial-phase',
  { de: 'Studienphase', en: 'Trial phase' },
  {
    'early-phase-1': {
      label: { de: 'Frühe Phase 1 (Phase 0)', en: 'Early phase 1 (phase 0)' },
      description: {
        de: 'Erste Anwendung am Menschen in sehr kleiner Dosis.',
        en: 'First use in humans at very small doses.',
      },
    },
    'phase-1': {
      label: { de: 'Phase 1', en: 'Phase 1' },
      description: {
        de: 'Verträglichkeit und Sicherheit, meist an wenigen Personen.',
        en: 'Safety and tolerability, usually in a few people.',
      },
    },
    'phase-2': {
      label: { de: 'Phase 2', en: 'Phase 2' },
      description: {
        de: 'Wirksamkeit und Dosis an einer größeren Gruppe von Erkrankten.',
        en: 'Efficacy and dose in a larger group of patients.',
      },
    },
    'phase-3': {
      label: { de: 'Phase 3', en: 'Phase 3' },
      description: {
        de: 'Nachweis der Wirksamkeit an vielen Erkrankten, Vergleich mit der Standardbehandlung.',
        en: 'Confirms efficacy in many patients, compared with standard treatment.',
      },
    },
    'phase-4': {
      label: { de: 'Phase 4', en: 'Phase 4' },
      description: {
        de: 'Nach der Zulassung: Anwendung im Alltag, seltene Nebenwirkungen.',
        en: 'After approval: everyday use, rare side effects.',
      },
    },
    'not-applicable': {
      label: { de: 'Keine Phase (nicht zutreffend)', en: 'No phase (not applicable)' },
      description: {
        de: 'Zum Beispiel Studien mit Medizinprodukten oder Verhaltensinterventionen.',
        en: 'For example trials of devices or behavioural interventions.',
      },
    },
  },
);

export const studyTypes = /* @__PURE__ */ defineCodeList(
  'study-type',
  { de: 'Studientyp', en: 'Study type' },
  {
    interventional: { label: { de: 'Interventionelle Studie', en: 'Interventional study' } },
    observational: { label: { de: 'Beobachtungsstudie', en: 'Observational study' } },
    'expanded-access': {
      label: { de: 'Härtefallprogramm (Expanded Access)', en: 'Expanded access' },
    },
    other: { label: { de: 'Andere', en: 'Other' } },
  },
);

export const interventionTypes = /* @__PURE__ */ defineCodeList(
  'intervention-type',
  { de: 'Art der Intervention', en: 'Intervention type' },
  {
    drug: { label: { de: 'Arzneimittel', en: 'Drug' } },
    biological: { label: { de: 'Biologikum', en: 'Biological' } },
    genetic: { label: { de: 'Gentherapie / genetisch', en: 'Genetic' } },
    'cell-therapy': { label: { de: 'Zelltherapie', en: 'Cell therapy' } },
    device: { label: { de: 'Medizinprodukt', en: 'Device' } },
    'diagnostic-test': { label: { de: 'Diagnostischer Test', en: 'Diagnostic test' } },
    procedure: { label: { de: 'Eingriff / Operation', en: 'Procedure or surgery' } },
    radiation: { label: { de: 'Strahlentherapie', en: 'Radiation' } },
    behavioural: { label: { de: 'Verhaltensintervention', en: 'Behavioural' } },
    'dietary-supplement': { label: { de: 'Nahrungsergänzung', en: 'Dietary supplement' } },
    'combination-product': { label: { de: 'Kombinationsprodukt', en: 'Combination product' } },
    digital: {
      label: { de: 'Digitale Anwendung (z. B. DiGA)', en: 'Digital application (e.g. DiGA)' },
    },
    other: { label: { de: 'Andere', en: 'Other' } },
  },
);

export const allocations = /* @__PURE__ */ defineCodeList(
  'allocation',
  { de: 'Zuteilung', en: 'Allocation' },
  {
    randomised: { label: { de: 'Randomisiert', en: 'Randomised' } },
    'non-randomised': { label: { de: 'Nicht randomisiert', en: 'Non-randomised' } },
    'not-applicable': {
      label: { de: 'Nicht zutreffend (ein Studienarm)', en: 'Not applicable (single arm)' },
    },
  },
);

export const interventionModels = /* @__PURE__ */ defineCodeList(
  'intervention-model',
  { de: 'Studiendesign', en: 'Intervention model' },
  {
    'single-group': { label: { de: 'Einarmig', en: 'Single group' } },
    parallel: { label: { de: 'Parallelgruppen', en: 'Parallel groups' } },
    crossover: { label: { de: 'Cross-over', en: 'Crossover' } },
    factorial: { label: { de: 'Faktoriell', en: 'Factorial' } },
    sequential: { label: { de: 'Sequenziell', en: 'Sequential' } },
    other: { label: { de: 'Anderes', en: 'Other' } },
  },
);

export const maskings = /* @__PURE__ */ defineCodeList(
  'masking',
  { de: 'Verblindung', en: 'Masking' },
  {
    none: { label: { de: 'Offen (keine Verblindung)', en: 'None (open label)' } },
    single: { label: { de: 'Einfach verblindet', en: 'Single blind' } },
    double: { label: { de: 'Doppelt verblindet', en: 'Double blind' } },
    triple: { label: { de: 'Dreifach verblindet', en: 'Triple blind' } },
    quadruple: { label: { de: 'Vierfach verblindet', en: 'Quadruple blind' } },
  },
);

export const purposes = /* @__PURE__ */ defineCodeList(
  'purpose',
  { de: 'Hauptziel', en: 'Primary purpose' },
  {
    treatment: { label: { de: 'Behandlung', en: 'Treatment' } },
    prevention: { label: { de: 'Vorbeugung', en: 'Prevention' } },
    diagnostic: { label: { de: 'Diagnose', en: 'Diagnostic' } },
    screening: { label: { de: 'Früherkennung', en: 'Screening' } },
    'supportive-care': { label: { de: 'Unterstützende Versorgung', en: 'Supportive care' } },
    'health-services-research': {
      label: { de: 'Versorgungsforschung', en: 'Health services research' },
    },
    'basic-science': { label: { de: 'Grundlagenforschung', en: 'Basic science' } },
    'device-feasibility': {
      label: { de: 'Machbarkeit eines Medizinprodukts', en: 'Device feasibility' },
    },
    other: { label: { de: 'Anderes', en: 'Other' } },
  },
);

export const sponsorRoles = /* @__PURE__ */ defineCodeList(
  'sponsor-role',
  { de: 'Rolle', en: 'Role' },
  {
    primary: { label: { de: 'Hauptsponsor', en: 'Primary sponsor' } },
    secondary: { label: { de: 'Weiterer Sponsor', en: 'Secondary sponsor' } },
    collaborator: { label: { de: 'Kooperationspartner', en: 'Collaborator' } },
    funder: {
      label: {
        de: 'Geldgeber oder Materialunterstützung',
        en: 'Source of monetary or material support',
      },
    },
  },
);

/** Funder class, as ClinicalTrials.gov's agency class, grouped for comparison across registries. */
export const funderClasses = /* @__PURE__ */ defineCodeList(
  'funder-class',
  { de: 'Art des Geldgebers', en: 'Funder class' },
  {
    industry: { label: { de: 'Industrie', en: 'Industry' } },
    academic: { label: { de: 'Hochschule oder Klinik', en: 'Academic or hospital' } },
    government: { label: { de: 'Öffentliche Hand', en: 'Government' } },
    'non-profit': { label: { de: 'Gemeinnützige Organisation', en: 'Non-profit organisation' } },
    network: { label: { de: 'Netzwerk', en: 'Network' } },
    individual: { label: { de: 'Einzelperson', en: 'Individual' } },
    other: { label: { de: 'Andere', en: 'Other' } },
  },
);

export const contactRoles = /* @__PURE__ */ defineCodeList(
  'contact-role',
  { de: 'Kontakt', en: 'Contact' },
  {
    public: { label: { de: 'Kontakt für öffentliche Anfragen', en: 'Contact for public queries' } },
    scientific: {
      label: { de: 'Kontakt für wissenschaftliche Anfragen', en: 'Contact for scientific queries' },
    },
    'principal-investigator': { label: { de: 'Studienleitung', en: 'Principal investigator' } },
    site: { label: { de: 'Kontakt am Studienzentrum', en: 'Site contact' } },
  },
);

export const outcomeTypes = /* @__PURE__ */ defineCodeList(
  'outcome-type',
  { de: 'Endpunkt', en: 'Outcome' },
  {
    primary: { label: { de: 'Primärer Endpunkt', en: 'Primary outcome' } },
    secondary: { label: { de: 'Sekundärer Endpunkt', en: 'Secondary outcome' } },
    other: { label: { de: 'Weiterer Endpunkt', en: 'Other outcome' } },
  },
);

export const eligibleSexes = /* @__PURE__ */ defineCodeList(
  'eligible-sex',
  { de: 'Geschlecht der Teilnehmenden', en: 'Sex of participants' },
  {
    all: { label: { de: 'Alle', en: 'All' } },
    female: { label: { de: 'Weiblich', en: 'Female' } },
    male: { label: { de: 'Männlich', en: 'Male' } },
  },
);

export const ageUnits = /* @__PURE__ */ defineCodeList(
  'age-unit',
  { de: 'Alterseinheit', en: 'Age unit' },
  {
    years: { label: { de: 'Jahre', en: 'years' } },
    months: { label: { de: 'Monate', en: 'months' } },
    weeks: { label: { de: 'Wochen', en: 'weeks' } },
    days: { label: { de: 'Tage', en: 'days' } },
    hours: { label: { de: 'Stunden', en: 'hours' } },
    minutes: { label: { de: 'Minuten', en: 'minutes' } },
  },
);

export const ethicsStatuses = /* @__PURE__ */ defineCodeList(
  'ethics-status',
  { de: 'Ethikvotum', en: 'Ethics review' },
  {
    approved: { label: { de: 'Zustimmend bewertet', en: 'Approved' } },
    'not-approved': { label: { de: 'Nicht zustimmend bewertet', en: 'Not approved' } },
    pending: { label: { de: 'In Prüfung', en: 'Pending' } },
    'not-required': { label: { de: 'Nicht erforderlich', en: 'Not required' } },
  },
);

export const ipdSharingPlans = /* @__PURE__ */ defineCodeList(
  'ipd-sharing',
  { de: 'Weitergabe individueller Teilnehmerdaten', en: 'Individual participant data sharing' },
  {
    yes: { label: { de: 'Geplant', en: 'Yes' } },
    no: { label: { de: 'Nicht geplant', en: 'No' } },
    undecided: { label: { de: 'Noch nicht entschieden', en: 'Undecided' } },
  },
);

/** The kinds of dates a trial record carries. */
export const dateKinds = /* @__PURE__ */ defineCodeList(
  'date-kind',
  { de: 'Art der Angabe', en: 'Kind of date' },
  {
    actual: { label: { de: 'Tatsächlich', en: 'Actual' } },
    estimated: { label: { de: 'Geplant oder geschätzt', en: 'Anticipated or estimated' } },
  },
);

/** Registries a trial identifier comes from; the first five are WHO primary or data-provider registries. */
export const trialRegistries = /* @__PURE__ */ defineCodeList(
  'trial-registry',
  { de: 'Register', en: 'Registry' },
  {
    ctgov: { label: { de: 'ClinicalTrials.gov (NCT)', en: 'ClinicalTrials.gov (NCT)' } },
    drks: {
      label: {
        de: 'Deutsches Register Klinischer Studien (DRKS)',
        en: 'German Clinical Trials Register (DRKS)',
      },
    },
    ctis: { label: { de: 'EU-CTIS (EU-CT-Nummer)', en: 'EU CTIS (EU CT number)' } },
    euctr: {
      label: {
        de: 'EU Clinical Trials Register (EudraCT)',
        en: 'EU Clinical Trials Register (EudraCT)',
      },
    },
    isrctn: { label: { de: 'ISRCTN-Register', en: 'ISRCTN registry' } },
    'who-utn': { label: { de: 'WHO Universal Trial Number', en: 'WHO Universal Trial Number' } },
    sponsor: { label: { de: 'Kennung des Sponsors', en: "Sponsor's identifier" } },
    other: { label: { de: 'Anderes Register', en: 'Other registry' } },
  },
);
