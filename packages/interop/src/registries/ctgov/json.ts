// ClinicalTrials.gov API v2 JSON → Trial. Field names and enums follow the official OpenAPI spec
// (ctg-oas-v2.yaml) and the study data model (/api/v2/studies/metadata).
//
// Built for speed: each value of the parsed study is read once, straight from the record, checked
// as it is read and put into a trial that is built compact and in the model's key order. No marks,
// no proxy, no compact pass: json-reads.ts knows what the reader reads and lists the rest as lost,
// walking only what the reader looked into. What the mapping guarantees is not validated again;
// what it cannot guarantee (required fields, cross-field rules) is checked, and a trial that
// fails goes through core's validateTrial for its issues. The reference reader (json-tracked.ts:
// plain field readers through a tracking proxy, then compact and validateTrial) must give
// exactly the same results, which json.agree.test.ts holds this reader to.
import {
  type CodeOf,
  type Condition,
  type Contact,
  formats,
  type Intervention,
  type Outcome,
  parseIdentifier,
  type Trial,
  type TrialDate,
  type TrialIdentifier,
  type TrialSite,
  trialRules,
  type trialStatuses,
  validateTrial,
} from '@nrw-health/core';
import type { TrialReader } from '../../formats';
import { countryCode, nrwDistrictOf } from '../../shared/places';
import { IssueLog, type LostField, type ReadOptions, type RecordResult } from '../../shared/result';
import { ReadMarks } from '../../shared/track';
import {
  ageBound,
  assumedDateKind,
  assumedEnrolmentKind,
  ctgovStudyUrl,
  fold,
  meshSystem,
  phoneWithExtension,
  publication,
  SecondaryIdentifiers,
  secondaryIdentifier,
} from './common';
import { isObject, type Obj, type Path } from './fields';
import { lostFields, type ReadFlags } from './json-reads';
import {
  ctgovAgencyClassMap,
  ctgovAllocationMap,
  ctgovCentralContactRoleMap,
  ctgovDateTypeMap,
  ctgovInterventionModelMap,
  ctgovInterventionTypeMap,
  ctgovIpdInfoTypeLabels,
  ctgovIpdSharingMap,
  ctgovMaskingMap,
  ctgovObservationalModelLabels,
  ctgovOfficialRoleMap,
  ctgovPhaseMap,
  ctgovPurposeLabels,
  ctgovPurposeMap,
  ctgovReferenceTypes,
  ctgovResultReferenceTypes,
  ctgovSecondaryIdIssuers,
  ctgovSexMap,
  ctgovSiteContactRoleMap,
  ctgovStatusMap,
  ctgovStudyTypeMap,
  ctgovTimePerspectiveLabels,
  ctgovWhoMaskedLabels,
} from './tables';

type StatusCode = CodeOf<typeof trialStatuses>;
type Fields = Record<string, unknown>;

/**
 * The studies of a ClinicalTrials.gov API v2 document: one study, an API page
 * `{ studies, nextPageToken }`, or the website's download (an array of studies).
 */
export function* ctgovRecords(document: unknown): Iterable<unknown> {
  if (Array.isArray(document)) {
    yield* document;
  } else if (isObject(document)) {
    if (Array.isArray(document.studies)) yield* document.studies;
    else if (!('studies' in document)) yield document;
  }
}

/** Reads one ClinicalTrials.gov API v2 study as a Trial. Never throws. */
export function readCtgovStudy(record: unknown, options?: ReadOptions): RecordResult<Trial> {
  const log = new IssueLog(options);
  if (!isObject(record)) {
    log.source([], 'invalid_type', { expected: 'object' });
    // Nothing of it was read: all of it is lost.
    return { value: undefined, lost: new ReadMarks().unread(record), issues: log.issues };
  }
  const flags: ReadFlags = { affiliation: false };
  const trial = mapStudy(record, log, flags);
  const lost = lostFields(record, flags);
  if (lost.length > 0) (trial.provenance as Fields).unmapped = patterns(lost);
  return { value: checked(trial, log, lost.length > 0), lost, issues: log.issues };
}

/** The patterns of lost fields, each once, in order. */
function patterns(lost: readonly LostField[]): string[] {
  // A few per study: a list is quicker to search than a set is to make.
  if (lost.length > 32) return [...new Set(lost.map((field) => field.pattern))];
  const found: string[] = [];
  for (const { pattern } of lost) if (!found.includes(pattern)) found.push(pattern);
  return found;
}

/** ClinicalTrials.gov API v2 JSON (`--from ctgov`). */
export const ctgovReader: TrialReader = {
  format: 'ctgov',
  input: 'json',
  records: ctgovRecords,
  read: readCtgovStudy,
};

// --- Checks ----------------------------------------------------------------------------------

/**
 * The trial, when it is valid. The mapping puts only checked values in (codes from the tables,
 * texts trimmed and not empty, dates, e-mails and URLs matched against the model's formats), so
 * the model's structure holds except for what may be missing, and for lost fields with an empty
 * key. Those and the cross-field rules are checked here; a trial that fails any goes through
 * validateTrial, for the same issues the model's validation gives.
 */
function checked(trial: Fields, log: IssueLog, hasLost: boolean): Trial | undefined {
  let sure =
    (trial.identifiers as Fields | undefined)?.primary !== undefined &&
    (trial.title as Fields | undefined)?.public !== undefined;
  if (sure && hasLost) {
    const unmapped = (trial.provenance as Fields).unmapped as string[];
    sure = !unmapped.includes('');
  }
  if (sure) {
    const report = () => {
      sure = false;
    };
    for (const rule of trialRules) rule(trial as Trial, report);
  }
  if (sure) return trial as Trial;
  const result = validateTrial(trial, { locale: log.locale });
  if (result.ok) return result.value;
  log.record(result.issues);
  return undefined;
}

// --- Reading values --------------------------------------------------------------------------
// Each reader takes the value (read where it is used, so that each read site learns the shape of
// its objects) and where it was: `at` and `key`, for an issue's path, made only for issues.

const present = (found: unknown) => found !== undefined && found !== null;

/** A string, trimmed; empty strings count as absent. */
function text(log: IssueLog, found: unknown, at: Path, key: string | number) {
  if (typeof found === 'string') return trimmed(found);
  if (present(found)) log.source([...at, key], 'invalid_type', { expected: 'string' });
  return undefined;
}

