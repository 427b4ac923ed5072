// The legacy ClinicalTrials.gov <clinical_study> XML → Trial. Elements follow the retired
// public.xsd (last version 2019), with the older element names of records downloaded before
// 2017 where they still have a place.

import {
  type CodeOf,
  type Contact,
  formats,
  type Intervention,
  type Outcome,
  type Publication,
  parseIdentifier,
  type Trial,
  type TrialDate,
  type TrialIdentifier,
  type TrialSite,
  type trialStatuses,
} from '@nrw-health/core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { TrialReader } from '../../formats';
import { finishTrial, unreadable } from '../../shared/finish';
import { countryCode } from '../../shared/places';
import { IssueLog, type ReadOptions, type RecordResult } from '../../shared/result';
import { track } from '../../shared/track';
import {
  addContact,
  ageBound,
  assumedDateKind,
  assumedEnrolmentKind,
  contact,
  ctgovStudyUrl,
  email,
  fold,
  httpUrl,
  partialDate,
  phoneWithExtension,
  publication,
  SecondaryIdentifiers,
  secondaryIdentifier,
  site,
  siteCountries,
} from './common';
import { isObject, type Lookup, lookup, type Obj, object, objects, type Path } from './fields';
import {
  ctgovLegacyAgencyClassMap,
  ctgovLegacyAllocationMap,
  ctgovLegacyDateTypeMap,
  ctgovLegacyHealthyVolunteersMap,
  ctgovLegacyInterventionModelMap,
  ctgovLegacyInterventionTypeMap,
  ctgovLegacyIpdSharingMap,
  ctgovLegacyMaskingMap,
  ctgovLegacyOfficialRoleMap,
  ctgovLegacyPhaseMap,
  ctgovLegacyPurposeMap,
  ctgovLegacySexMap,
  ctgovLegacySiteInvestigatorRoleMap,
  ctgovLegacyStatusMap,
  ctgovLegacyStudyTypeMap,
} from './tables';

type StatusCode = CodeOf<typeof trialStatuses>;

const statuses = lookup(ctgovLegacyStatusMap);
const phases = lookup(ctgovLegacyPhaseMap);
const studyTypes = lookup(ctgovLegacyStudyTypeMap);
const interventionTypes = lookup(ctgovLegacyInterventionTypeMap);
const agencyClasses = lookup(ctgovLegacyAgencyClassMap);
const allocations = lookup(ctgovLegacyAllocationMap);
const interventionModels = lookup(ctgovLegacyInterventionModelMap);
const purposes = lookup(ctgovLegacyPurposeMap);
const maskings = lookup(ctgovLegacyMaskingMap);
const sexes = lookup(ctgovLegacySexMap);
const ipdPlans = lookup(ctgovLegacyIpdSharingMap);
const dateTypes = lookup(ctgovLegacyDateTypeMap);
const officialRoles = lookup(ctgovLegacyOfficialRoleMap);
const investigatorRoles = lookup(ctgovLegacySiteInvestigatorRoleMap);
const healthyVolunteers = lookup(ctgovLegacyHealthyVolunteersMap);

// --- Parsing -------------------------------------------------------------------------------

// Elements that public.xsd allows more than once (maxOccurs="unbounded"), by their path below
// <clinical_study>: they are always arrays, even when a record has one.
const repeated = new Set([
  'id_info.secondary_id',
  'id_info.nct_alias',
  'sponsors.collaborator',
  'oversight_info.authority',
  'primary_outcome',
  'secondary_outcome',
  'other_outcome',
  'condition',
  'arm_group',
  'intervention',
  'intervention.arm_group_label',
  'intervention.other_name',
  'overall_official',
  'location',
  'location.investigator',
  'location_countries.country',
  'removed_countries.country',
  'link',
  'reference',
  'results_reference',
  'keyword',
  'condition_browse.mesh_term',
  'intervention_browse.mesh_term',
  'patient_data.ipd_info_type',
  'study_docs.study_doc',
  'provided_document_section.provided_document',
  'pending_results.submitted',
  'pending_results.returned',
  'pending_results.submission_canceled',
]);

