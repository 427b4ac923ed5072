// The reference reader of ClinicalTrials.gov API v2 JSON, for tests: plain field readers, reading
// through a `track` proxy, so that `lost` is whatever the proxy saw unread, and the trial is
// checked by core's validateTrial. The fast reader (json.ts) must give exactly its results.
import {
  type CodeOf,
  type Condition,
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
import { finishTrial, unreadable } from '../../shared/finish';
import { IssueLog, type ReadOptions, type RecordResult } from '../../shared/result';
import { type Tracked, track } from '../../shared/track';
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
  meshSystem,
  partialDate,
  phoneWithExtension,
  publication,
  SecondaryIdentifiers,
  secondaryIdentifier,
  site,
  siteCountries,
} from './common';
import {
  count,
  field,
  flag,
  isObject,
  type Lookup,
  lookup,
  type Obj,
  object,
  objects,
  type Path,
  text,
  texts,
} from './fields';
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

const statuses = lookup(ctgovStatusMap);
const phases = lookup(ctgovPhaseMap);
const studyTypes = lookup(ctgovStudyTypeMap);
const interventionTypes = lookup(ctgovInterventionTypeMap);
const agencyClasses = lookup(ctgovAgencyClassMap);
const allocations = lookup(ctgovAllocationMap);
const interventionModels = lookup(ctgovInterventionModelMap);
const purposes = lookup(ctgovPurposeMap);
const maskings = lookup(ctgovMaskingMap);
const sexes = lookup(ctgovSexMap);
const ipdPlans = lookup(ctgovIpdSharingMap);
const dateTypes = lookup(ctgovDateTypeMap);
const officialRoles = lookup(ctgovOfficialRoleMap);
const centralRoles = lookup(ctgovCentralContactRoleMap);
const siteRoles = lookup(ctgovSiteContactRoleMap);
const secondaryIdTypes = lookup(ctgovSecondaryIdIssuers);
const observationalModels = lookup(ctgovObservationalModelLabels);
const timePerspectives = lookup(ctgovTimePerspectiveLabels);
const whoMasked = lookup(ctgovWhoMaskedLabels);
const ipdInfoTypes = lookup(ctgovIpdInfoTypeLabels);
const referenceTypes = lookup(Object.fromEntries(ctgovReferenceTypes.map((type) => [type, type])));

const english = (value: string | undefined) => (value === undefined ? undefined : { en: value });

/**
 * Reads one ClinicalTrials.gov API v2 study as a Trial, through a `track` proxy that marks every
 * read. Never throws.
 */
export function readCtgovStudyTracked(record: unknown, options?: ReadOptions): RecordResult<Trial> {
  return readStudy(record, new IssueLog(options), track(record));
}

function readStudy(record: unknown, log: IssueLog, tracked: Tracked<unknown>): RecordResult<Trial> {
  if (!isObject(record)) {
    log.source([], 'invalid_type', { expected: 'object' });
    return unreadable(tracked, log);
  }
  return finishTrial(mapStudy(tracked.root as Obj, log), tracked, log);
}

const protocolAt = ['protocolSection'];

const moduleNames = [
  'identificationModule',
  'statusModule',
  'sponsorCollaboratorsModule',
  'descriptionModule',
  'conditionsModule',
  'designModule',
  'armsInterventionsModule',
  'outcomesModule',
  'eligibilityModule',
  'contactsLocationsModule',
  'referencesModule',
  'ipdSharingStatementModule',
] as const;