/** A string without white space around it, or undefined for a blank one. */
function trimmed(found: string): string | undefined {
  // Most values start and end with a printable ASCII character, which trim would not remove.
  const first = found.charCodeAt(0);
  const last = found.charCodeAt(found.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return found;
  const value = found.trim();
  return value === '' ? undefined : value;
}

/** A nested object (not an array). */
function object(log: IssueLog, found: unknown, at: Path, key: string | number) {
  if (isObject(found)) return found;
  if (present(found)) log.source([...at, key], 'invalid_type', { expected: 'object' });
  return undefined;
}

/** An array; its items are checked by the caller. */
function list(log: IssueLog, found: unknown, at: Path, key: string | number) {
  if (Array.isArray(found)) return found as readonly unknown[];
  if (present(found)) log.source([...at, key], 'invalid_type', { expected: 'array' });
  return undefined;
}

/**
 * A list of objects. Its items that are not objects are reported here, before any item is read
 * (as the reference reader does); the caller skips them.
 */
function objectList(log: IssueLog, found: unknown, at: Path, key: string) {
  const items = list(log, found, at, key);
  if (!items) return undefined;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (present(item) && !isObject(item)) {
      log.source([...at, key, index], 'invalid_type', { expected: 'object' });
    }
  }
  return items;
}

/** A boolean. */
function flag(log: IssueLog, found: unknown, at: Path, key: string | number) {
  if (typeof found === 'boolean') return found;
  if (present(found)) log.source([...at, key], 'invalid_type', { expected: 'boolean' });
  return undefined;
}

/** A count: a whole number of at least 0. */
function count(log: IssueLog, found: unknown, at: Path, key: string | number) {
  if (typeof found === 'number' && Number.isSafeInteger(found) && found >= 0) return found;
  if (typeof found === 'number') {
    log.source([...at, key], Number.isInteger(found) ? 'too_small' : 'not_integer', {
      limit: 0,
      origin: 'number',
    });
  } else if (present(found)) {
    log.source([...at, key], 'invalid_type', { expected: 'int' });
  }
  return undefined;
}

/**
 * The path of a list's items: one array for all of them, whose last step `step` sets to an item's
 * index. Issues copy the path they are given, so none keeps this one.
 */
const itemPath = (listAt: Path): (string | number)[] => [...listAt, 0];

function step(itemsAt: (string | number)[], index: number): Path {
  itemsAt[itemsAt.length - 1] = index;
  return itemsAt;
}

/** The object, or undefined when it has no field: the model leaves empty objects out. */
function kept(found: Fields): Fields | undefined {
  for (const key in found) if (Object.hasOwn(found, key)) return found;
  return undefined;
}

/** A partial date as the model keeps it, or an issue. */
function date(log: IssueLog, found: string | undefined, at: Path, key: string) {
  if (found === undefined) return undefined;
  if (formats.partialDate.pattern.test(found)) return found;
  log.source([...at, key], 'invalid_format', { format: formats.partialDate });
  return undefined;
}

/**
 * A code table: exact keys first, then the same key up to case and spacing, since old records
 * vary ("Active, Not Recruiting"). Keys come from the table's own properties only, so `__proto__`
 * or `constructor` in the source are unknown values, not prototype members.
 */
class Codes<T> {
  readonly allowed: string[];
  readonly #folded: Map<string, string>;

  constructor(readonly table: Readonly<Record<string, T>>) {
    this.allowed = Object.keys(table);
    this.#folded = new Map(this.allowed.map((key) => [foldCode(key), key]));
  }

  /**
   * The table's key for a value, or `undefined` after an `unknown_code` issue at `at`, `key` (and
   * `index`, for an item of a list).
   */
  key(log: IssueLog, found: string, at: Path, key: string, index?: number): string | undefined {
    const known = Object.hasOwn(this.table, found) ? found : this.#folded.get(foldCode(found));
    if (known === undefined) {
      const path = index === undefined ? [...at, key] : [...at, key, index];
      log.source(path, 'unknown_code', { value: found, allowed: this.allowed });
    }
    return known;
  }

  /** The table's value, or `undefined` after an `unknown_code` issue. */
  find(log: IssueLog, found: string, at: Path, key: string, index?: number): T | undefined {
    const known = this.key(log, found, at, key, index);
    return known === undefined ? undefined : this.table[known];
  }
}

const foldCode = (code: string) => code.toLowerCase().replace(/\s+/g, ' ');

const statuses = new Codes(ctgovStatusMap);
const phases = new Codes(ctgovPhaseMap);
const studyTypes = new Codes(ctgovStudyTypeMap);
const interventionTypes = new Codes(ctgovInterventionTypeMap);
const agencyClasses = new Codes(ctgovAgencyClassMap);
const allocations = new Codes(ctgovAllocationMap);
const interventionModels = new Codes(ctgovInterventionModelMap);
const purposes = new Codes(ctgovPurposeMap);
const maskings = new Codes(ctgovMaskingMap);
const sexes = new Codes(ctgovSexMap);
const ipdPlans = new Codes(ctgovIpdSharingMap);
const dateTypes = new Codes(ctgovDateTypeMap);
const officialRoles = new Codes(ctgovOfficialRoleMap);
const centralRoles = new Codes(ctgovCentralContactRoleMap);
const siteRoles = new Codes(ctgovSiteContactRoleMap);
const secondaryIdTypes = new Codes(ctgovSecondaryIdIssuers);
const observationalModels = new Codes(ctgovObservationalModelLabels);
const timePerspectives = new Codes(ctgovTimePerspectiveLabels);
const whoMasked = new Codes(ctgovWhoMaskedLabels);
const ipdInfoTypes = new Codes(ctgovIpdInfoTypeLabels);
const referenceTypes = new Codes(
  Object.fromEntries(ctgovReferenceTypes.map((type) => [type, type])),
);
const resultReferenceTypes: readonly string[] = ctgovResultReferenceTypes;

// --- The study -------------------------------------------------------------------------------
// The reads and their issues come in the reference reader's order; the trial is put together in
// the model's key order, leaving out what has no value.

