/**
 * The columns of the WHO ICTRP search portal's CSV export, verbatim and in its order (the XML
 * export names the same items with underscores: `Public_title`, `Date_enrollement`). The
 * spellings are the portal's own: "Date enrollement", "Inclusion agemin", "results yes no".
 */
export const ictrpExportColumns = [
  'TrialID',
  'Last Refreshed on',
  'Public title',
  'Scientific title',
  'Acronym',
  'Primary sponsor',
  'Date registration',
  'Date registration3',
  'Export date',
  'Source Register',
  'web address',
  'Recruitment Status',
  'other records',
  'Inclusion agemin',
  'Inclusion agemax',
  'Inclusion gender',
  'Date enrollement',
  'Target size',
  'Study type',
  'Study design',
  'Phase',
  'Countries',
  'Contact Firstname',
  'Contact Lastname',
  'Contact Address',
  'Contact Email',
  'Contact Tel',
  'Contact Affiliation',
  'Inclusion Criteria',
  'Exclusion Criteria',
  'Condition',
  'Intervention',
  'Primary outcome',
  'Secondary outcome',
  'Secondary ID',
  'Source Name',
  'Secondary Sponsor',
  'Ethics Status',
  'Ethics Approval Date',
  'Ethics Contact Name',
  'Ethics Contact Address',
  'Ethics Contact Phone',
  'Ethics Contact Email',
  'results yes no',
  'results date posted',
  'results url link',
  'results url protocol',
  'results date completed',
  'results date first publication',
  'results summary',
  'results baseline char',
  'results adverse events',
  'results outcome measures',
  'results ipd plan',
  'results ipd description',
  'Prospective registration',
  'Bridging flag truefalse',
  'Bridged type',
] as const;

export type IctrpColumn = (typeof ictrpExportColumns)[number];

/**
 * A header as the reader matches it: case, spaces and underscores do not matter, so the CSV
 * export (`Public title`), the XML names (`Public_title`) and re-exports (`PUBLIC_TITLE`) agree.
 */
export const columnKey = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

/**
 * The columns `writeIctrpCsv` writes: the export's own names, for the items of the WHO Trial
 * Registration Data Set (TRDS) that the model holds, and what each one is made of.
 */
export const ictrpCsvColumns = [
  { column: 'TrialID', trds: 1, field: 'identifiers.primary (EudraCT numbers as EUCTR…)' },
  { column: 'Last Refreshed on', field: 'dates.lastUpdated' },
  { column: 'Public title', trds: 9, field: 'title.public' },
  { column: 'Scientific title', trds: 10, field: 'title.scientific' },
  { column: 'Acronym', trds: 9, field: 'title.acronym' },
  { column: 'Primary sponsor', trds: 5, field: 'sponsors (role primary), ";"-separated' },
  { column: 'Date registration', trds: 2, field: 'dates.registered' },
  { column: 'Source Register', trds: 1, field: 'the primary registry, or its issuer' },
  { column: 'web address', field: 'url' },
  { column: 'Recruitment Status', trds: 18, field: 'status.code as an English label' },
  { column: 'Inclusion agemin', trds: 14, field: 'eligibility.minimumAge ("18 Years")' },
  { column: 'Inclusion agemax', trds: 14, field: 'eligibility.maximumAge' },
  { column: 'Inclusion gender', trds: 14, field: 'eligibility.sex (All, Female, Male)' },
  { column: 'Date enrollement', trds: 16, field: 'dates.start' },
  { column: 'Target size', trds: 17, field: 'enrolment.target' },
  { column: 'Study type', trds: 15, field: 'studyType.code as an English label' },
  {
    column: 'Study design',
    trds: 15,
    field: 'design: "Allocation: …. Intervention model: …. Masking: …. Primary purpose: …."',
  },
  { column: 'Phase', trds: 15, field: 'phase.codes ("Phase 2/Phase 3")' },
  { column: 'Countries', trds: 11, field: 'countries as English names, ";"-separated' },
  { column: 'Contact Lastname', trds: 7, field: 'contacts (public, scientific): name' },
  { column: 'Contact Address', trds: 7, field: 'contacts: address' },
  { column: 'Contact Email', trds: 7, field: 'contacts: email' },
  { column: 'Contact Tel', trds: 7, field: 'contacts: phone' },
  { column: 'Contact Affiliation', trds: 7, field: 'contacts: affiliation' },
  { column: 'Inclusion Criteria', trds: 14, field: 'eligibility.inclusion, else .criteria' },
  { column: 'Exclusion Criteria', trds: 14, field: 'eligibility.exclusion' },
  { column: 'Condition', trds: 12, field: 'conditions[].text, ";"-separated' },
  { column: 'Intervention', trds: 13, field: 'interventions as "Drug: name", ";"-separated' },
  { column: 'Primary outcome', trds: 19, field: 'outcomes (primary): measure' },
  { column: 'Secondary outcome', trds: 20, field: 'outcomes (secondary, other): measure' },
  { column: 'Secondary ID', trds: 3, field: 'identifiers.secondary, ";"-separated' },
  { column: 'Source Name', trds: 4, field: 'sponsors (role funder)' },
  { column: 'Secondary Sponsor', trds: 6, field: 'sponsors (roles secondary, collaborator)' },
  { column: 'Ethics Status', trds: 21, field: 'ethics.status as an English label' },
  { column: 'Ethics Approval Date', trds: 21, field: 'ethics.approved' },
  { column: 'Ethics Contact Name', trds: 21, field: 'ethics.committees: name' },
  { column: 'Ethics Contact Address', trds: 21, field: 'ethics.committees: address' },
  { column: 'Ethics Contact Phone', trds: 21, field: 'ethics.committees: phone' },
  { column: 'Ethics Contact Email', trds: 21, field: 'ethics.committees: email' },
  { column: 'results date posted', trds: 23, field: 'dates.resultsPosted' },
  { column: 'results url link', trds: 23, field: 'results.url' },
  { column: 'results date completed', trds: 22, field: 'dates.completion, when actual' },
  { column: 'results summary', trds: 23, field: 'results.summary' },
  { column: 'results ipd plan', trds: 24, field: 'ipdSharing.plan (Yes, No, Undecided)' },
  { column: 'results ipd description', trds: 24, field: 'ipdSharing.description' },
] as const satisfies readonly { column: IctrpColumn; trds?: number; field: string }[];
