import type { LocalizedText, Trial, TrialIdentifier } from '@nrw-health/core';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import Papa from 'papaparse';
import {
  ictrpEthicsLabels,
  ictrpInterventionTypeLabels,
  ictrpPhaseLabel,
  ictrpRegisterNames,
  ictrpStatusLabels,
  ictrpStudyTypeLabels,
} from './codes';
import { ictrpCsvColumns } from './columns';

countries.registerLocale(en);

export interface IctrpCsvOptions {
  /**
   * `en` (default): `,` between cells. `de`: `;` between cells and a byte-order mark, as German
   * spreadsheet programs expect. Texts are English where the trial has them, in both dialects:
   * English is the language of ICTRP.
   */
  readonly dialect?: 'en' | 'de';
}

const header = ictrpCsvColumns.map((entry) => entry.column);
type Column = (typeof header)[number];

/** Cells that a spreadsheet would run as a formula get a leading `'`. */
const neutralise = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** English, else German, else any language. */
function textOf(text: LocalizedText | undefined): string | undefined {
  if (!text) return undefined;
  return text.en ?? text.de ?? Object.values(text)[0];
}

/** An item of a `;`-separated list: a `;` or line break inside it would split it when read. */
const item = (text: string) => text.replace(/\s*;\s*/g, ', ').replace(/\s*[\r\n]+\s*/g, ' ');
const list = (items: readonly (string | undefined)[]) =>
  items.some((entry) => entry !== undefined)
    ? items.map((entry) => (entry === undefined ? '' : item(entry))).join(';')
    : undefined;

function trialIdOf(identifier: TrialIdentifier): string {
  return identifier.registry === 'euctr' ? `EUCTR${identifier.id}` : identifier.id;
}

function registerOf(identifier: TrialIdentifier): string | undefined {
  if (identifier.registry === 'other' || identifier.registry === 'sponsor') {
    return identifier.issuer;
  }
  return ictrpRegisterNames[identifier.registry];
}

const ageOf = (age: { value: number; unit: string } | undefined) =>
  age && `${age.value} ${age.unit.charAt(0).toUpperCase()}${age.unit.slice(1)}`;

const designLabels = {
  allocation: {
    randomised: 'Randomized',
    'non-randomised': 'Non-Randomized',
    'not-applicable': 'N/A',
  },
  model: {
    'single-group': 'Single Group Assignment',
    parallel: 'Parallel Assignment',
    crossover: 'Crossover Assignment',
    factorial: 'Factorial Assignment',
    sequential: 'Sequential Assignment',
    other: 'Other',
  },
  masking: {
    none: 'None (Open Label)',
    single: 'Single',
    double: 'Double',
    triple: 'Triple',
    quadruple: 'Quadruple',
  },
  purpose: {
    treatment: 'Treatment',
    prevention: 'Prevention',
    diagnostic: 'Diagnostic',
    'supportive-care': 'Supportive Care',
    screening: 'Screening',
    'health-services-research': 'Health Services Research',
    'basic-science': 'Basic Science',
    'device-feasibility': 'Device Feasibility',
    other: 'Other',
  },
} as const;

/** "Allocation: Randomized. Masking: Double." and the design's own description. */
function designOf(design: Trial['design']): string | undefined {
  if (!design) return undefined;
  const codes = [
    design.allocation && `Allocation: ${designLabels.allocation[design.allocation]}.`,
    design.model && `Intervention model: ${designLabels.model[design.model]}.`,
    design.masking && `Masking: ${designLabels.masking[design.masking]}.`,
    design.purpose && `Primary purpose: ${designLabels.purpose[design.purpose]}.`,
  ]
    .filter((part) => part)
    .join(' ');
  const description = textOf(design.description);
  // A description read from ICTRP already holds the codes in these words.
  if (
    description &&
    /(allocation|intervention model|masking|primary purpose)\s*:/i.test(description)
  ) {
    return description;
  }
  return [codes, description].filter((part) => part).join(' ') || undefined;
}