const protocolAt = ['protocolSection'];
const derivedAt = ['derivedSection'];
const identificationAt = [...protocolAt, 'identificationModule'];
const statusAt = [...protocolAt, 'statusModule'];
const sponsorsAt = [...protocolAt, 'sponsorCollaboratorsModule'];
const descriptionAt = [...protocolAt, 'descriptionModule'];
const conditionsAt = [...protocolAt, 'conditionsModule'];
const designAt = [...protocolAt, 'designModule'];
const armsAt = [...protocolAt, 'armsInterventionsModule'];
const outcomesAt = [...protocolAt, 'outcomesModule'];
const eligibilityAt = [...protocolAt, 'eligibilityModule'];
const contactsAt = [...protocolAt, 'contactsLocationsModule'];
const referencesAt = [...protocolAt, 'referencesModule'];
const ipdAt = [...protocolAt, 'ipdSharingStatementModule'];
const miscAt = [...derivedAt, 'miscInfoModule'];
const browseAt = [...derivedAt, 'conditionBrowseModule'];

/** A module of the protocol section. */
const protocolModule = (log: IssueLog, protocol: Obj | undefined, name: string) =>
  object(log, protocol?.[name], protocolAt, name);

function mapStudy(study: Obj, log: IssueLog, flags: ReadFlags): Fields {
  const protocol = object(log, study.protocolSection, [], 'protocolSection');
  const identificationModule = protocolModule(log, protocol, 'identificationModule');
  const statusModule = protocolModule(log, protocol, 'statusModule');
  const sponsorsModule = protocolModule(log, protocol, 'sponsorCollaboratorsModule');
  const descriptionModule = protocolModule(log, protocol, 'descriptionModule');
  const conditionsModule = protocolModule(log, protocol, 'conditionsModule');
  const designModule = protocolModule(log, protocol, 'designModule');
  const armsModule = protocolModule(log, protocol, 'armsInterventionsModule');
  const outcomesModule = protocolModule(log, protocol, 'outcomesModule');
  const eligibilityModule = protocolModule(log, protocol, 'eligibilityModule');
  const contactsModule = protocolModule(log, protocol, 'contactsLocationsModule');
  const referencesModule = protocolModule(log, protocol, 'referencesModule');
  const ipdModule = protocolModule(log, protocol, 'ipdSharingStatementModule');
  const derived = object(log, study.derivedSection, [], 'derivedSection');

  const identifiers = identify(log, identificationModule);
  const state = status(log, statusModule);
  const nct = identifiers.primary?.id;
  const url = nct ? ctgovStudyUrl(nct) : undefined;
  const misc = object(log, derived?.miscInfoModule, derivedAt, 'miscInfoModule');
  const version = text(log, misc?.versionHolder, miscAt, 'versionHolder');
  const hasResults = flag(log, study.hasResults, [], 'hasResults');
  const { contacts, sites } = contactsAndSites(log, contactsModule, sponsorsModule, flags);
  const summary = text(log, descriptionModule?.briefSummary, descriptionAt, 'briefSummary');
  const description = text(
    log,
    descriptionModule?.detailedDescription,
    descriptionAt,
    'detailedDescription',
  );
  const designed = design(log, designModule, state.code);
  const conditionList = conditions(log, conditionsModule, derived);
  const interventionList = interventions(log, armsModule);
  const keywords = texts(log, conditionsModule?.keywords, conditionsAt, 'keywords');
  const sponsorList = sponsors(log, sponsorsModule);
  const eligible = eligibility(log, eligibilityModule);
  const outcomeList = outcomes(log, outcomesModule);
  const ipd = ipdSharing(log, ipdModule);
  const publications = references(log, referencesModule);

  const trial: Fields = {};
  const ids: Fields = {};
  if (identifiers.primary) ids.primary = identifiers.primary;
  if (identifiers.secondary.length > 0) ids.secondary = identifiers.secondary;
  if (identifiers.primary || identifiers.secondary.length > 0) trial.identifiers = ids;
  if (identifiers.title) trial.title = identifiers.title;
  if (summary !== undefined) trial.summary = { en: summary };
  if (description !== undefined) trial.description = { en: description };
  trial.status =
    state.overall === undefined
      ? { code: state.code }
      : { code: state.code, original: state.overall };
  if (state.whyStopped !== undefined) trial.whyStopped = state.whyStopped;
  if (designed.phase) trial.phase = designed.phase;
  trial.studyType = designed.studyType;
  if (designed.design) trial.design = designed.design;
  if (state.dates) trial.dates = state.dates;
  if (conditionList.length > 0) trial.conditions = conditionList;
  if (interventionList.length > 0) trial.interventions = interventionList;
  if (keywords.length > 0) trial.keywords = keywords;
  if (sponsorList.length > 0) trial.sponsors = sponsorList;
  if (contacts.length > 0) trial.contacts = contacts;
  const countries = siteCountries(sites);
  if (countries.length > 0) trial.countries = countries;
  if (designed.enrolment) trial.enrolment = designed.enrolment;
  if (eligible) trial.eligibility = eligible;
  if (outcomeList.length > 0) trial.outcomes = outcomeList;
  if (ipd) trial.ipdSharing = ipd;
  const resultsUrl = hasResults && url ? `${url}?tab=results` : undefined;
  if (resultsUrl !== undefined || publications.length > 0) {
    const results: Fields = {};
    if (resultsUrl !== undefined) results.url = resultsUrl;
    if (publications.length > 0) results.publications = publications;
    trial.results = results;
  }
  if (sites.length > 0) trial.sites = sites;
  if (url !== undefined) trial.url = url;
  const source: Fields = { registry: 'ctgov' };
  if (nct !== undefined) source.recordId = nct;
  if (version !== undefined) source.version = version;
  if (url !== undefined) source.url = url;
  if (state.firstPosted !== undefined) source.published = state.firstPosted;
  if (state.lastUpdated !== undefined) source.lastUpdated = state.lastUpdated;
  trial.provenance = { sources: [source] };
  return trial;
}

/**
 * The strings of a list field, trimmed, empty ones left out; other items are reported. `indices`,
 * if given, gets the index of each string in the list, for later issues.
 */