function isRepeated(jPath: string): boolean {
  const parts = jPath.split('.');
  const study = parts.indexOf('clinical_study');
  // Studies inside a wrapper element, e.g. a collection of downloaded records.
  if (study > 0 && study === parts.length - 1) return true;
  if (study < 0) return false;
  const below = parts.slice(study + 1);
  if (repeated.has(below.join('.'))) return true;
  // In <clinical_results> every `…_list` holds repeated elements, and events repeat `counts`.
  return (
    below[0] === 'clinical_results' &&
    below.length > 1 &&
    (below[below.length - 2]!.endsWith('_list') || below[below.length - 1] === 'counts')
  );
}

// Names that would touch an object's prototype: fast-xml-parser refuses them with an error.
// Renamed, they are plain (and unmapped) fields; `#` cannot start an XML name, so no clash.
const reserved = new Set(['__proto__', 'constructor', 'prototype']);
const safeName = (name: string) => (reserved.has(name) ? `#${name}` : name);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // The five XML entities and character references are decoded; entities a DOCTYPE declares
  // are expanded only within tight limits, so no entity expansion can blow up.
  processEntities: {
    enabled: true,
    maxEntitySize: 1_000,
    maxEntityCount: 50,
    maxTotalExpansions: 1_000,
    maxExpandedLength: 100_000,
  },
  htmlEntities: true,
  isArray: (_name, jPath, _leaf, isAttribute) =>
    !isAttribute && typeof jPath === 'string' && isRepeated(jPath),
  transformTagName: safeName,
  transformAttributeName: safeName,
});

type Parsed = { ok: true; value: Obj } | { ok: false; params: Record<string, unknown> };

/** Parses XML text; malformed text gives the parser's reason and place instead. */
function parseXml(text: string): Parsed {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return { ok: false, params: { reason: msg, line, col } };
  }
  // The parser throws on input it refuses (entity limits, nesting depth): that is a property of
  // the input, reported like any other unreadable record.
  try {
    const value: unknown = parser.parse(text);
    return isObject(value) ? { ok: true, value } : { ok: false, params: {} };
  } catch (error) {
    return {
      ok: false,
      params: { reason: error instanceof Error ? error.message : String(error) },
    };
  }
}

/** The <clinical_study> elements of a parsed document: the root, or the children of a wrapper. */
function studiesOf(document: Obj): Obj[] {
  const found: Obj[] = [];
  const add = (value: unknown) => {
    for (const item of Array.isArray(value) ? value : [value]) if (isObject(item)) found.push(item);
  };
  if ('clinical_study' in document) add(document.clinical_study);
  else {
    for (const root of Object.values(document)) {
      if (isObject(root) && 'clinical_study' in root) add(root.clinical_study);
    }
  }
  return found;
}

/**
 * The <clinical_study> records of legacy ClinicalTrials.gov XML text, parsed. Text that is not
 * well-formed XML, or holds no study, is passed on whole, so that `read` reports why.
 */
export function* ctgovXmlRecords(document: unknown): Iterable<unknown> {
  if (typeof document !== 'string') return;
  const parsed = parseXml(document);
  const studies = parsed.ok ? studiesOf(parsed.value) : [];
  if (studies.length === 0) yield document;
  else yield* studies;
}

/**
 * Reads one legacy <clinical_study> record as a Trial: XML text, or a study as
 * `ctgovXmlRecords` yields it. Never throws.
 */
export function readCtgovXmlStudy(record: unknown, options?: ReadOptions): RecordResult<Trial> {
  const log = new IssueLog(options);
  let study: unknown = record;
  if (typeof record === 'string') {
    const parsed = parseXml(record);
    if (!parsed.ok) {
      log.source([], 'invalid_input', parsed.params);
      return { value: undefined, lost: [], issues: log.issues };
    }
    const studies = studiesOf(parsed.value);
    if (studies.length === 0) {
      log.source(['clinical_study'], 'required');
      return { value: undefined, lost: [], issues: log.issues };
    }
    if (studies.length > 1)
      log.source(['clinical_study'], 'too_big', { limit: 1, origin: 'array' });
    study = studies[0];
  } else if (isObject(record) && isObject(record.clinical_study)) {
    study = record.clinical_study;
  }
  const tracked = track(study);
  if (!isObject(study)) {
    log.source([], 'invalid_type', { expected: 'object' });
    return unreadable(tracked, log);
  }
  return finishTrial(mapStudy(tracked.root as Obj, log), tracked, log);
}

/** Legacy ClinicalTrials.gov <clinical_study> XML (`--from ctgov-xml`). */
export const ctgovXmlReader: TrialReader = {
  format: 'ctgov-xml',
  input: 'text',
  records: ctgovXmlRecords,
  read: readCtgovXmlStudy,
};