/** The cells of one trial, by column. */
function cellsOf(trial: Trial): Partial<Record<Column, string | undefined>> {
  const primary = trial.identifiers.primary;
  const sponsors = (...roles: string[]) =>
    list(
      (trial.sponsors ?? []).filter((sponsor) => roles.includes(sponsor.role)).map((s) => s.name),
    );
  const contacts = (trial.contacts ?? []).filter(
    (contact) => contact.role === 'public' || contact.role === 'scientific',
  );
  const outcomes = (...types: string[]) =>
    (trial.outcomes ?? [])
      .filter((outcome) => types.includes(outcome.type))
      .map((outcome) => item(outcome.measure))
      .join(';') || undefined;
  const committees = trial.ethics?.committees ?? [];
  const completion = trial.dates?.completion;
  return {
    TrialID: trialIdOf(primary),
    'Last Refreshed on': trial.dates?.lastUpdated,
    'Public title': textOf(trial.title.public),
    'Scientific title': textOf(trial.title.scientific),
    Acronym: trial.title.acronym,
    'Primary sponsor': sponsors('primary'),
    'Date registration': trial.dates?.registered,
    'Source Register': registerOf(primary),
    'web address': trial.url,
    'Recruitment Status': ictrpStatusLabels[trial.status.code],
    'Inclusion agemin': ageOf(trial.eligibility?.minimumAge),
    'Inclusion agemax': ageOf(trial.eligibility?.maximumAge),
    'Inclusion gender':
      trial.eligibility?.sex &&
      { all: 'All', female: 'Female', male: 'Male' }[trial.eligibility.sex],
    'Date enrollement': trial.dates?.start?.date,
    'Target size': trial.enrolment?.target?.toString(),
    'Study type': ictrpStudyTypeLabels[trial.studyType.code],
    'Study design': designOf(trial.design),
    Phase: trial.phase && ictrpPhaseLabel(trial.phase.codes),
    Countries: list((trial.countries ?? []).map((code) => countries.getName(code, 'en') ?? code)),
    'Contact Lastname': list(contacts.map((contact) => contact.name)),
    'Contact Address': list(contacts.map((contact) => contact.address)),
    'Contact Email': list(contacts.map((contact) => contact.email)),
    'Contact Tel': list(contacts.map((contact) => contact.phone)),
    'Contact Affiliation': list(contacts.map((contact) => contact.affiliation)),
    'Inclusion Criteria': textOf(trial.eligibility?.inclusion ?? trial.eligibility?.criteria),
    'Exclusion Criteria': textOf(trial.eligibility?.exclusion),
    Condition: list((trial.conditions ?? []).map((condition) => condition.text)),
    Intervention: list(
      (trial.interventions ?? []).map((intervention) =>
        intervention.type
          ? `${ictrpInterventionTypeLabels[intervention.type]}: ${intervention.name}`
          : intervention.name,
      ),
    ),
    'Primary outcome': outcomes('primary'),
    'Secondary outcome': outcomes('secondary', 'other'),
    'Secondary ID': list((trial.identifiers.secondary ?? []).map((identifier) => identifier.id)),
    'Source Name': sponsors('funder'),
    'Secondary Sponsor': sponsors('secondary', 'collaborator'),
    'Ethics Status': trial.ethics?.status && ictrpEthicsLabels[trial.ethics.status],
    'Ethics Approval Date': trial.ethics?.approved,
    'Ethics Contact Name': list(committees.map((committee) => committee.name)),
    'Ethics Contact Address': list(committees.map((committee) => committee.address)),
    'Ethics Contact Phone': list(committees.map((committee) => committee.phone)),
    'Ethics Contact Email': list(committees.map((committee) => committee.email)),
    'results date posted': trial.dates?.resultsPosted,
    'results url link': trial.results?.url,
    'results date completed': completion?.kind === 'actual' ? completion.date : undefined,
    'results summary': textOf(trial.results?.summary),
    'results ipd plan':
      trial.ipdSharing && { yes: 'Yes', no: 'No', undecided: 'Undecided' }[trial.ipdSharing.plan],
    'results ipd description': trial.ipdSharing?.description,
  };
}

/** Writes ICTRP CSV line by line: the header first, then one line per trial. */
export function createIctrpCsvWriter(options: IctrpCsvOptions = {}) {
  const dialect = options.dialect ?? 'en';
  const config = { delimiter: dialect === 'de' ? ';' : ',', newline: '\r\n', header: false };
  const line = (cells: readonly string[]) => `${Papa.unparse([cells], config)}\r\n`;
  return {
    /** The header line, after a byte-order mark in the German dialect. */
    start: (): string => `${dialect === 'de' ? '\uFEFF' : ''}${line(header)}`,
    /** One trial as one CSV line (a cell with line breaks is quoted and spans lines). */
    record: (trial: Trial): string => {
      const cells = cellsOf(trial);
      return line(header.map((column) => neutralise(cells[column] ?? '')));
    },
  };
}

/**
 * Trials as an ICTRP-style CSV: the columns of the ICTRP search portal's export that carry the
 * TRDS items (`ictrpCsvColumns`). Dates are ISO 8601 at the trial's own precision (`2024-05`),
 * lists are `;`-separated, and cells that a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@`) get a leading `'`, which `ictrpReader` takes off again.
 */
export function writeIctrpCsv(trials: Iterable<Trial>, options: IctrpCsvOptions = {}): string {
  const writer = createIctrpCsvWriter(options);
  let csv = writer.start();
  for (const trial of trials) csv += writer.record(trial);
  return csv;
}