function mapStudy(study: Obj, log: IssueLog): Record<string, unknown> {
  const protocol = object(log, study, 'protocolSection', []);
  const modules = Object.fromEntries(
    moduleNames.map((name) => [name, object(log, protocol, name, protocolAt)]),
  ) as Record<(typeof moduleNames)[number], Obj | undefined>;
  const derived = object(log, study, 'derivedSection', []);

  const identification = identify(log, modules.identificationModule);
  const state = status(log, modules.statusModule);
  const nct = identification.primary?.id;
  const url = nct ? ctgovStudyUrl(nct) : undefined;
  const misc = object(log, derived, 'miscInfoModule', ['derivedSection']);
  const version = text(log, misc, 'versionHolder', ['derivedSection', 'miscInfoModule']);
  const hasResults = flag(log, study, 'hasResults', []);
  const { contacts, sites } = contactsAndSites(
    log,
    modules.contactsLocationsModule,
    modules.sponsorCollaboratorsModule,
  );

  return {
    identifiers: { primary: identification.primary, secondary: identification.secondary },
    title: identification.title,
    ...descriptions(log, modules.descriptionModule),
    status: state.status,
    whyStopped: state.whyStopped,
    ...design(log, modules.designModule, state.status.code),
    dates: state.dates,
    conditions: conditions(log, modules.conditionsModule, derived),
    interventions: interventions(log, modules.armsInterventionsModule),
    keywords: texts(log, modules.conditionsModule, 'keywords', [
      ...protocolAt,
      'conditionsModule',
    ]).map((found) => found.value),
    sponsors: sponsors(log, modules.sponsorCollaboratorsModule),
    contacts,
    countries: siteCountries(sites),
    eligibility: eligibility(log, modules.eligibilityModule),
    outcomes: outcomes(log, modules.outcomesModule),
    ipdSharing: ipdSharing(log, modules.ipdSharingStatementModule),
    results: {
      url: hasResults && url ? `${url}?tab=results` : undefined,
      publications: publications(log, modules.referencesModule),
    },
    sites,
    url,
    provenance: {
      sources: [
        {
          registry: 'ctgov',
          recordId: nct,
          version,
          published: state.firstPosted,
          lastUpdated: state.dates.lastUpdated,
          url,
        },
      ],
    },
  };
}

function identify(log: IssueLog, module: Obj | undefined) {
  const at = [...protocolAt, 'identificationModule'];
  const nctId = text(log, module, 'nctId', at);
  let primary: TrialIdentifier | undefined;
  if (nctId === undefined) log.source([...at, 'nctId'], 'required');
  else primary = nct(log, nctId, [...at, 'nctId']);

  const secondary = new SecondaryIdentifiers(log, primary);
  for (const alias of texts(log, module, 'nctIdAliases', at)) {
    const id = nct(log, alias.value, alias.at);
    if (id) secondary.add(id, alias.at);
  }
  const orgStudyId = object(log, module, 'orgStudyIdInfo', at);
  const sponsorsId = text(log, orgStudyId, 'id', [...at, 'orgStudyIdInfo']);
  if (sponsorsId) {
    const organization = object(log, module, 'organization', at);
    const issuer = text(log, organization, 'fullName', [...at, 'organization']);
    secondary.add({ registry: 'sponsor', id: sponsorsId, issuer }, [...at, 'orgStudyIdInfo']);
  }
  for (const { item, at: itemAt } of objects(log, module, 'secondaryIdInfos', at)) {
    const id = text(log, item, 'id', itemAt);
    if (!id) continue;
    const rawType = text(log, item, 'type', itemAt);
    const type = rawType && secondaryIdTypes.key(log, rawType, [...itemAt, 'type']);
    const domain = text(log, item, 'domain', itemAt);
    secondary.add(
      secondaryIdentifier(
        log,
        id,
        type as keyof typeof ctgovSecondaryIdIssuers | undefined,
        domain,
        itemAt,
      ),
      itemAt,
    );
  }

  const brief = text(log, module, 'briefTitle', at);
  const official = text(log, module, 'officialTitle', at);
  return {
    primary,
    secondary: secondary.list,
    title: {
      // The public title is required; a record with only its official title uses that.
      public: english(brief ?? official),
      scientific: english(official),
      acronym: text(log, module, 'acronym', at),
    },
  };
}

function nct(log: IssueLog, value: string, at: Path): TrialIdentifier | undefined {
  const parsed = parseIdentifier('nct', value);
  if (parsed.ok) return { registry: 'ctgov', id: parsed.value };
  log.source(at, 'invalid_format', { format: formats.nct });
  return undefined;
}