// --- Reading elements ------------------------------------------------------------------------

const listItem = /^(?:[-*•]|\d{1,3}[.)]|\(?[a-z][.)])\s/i;

/**
 * Text as the XML wraps it: hard line breaks at about 100 characters, indented to the element's
 * depth. Wrapped lines are joined again; paragraphs and list items stay on lines of their own.
 */
export function tidy(value: string): string {
  if (!value.includes('\n')) return value.trim();
  const paragraphs: string[] = [];
  for (const paragraph of value.split(/\n[ \t\r]*\n/)) {
    const lines: string[] = [];
    for (const raw of paragraph.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      if (lines.length === 0 || listItem.test(line)) lines.push(line);
      else lines[lines.length - 1] += ` ${line}`;
    }
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
  }
  return paragraphs.join('\n\n');
}

/** An element's text: a string, or `#text` of an element with attributes. */
function text(log: IssueLog, parent: Obj | undefined, key: string, at: Path) {
  if (!parent) return undefined;
  return textOf(log, parent[key], [...at, key]);
}

function textOf(log: IssueLog, value: unknown, at: Path): string | undefined {
  if (typeof value === 'string') {
    const tidied = tidy(value);
    return tidied === '' ? undefined : tidied;
  }
  if (isObject(value)) {
    // An element with attributes but no text is empty; one with children is not text.
    if (!('#text' in value)) {
      if (Object.keys(value).some((name) => !name.startsWith('@_'))) {
        log.source(at, 'invalid_type', { expected: 'string' });
      }
      return undefined;
    }
    return textOf(log, value['#text'], [...at, '#text']);
  }
  if (value !== undefined && value !== null) log.source(at, 'invalid_type', { expected: 'string' });
  return undefined;
}

/** The texts of a repeated element. */
function texts(log: IssueLog, parent: Obj | undefined, key: string, at: Path) {
  const value = parent?.[key];
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  const found: { value: string; at: Path }[] = [];
  for (let index = 0; index < items.length; index++) {
    const itemAt = Array.isArray(value) ? [...at, key, index] : [...at, key];
    const item = textOf(log, items[index], itemAt);
    if (item !== undefined) found.push({ value: item, at: itemAt });
  }
  return found;
}

/** A `textblock_struct`: the text of its <textblock>. */
const textblock = (log: IssueLog, parent: Obj | undefined, key: string, at: Path) =>
  text(log, object(log, parent, key, at), 'textblock', [...at, key]);

/** An attribute of an element, which may be plain text when the attribute is missing. */
function attribute(log: IssueLog, parent: Obj | undefined, key: string, name: string, at: Path) {
  const element = parent?.[key];
  if (!isObject(element)) return undefined;
  return textOf(log, element[`@_${name}`], [...at, key, `@_${name}`]);
}

/** A code through a lookup table, or `undefined` (with an issue when the value is unknown). */
function coded<T>(log: IssueLog, table: Lookup<T>, value: string | undefined, at: Path) {
  return value === undefined ? undefined : table.find(log, value, at);
}

const monthNumbers: Readonly<Record<string, string>> = {
  january: '01',
  february: '02',
  march: '03',
  april: '04',
  may: '05',
  june: '06',
  july: '07',
  august: '08',
  september: '09',
  october: '10',
  november: '11',
  december: '12',
};

