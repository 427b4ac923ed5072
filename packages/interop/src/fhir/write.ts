import {
  type Contact,
  type Eligibility,
  type EthicsReview,
  identifierSystem,
  type LocalizedText,
  type Coding as ModelCoding,
  type Provenance,
  regionByAgs,
  type Source,
  type Sponsor,
  type Trial,
  type TrialDate,
  type TrialIdentifier,
  type TrialSite,
} from '@nrw-health/core';
import {
  ageUnitToUcum,
  fhirExtensions,
  fhirSystems,
  funderClassToFhir,
  kitCodeSystem,
  kitExtension,
  kitFhirBase,
  outcomeTypeToFhir,
  phaseToFhir,
  sponsorRoleToFhir,
  statusFromFhir,
  statusToFhir,
} from './codes';
import type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  Coding,
  ContactDetail,
  Extension,
  Identifier,
  Location,
  Organization,
  PrimitiveElement,
  Reference,
  ResearchStudy,
} from './types';
import { urlNamespace, uuidV5 } from './uuid';

export interface FhirBundleOptions {
  /**
   * `collection` (default): the trials as data. `transaction`: for loading into a FHIR server,
   * each study a conditional update on its registry identifier, each sponsor and site a
   * conditional create.
   */
  readonly type?: 'collection' | 'transaction';
  /**
   * A FHIR server's base URL. In a collection, resources then get their UUID as `id` and the
   * fullUrl `<baseUrl>/<type>/<id>`, and reference each other as `<type>/<id>`. Transactions always
   * use `urn:uuid:` fullUrls, since the server assigns the ids.
   */
  readonly baseUrl?: string;
}

/** The namespace of the kit's name-based UUIDs. */
export const namespace = uuidV5(urlNamespace, kitFhirBase);

/** The FHIR `Identifier.system` of a trial registry's numbers; none for sponsor and other numbers. */
export function registrySystem(registry: TrialIdentifier['registry']): string | undefined {
  switch (registry) {
    case 'ctgov':
      return identifierSystem('nct');
    case 'drks':
      return identifierSystem('drks');
    case 'ctis':
      return identifierSystem('euct');
    case 'euctr':
      return identifierSystem('eudract');
    case 'isrctn':
      return identifierSystem('isrctn');
    case 'who-utn':
      return identifierSystem('utn');
    default:
      return undefined;
  }
}

// FHIR strings are Unicode without control characters other than tab, CR and LF: those and lone
// surrogates (broken UTF-16, which no UTF-8 file can hold) become U+FFFD.
const unrepresentable =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the ones to replace
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const clean = (text: string) => text.replace(unrepresentable, '\uFFFD');

/**
 * The value as FHIR JSON can hold it: strings cleaned, blank strings left out (FHIR has no empty
 * values; the readers drop blank values too), and what is left empty by that left out as well.
 * What needs no change is returned as it is.
 */
export function cleanAll<T>(value: T): T | undefined {
  if (typeof value === 'string') {
    const text = clean(value);
    return (text.trim() === '' ? undefined : text) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = value.map(cleanAll).filter((item) => item !== undefined);
    if (items.length === 0) return undefined;
    return (
      items.length === value.length && items.every((item, index) => item === value[index])
        ? value
        : items
    ) as T;
  }
  let changed = false;
  const entries: [string, unknown][] = [];
  for (const [key, child] of Object.entries(value)) {
    const cleaned = cleanAll(child);
    if (cleaned !== child) changed = true;
    if (cleaned !== undefined) entries.push([key, cleaned]);
  }
  // An extension needs a value or extensions of its own.
  if (entries.length === 0 || (entries.length === 1 && entries[0]![0] === 'url')) return undefined;
  return (changed ? Object.fromEntries(entries) : value) as T;
}