function texts(log: IssueLog, found: unknown, at: Path, key: string, indices?: number[]): string[] {
  const values: string[] = [];
  const items = list(log, found, at, key);
  if (!items) return values;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (typeof item === 'string') {
      const value = trimmed(item);
      if (value === undefined) continue;
      values.push(value);
      indices?.push(index);
    } else if (present(item)) {
      log.source([...at, key, index], 'invalid_type', { expected: 'string' });
    }
  }
  return values;
}

/** A trial identifier without an issuer it does not have. */
const identifier = (found: TrialIdentifier): TrialIdentifier =>
  'issuer' in found && found.issuer === undefined
    ? ({ registry: found.registry, id: found.id } as TrialIdentifier)
    : found;

function identify(log: IssueLog, module: Obj | undefined) {
  const at = identificationAt;
  const nctId = text(log, module?.nctId, at, 'nctId');
  let primary: TrialIdentifier | undefined;
  if (nctId === undefined) log.source([...at, 'nctId'], 'required');
  else primary = nctIdentifier(log, nctId, [...at, 'nctId']);

  const secondary = new SecondaryIdentifiers(log, primary);
  const aliasIndices: number[] = [];
  const aliases = texts(log, module?.nctIdAliases, at, 'nctIdAliases', aliasIndices);
  for (let index = 0; index < aliases.length; index++) {
    const aliasAt = [...at, 'nctIdAliases', aliasIndices[index]!];
    const id = nctIdentifier(log, aliases[index]!, aliasAt);
    if (id) secondary.add(id, aliasAt);
  }
  const orgStudyId = object(log, module?.orgStudyIdInfo, at, 'orgStudyIdInfo');
  const sponsorsId = text(log, orgStudyId?.id, [...at, 'orgStudyIdInfo'], 'id');
  if (sponsorsId) {
    const organization = object(log, module?.organization, at, 'organization');
    const issuer = text(log, organization?.fullName, [...at, 'organization'], 'fullName');
    secondary.add(
      issuer === undefined
        ? { registry: 'sponsor', id: sponsorsId }
        : { registry: 'sponsor', id: sponsorsId, issuer },
      [...at, 'orgStudyIdInfo'],
    );
  }
  const infos = objectList(log, module?.secondaryIdInfos, at, 'secondaryIdInfos');
  if (infos) {
    const listAt = [...at, 'secondaryIdInfos'];
    for (let index = 0; index < infos.length; index++) {
      const item = infos[index];
      if (!isObject(item)) continue;
      const itemAt = [...listAt, index];
      const id = text(log, item.id, itemAt, 'id');
      if (!id) continue;
      const rawType = text(log, item.type, itemAt, 'type');
      const type = rawType && secondaryIdTypes.key(log, rawType, itemAt, 'type');
      const domain = text(log, item.domain, itemAt, 'domain');
      secondary.add(
        identifier(
          secondaryIdentifier(
            log,
            id,
            type as keyof typeof ctgovSecondaryIdIssuers | undefined,
            domain,
            itemAt,
          ),
        ),
        itemAt,
      );
    }
  }

  const brief = text(log, module?.briefTitle, at, 'briefTitle');
  const official = text(log, module?.officialTitle, at, 'officialTitle');
  const acronym = text(log, module?.acronym, at, 'acronym');
  // The public title is required; a record with only its official title uses that.
  const publicTitle = brief ?? official;
  let title: Fields | undefined;
  if (publicTitle !== undefined || acronym !== undefined) {
    title = {};
    if (publicTitle !== undefined) title.public = { en: publicTitle };
    if (official !== undefined) title.scientific = { en: official };
    if (acronym !== undefined) title.acronym = acronym;
  }
  return { primary, secondary: secondary.list, title };
}

function nctIdentifier(log: IssueLog, found: string, at: Path): TrialIdentifier | undefined {
  // Most are in canonical form already, which parseIdentifier would return as it is.
  if (formats.nct.pattern.test(found)) return { registry: 'ctgov', id: found };
  const parsed = parseIdentifier('nct', found);
  if (parsed.ok) return { registry: 'ctgov', id: parsed.value };
  log.source(at, 'invalid_format', { format: formats.nct });
  return undefined;
}

// The paths of the status module's dates, made once.
const statusDatesAt: Readonly<Record<string, Path>> = Object.fromEntries(
  [
    'lastUpdatePostDateStruct',
    'studyFirstPostDateStruct',
    'resultsFirstPostDateStruct',
    'startDateStruct',
    'primaryCompletionDateStruct',
    'completionDateStruct',
  ].map((key) => [key, [...statusAt, key]]),
);

function status(log: IssueLog, module: Obj | undefined) {
  const at = statusAt;
  const overall = text(log, module?.overallStatus, at, 'overallStatus');
  if (overall === undefined) log.source([...at, 'overallStatus'], 'required');
  const code: StatusCode =
    (overall && statuses.find(log, overall, at, 'overallStatus')) || 'unknown';

  const lastUpdated = postDate(log, module, 'lastUpdatePostDateStruct');
  const whyStopped = text(log, module?.whyStopped, at, 'whyStopped');
  const firstPosted = postDate(log, module, 'studyFirstPostDateStruct');
  const registered = date(
    log,
    text(log, module?.studyFirstSubmitDate, at, 'studyFirstSubmitDate'),
    at,
    'studyFirstSubmitDate',
  );
  const start = trialDate(log, module, 'startDateStruct', 'start', code, lastUpdated);
  const primaryCompletion = trialDate(
    log,
    module,
    'primaryCompletionDateStruct',
    'completion',
    code,
    lastUpdated,
  );
  const completion = trialDate(
    log,
    module,
    'completionDateStruct',
    'completion',
    code,
    lastUpdated,
  );
  const resultsPosted = postDate(log, module, 'resultsFirstPostDateStruct');
  const statusVerified = date(
    log,
    text(log, module?.statusVerifiedDate, at, 'statusVerifiedDate'),
    at,
    'statusVerifiedDate',
  );

  const dates: Fields = {};
  if (registered !== undefined) dates.registered = registered;
  if (start !== undefined) dates.start = start;
  if (primaryCompletion !== undefined) dates.primaryCompletion = primaryCompletion;
  if (completion !== undefined) dates.completion = completion;
  if (resultsPosted !== undefined) dates.resultsPosted = resultsPosted;
  if (statusVerified !== undefined) dates.statusVerified = statusVerified;
  if (lastUpdated !== undefined) dates.lastUpdated = lastUpdated;
  return { code, overall, whyStopped, firstPosted, lastUpdated, dates: kept(dates) };
}