const legacyDatePattern = /^([A-Za-z]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/;

/** "January 15, 2020" → 2020-01-15, "January 2020" → 2020-01; "Unknown" is no date. */
function legacyDate(log: IssueLog, value: string | undefined, at: Path) {
  if (value === undefined || /^unknown$/i.test(value)) return undefined;
  const match = legacyDatePattern.exec(value);
  const month = match && Object.hasOwn(monthNumbers, match[1]!.toLowerCase());
  if (match && month) {
    const [, name, day, year] = match;
    const date = `${year}-${monthNumbers[name!.toLowerCase()]}${day ? `-${day.padStart(2, '0')}` : ''}`;
    return partialDate(log, date, at);
  }
  return partialDate(log, value, at);
}

/** A date element; its `type` attribute says actual or anticipated. */
function dateElement(log: IssueLog, parent: Obj | undefined, key: string, at: Path) {
  const date = legacyDate(log, text(log, parent, key, at), [...at, key]);
  if (date === undefined) return undefined;
  const type = attribute(log, parent, key, 'type', at);
  return { date, kind: coded(log, dateTypes, type, [...at, key, '@_type']) };
}

/** "Jane Doe, MD": the name parts of a `contact_struct` or `investigator_struct`. */
function personName(log: IssueLog, element: Obj, at: Path) {
  const parts = ['first_name', 'middle_name', 'last_name'].flatMap(
    (key) => text(log, element, key, at) ?? [],
  );
  const degrees = text(log, element, 'degrees', at);
  const name = parts.join(' ');
  return name && degrees ? `${name}, ${degrees}` : name || undefined;
}

function personContact(log: IssueLog, element: Obj, at: Path, role: Contact['role']) {
  return contact(
    {
      name: personName(log, element, at),
      email: email(log, text(log, element, 'email', at), [...at, 'email']),
      phone: phoneWithExtension(
        text(log, element, 'phone', at),
        text(log, element, 'phone_ext', at),
      ),
    },
    role,
  );
}

/** The elements of a repeated element, arrays or not. */
function elements(log: IssueLog, parent: Obj | undefined, key: string, at: Path) {
  const value = parent?.[key];
  if (value !== undefined && !Array.isArray(value)) {
    const single = object(log, parent, key, at);
    return single ? [{ item: single, at: [...at, key] }] : [];
  }
  return objects(log, parent, key, at);
}

// --- Mapping ---------------------------------------------------------------------------------

function mapStudy(study: Obj, log: IssueLog): Record<string, unknown> {
  const header = object(log, study, 'required_header', []);
  const headerUrl = httpUrl(log, text(log, header, 'url', ['required_header']), [
    'required_header',
    'url',
  ]);
  const downloaded = text(log, header, 'download_date', ['required_header']);

  const identification = identify(log, study);
  const nct = identification.primary?.id;
  const url = nct ? ctgovStudyUrl(nct) : undefined;
  const state = status(log, study);
  const sites = elements(log, study, 'location', []).map(({ item, at }) => location(log, item, at));
  const countries = siteCountries(sites);
  for (const { value, at } of texts(log, object(log, study, 'location_countries', []), 'country', [
    'location_countries',
  ])) {
    const code = countryCode(value);
    if (!code) log.source(at, 'unknown_code', { value });
    else if (!countries.includes(code)) countries.push(code);
  }
  const resultsPosted = state.dates.resultsPosted;

  return {
    identifiers: { primary: identification.primary, secondary: identification.secondary },
    title: identification.title,
    summary: english(textblock(log, study, 'brief_summary', [])),
    description: english(textblock(log, study, 'detailed_description', [])),
    status: state.status,
    whyStopped: text(log, study, 'why_stopped', []),
    ...design(log, study, state.status.code),
    dates: state.dates,
    conditions: texts(log, study, 'condition', []).map(({ value }) => ({ text: value })),
    interventions: interventions(log, study),
    keywords: texts(log, study, 'keyword', []).map(({ value }) => value),
    sponsors: sponsors(log, study),
    contacts: contacts(log, study),
    countries,
    eligibility: eligibility(log, study),
    outcomes: outcomes(log, study),
    ipdSharing: ipdSharing(log, study),
    results: {
      url: resultsPosted && nct ? `${ctgovStudyUrl(nct)}?tab=results` : undefined,
      publications: elements(log, study, 'results_reference', []).map(({ item, at }) =>
        publication(log, text(log, item, 'citation', at), text(log, item, 'PMID', at), [
          ...at,
          'PMID',
        ]),
      ) as Publication[],
    },
    sites,
    url,
    provenance: {
      sources: [
        {
          registry: 'ctgov',
          recordId: nct,
          published: state.firstPosted,
          lastUpdated: state.dates.lastUpdated,
          retrieved: downloadDate(downloaded),
          // The address the record gives for itself (`/show/NCT…`, from before 2023).
          url: headerUrl ?? url,
        },
      ],
    },
  };
}

const english = (value: string | undefined) => (value === undefined ? undefined : { en: value });

const downloadPattern =
  /(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s*(\d{4})/i;

/** "ClinicalTrials.gov processed this data on May 11, 2018": the day the record was exported. */
function downloadDate(value: string | undefined): string | undefined {
  const match = value === undefined ? null : downloadPattern.exec(value);
  if (!match) return undefined;
  const [, month, day, year] = match;
  const date = `${year}-${monthNumbers[month!.toLowerCase()]}-${day!.padStart(2, '0')}`;
  return formats.partialDate.pattern.test(date) ? date : undefined;
}

function identify(log: IssueLog, study: Obj) {
  const at = ['id_info'];
  const info = object(log, study, 'id_info', []);
  const nctId = text(log, info, 'nct_id', at);
  let primary: TrialIdentifier | undefined;
  if (nctId === undefined) log.source([...at, 'nct_id'], 'required');
  else primary = nct(log, nctId, [...at, 'nct_id']);

  const secondary = new SecondaryIdentifiers(log, primary);
  for (const alias of texts(log, info, 'nct_alias', at)) {
    const id = nct(log, alias.value, alias.at);
    if (id) secondary.add(id, alias.at);
  }
  const orgStudyId = text(log, info, 'org_study_id', at);
  if (orgStudyId) {
    // <source> is the organisation that provides the record and issued its own number.
    const issuer = text(log, study, 'source', []);
    secondary.add({ registry: 'sponsor', id: orgStudyId, issuer }, [...at, 'org_study_id']);
  }
  for (const { value, at: idAt } of texts(log, info, 'secondary_id', at)) {
    secondary.add(secondaryIdentifier(log, value, undefined, undefined, idAt), idAt);
  }

  const brief = text(log, study, 'brief_title', []);
  const official = text(log, study, 'official_title', []);
  return {
    primary,
    secondary: secondary.list,
    title: {
      public: english(brief ?? official),
      scientific: english(official),
      acronym: text(log, study, 'acronym', []),
    },
  };
}

function nct(log: IssueLog, value: string, at: Path): TrialIdentifier | undefined {
  const parsed = parseIdentifier('nct', value);
  if (parsed.ok) return { registry: 'ctgov', id: parsed.value };
  log.source(at, 'invalid_format', { format: formats.nct });
  return undefined;
}

function status(log: IssueLog, study: Obj) {
  const overall = text(log, study, 'overall_status', []);
  if (overall === undefined) log.source(['overall_status'], 'required');
  const code: StatusCode = coded(log, statuses, overall, ['overall_status']) ?? 'unknown';

  const date = (key: string) => legacyDate(log, text(log, study, key, []), [key]);
  const posted = (key: string) => dateElement(log, study, key, [])?.date;
  const lastUpdated = posted('last_update_posted') ?? date('lastchanged_date');
  const dated = (key: string, event: 'start' | 'completion'): TrialDate | undefined => {
    const found = dateElement(log, study, key, []);
    if (!found) return undefined;
    return {
      date: found.date,
      kind: found.kind ?? assumedDateKind(event, found.date, code, lastUpdated),
    };
  };

  return {
    status: { code, original: overall },
    firstPosted: posted('study_first_posted'),
    dates: {
      // `firstreceived_date` is the name of `study_first_submitted` before 2017.
      registered: date('study_first_submitted') ?? date('firstreceived_date'),
      start: dated('start_date', 'start'),
      primaryCompletion: dated('primary_completion_date', 'completion'),
      completion: dated('completion_date', 'completion'),
      resultsPosted: posted('results_first_posted'),
      statusVerified: date('verification_date'),
      lastUpdated,
    },
  };
}

function sponsors(log: IssueLog, study: Obj) {
  const at = ['sponsors'];
  const element = object(log, study, 'sponsors', []);
  const lead = object(log, element, 'lead_sponsor', at);
  const found = [lead && sponsor(log, lead, [...at, 'lead_sponsor'], 'primary')];
  for (const { item, at: itemAt } of elements(log, element, 'collaborator', at)) {
    found.push(sponsor(log, item, itemAt, 'collaborator'));
  }
  return found;
}

function sponsor(log: IssueLog, element: Obj, at: Path, role: 'primary' | 'collaborator') {
  const name = text(log, element, 'agency', at);
  if (!name) {
    log.source([...at, 'agency'], 'required');
    return undefined;
  }
  const originalClass = text(log, element, 'agency_class', at);
  return {
    name,
    role,
    class: coded(log, agencyClasses, originalClass, [...at, 'agency_class']),
    originalClass,
  };
}

function design(log: IssueLog, study: Obj, status: StatusCode) {
  const rawType = text(log, study, 'study_type', []);
  if (rawType === undefined) log.source(['study_type'], 'required');
  const typeCode = coded(log, studyTypes, rawType, ['study_type']) ?? 'other';

  const rawPhase = text(log, study, 'phase', []);
  const phaseCodes = coded(log, phases, rawPhase, ['phase']);

  const at = ['study_design_info'];
  const info = object(log, study, 'study_design_info', []);
  const field = (key: string) => text(log, info, key, at);
  const masking = field('masking');
  const maskingWord = masking?.split(/[\s(]/, 1)[0];
  // "Double (Participant, Investigator)": who is masked, in brackets; "(Open Label)" says none.
  const masked = masking && /\(([^)]*)\)/.exec(masking)?.[1];
  const purpose = field('primary_purpose');
  const purposeCode = coded(log, purposes, purpose, [...at, 'primary_purpose']);
  const observational = field('observational_model');
  const perspective = field('time_perspective');
  const targetDuration = text(log, study, 'target_duration', []);
  const lines = [
    // Before 2017 the design was one comma-separated text.
    text(log, study, 'study_design', []),
    field('intervention_model_description'),
    observational && `Observational model: ${observational}`,
    perspective && `Time perspective: ${perspective}`,
    masked && !/open label/i.test(masked) ? `Masked: ${masked}` : undefined,
    field('masking_description'),
    // Educational/Counseling/Training has no code of its own: the words keep it.
    purposeCode === 'other' && !/^other$/i.test(purpose ?? '')
      ? `Primary purpose: ${purpose}`
      : undefined,
    rawType && /patient registry/i.test(rawType) ? 'Patient registry' : undefined,
    targetDuration && `Target duration: ${targetDuration}`,
  ].filter((line): line is string => Boolean(line));

  const enrolled = enrolment(log, study);
  const kind = enrolled === undefined ? undefined : (enrolled.kind ?? assumedEnrolmentKind(status));
  const allocation = field('allocation');
  const model = field('intervention_model');
  return {
    studyType: { code: typeCode, original: rawType },
    phase: phaseCodes ? { codes: phaseCodes, original: rawPhase } : undefined,
    design: {
      allocation: coded(log, allocations, allocation, [...at, 'allocation']),
      model: coded(log, interventionModels, model, [...at, 'intervention_model']),
      masking: coded(log, maskings, maskingWord, [...at, 'masking']),
      purpose: purposeCode,
      description: english(lines.length > 0 ? lines.join('\n') : undefined),
    },
    enrolment: {
      target: kind === 'estimated' ? enrolled?.count : undefined,
      actual: kind === 'actual' ? enrolled?.count : undefined,
    },
  };
}

function enrolment(log: IssueLog, study: Obj) {
  const value = text(log, study, 'enrollment', []);
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value)) {
    log.source(['enrollment'], 'invalid_type', { expected: 'int' });
    return undefined;
  }
  const type = attribute(log, study, 'enrollment', 'type', []);
  return {
    count: Number(value),
    kind: coded(log, dateTypes, type, ['enrollment', '@_type']),
  };
}