function status(log: IssueLog, module: Obj | undefined) {
  const at = [...protocolAt, 'statusModule'];
  const overall = text(log, module, 'overallStatus', at);
  if (overall === undefined) log.source([...at, 'overallStatus'], 'required');
  const code: StatusCode =
    (overall && statuses.find(log, overall, [...at, 'overallStatus'])) || 'unknown';

  const postDate = (key: string) =>
    partialDate(log, text(log, object(log, module, key, at), 'date', [...at, key]), [
      ...at,
      key,
      'date',
    ]);
  const lastUpdated = postDate('lastUpdatePostDateStruct');
  const dated = (key: string, event: 'start' | 'completion') =>
    trialDate(log, object(log, module, key, at), [...at, key], event, code, lastUpdated);

  return {
    status: { code, original: overall },
    whyStopped: text(log, module, 'whyStopped', at),
    firstPosted: postDate('studyFirstPostDateStruct'),
    dates: {
      registered: partialDate(log, text(log, module, 'studyFirstSubmitDate', at), [
        ...at,
        'studyFirstSubmitDate',
      ]),
      start: dated('startDateStruct', 'start'),
      primaryCompletion: dated('primaryCompletionDateStruct', 'completion'),
      completion: dated('completionDateStruct', 'completion'),
      resultsPosted: postDate('resultsFirstPostDateStruct'),
      statusVerified: partialDate(log, text(log, module, 'statusVerifiedDate', at), [
        ...at,
        'statusVerifiedDate',
      ]),
      lastUpdated,
    },
  };
}

function trialDate(
  log: IssueLog,
  struct: Obj | undefined,
  at: Path,
  event: 'start' | 'completion',
  status: StatusCode,
  lastUpdate: string | undefined,
): TrialDate | undefined {
  const date = partialDate(log, text(log, struct, 'date', at), [...at, 'date']);
  if (date === undefined) return undefined;
  const type = text(log, struct, 'type', at);
  const kind = type === undefined ? undefined : dateTypes.find(log, type, [...at, 'type']);
  return { date, kind: kind ?? assumedDateKind(event, date, status, lastUpdate) };
}

function descriptions(log: IssueLog, module: Obj | undefined) {
  const at = [...protocolAt, 'descriptionModule'];
  return {
    summary: english(text(log, module, 'briefSummary', at)),
    description: english(text(log, module, 'detailedDescription', at)),
  };
}

function sponsors(log: IssueLog, module: Obj | undefined) {
  const at = [...protocolAt, 'sponsorCollaboratorsModule'];
  const found = [];
  const lead = object(log, module, 'leadSponsor', at);
  if (lead) found.push(sponsor(log, lead, [...at, 'leadSponsor'], 'primary'));
  for (const { item, at: itemAt } of objects(log, module, 'collaborators', at)) {
    found.push(sponsor(log, item, itemAt, 'collaborator'));
  }
  return found;
}

function sponsor(log: IssueLog, item: Obj, at: Path, role: 'primary' | 'collaborator') {
  const name = text(log, item, 'name', at);
  if (!name) {
    log.source([...at, 'name'], 'required');
    return undefined;
  }
  const originalClass = text(log, item, 'class', at);
  const funderClass = originalClass && agencyClasses.find(log, originalClass, [...at, 'class']);
  return { name, role, class: funderClass || undefined, originalClass };
}