/** A date of posting (`{ date }`) in the status module. */
function postDate(log: IssueLog, module: Obj | undefined, key: string) {
  const struct = object(log, module?.[key], statusAt, key);
  const at = statusDatesAt[key]!;
  return date(log, text(log, struct?.date, at, 'date'), at, 'date');
}

/** A date of the trial (`{ date, type }`) in the status module. */
function trialDate(
  log: IssueLog,
  module: Obj | undefined,
  key: string,
  event: 'start' | 'completion',
  status: StatusCode,
  lastUpdate: string | undefined,
): TrialDate | undefined {
  const struct = object(log, module?.[key], statusAt, key);
  const at = statusDatesAt[key]!;
  const found = date(log, text(log, struct?.date, at, 'date'), at, 'date');
  if (found === undefined) return undefined;
  const type = text(log, struct?.type, at, 'type');
  const kind = type === undefined ? undefined : dateTypes.find(log, type, at, 'type');
  return { date: found, kind: kind ?? assumedDateKind(event, found, status, lastUpdate) };
}

function sponsors(log: IssueLog, module: Obj | undefined) {
  const at = sponsorsAt;
  const found: Fields[] = [];
  const lead = object(log, module?.leadSponsor, at, 'leadSponsor');
  if (lead) {
    const primary = sponsor(log, lead, [...at, 'leadSponsor'], 'primary');
    if (primary) found.push(primary);
  }
  const collaborators = objectList(log, module?.collaborators, at, 'collaborators');
  if (collaborators) {
    const listAt = [...at, 'collaborators'];
    const itemsAt = itemPath(listAt);
    for (let index = 0; index < collaborators.length; index++) {
      const item = collaborators[index];
      if (!isObject(item)) continue;
      const collaborator = sponsor(log, item, step(itemsAt, index), 'collaborator');
      if (collaborator) found.push(collaborator);
    }
  }
  return found;
}

function sponsor(log: IssueLog, item: Obj, at: Path, role: 'primary' | 'collaborator') {
  const name = text(log, item.name, at, 'name');
  if (!name) {
    log.source([...at, 'name'], 'required');
    return undefined;
  }
  const originalClass = text(log, item.class, at, 'class');
  const funderClass = originalClass && agencyClasses.find(log, originalClass, at, 'class');
  const found: Fields = { name, role };
  if (funderClass) found.class = funderClass;
  if (originalClass !== undefined) found.originalClass = originalClass;
  return found;
}