function interventions(log: IssueLog, study: Obj): Intervention[] {
  const found: Intervention[] = [];
  for (const { item, at } of elements(log, study, 'intervention', [])) {
    const name = text(log, item, 'intervention_name', at);
    if (!name) {
      log.source([...at, 'intervention_name'], 'required');
      continue;
    }
    const originalType = text(log, item, 'intervention_type', at);
    found.push({
      name,
      type: coded(log, interventionTypes, originalType, [...at, 'intervention_type']),
      originalType,
      description: text(log, item, 'description', at),
    });
  }
  return found;
}

function outcomes(log: IssueLog, study: Obj): Outcome[] {
  const found: Outcome[] = [];
  const kinds = [
    ['primary_outcome', 'primary'],
    ['secondary_outcome', 'secondary'],
    ['other_outcome', 'other'],
  ] as const;
  for (const [key, type] of kinds) {
    for (const { item, at } of elements(log, study, key, [])) {
      const measure = text(log, item, 'measure', at);
      if (!measure) {
        log.source([...at, 'measure'], 'required');
        continue;
      }
      found.push({
        type,
        measure,
        timeFrame: text(log, item, 'time_frame', at),
        description: text(log, item, 'description', at),
      });
    }
  }
  return found;
}

function eligibility(log: IssueLog, study: Obj) {
  const at = ['eligibility'];
  const element = object(log, study, 'eligibility', []);
  const sex = text(log, element, 'gender', at);
  const healthy = text(log, element, 'healthy_volunteers', at);
  const age = (key: string) => ageBound(log, text(log, element, key, at), [...at, key]);
  return {
    sex: coded(log, sexes, sex, [...at, 'gender']),
    minimumAge: age('minimum_age'),
    maximumAge: age('maximum_age'),
    healthyVolunteers: coded(log, healthyVolunteers, healthy, [...at, 'healthy_volunteers']),
    criteria: english(textblock(log, element, 'criteria', at)),
  };
}