function conditions(log: IssueLog, module: Obj | undefined, derived: Obj | undefined) {
  const at = [...protocolAt, 'conditionsModule'];
  const found: { text: string; codes: Condition['codes'] & object }[] = texts(
    log,
    module,
    'conditions',
    at,
  ).map(({ value }) => ({ text: value, codes: [] }));

  // MeSH terms of the conditions, as the registry derived them. A term that names a condition
  // codes it; the others are conditions of their own, coded, rather than guessed at.
  const browseAt = ['derivedSection', 'conditionBrowseModule'];
  const browse = object(log, derived, 'conditionBrowseModule', ['derivedSection']);
  const seen = new Set<string>();
  for (const { item, at: meshAt } of objects(log, browse, 'meshes', browseAt)) {
    const id = text(log, item, 'id', meshAt);
    if (!id) continue;
    const term = text(log, item, 'term', meshAt);
    if (!term) {
      log.source([...meshAt, 'term'], 'required');
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    const code = { system: meshSystem, code: id, display: term };
    const named = found.find((condition) => fold(condition.text) === fold(term));
    if (named) named.codes.push(code);
    else found.push({ text: term, codes: [code] });
  }
  return found;
}

function design(log: IssueLog, module: Obj | undefined, status: StatusCode) {
  const at = [...protocolAt, 'designModule'];
  const rawType = text(log, module, 'studyType', at);
  if (rawType === undefined) log.source([...at, 'studyType'], 'required');
  const typeCode = (rawType && studyTypes.find(log, rawType, [...at, 'studyType'])) || 'other';

  const phaseCodes: string[] = [];
  const phaseValues = texts(log, module, 'phases', at);
  for (const { value, at: phaseAt } of phaseValues) {
    const code = phases.find(log, value, phaseAt);
    if (code && !phaseCodes.includes(code)) phaseCodes.push(code);
  }

  const info = object(log, module, 'designInfo', at);
  const infoAt = [...at, 'designInfo'];
  const coded = <T>(table: Lookup<T>, key: string, parent = info, path = infoAt) => {
    const value = text(log, parent, key, path);
    return {
      value,
      code: value === undefined ? undefined : table.find(log, value, [...path, key]),
    };
  };
  const purpose = coded(purposes, 'primaryPurpose');
  const masking = object(log, info, 'maskingInfo', infoAt);
  const maskingAt = [...infoAt, 'maskingInfo'];
  const masked = texts(log, masking, 'whoMasked', maskingAt).map(
    ({ value, at: whoAt }) => whoMasked.find(log, value, whoAt) ?? value,
  );
  const observational = coded(observationalModels, 'observationalModel');
  const perspective = coded(timePerspectives, 'timePerspective');
  const purposeLabel =
    purpose.value && Object.hasOwn(ctgovPurposeLabels, purpose.value)
      ? ctgovPurposeLabels[purpose.value as keyof typeof ctgovPurposeLabels]
      : undefined;
  const targetDuration = text(log, module, 'targetDuration', at);

  // The design in words, for what the codes do not hold.
  const lines = [
    text(log, info, 'interventionModelDescription', infoAt),
    observational.value && `Observational model: ${observational.code ?? observational.value}`,
    perspective.value && `Time perspective: ${perspective.code ?? perspective.value}`,
    masked.length > 0 ? `Masked: ${masked.join(', ')}` : undefined,
    text(log, masking, 'maskingDescription', maskingAt),
    purposeLabel && `Primary purpose: ${purposeLabel}`,
    flag(log, module, 'patientRegistry', at) ? 'Patient registry' : undefined,
    targetDuration && `Target duration: ${targetDuration}`,
  ].filter((line): line is string => Boolean(line));

  const enrolment = object(log, module, 'enrollmentInfo', at);
  const enrolmentAt = [...at, 'enrollmentInfo'];
  const enrolled = count(log, enrolment, 'count', enrolmentAt);
  let kind: 'actual' | 'estimated' | undefined;
  if (enrolled !== undefined) {
    const type = text(log, enrolment, 'type', enrolmentAt);
    kind = type === undefined ? undefined : dateTypes.find(log, type, [...enrolmentAt, 'type']);
    kind ??= assumedEnrolmentKind(status);
  }

  return {
    studyType: { code: typeCode, original: rawType },
    phase:
      phaseCodes.length > 0
        ? { codes: phaseCodes, original: phaseValues.map(({ value }) => value).join(', ') }
        : undefined,
    design: {
      allocation: coded(allocations, 'allocation').code,
      model: coded(interventionModels, 'interventionModel').code,
      masking: coded(maskings, 'masking', masking, maskingAt).code,
      purpose: purpose.code,
      description: english(lines.length > 0 ? lines.join('\n') : undefined),
    },
    enrolment: {
      target: kind === 'estimated' ? enrolled : undefined,
      actual: kind === 'actual' ? enrolled : undefined,
    },
  };
}

function interventions(log: IssueLog, module: Obj | undefined): Intervention[] {
  const at = [...protocolAt, 'armsInterventionsModule'];
  const found: Intervention[] = [];
  for (const { item, at: itemAt } of objects(log, module, 'interventions', at)) {
    const name = text(log, item, 'name', itemAt);
    if (!name) {
      log.source([...itemAt, 'name'], 'required');
      continue;
    }
    const originalType = text(log, item, 'type', itemAt);
    found.push({
      name,
      type:
        originalType === undefined
          ? undefined
          : interventionTypes.find(log, originalType, [...itemAt, 'type']),
      originalType,
      description: text(log, item, 'description', itemAt),
    });
  }
  return found;
}

function outcomes(log: IssueLog, module: Obj | undefined): Outcome[] {
  const at = [...protocolAt, 'outcomesModule'];
  const found: Outcome[] = [];
  const kinds = [
    ['primaryOutcomes', 'primary'],
    ['secondaryOutcomes', 'secondary'],
    ['otherOutcomes', 'other'],
  ] as const;
  for (const [key, type] of kinds) {
    for (const { item, at: itemAt } of objects(log, module, key, at)) {
      const measure = text(log, item, 'measure', itemAt);
      if (!measure) {
        log.source([...itemAt, 'measure'], 'required');
        continue;
      }
      found.push({
        type,
        measure,
        timeFrame: text(log, item, 'timeFrame', itemAt),
        description: text(log, item, 'description', itemAt),
      });
    }
  }
  return found;
}

function eligibility(log: IssueLog, module: Obj | undefined) {
  const at = [...protocolAt, 'eligibilityModule'];
  const sex = text(log, module, 'sex', at);
  const age = (key: string) => ageBound(log, text(log, module, key, at), [...at, key]);
  return {
    sex: sex && sexes.find(log, sex, [...at, 'sex']),
    minimumAge: age('minimumAge'),
    maximumAge: age('maximumAge'),
    healthyVolunteers: flag(log, module, 'healthyVolunteers', at),
    criteria: english(text(log, module, 'eligibilityCriteria', at)),
  };
}

function contactsAndSites(log: IssueLog, module: Obj | undefined, sponsorsModule: Obj | undefined) {
  const at = [...protocolAt, 'contactsLocationsModule'];
  const contacts: Contact[] = [];
  for (const { item, at: itemAt } of objects(log, module, 'centralContacts', at)) {
    addContact(contacts, person(log, item, itemAt, centralRoles, 'public'));
  }
  for (const { item, at: itemAt } of objects(log, module, 'overallOfficials', at)) {
    const role = text(log, item, 'role', itemAt);
    const found = contact(
      {
        name: text(log, item, 'name', itemAt),
        affiliation: text(log, item, 'affiliation', itemAt),
      },
      (role && officialRoles.find(log, role, [...itemAt, 'role'])) || 'scientific',
    );
    addContact(contacts, found);
  }
  // The responsible party, when an investigator, is the study's principal investigator.
  const partyAt = [...protocolAt, 'sponsorCollaboratorsModule', 'responsibleParty'];
  const party = object(log, sponsorsModule, 'responsibleParty', partyAt.slice(0, -1));
  const investigator = text(log, party, 'investigatorFullName', partyAt);
  if (investigator) {
    const known = contacts.some(
      (found) =>
        found.role === 'principal-investigator' && fold(found.name ?? '') === fold(investigator),
    );
    if (!known) {
      addContact(
        contacts,
        contact(
          {
            name: investigator,
            affiliation: text(log, party, 'investigatorAffiliation', partyAt),
          },
          'principal-investigator',
        ),
      );
    }
  }

  const sites: TrialSite[] = [];
  for (const { item, at: siteAt } of objects(log, module, 'locations', at)) {
    sites.push(location(log, item, siteAt));
  }
  return { contacts, sites };
}

function person(
  log: IssueLog,
  item: Obj,
  at: Path,
  roles: Lookup<Contact['role']>,
  fallback: Contact['role'],
) {
  const role = text(log, item, 'role', at);
  return contact(
    {
      name: text(log, item, 'name', at),
      email: email(log, text(log, item, 'email', at), [...at, 'email']),
      phone: phoneWithExtension(text(log, item, 'phone', at), text(log, item, 'phoneExt', at)),
    },
    (role && roles.find(log, role, [...at, 'role'])) || fallback,
  );
}

function location(log: IssueLog, item: Obj, at: Path): TrialSite {
  const geo = object(log, item, 'geoPoint', at);
  let coordinatesAt: Path | undefined = [...at, 'geoPoint'];
  const coordinate = (key: 'lat' | 'lon') => {
    const value = geo && field(log, geo, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number') return value;
    log.source([...at, 'geoPoint', key], 'invalid_type', { expected: 'number' });
    coordinatesAt = undefined;
    return undefined;
  };
  const lat = coordinate('lat');
  const lon = coordinate('lon');
  const found = site(log, {
    facility: text(log, item, 'facility', at),
    city: text(log, item, 'city', at),
    state: text(log, item, 'state', at),
    postalCode: text(log, item, 'zip', at),
    country: text(log, item, 'country', at),
    lat,
    lon,
    countryAt: [...at, 'country'],
    coordinatesAt,
  });
  const rawStatus = text(log, item, 'status', at);
  const code = rawStatus && statuses.find(log, rawStatus, [...at, 'status']);
  const contacts: Contact[] = [];
  for (const { item: entry, at: entryAt } of objects(log, item, 'contacts', at)) {
    addContact(contacts, person(log, entry, entryAt, siteRoles, 'site'));
  }
  return {
    ...found,
    status: code ? { code, original: rawStatus } : undefined,
    contacts,
  } as TrialSite;
}

function publications(log: IssueLog, module: Obj | undefined): Publication[] {
  const at = [...protocolAt, 'referencesModule'];
  const found: Publication[] = [];
  for (const { item, at: itemAt } of objects(log, module, 'references', at)) {
    const rawType = text(log, item, 'type', itemAt);
    const type = rawType && referenceTypes.key(log, rawType, [...itemAt, 'type']);
    // Background literature is not a publication of the trial: it stays unread, hence lost.
    if (!type || !(ctgovResultReferenceTypes as readonly string[]).includes(type)) continue;
    const citation = text(log, item, 'citation', itemAt);
    const pmid = text(log, item, 'pmid', itemAt);
    const reference = publication(log, citation, pmid, [...itemAt, 'pmid']);
    if (reference) found.push(reference);
  }
  return found;
}

function ipdSharing(log: IssueLog, module: Obj | undefined) {
  const at = [...protocolAt, 'ipdSharingStatementModule'];
  const raw = text(log, module, 'ipdSharing', at);
  const plan = raw && ipdPlans.find(log, raw, [...at, 'ipdSharing']);
  // Without a plan the statement has no place; its other fields stay unread.
  if (!plan) return undefined;
  const infoTypes = texts(log, module, 'infoTypes', at).map(
    ({ value, at: typeAt }) => ipdInfoTypes.find(log, value, typeAt) ?? value,
  );
  const timeFrame = text(log, module, 'timeFrame', at);
  const access = text(log, module, 'accessCriteria', at);
  const parts = [
    text(log, module, 'description', at),
    infoTypes.length > 0 ? `Supporting information: ${infoTypes.join(', ')}` : undefined,
    timeFrame && `Time frame: ${timeFrame}`,
    access && `Access criteria: ${access}`,
  ].filter((part): part is string => Boolean(part));
  return {
    plan,
    description: parts.length > 0 ? parts.join('\n\n') : undefined,
    url: httpUrl(log, text(log, module, 'url', at), [...at, 'url']),
  };
}