function conditions(log: IssueLog, module: Obj | undefined, derived: Obj | undefined) {
  const found: Condition[] = texts(log, module?.conditions, conditionsAt, 'conditions').map(
    (value) => ({
      text: value,
    }),
  );
  const foldedTexts = found.map((condition) => folded(condition.text));

  // MeSH terms of the conditions, as the registry derived them. A term that names a condition
  // codes it; the others are conditions of their own, coded, rather than guessed at.
  const browse = object(log, derived?.conditionBrowseModule, derivedAt, 'conditionBrowseModule');
  const meshes = objectList(log, browse?.meshes, browseAt, 'meshes');
  if (!meshes) return found;
  const listAt = [...browseAt, 'meshes'];
  const itemsAt = itemPath(listAt);
  const seen = new Set<string>();
  for (let index = 0; index < meshes.length; index++) {
    const item = meshes[index];
    if (!isObject(item)) continue;
    const itemAt = step(itemsAt, index);
    const id = text(log, item.id, itemAt, 'id');
    if (!id) continue;
    const term = text(log, item.term, itemAt, 'term');
    if (!term) {
      log.source([...itemAt, 'term'], 'required');
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    const code = { system: meshSystem, code: id, display: term };
    const name = folded(term);
    const named = foldedTexts.indexOf(name);
    if (named >= 0) {
      const condition = found[named]!;
      if (condition.codes) condition.codes.push(code);
      else condition.codes = [code];
    } else {
      found.push({ text: term, codes: [code] });
      foldedTexts.push(name);
    }
  }
  return found;
}

const designInfoAt = [...designAt, 'designInfo'];
const maskingAt = [...designInfoAt, 'maskingInfo'];
const enrolmentAt = [...designAt, 'enrollmentInfo'];

/** A coded value: the text, and its code after an issue when the table has none. */
function coded<T>(log: IssueLog, table: Codes<T>, found: unknown, at: Path, key: string) {
  const value = text(log, found, at, key);
  return value === undefined ? undefined : table.find(log, value, at, key);
}

function design(log: IssueLog, module: Obj | undefined, status: StatusCode) {
  const at = designAt;
  const rawType = text(log, module?.studyType, at, 'studyType');
  if (rawType === undefined) log.source([...at, 'studyType'], 'required');
  const typeCode = (rawType && studyTypes.find(log, rawType, at, 'studyType')) || 'other';

  const phaseCodes: string[] = [];
  const phaseIndices: number[] = [];
  const phaseValues = texts(log, module?.phases, at, 'phases', phaseIndices);
  for (let index = 0; index < phaseValues.length; index++) {
    const code = phases.find(log, phaseValues[index]!, at, 'phases', phaseIndices[index]);
    if (code && !phaseCodes.includes(code)) phaseCodes.push(code);
  }

  const info = object(log, module?.designInfo, at, 'designInfo');
  const infoAt = designInfoAt;
  const purposeValue = text(log, info?.primaryPurpose, infoAt, 'primaryPurpose');
  const purpose =
    purposeValue === undefined
      ? undefined
      : purposes.find(log, purposeValue, infoAt, 'primaryPurpose');
  const masking = object(log, info?.maskingInfo, infoAt, 'maskingInfo');
  const maskedIndices: number[] = [];
  const masked = texts(log, masking?.whoMasked, maskingAt, 'whoMasked', maskedIndices);
  for (let index = 0; index < masked.length; index++) {
    const who = whoMasked.find(log, masked[index]!, maskingAt, 'whoMasked', maskedIndices[index]);
    if (who !== undefined) masked[index] = who;
  }
  const observational = text(log, info?.observationalModel, infoAt, 'observationalModel');
  const observationalLabel =
    observational === undefined
      ? undefined
      : (observationalModels.find(log, observational, infoAt, 'observationalModel') ??
        observational);
  const perspective = text(log, info?.timePerspective, infoAt, 'timePerspective');
  const perspectiveLabel =
    perspective === undefined
      ? undefined
      : (timePerspectives.find(log, perspective, infoAt, 'timePerspective') ?? perspective);
  const purposeLabel =
    purposeValue && Object.hasOwn(ctgovPurposeLabels, purposeValue)
      ? ctgovPurposeLabels[purposeValue as keyof typeof ctgovPurposeLabels]
      : undefined;
  const targetDuration = text(log, module?.targetDuration, at, 'targetDuration');

  // The design in words, for what the codes do not hold.
  const lines: string[] = [];
  const modelDescription = text(
    log,
    info?.interventionModelDescription,
    infoAt,
    'interventionModelDescription',
  );
  if (modelDescription) lines.push(modelDescription);
  if (observationalLabel) lines.push(`Observational model: ${observationalLabel}`);
  if (perspectiveLabel) lines.push(`Time perspective: ${perspectiveLabel}`);
  if (masked.length > 0) lines.push(`Masked: ${masked.join(', ')}`);
  const maskingDescription = text(
    log,
    masking?.maskingDescription,
    maskingAt,
    'maskingDescription',
  );
  if (maskingDescription) lines.push(maskingDescription);
  if (purposeLabel) lines.push(`Primary purpose: ${purposeLabel}`);
  if (flag(log, module?.patientRegistry, at, 'patientRegistry')) lines.push('Patient registry');
  if (targetDuration) lines.push(`Target duration: ${targetDuration}`);

  const enrolmentInfo = object(log, module?.enrollmentInfo, at, 'enrollmentInfo');
  const enrolled = count(log, enrolmentInfo?.count, enrolmentAt, 'count');
  let kind: 'actual' | 'estimated' | undefined;
  if (enrolled !== undefined) {
    const type = text(log, enrolmentInfo?.type, enrolmentAt, 'type');
    kind = type === undefined ? undefined : dateTypes.find(log, type, enrolmentAt, 'type');
    kind ??= assumedEnrolmentKind(status);
  }

  const allocation = coded(log, allocations, info?.allocation, infoAt, 'allocation');
  const model = coded(
    log,
    interventionModels,
    info?.interventionModel,
    infoAt,
    'interventionModel',
  );
  const maskingCode = coded(log, maskings, masking?.masking, maskingAt, 'masking');
  const designed: Fields = {};
  if (allocation !== undefined) designed.allocation = allocation;
  if (model !== undefined) designed.model = model;
  if (maskingCode !== undefined) designed.masking = maskingCode;
  if (purpose !== undefined) designed.purpose = purpose;
  if (lines.length > 0) designed.description = { en: lines.join('\n') };

  return {
    studyType: rawType === undefined ? { code: typeCode } : { code: typeCode, original: rawType },
    phase:
      phaseCodes.length > 0 ? { codes: phaseCodes, original: phaseValues.join(', ') } : undefined,
    design: kept(designed),
    enrolment:
      kind === 'estimated'
        ? { target: enrolled }
        : kind === 'actual'
          ? { actual: enrolled }
          : undefined,
  };
}

function interventions(log: IssueLog, module: Obj | undefined): Intervention[] {
  const found: Intervention[] = [];
  const items = objectList(log, module?.interventions, armsAt, 'interventions');
  if (!items) return found;
  const listAt = [...armsAt, 'interventions'];
  const itemsAt = itemPath(listAt);
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!isObject(item)) continue;
    const itemAt = step(itemsAt, index);
    const name = text(log, item.name, itemAt, 'name');
    if (!name) {
      log.source([...itemAt, 'name'], 'required');
      continue;
    }
    const originalType = text(log, item.type, itemAt, 'type');
    const type =
      originalType === undefined
        ? undefined
        : interventionTypes.find(log, originalType, itemAt, 'type');
    const description = text(log, item.description, itemAt, 'description');
    const intervention: Fields = { name };
    if (type !== undefined) intervention.type = type;
    if (originalType !== undefined) intervention.originalType = originalType;
    if (description !== undefined) intervention.description = description;
    found.push(intervention as Intervention);
  }
  return found;
}

const outcomeKinds = [
  ['primaryOutcomes', 'primary'],
  ['secondaryOutcomes', 'secondary'],
  ['otherOutcomes', 'other'],
] as const;

function outcomes(log: IssueLog, module: Obj | undefined): Outcome[] {
  const found: Outcome[] = [];
  for (const [key, type] of outcomeKinds) {
    const items = objectList(log, module?.[key], outcomesAt, key);
    if (!items) continue;
    const listAt = [...outcomesAt, key];
    const itemsAt = itemPath(listAt);
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (!isObject(item)) continue;
      const itemAt = step(itemsAt, index);
      const measure = text(log, item.measure, itemAt, 'measure');
      if (!measure) {
        log.source([...itemAt, 'measure'], 'required');
        continue;
      }
      const timeFrame = text(log, item.timeFrame, itemAt, 'timeFrame');
      const description = text(log, item.description, itemAt, 'description');
      const outcome: Fields = { type, measure };
      if (timeFrame !== undefined) outcome.timeFrame = timeFrame;
      if (description !== undefined) outcome.description = description;
      found.push(outcome as Outcome);
    }
  }
  return found;
}

function eligibility(log: IssueLog, module: Obj | undefined) {
  const at = eligibilityAt;
  const rawSex = text(log, module?.sex, at, 'sex');
  const sex = rawSex && sexes.find(log, rawSex, at, 'sex');
  const minimumAge = ageBound(log, text(log, module?.minimumAge, at, 'minimumAge'), [
    ...at,
    'minimumAge',
  ]);
  const maximumAge = ageBound(log, text(log, module?.maximumAge, at, 'maximumAge'), [
    ...at,
    'maximumAge',
  ]);
  const healthyVolunteers = flag(log, module?.healthyVolunteers, at, 'healthyVolunteers');
  const criteria = text(log, module?.eligibilityCriteria, at, 'eligibilityCriteria');
  const eligible: Fields = {};
  if (sex !== undefined) eligible.sex = sex;
  if (minimumAge !== undefined) eligible.minimumAge = minimumAge;
  if (maximumAge !== undefined) eligible.maximumAge = maximumAge;
  if (healthyVolunteers !== undefined) eligible.healthyVolunteers = healthyVolunteers;
  if (criteria !== undefined) eligible.criteria = { en: criteria };
  return kept(eligible);
}