function contacts(log: IssueLog, study: Obj): Contact[] {
  const found: Contact[] = [];
  for (const key of ['overall_contact', 'overall_contact_backup']) {
    const element = object(log, study, key, []);
    if (element) addContact(found, personContact(log, element, [key], 'public'));
  }
  for (const { item, at } of elements(log, study, 'overall_official', [])) {
    const role = text(log, item, 'role', at);
    addContact(
      found,
      contact(
        { name: personName(log, item, at), affiliation: text(log, item, 'affiliation', at) },
        coded(log, officialRoles, role, [...at, 'role']) ?? 'scientific',
      ),
    );
  }
  // The responsible party, when an investigator, is the study's principal investigator.
  const party = object(log, study, 'responsible_party', []);
  const investigator = text(log, party, 'investigator_full_name', ['responsible_party']);
  if (investigator) {
    const known = found.some(
      (person) =>
        person.role === 'principal-investigator' && fold(person.name ?? '') === fold(investigator),
    );
    if (!known) {
      addContact(
        found,
        contact(
          {
            name: investigator,
            affiliation: text(log, party, 'investigator_affiliation', ['responsible_party']),
          },
          'principal-investigator',
        ),
      );
    }
  }
  return found;
}

function location(log: IssueLog, item: Obj, at: Path): TrialSite {
  const facility = object(log, item, 'facility', at);
  const facilityAt = [...at, 'facility'];
  const address = object(log, facility, 'address', facilityAt);
  const addressAt = [...facilityAt, 'address'];
  const found = site(log, {
    facility: text(log, facility, 'name', facilityAt),
    city: text(log, address, 'city', addressAt),
    state: text(log, address, 'state', addressAt),
    postalCode: text(log, address, 'zip', addressAt),
    country: text(log, address, 'country', addressAt),
    countryAt: [...addressAt, 'country'],
  });
  const rawStatus = text(log, item, 'status', at);
  const code = coded(log, statuses, rawStatus, [...at, 'status']);
  const people: Contact[] = [];
  for (const key of ['contact', 'contact_backup']) {
    const element = object(log, item, key, at);
    if (element) addContact(people, personContact(log, element, [...at, key], 'site'));
  }
  for (const { item: person, at: personAt } of elements(log, item, 'investigator', at)) {
    const role = text(log, person, 'role', personAt);
    addContact(
      people,
      contact(
        { name: personName(log, person, personAt) },
        coded(log, investigatorRoles, role, [...personAt, 'role']) ?? 'site',
      ),
    );
  }
  return {
    ...found,
    status: code ? { code, original: rawStatus } : undefined,
    contacts: people,
  } as TrialSite;
}

function ipdSharing(log: IssueLog, study: Obj) {
  const at = ['patient_data'];
  const element = object(log, study, 'patient_data', []);
  const raw = text(log, element, 'sharing_ipd', at);
  const plan = coded(log, ipdPlans, raw, [...at, 'sharing_ipd']);
  // Without a plan the statement has no place; its other fields stay unread.
  if (!plan) return undefined;
  const infoTypes = texts(log, element, 'ipd_info_type', at).map(({ value }) => value);
  const timeFrame = text(log, element, 'ipd_time_frame', at);
  const access = text(log, element, 'ipd_access_criteria', at);
  const parts = [
    text(log, element, 'ipd_description', at),
    infoTypes.length > 0 ? `Supporting information: ${infoTypes.join(', ')}` : undefined,
    timeFrame && `Time frame: ${timeFrame}`,
    access && `Access criteria: ${access}`,
  ].filter((part): part is string => Boolean(part));
  return {
    plan,
    description: parts.length > 0 ? parts.join('\n\n') : undefined,
    url: httpUrl(log, text(log, element, 'ipd_url', at), [...at, 'ipd_url']),
  };
}