// FHIR `date` has no year 0000; FHIR `dateTime` needs seconds and an offset of at most 14 hours.
const isFhirDate = (date: string) => !date.startsWith('0000');
const fhirDateTime =
  /^(?:[1-9]\d{3}|\d[1-9]\d{2}|\d{2}[1-9]\d|\d{3}[1-9])(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$/;
export const int32 = (value: number) => value <= 2_147_483_647;
// FHIR `uri` and `code`: no whitespace, resp. single inner spaces only.
export const isUri = (value: string) => /^\S+$/.test(value);
export const isCode = (value: string) => /^\S+(?: \S+)*$/.test(value);

type Defined<T> = T extends undefined ? never : T;
export const defined = <T>(items: readonly T[]): Defined<T>[] =>
  items.filter((item): item is Defined<T> => item !== undefined);
const nonEmpty = <T>(items: readonly T[]): T[] | undefined =>
  items.length > 0 ? [...items] : undefined;

/** A kit extension with a value, or undefined when there is no value. */
export function kit(
  name: string,
  value: Omit<Extension, 'url'> | undefined,
): Extension | undefined {
  return value === undefined ? undefined : { url: kitExtension(name), ...value };
}

/** A complex extension of its defined parts, or undefined when none is. */
export function complex(
  url: string,
  parts: readonly (Extension | undefined)[],
): Extension | undefined {
  const extension = defined(parts);
  return extension.length > 0 ? { url, extension } : undefined;
}

export const part = (
  name: string,
  value: Omit<Extension, 'url'> | undefined,
): Extension | undefined => (value === undefined ? undefined : { url: name, ...value });

export const string = (value: string | undefined) =>
  value === undefined ? undefined : { valueString: value };
export const code = (value: string | undefined) =>
  value === undefined ? undefined : { valueCode: value };
export const kitCoding = (listId: string, value: string | undefined) =>
  value === undefined ? undefined : { valueCoding: { system: kitCodeSystem(listId), code: value } };
/** A date as `date`, or as a string where FHIR has no such date (year 0000). */
const date = (value: string | undefined) =>
  value === undefined
    ? undefined
    : isFhirDate(value)
      ? { valueDate: value }
      : { valueString: value };

/**
 * A text in several languages as one FHIR string: the first language is the value, named by the
 * kit's `language` extension, the others are FHIR `translation` extensions.
 */
export function localized(text: LocalizedText | undefined): [string, PrimitiveElement] | undefined {
  const entries = Object.entries(text ?? {}).filter(([, content]) => clean(content).trim() !== '');
  const [first, ...rest] = entries;
  if (!first) return undefined;
  const extension: Extension[] = [{ url: kitExtension('language'), valueCode: first[0] }];
  for (const [lang, content] of rest) {
    extension.push({
      url: fhirExtensions.translation,
      extension: [
        { url: 'lang', valueCode: lang },
        { url: 'content', valueString: content },
      ],
    });
  }
  return [first[1], { extension }];
}

/** A localized text as the value of a (sub-)extension. */
export function localizedValue(
  text: LocalizedText | undefined,
): Omit<Extension, 'url'> | undefined {
  const value = localized(text);
  return value && { valueString: value[0], _valueString: value[1] };
}

function coding(source: ModelCoding): Coding {
  // A system or code FHIR cannot hold travels verbatim in kit extensions.
  const extension = defined([
    isUri(source.system) ? undefined : kit('coding-system', string(source.system)),
    isCode(source.code) ? undefined : kit('coding-code', string(source.code)),
  ]);
  return {
    ...(extension.length > 0 && { extension }),
    ...(isUri(source.system) && { system: source.system }),
    ...(source.version !== undefined && { version: source.version }),
    ...(isCode(source.code) && { code: source.code }),
    ...(source.display !== undefined && { display: source.display }),
  };
}

function identifier(source: TrialIdentifier, use: 'official' | 'secondary'): Identifier {
  const system = registrySystem(source.registry);
  const issuer = 'issuer' in source ? source.issuer : undefined;
  return {
    use,
    // Numbers without a registry system say what they are in the type.
    ...(system === undefined && {
      type: { coding: [{ system: kitCodeSystem('trial-registry'), code: source.registry }] },
    }),
    ...(system !== undefined && { system }),
    value: source.id,
    ...(issuer !== undefined && { assigner: { display: issuer } }),
  };
}

/** The status with what FHIR's code cannot say: the harmonised code and the registry's own. */
function statusExtensions(status: Trial['status']): Extension[] | undefined {
  const fhir = statusToFhir[status.code];
  return nonEmpty(
    defined([
      statusFromFhir[fhir] === status.code
        ? undefined
        : kit('trial-status', kitCoding('trial-status', status.code)),
      kit('original', string(status.original)),
    ]),
  );
}

function phase(source: Trial['phase']): CodeableConcept | undefined {
  if (!source) return undefined;
  const fhir = phaseToFhir(source.codes);
  const extension = defined([
    ...(fhir
      ? []
      : source.codes.map((value) => kit('trial-phase', kitCoding('trial-phase', value)))),
    kit('original', string(source.original)),
  ]);
  return {
    ...(extension.length > 0 && { extension }),
    ...(fhir && { coding: [{ system: fhirSystems.researchStudyPhase, code: fhir }] }),
  };
}

/** A partial date and its kind on a FHIR dateTime, e.g. `period.start` and `period._start`. */
function trialDate(
  source: TrialDate | undefined,
): [string | undefined, PrimitiveElement] | undefined {
  if (!source) return undefined;
  const extension = defined([
    kit('date-kind', code(source.kind)),
    isFhirDate(source.date) ? undefined : kit('raw', string(source.date)),
  ]);
  return [isFhirDate(source.date) ? source.date : undefined, { extension }];
}

function contactDetail(source: Contact): ContactDetail {
  const telecom = defined([
    source.email === undefined ? undefined : { system: 'email' as const, value: source.email },
    source.phone === undefined ? undefined : { system: 'phone' as const, value: source.phone },
  ]);
  return {
    extension: [
      complex(kitExtension('contact'), [
        part('role', kitCoding('contact-role', source.role)),
        part('affiliation', string(source.affiliation)),
        part('address', string(source.address)),
      ])!,
    ],
    ...(source.name !== undefined && { name: source.name }),
    ...(telecom.length > 0 && { telecom }),
  };
}

function eligibility(source: Eligibility | undefined): Extension | undefined {
  if (!source) return undefined;
  const age = (bound: Eligibility['minimumAge']) =>
    bound && {
      valueDuration: {
        value: bound.value,
        unit: bound.unit,
        system: fhirSystems.ucum,
        code: ageUnitToUcum[bound.unit],
      },
    };
  return complex(kitExtension('eligibility'), [
    part('sex', kitCoding('eligible-sex', source.sex)),
    part('minimumAge', age(source.minimumAge)),
    part('maximumAge', age(source.maximumAge)),
    part(
      'healthyVolunteers',
      source.healthyVolunteers === undefined
        ? undefined
        : { valueBoolean: source.healthyVolunteers },
    ),
    part('inclusion', localizedValue(source.inclusion)),
    part('exclusion', localizedValue(source.exclusion)),
    part('criteria', localizedValue(source.criteria)),
  ]);
}

function ethics(source: EthicsReview | undefined): Extension | undefined {
  if (!source) return undefined;
  return complex(kitExtension('ethics'), [
    part('status', kitCoding('ethics-status', source.status)),
    part('originalStatus', string(source.originalStatus)),
    part('approved', date(source.approved)),
    ...(source.committees ?? []).map((committee) =>
      complex('committee', [
        part('name', string(committee.name)),
        part('address', string(committee.address)),
        part('email', string(committee.email)),
        part('phone', string(committee.phone)),
      ]),
    ),
  ]);
}

export const timestamp = (value: string | undefined) =>
  value === undefined
    ? undefined
    : fhirDateTime.test(value)
      ? { valueDateTime: value }
      : { valueString: value };

/** One source as a complex extension with this URL: its parts as sub-extensions. */
export function sourceExtension(url: string, item: Source): Extension | undefined {
  return complex(url, [
    part('id', code(item.id)),
    part('registry', code(item.registry)),
    part('producer', string(item.producer)),
    part('title', string(item.title)),
    part('table', string(item.table)),
    part('locator', string(item.locator)),
    part('cites', string(item.cites)),
    part('recordId', string(item.recordId)),
    part('version', string(item.version)),
    part('url', item.url === undefined ? undefined : { valueUrl: item.url }),
    part('licence', string(item.licence)),
    part('published', timestamp(item.published)),
    part('lastUpdated', timestamp(item.lastUpdated)),
    part('retrieved', timestamp(item.retrieved)),
  ]);
}

export function provenance(source: Provenance): Extension | undefined {
  return complex(kitExtension('provenance'), [
    ...source.sources.map((item) => sourceExtension('source', item)),
    ...Object.entries(source.fields ?? {}).map(([pointer, index]) =>
      complex('field', [part('pointer', string(pointer)), part('source', { valueInteger: index })]),
    ),
    ...(source.unmapped ?? []).map((path) => part('unmapped', string(path))),
  ]);
}

/** The MII recruitment extension: start, target and actual enrolment (FHIR integers are 32 bit). */
function recruitment(trial: Trial): Extension[] {
  const start = trial.dates?.start?.date;
  const { target, actual } = trial.enrolment ?? {};
  const integer = (value: number | undefined) =>
    value !== undefined && int32(value) ? { valueInteger: value } : undefined;
  const decimal = (value: number | undefined) =>
    value !== undefined && !int32(value) ? { valueDecimal: value } : undefined;
  return defined([
    complex(fhirExtensions.miiRecruitment, [
      part(
        'rekrutierungsstart',
        start !== undefined && isFhirDate(start) ? { valueDate: start } : undefined,
      ),
      part('rekrutierungsziel', integer(target)),
      part('rekrutierungsstand', integer(actual)),
    ]),
    complex(kitExtension('enrolment'), [
      part('target', decimal(target)),
      part('actual', decimal(actual)),
    ]),
  ]);
}

/** Where the kit puts each trial's resources: the Bundle being built and its shared resources. */
class BundleBuilder {
  readonly entries: BundleEntry[] = [];
  private readonly shared = new Set<string>();
  private readonly studies = new Map<string, number>();

  constructor(private readonly options: FhirBundleOptions) {}

  private get transaction() {
    return this.options.type === 'transaction';
  }

  private get baseUrl() {
    return this.transaction ? undefined : this.options.baseUrl?.replace(/\/+$/, '');
  }

  /** fullUrl and the reference to it. */
  private address(type: string, uuid: string): { fullUrl: string; reference: string } {
    const base = this.baseUrl;
    return base
      ? { fullUrl: `${base}/${type}/${uuid}`, reference: `${type}/${uuid}` }
      : { fullUrl: `urn:uuid:${uuid}`, reference: `urn:uuid:${uuid}` };
  }

  /**
   * A sponsor or site, once per Bundle: its UUID is derived from its content, so the same sponsor
   * in two trials is one Organization. Returns the reference to it.
   */
  addShared(
    written: Organization | Location,
    search: readonly [string, string | undefined][],
  ): string {
    const resource = cleanAll(written) ?? { resourceType: written.resourceType };
    const uuid = uuidV5(namespace, `${resource.resourceType}|${JSON.stringify(resource)}`);
    const { fullUrl, reference } = this.address(resource.resourceType, uuid);
    if (!this.shared.has(uuid)) {
      this.shared.add(uuid);
      const query = searchQuery(search);
      this.entries.push({
        fullUrl,
        resource: this.baseUrl ? { ...resource, id: uuid } : resource,
        ...(this.transaction && {
          request: {
            method: 'POST',
            url: resource.resourceType,
            ...(query && { ifNoneExist: query }),
          },
        }),
      });
    }
    return reference;
  }

  addStudy(trial: Trial, study: ResearchStudy): void {
    const primary = trial.identifiers.primary;
    const key = JSON.stringify([
      primary.registry,
      'issuer' in primary ? primary.issuer : null,
      primary.id,
    ]);
    // Two trials with the same number still get two entries (fullUrls must be unique).
    const seen = this.studies.get(key) ?? 0;
    this.studies.set(key, seen + 1);
    const uuid = uuidV5(namespace, `ResearchStudy|${key}${seen > 0 ? `#${seen}` : ''}`);
    const { fullUrl } = this.address('ResearchStudy', uuid);
    const system = registrySystem(primary.registry);
    this.entries.push({
      fullUrl,
      resource: cleanAll(this.baseUrl ? { ...study, id: uuid } : study)!,
      ...(this.transaction && {
        request: {
          method: 'PUT',
          url: `ResearchStudy?${searchQuery([['identifier', `${system ?? ''}|${searchValue(primary.id)}`]], true)}`,
        },
      }),
    });
  }
}

/** FHIR search escapes `\`, `,`, `$` and `|` inside a value. */
export const searchValue = (value: string) => value.replace(/[\\,$|]/g, '\\$&');

function searchQuery(
  parameters: readonly [string, string | undefined][],
  escaped = false,
): string | undefined {
  const query = parameters
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(
      ([name, value]) =>
        `${name}=${encodeURIComponent(clean(escaped ? value : searchValue(value)))}`,
    )
    .join('&');
  return query || undefined;
}

function sponsorParty(
  sponsor: Sponsor,
  builder: BundleBuilder,
): { extension: Extension; reference: string } {
  const organization: Organization = {
    resourceType: 'Organization',
    name: sponsor.name,
    ...(sponsor.country !== undefined && { address: [{ country: sponsor.country }] }),
  };
  const reference = builder.addShared(organization, [
    ['name:exact', organization.name],
    ['address-country', sponsor.country],
  ]);
  const fhirClass = sponsor.class && funderClassToFhir[sponsor.class];
  const classExtension = defined([kit('original', string(sponsor.originalClass))]);
  const classifier: CodeableConcept | undefined =
    sponsor.class !== undefined || sponsor.originalClass !== undefined
      ? {
          ...(classExtension.length > 0 && { extension: classExtension }),
          ...(sponsor.class !== undefined && {
            coding: [
              fhirClass
                ? { system: fhirSystems.partyOrgType, code: fhirClass }
                : { system: kitCodeSystem('funder-class'), code: sponsor.class },
            ],
          }),
        }
      : undefined;
  const extension = complex(fhirExtensions.associatedParty, [
    part('role', {
      valueCodeableConcept: {
        coding: [{ system: fhirSystems.partyRole, code: sponsorRoleToFhir[sponsor.role] }],
      },
    }),
    part('classifier', classifier && { valueCodeableConcept: classifier }),
    part('party', { valueReference: { reference } }),
  ])!;
  return { extension, reference };
}

/** The place of a site as a Location; undefined when the site names no place. */
function siteLocation(site: TrialSite): Location | undefined {
  const district = site.district;
  // de.basisprofil's AGS extension holds a municipality key (8 digits), whose first five digits
  // are its district: a kreisfreie Stadt's municipality key is its district key + 000. Where that
  // does not give back the site's district exactly, the kit's `district` extension says it.
  const municipality =
    district &&
    (district.length === 8
      ? district
      : regionByAgs(district)?.districtType === 'urban-district'
        ? `${district}000`
        : undefined);
  const cityExtension = defined([
    municipality
      ? { url: fhirExtensions.ags, valueCoding: { system: fhirSystems.ags, code: municipality } }
      : undefined,
    district && municipality?.slice(0, 5) !== district
      ? kit('district', { valueCoding: { system: fhirSystems.ags, code: district } })
      : undefined,
  ]);
  const address = {
    ...(site.city !== undefined && { city: site.city }),
    ...(cityExtension.length > 0 && { _city: { extension: cityExtension } }),
    ...(site.state !== undefined && { state: site.state }),
    ...(site.postalCode !== undefined && { postalCode: site.postalCode }),
    ...(site.country !== undefined && { country: site.country }),
  };
  const hasAddress = Object.keys(address).length > 0;
  if (site.facility === undefined && !hasAddress && !site.coordinates) return undefined;
  return {
    resourceType: 'Location',
    ...(site.facility !== undefined && { name: site.facility }),
    ...(hasAddress && { address }),
    ...(site.coordinates && {
      position: { longitude: site.coordinates.lon, latitude: site.coordinates.lat },
    }),
  };
}

function siteReference(site: TrialSite, builder: BundleBuilder): Reference {
  const location = siteLocation(site);
  const reference =
    location &&
    builder.addShared(location, [
      ['name:exact', location.name],
      ['address-city:exact', location.address?.city],
      ['address-postalcode', location.address?.postalCode],
      ['address-country', location.address?.country],
    ]);
  // What belongs to this trial at the site, not to the place, stays on the reference.
  const extension = complex(kitExtension('site'), [
    part('status', site.status && kitCoding('trial-status', site.status.code)),
    part('originalStatus', string(site.status?.original)),
    ...(site.contacts ?? []).map((contact) =>
      part('contact', { valueContactDetail: contactDetail(contact) }),
    ),
  ]);
  return { ...(extension && { extension: [extension] }), ...(reference && { reference }) };
}

function researchStudy(trial: Trial, builder: BundleBuilder): ResearchStudy {
  const { identifiers, title, dates, design } = trial;
  const parties = (trial.sponsors ?? []).map((sponsor) => ({
    sponsor,
    ...sponsorParty(sponsor, builder),
  }));
  const lead = parties.find((party) => party.sponsor.role === 'primary');
  const titleText = localized(title.public);
  const scientific = localized(title.scientific);
  const summary = localized(trial.summary);
  const description = localized(trial.description);
  const start = trialDate(dates?.start);
  const end = trialDate(dates?.completion);
  const statusExtension = statusExtensions(trial.status);
  const studyTypeExtension = defined([kit('original', string(trial.studyType.original))]);

  const extension = defined([
    scientific &&
      complex(fhirExtensions.label, [
        part('type', {
          valueCodeableConcept: { coding: [{ system: fhirSystems.titleType, code: 'scientific' }] },
        }),
        part('value', { valueString: scientific[0], _valueString: scientific[1] }),
      ]),
    title.acronym === undefined
      ? undefined
      : { url: fhirExtensions.miiAcronym, valueString: title.acronym },
    summary && {
      url: fhirExtensions.descriptionSummary,
      valueMarkdown: summary[0],
      _valueMarkdown: summary[1],
    },
    ...recruitment(trial),
    ...parties.map((party) => party.extension),
    design &&
      complex(kitExtension('design'), [
        part('allocation', kitCoding('allocation', design.allocation)),
        part('model', kitCoding('intervention-model', design.model)),
        part('masking', kitCoding('masking', design.masking)),
        part('description', localizedValue(design.description)),
      ]),
    dates?.primaryCompletion &&
      complex(kitExtension('primary-completion'), [
        part('date', date(dates.primaryCompletion.date)),
        part('kind', code(dates.primaryCompletion.kind)),
      ]),
    kit('registered', date(dates?.registered)),
    kit('results-posted', date(dates?.resultsPosted)),
    kit('status-verified', date(dates?.statusVerified)),
    kit('last-updated', date(dates?.lastUpdated)),
    eligibility(trial.eligibility),
    ethics(trial.ethics),
    trial.ipdSharing &&
      complex(kitExtension('ipd-sharing'), [
        part('plan', kitCoding('ipd-sharing', trial.ipdSharing.plan)),
        part('description', string(trial.ipdSharing.description)),
        part(
          'url',
          trial.ipdSharing.url === undefined ? undefined : { valueUrl: trial.ipdSharing.url },
        ),
      ]),
    trial.results &&
      complex(kitExtension('results'), [
        part('summary', localizedValue(trial.results.summary)),
        part('url', trial.results.url === undefined ? undefined : { valueUrl: trial.results.url }),
      ]),
    provenance(trial.provenance),
  ]);

  const relatedArtifact = [
    ...(trial.url === undefined
      ? []
      : [{ type: 'documentation' as const, label: 'registry-entry', url: trial.url }]),
    ...(trial.results?.publications ?? []).map((publication) => {
      const ids = defined([
        kit('doi', string(publication.doi)),
        kit('pmid', string(publication.pmid)),
      ]);
      return {
        ...(ids.length > 0 && { extension: ids }),
        type: 'citation' as const,
        ...(publication.citation !== undefined && { citation: publication.citation }),
        ...(publication.url !== undefined && { url: publication.url }),
      };
    }),
  ];

  const study: ResearchStudy = {
    resourceType: 'ResearchStudy',
    ...(extension.length > 0 && { extension }),
    identifier: [
      identifier(identifiers.primary, 'official'),
      ...(identifiers.secondary ?? []).map((item) => identifier(item, 'secondary')),
    ],
    ...(titleText && { title: titleText[0], _title: titleText[1] }),
    status: statusToFhir[trial.status.code],
    ...(statusExtension && { _status: { extension: statusExtension } }),
    ...(design?.purpose !== undefined && {
      primaryPurposeType: {
        coding: [
          design.purpose === 'other'
            ? { system: kitCodeSystem('purpose'), code: 'other' }
            : { system: fhirSystems.primaryPurpose, code: design.purpose },
        ],
      },
    }),
    ...(trial.phase && { phase: phase(trial.phase) }),
    category: [
      {
        ...(studyTypeExtension.length > 0 && { extension: studyTypeExtension }),
        coding: [{ system: kitCodeSystem('study-type'), code: trial.studyType.code }],
      },
    ],
  };
  const focus = (trial.interventions ?? []).map((intervention) => {
    const details = complex(kitExtension('intervention'), [
      part('type', kitCoding('intervention-type', intervention.type)),
      part('originalType', string(intervention.originalType)),
      part('description', string(intervention.description)),
    ]);
    return {
      ...(details && { extension: [details] }),
      ...(intervention.codes && { coding: intervention.codes.map(coding) }),
      text: intervention.name,
    };
  });
  if (focus.length > 0) study.focus = focus;
  if (trial.conditions) {
    study.condition = trial.conditions.map((condition) => ({
      ...(condition.codes && { coding: condition.codes.map(coding) }),
      text: condition.text,
    }));
  }
  if (trial.contacts) study.contact = trial.contacts.map(contactDetail);
  if (relatedArtifact.length > 0) study.relatedArtifact = relatedArtifact;
  if (trial.keywords) study.keyword = trial.keywords.map((keyword) => ({ text: keyword }));
  if (trial.countries) {
    study.location = trial.countries.map((country) => ({
      coding: [{ system: fhirSystems.iso3166, code: country }],
    }));
  }
  if (description) [study.description, study._description] = description;
  if (start || end) {
    study.period = {
      ...(start?.[0] !== undefined && { start: start[0] }),
      ...(start && { _start: start[1] }),
      ...(end?.[0] !== undefined && { end: end[0] }),
      ...(end && { _end: end[1] }),
    };
  }
  if (lead) study.sponsor = { reference: lead.reference };
  if (trial.sites) study.site = trial.sites.map((site) => siteReference(site, builder));
  if (trial.whyStopped !== undefined) study.reasonStopped = { text: trial.whyStopped };
  if (trial.outcomes) {
    study.objective = trial.outcomes.map((outcome) => {
      const details = complex(kitExtension('outcome'), [
        part('timeFrame', string(outcome.timeFrame)),
        part('description', string(outcome.description)),
      ]);
      return {
        ...(details && { extension: [details] }),
        name: outcome.measure,
        type: {
          coding: [{ system: fhirSystems.objectiveType, code: outcomeTypeToFhir[outcome.type] }],
        },
      };
    });
  }
  return study;
}

/**
 * The entries of `trialsToFhirBundle`, one trial after the other (its study first, then the sponsors
 * and sites not written before), for writing a Bundle of many trials as a stream: memory holds only
 * the UUIDs of the sponsors and sites written so far.
 */
export function* fhirBundleEntries(
  trials: Iterable<Trial>,
  options: FhirBundleOptions = {},
): Generator<BundleEntry> {
  const entriesOf = fhirEntryWriter(options);
  for (const trial of trials) yield* entriesOf(trial);
}

/**
 * The Bundle entries of one trial at a time, for writing a Bundle as a stream: the study first,
 * then the sponsors and sites that earlier trials did not already bring.
 */
export function fhirEntryWriter(options: FhirBundleOptions = {}): (trial: Trial) => BundleEntry[] {
  const builder = new BundleBuilder(options);
  return (trial) => {
    // Sponsors and sites are added while the study is built, the study after them.
    const study = researchStudy(trial, builder);
    builder.addStudy(trial, study);
    const added = builder.entries.splice(0);
    return [added.at(-1)!, ...added.slice(0, -1)];
  };
}

/**
 * Trials as a FHIR R4 Bundle: each trial a ResearchStudy (MII module Studie conventions where they
 * fit), its sponsors Organizations and its sites Locations (de.basisprofil AGS extension on the
 * city). What FHIR has no element for travels in the kit's extensions, so that reading the Bundle
 * back gives the same trials. Entries have stable `urn:uuid:` fullUrls derived from the trials'
 * identifiers and the sponsors' and sites' content: the same input gives the same Bundle.
 */
export function trialsToFhirBundle(
  trials: Iterable<Trial>,
  options: FhirBundleOptions = {},
): Bundle {
  const entry = [...fhirBundleEntries(trials, options)];
  return {
    resourceType: 'Bundle',
    type: options.type ?? 'collection',
    ...(entry.length > 0 && { entry }),
  };
}