/** A trial's contacts, without a second entry for the same role, name, e-mail and phone. */
class Contacts {
  readonly list: Contact[] = [];

  add(found: Contact | undefined): void {
    if (!found) return;
    for (const known of this.list) {
      if (
        known.role === found.role &&
        same(known.name, found.name) &&
        same(known.email, found.email) &&
        same(known.phone, found.phone)
      ) {
        return;
      }
    }
    this.list.push(found);
  }

  /** Whether a contact of the role has the name, up to case and spacing. */
  has(role: Contact['role'], name: string): boolean {
    return this.list.some((found) => found.role === role && same(found.name, name));
  }
}

/** Whether two texts are the same up to case and spacing (`fold`), absent ones as empty. */
const same = (one: string | undefined, other: string | undefined) =>
  one === other || folded(one ?? '') === folded(other ?? '');

// White space that `fold` changes: any but a single space.
const oddSpace = /[^\S ]| {2}/;

/** `fold` of common.ts, without its regular expression for the texts it would not change. */
function folded(found: string): string {
  const lower = found.toLowerCase();
  return oddSpace.test(lower) ? fold(lower) : lower.trim();
}

/** A contact, or nothing when it has neither name nor a way to reach it. */
function contact(
  role: Contact['role'],
  name: string | undefined,
  affiliation: string | undefined,
  email: string | undefined,
  phone: string | undefined,
): Contact | undefined {
  if (!name && !email && !phone && !affiliation) return undefined;
  const found: Fields = { role };
  if (name !== undefined) found.name = name;
  if (affiliation !== undefined) found.affiliation = affiliation;
  if (email !== undefined) found.email = email;
  if (phone !== undefined) found.phone = phone;
  return found as Contact;
}

function contactsAndSites(
  log: IssueLog,
  module: Obj | undefined,
  sponsorsModule: Obj | undefined,
  flags: ReadFlags,
) {
  const at = contactsAt;
  const contacts = new Contacts();
  const central = objectList(log, module?.centralContacts, at, 'centralContacts');
  if (central) {
    const listAt = [...at, 'centralContacts'];
    const itemsAt = itemPath(listAt);
    for (let index = 0; index < central.length; index++) {
      const item = central[index];
      if (isObject(item))
        contacts.add(person(log, item, step(itemsAt, index), centralRoles, 'public'));
    }
  }
  const officials = objectList(log, module?.overallOfficials, at, 'overallOfficials');
  if (officials) {
    const listAt = [...at, 'overallOfficials'];
    const itemsAt = itemPath(listAt);
    for (let index = 0; index < officials.length; index++) {
      const item = officials[index];
      if (!isObject(item)) continue;
      const itemAt = step(itemsAt, index);
      const role = text(log, item.role, itemAt, 'role');
      const name = text(log, item.name, itemAt, 'name');
      const affiliation = text(log, item.affiliation, itemAt, 'affiliation');
      const code = (role && officialRoles.find(log, role, itemAt, 'role')) || 'scientific';
      contacts.add(contact(code, name, affiliation, undefined, undefined));
    }
  }
  // The responsible party, when an investigator, is the study's principal investigator.
  const partyAt = [...sponsorsAt, 'responsibleParty'];
  const party = object(log, sponsorsModule?.responsibleParty, sponsorsAt, 'responsibleParty');
  const investigator = text(log, party?.investigatorFullName, partyAt, 'investigatorFullName');
  if (investigator && !contacts.has('principal-investigator', investigator)) {
    flags.affiliation = true;
    const affiliation = text(
      log,
      party?.investigatorAffiliation,
      partyAt,
      'investigatorAffiliation',
    );
    contacts.add(
      contact('principal-investigator', investigator, affiliation, undefined, undefined),
    );
  }

  const sites: TrialSite[] = [];
  const locations = objectList(log, module?.locations, at, 'locations');
  if (locations) {
    const listAt = [...at, 'locations'];
    const itemsAt = itemPath(listAt);
    for (let index = 0; index < locations.length; index++) {
      const item = locations[index];
      if (!isObject(item)) continue;
      const site = location(log, item, step(itemsAt, index));
      if (site) sites.push(site);
    }
  }
  return { contacts: contacts.list, sites };
}

function person(
  log: IssueLog,
  item: Obj,
  at: Path,
  roles: Codes<Contact['role']>,
  fallback: Contact['role'],
) {
  const role = text(log, item.role, at, 'role');
  const name = text(log, item.name, at, 'name');
  const rawEmail = text(log, item.email, at, 'email');
  let email: string | undefined;
  if (rawEmail !== undefined) {
    if (formats.email.pattern.test(rawEmail)) email = rawEmail;
    else log.source([...at, 'email'], 'invalid_format', { format: formats.email });
  }
  const phone = phoneWithExtension(
    text(log, item.phone, at, 'phone'),
    text(log, item.phoneExt, at, 'phoneExt'),
  );
  const code = (role && roles.find(log, role, at, 'role')) || fallback;
  return contact(code, name, undefined, email, phone);
}

/** A coordinate of a location (`at`): a number, undefined, or null after an issue. */
function coordinate(log: IssueLog, found: unknown, at: Path, key: 'lat' | 'lon') {
  if (found === undefined || found === null) return undefined;
  if (typeof found === 'number') return found;
  log.source([...at, 'geoPoint', key], 'invalid_type', { expected: 'number' });
  return null;
}

// Registries repeat a few country names thousands of times: each is looked up once, up to a
// bound (names of up to 200 characters, 10,000 of them), as `countryCode` remembers its own.
const countryCodes = new Map<string, string | undefined>();

/** The site's country as ISO code: the name, or the code it names, as `normaliseSite` takes it. */
function countryOf(name: string): string | undefined {
  const known = countryCodes.get(name);
  if (known !== undefined || countryCodes.has(name)) return known;
  const code = countryCode(name);
  const found = code === undefined ? undefined : countryCode(code);
  if (countryCodes.size < 10_000 && name.length <= 200) countryCodes.set(name, found);
  return found;
}

function location(log: IssueLog, item: Obj, at: Path): TrialSite | undefined {
  const geo = object(log, item.geoPoint, at, 'geoPoint');
  const lat = geo && coordinate(log, geo.lat, at, 'lat');
  const lon = geo && coordinate(log, geo.lon, at, 'lon');
  // A coordinate of the wrong type is reported as such, not again as a place missing.
  const coordinatesOk = lat !== null && lon !== null;
  const facility = text(log, item.facility, at, 'facility');
  const city = text(log, item.city, at, 'city');
  const state = text(log, item.state, at, 'state');
  const postalCode = text(log, item.zip, at, 'zip');
  const rawCountry = text(log, item.country, at, 'country');

  // As the shared normalisation does it (normaliseSite), with the country looked up once.
  const country = rawCountry === undefined ? undefined : countryOf(rawCountry);
  if (rawCountry && !country) {
    log.source([...at, 'country'], 'unknown_code', { value: rawCountry });
  }
  const coordinates =
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180
      ? { lat, lon }
      : undefined;
  if (coordinatesOk && (lat !== undefined || lon !== undefined) && !coordinates) {
    // Both or neither: one coordinate alone is no place; numbers out of range are none either.
    if (lat === undefined) log.source([...at, 'geoPoint', 'lat'], 'required');
    else if (lon === undefined) log.source([...at, 'geoPoint', 'lon'], 'required');
    else log.source([...at, 'geoPoint'], 'invalid_input', {});
  }
  const district = country === 'DE' && city ? nrwDistrictOf(city, state) : undefined;

  const rawStatus = text(log, item.status, at, 'status');
  const code = rawStatus && statuses.find(log, rawStatus, at, 'status');
  let contacts: Contacts | undefined;
  const entries = objectList(log, item.contacts, at, 'contacts');
  if (entries) {
    const listAt = [...at, 'contacts'];
    const itemsAt = itemPath(listAt);
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index];
      if (!isObject(entry)) continue;
      contacts ??= new Contacts();
      contacts.add(person(log, entry, step(itemsAt, index), siteRoles, 'site'));
    }
  }

  // A location with nothing to keep is no site.
  if (!facility && !city && !postalCode && !state && !country && !coordinates && !code) {
    if (!contacts || contacts.list.length === 0) return undefined;
  }
  const site: Fields = {};
  if (facility) site.facility = facility;
  if (city) site.city = city;
  if (postalCode) site.postalCode = postalCode;
  if (state) site.state = state;
  if (country) site.country = country;
  if (district) site.district = district;
  if (coordinates) site.coordinates = coordinates;
  if (code) site.status = { code, original: rawStatus };
  if (contacts && contacts.list.length > 0) site.contacts = contacts.list;
  return site as TrialSite;
}

/** The countries of the sites, each once, in the order they first appear. */
function siteCountries(sites: readonly TrialSite[]): string[] {
  const countries: string[] = [];
  for (const site of sites) {
    if (site.country && !countries.includes(site.country)) countries.push(site.country);
  }
  return countries;
}

function references(log: IssueLog, module: Obj | undefined) {
  const found: Fields[] = [];
  const items = objectList(log, module?.references, referencesAt, 'references');
  if (!items) return found;
  const listAt = [...referencesAt, 'references'];
  const itemsAt = itemPath(listAt);
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!isObject(item)) continue;
    const itemAt = step(itemsAt, index);
    const rawType = text(log, item.type, itemAt, 'type');
    const type = rawType && referenceTypes.key(log, rawType, itemAt, 'type');
    // Background literature is not a publication of the trial: it stays unread, hence lost.
    if (!type || !resultReferenceTypes.includes(type)) continue;
    const citation = text(log, item.citation, itemAt, 'citation');
    const pmid = text(log, item.pmid, itemAt, 'pmid');
    const reference = publication(log, citation, pmid, [...itemAt, 'pmid']);
    if (!reference) continue;
    const kept: Fields = {};
    if (reference.citation !== undefined) kept.citation = reference.citation;
    if (reference.doi !== undefined) kept.doi = reference.doi;
    if (reference.pmid !== undefined) kept.pmid = reference.pmid;
    found.push(kept);
  }
  return found;
}

function ipdSharing(log: IssueLog, module: Obj | undefined) {
  const at = ipdAt;
  const raw = text(log, module?.ipdSharing, at, 'ipdSharing');
  const plan = raw && ipdPlans.find(log, raw, at, 'ipdSharing');
  // Without a plan the statement has no place; its other fields stay unread.
  if (!plan) return undefined;
  const typeIndices: number[] = [];
  const infoTypes = texts(log, module?.infoTypes, at, 'infoTypes', typeIndices);
  for (let index = 0; index < infoTypes.length; index++) {
    const label = ipdInfoTypes.find(log, infoTypes[index]!, at, 'infoTypes', typeIndices[index]);
    if (label !== undefined) infoTypes[index] = label;
  }
  const timeFrame = text(log, module?.timeFrame, at, 'timeFrame');
  const access = text(log, module?.accessCriteria, at, 'accessCriteria');
  const parts = [
    text(log, module?.description, at, 'description'),
    infoTypes.length > 0 ? `Supporting information: ${infoTypes.join(', ')}` : undefined,
    timeFrame && `Time frame: ${timeFrame}`,
    access && `Access criteria: ${access}`,
  ].filter((part): part is string => Boolean(part));
  const rawUrl = text(log, module?.url, at, 'url');
  let url: string | undefined;
  if (rawUrl !== undefined) {
    if (formats.httpUrl.pattern.test(rawUrl)) url = rawUrl;
    else log.source([...at, 'url'], 'invalid_format', { format: formats.httpUrl });
  }
  const statement: Fields = { plan };
  if (parts.length > 0) statement.description = parts.join('\n\n');
  if (url !== undefined) statement.url = url;
  return statement;
}
