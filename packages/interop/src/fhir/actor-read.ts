import {
  type Actor,
  type ActorIdentifier,
  actorKinds,
  formats,
  healthEconomySectors,
  identifierSchemeOfSystem,
  isKnownAgs,
  isValidIk,
  isValidRor,
  type LocalizedText,
  topics,
  validateActor,
} from '@nrw-health/core';
import { IssueLog, type RecordResult } from '../shared/result';
import { slugOf } from '../stats/dataset';
import {
  actorFhirSystems,
  identifierTypeOfScheme,
  kindToOrganizationType,
  organizationDescription,
  organizationTypeToKind,
} from './actor-codes';
import { fhirExtensions, kitCodeSystem, kitExtension } from './codes';
import {
  addressKeys,
  at,
  child,
  type FhirReadOptions,
  isHttpUrl,
  isObject,
  type Json,
  type Node,
  provenance,
  rawString,
  resolveIn,
  type StudyReader,
} from './read';
import { finishRecord, isOpened, openRecord } from './read-record';

/** Reads any resource of a record, not only studies: named after its first use. */
type Reader = StudyReader;

const slug = formats.slug.pattern;
const trialPhaseCodes = new Set(['early-phase-1', 'phase-1', 'phase-2', 'phase-3', 'phase-4']);

/**
 * The actor id of an Organization, found without reading anything: the kit's actor identifier,
 * else its resource id, else its name, as a slug.
 */
function actorIdOf(resource: Json): string | undefined {
  const kitId = Array.isArray(resource.identifier)
    ? resource.identifier.find((item) => isObject(item) && item.system === actorFhirSystems.actor)
        ?.value
    : undefined;
  if (typeof kitId === 'string' && slug.test(kitId)) return kitId;
  for (const text of [resource.id, resource.name]) {
    const id = typeof text === 'string' ? slugOfText(text) : undefined;
    if (id) return id;
  }
  return undefined;
}

/** A slug of a text's start: ids are short, and hostile texts long. */
const slugOfText = (text: string) => slugOf(text.slice(0, 200));

/** Actor ids by every key a reference may use for an Organization of the document. */
function memberIndex(document: Json): Map<string, string> {
  const index = new Map<string, string>();
  const entries = Array.isArray(document.entry) ? document.entry : [];
  for (const entry of entries) {
    if (!isObject(entry) || !isObject(entry.resource)) continue;
    if (entry.resource.resourceType !== 'Organization') continue;
    const id = actorIdOf(entry.resource);
    if (id === undefined) continue;
    for (const key of addressKeys(entry.fullUrl, 'Organization', entry.resource.id)) {
      if (!index.has(key)) index.set(key, id);
    }
  }
  return index;
}

function actorId(r: Reader, organization: Node): string | undefined {
  const kitId = kitIdentifier(r, organization, actorFhirSystems.actor);
  if (kitId !== undefined) return kitId;
  const id = rawString(child(organization, 'id'));
  if (id !== undefined && slugOfText(id)) return slugOfText(r.str(child(organization, 'id'))!);
  // Without a usable id the actor is named after itself; the name is read as the name.
  const name = rawString(child(organization, 'name'));
  return name === undefined ? undefined : slugOfText(name);
}

/** The value of the identifier with a kit system, read; a value that is no slug is an issue. */
function kitIdentifier(r: Reader, resource: Node, system: string): string | undefined {
  const found = r
    .list(child(resource, 'identifier'))
    .find((node) => rawString(child(node, 'system')) === system);
  if (!found) return undefined;
  r.str(child(found, 'system'));
  const value = r.str(child(found, 'value'));
  if (value === undefined || slug.test(value)) return value;
  r.log.source([...found.path, 'value'], 'invalid_format', { format: formats.slug });
  return undefined;
}

function kind(r: Reader, organization: Node): Actor['kind'] {
  const types = r.list(child(organization, 'type'));
  for (const type of types) {
    const kitCoding = r.findCoding(type, (system) => system === kitCodeSystem('actor-kind'));
    if (kitCoding) {
      const code = r.kitCode(kitCoding, actorKinds) ?? 'other';
      // HL7's type next to it says what the kit's code says.
      const hl7 = r.findCoding(
        type,
        (system, value) =>
          system === actorFhirSystems.organizationType && value === kindToOrganizationType[code],
      );
      if (hl7) {
        r.str(child(hl7, 'system'));
        r.str(child(hl7, 'code'));
      }
      return code;
    }
  }
  for (const type of types) {
    const coding = r.findCoding(
      type,
      (system, code) =>
        system === actorFhirSystems.organizationType &&
        typeof code === 'string' &&
        Object.hasOwn(organizationTypeToKind, code),
    );
    if (coding) {
      r.str(child(coding, 'system'));
      return organizationTypeToKind[r.str(child(coding, 'code'))!]!;
    }
  }
  // An organisation of a kind the model cannot tell: its types stay unread, and so are lost.
  return 'other';
}

const schemeFormats = {
  ik: formats.ik,
  ror: formats.ror,
  'telematik-id': formats.telematikId,
  'hospital-site': formats.hospitalSite,
} as const;

type CodedScheme = keyof typeof schemeFormats;

/** One identifier in the model's terms; undefined (unread or with an issue) when it has none. */
function identifier(r: Reader, node: Node): ActorIdentifier | undefined {
  const system = rawString(child(node, 'system'));
  const scheme = system === undefined ? undefined : identifierSchemeOfSystem(system);
  const typeCode = (code: string) =>
    r.findCoding(
      child(node, 'type'),
      (s, c) => s === actorFhirSystems.identifierType && c === code,
    );
  const readType = (coding: Node | undefined) => {
    if (!coding) return;
    r.str(child(coding, 'system'));
    r.str(child(coding, 'code'));
  };
  if (scheme !== undefined && Object.hasOwn(schemeFormats, scheme)) {
    const coded = scheme as CodedScheme;
    r.str(child(node, 'system'));
    const type = identifierTypeOfScheme[coded];
    if (type) readType(typeCode(type));
    const value = r.str(child(node, 'value'));
    if (value === undefined) return undefined;
    const format = schemeFormats[coded];
    if (!format.pattern.test(value)) {
      r.log.source([...node.path, 'value'], 'invalid_format', { format });
      return undefined;
    }
    const checked = coded === 'ik' ? isValidIk(value) : coded === 'ror' ? isValidRor(value) : true;
    if (!checked) {
      r.log.source([...node.path, 'value'], 'invalid_check_digit', { value });
      return undefined;
    }
    return { scheme: coded, value };
  }
  if (system === actorFhirSystems.uri) {
    const value = rawString(child(node, 'value'));
    if (value === undefined || !isHttpUrl(value)) return undefined;
    r.str(child(node, 'system'));
    return { scheme: 'website', url: r.url(child(node, 'value'))! };
  }
  const register = r.findCoding(
    child(node, 'type'),
    (s, c) => s === kitCodeSystem('actor-identifier') && c === 'register',
  );
  const court = rawString(at(node, 'assigner', 'display'));
  if (register && court !== undefined) {
    readType(register);
    const number = r.str(child(node, 'value'));
    return number === undefined
      ? undefined
      : { scheme: 'register', court: r.str(at(node, 'assigner', 'display'))!, number };
  }
  const verbatim = r.extension(node, kitExtension('identifier-system'));
  const otherSystem = verbatim ? r.str(child(verbatim, 'valueString')) : system;
  // Without a system an identifier means nothing: it stays unread, and so is lost.
  if (otherSystem === undefined || rawString(child(node, 'value')) === undefined) return undefined;
  if (!verbatim) r.str(child(node, 'system'));
  return { scheme: 'other', system: otherSystem, value: r.str(child(node, 'value'))! };
}

function identifiers(r: Reader, organization: Node): ActorIdentifier[] {
  const found: ActorIdentifier[] = [];
  const seen = new Set<string>();
  for (const node of r.list(child(organization, 'identifier'))) {
    if (rawString(child(node, 'system')) === actorFhirSystems.actor) continue;
    const read = identifier(r, node);
    if (!read) continue;
    const key = JSON.stringify(read);
    if (seen.has(key)) {
      r.log.source(node.path, 'duplicate', { value: key });
      continue;
    }
    seen.add(key);
    found.push(read);
  }
  return found;
}

/** The AGS of the city: the kit's district extension, else de.basisprofil's municipality key. */
function district(r: Reader, city: Node): string | undefined {
  const kit = r.find(city, kitExtension('district'))[0];
  const municipality = r.find(city, fhirExtensions.ags)[0];
  const found = kit ?? municipality;
  if (!found) return undefined;
  const readCoding = (extension: Node) => {
    r.read(child(extension, 'url'));
    r.str(at(extension, 'valueCoding', 'system'));
    return r.str(at(extension, 'valueCoding', 'code'));
  };
  const code = readCoding(found);
  if (code === undefined) return undefined;
  // The municipality key of the kit's district (a kreisfreie Stadt) says the same.
  const municipalityCode = municipality && rawString(at(municipality, 'valueCoding', 'code'));
  if (kit && municipality && municipalityCode?.startsWith(code)) readCoding(municipality);
  const path = [...found.path, 'valueCoding', 'code'];
  if (!formats.ags.pattern.test(code)) {
    r.log.source(path, 'invalid_format', { format: formats.ags });
    return undefined;
  }
  if (!isKnownAgs(code)) {
    r.log.source(path, 'unknown_region', { value: code });
    return undefined;
  }
  return code;
}

function address(r: Reader, organization: Node): Actor['address'] {
  const node = at(organization, 'address', 0);
  if (!isObject(node.raw)) return undefined;
  // An address without a country has no place in the model: it stays unread.
  const country = r.country(child(node, 'country'));
  if (country === undefined) return undefined;
  const postalCode = rawString(child(node, 'postalCode'));
  const postalCodeFits =
    postalCode !== undefined && (country !== 'DE' || formats.postalCodeDe.pattern.test(postalCode));
  if (postalCode !== undefined && !postalCodeFits) {
    r.log.source([...node.path, 'postalCode'], 'invalid_format', {
      format: formats.postalCodeDe,
    });
  }
  const state = rawString(child(node, 'state'));
  return {
    lines: r.list(child(node, 'line')).flatMap((line) => r.str(line) ?? []),
    postalCode: postalCodeFits ? r.str(child(node, 'postalCode')) : undefined,
    city: r.str(child(node, 'city')),
    district: district(r, child(node, '_city')),
    // A state the model can hold is an ISO 3166-2 code; a name stays unread.
    state:
      state !== undefined && formats.subdivision.pattern.test(state)
        ? r.str(child(node, 'state'))
        : undefined,
    country,
  };
}

/** The Locations that the organisation manages: contained ones, and those of the Bundle. */
function sites(r: Reader, organization: Node, entries: readonly Node[]): Node[] {
  const contained = r
    .list(child(organization, 'contained'))
    .filter(
      (resource) =>
        rawString(child(resource, 'resourceType')) === 'Location' &&
        rawString(at(resource, 'managingOrganization', 'reference')) === '#',
    );
  const managed = entries
    .map((entry) => child(entry, 'resource'))
    .filter(
      (resource) =>
        rawString(child(resource, 'resourceType')) === 'Location' &&
        r.resolvable(child(resource, 'managingOrganization'))?.raw === organization.raw,
    );
  return [...contained, ...managed];
}

function coordinates(
  r: Reader,
  organization: Node,
  entries: readonly Node[],
): Actor['coordinates'] {
  for (const site of sites(r, organization, entries)) {
    const position = child(site, 'position');
    const lat = rawNumber(child(position, 'latitude'));
    const lon = rawNumber(child(position, 'longitude'));
    if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      continue;
    }
    r.read(child(site, 'resourceType'));
    r.str(at(site, 'managingOrganization', 'reference'));
    kitIdentifier(r, site, actorFhirSystems.actorSite);
    return { lat: r.num(child(position, 'latitude'))!, lon: r.num(child(position, 'longitude'))! };
  }
  return undefined;
}

const rawNumber = (node: Node) =>
  typeof node.raw === 'number' && Number.isFinite(node.raw) ? node.raw : undefined;

/** A membership: the member organisation by the kit's actor id, or by a reference in the Bundle. */
function membership(
  r: Reader,
  reference: Node,
  members: ReadonlyMap<string, string>,
): string | undefined {
  const identifier = child(reference, 'identifier');
  if (rawString(child(identifier, 'system')) === actorFhirSystems.actor) {
    r.str(child(identifier, 'system'));
    const id = r.str(child(identifier, 'value'));
    // The reference to the member's entry says the same.
    if (rawString(child(reference, 'reference')) !== undefined)
      r.str(child(reference, 'reference'));
    if (id !== undefined && slug.test(id)) return id;
    r.log.source([...identifier.path, 'value'], 'invalid_format', { format: formats.slug });
    return undefined;
  }
  const target = rawString(child(reference, 'reference'));
  const id = target === undefined ? undefined : resolveIn(members, target);
  if (id !== undefined) r.str(child(reference, 'reference'));
  return id;
}

function memberships(
  r: Reader,
  organization: Node,
  members: ReadonlyMap<string, string>,
): string[] {
  const partOf = child(organization, 'partOf');
  const references = [
    ...(partOf.raw === undefined ? [] : [partOf]),
    ...r
      .extensions(organization, kitExtension('membership'))
      .map((extension) => child(extension, 'valueReference')),
  ];
  const found: string[] = [];
  for (const reference of references) {
    const id = membership(r, reference, members);
    if (id === undefined) continue;
    if (found.includes(id)) r.log.source(reference.path, 'duplicate', { value: id });
    else found.push(id);
  }
  return found;
}

function studyCentre(r: Reader, organization: Node): Actor['studyCentre'] {
  const kit = r.extension(organization, kitExtension('study-centre'));
  if (!kit) return undefined;
  const integer = (name: string) => {
    const found = r.extension(kit, name);
    return found && r.int(child(found, 'valueInteger'));
  };
  return {
    specialities: r.extensions(kit, 'speciality').flatMap((found): (string | LocalizedText)[] => {
      const named = r.find(child(found, '_valueString'), kitExtension('language')).length > 0;
      const value = named ? r.textValue(found) : r.str(child(found, 'valueString'));
      return value === undefined ? [] : [value];
    }),
    experience: { since: integer('since'), trials: integer('trials') },
    phases: r.extensions(kit, 'phase').flatMap((found) => {
      const coding = child(found, 'valueCoding');
      r.str(child(coding, 'system'));
      const code = r.str(child(coding, 'code'));
      if (code !== undefined && trialPhaseCodes.has(code)) return [code as 'phase-1'];
      r.log.source([...coding.path, 'code'], 'unknown_code', {
        value: code,
        allowed: [...trialPhaseCodes],
      });
      return [];
    }),
  };
}

/** The first `url` of the telecom: the website. Phone numbers and e-mail have no place. */
function website(r: Reader, organization: Node): string | undefined {
  const found = r
    .list(child(organization, 'telecom'))
    .find((point) => rawString(child(point, 'system')) === 'url');
  if (!found) return undefined;
  r.str(child(found, 'system'));
  return r.url(child(found, 'value'));
}

function actorOf(
  r: Reader,
  organization: Node,
  entries: readonly Node[],
  fullUrl: string | undefined,
  members: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const founded = r.extension(organization, kitExtension('founded'));
  return {
    id: actorId(r, organization),
    kind: kind(r, organization),
    name: r.text(child(organization, 'name'), child(organization, '_name')),
    // The first alias is the short name; others have no place.
    shortName: r.text(at(organization, 'alias', 0), at(organization, '_alias', 0)),
    identifiers: identifiers(r, organization),
    address: address(r, organization),
    coordinates: coordinates(r, organization, entries),
    founded: founded && r.int(child(founded, 'valueInteger')),
    sectors: r
      .extensions(organization, kitExtension('sector'))
      .flatMap((found) => r.kitCode(child(found, 'valueCoding'), healthEconomySectors) ?? []),
    topics: r
      .extensions(organization, kitExtension('topic'))
      .flatMap((found) => r.kitCode(child(found, 'valueCoding'), topics) ?? []),
    competences: r
      .extensions(organization, kitExtension('competence'))
      .flatMap((found): LocalizedText[] => {
        const text = r.textValue(found);
        return text ? [text] : [];
      }),
    description: r.textValue(r.extension(organization, organizationDescription)),
    memberships: memberships(r, organization, members),
    studyCentre: studyCentre(r, organization),
    website: website(r, organization),
    provenance: provenance(r, organization, fullUrl),
  };
}

function readOrganization(
  record: unknown,
  options: FhirReadOptions,
  members?: ReadonlyMap<string, string>,
): RecordResult<Actor> {
  const log = new IssueLog(options);
  const opened = openRecord(record, 'Organization', log, options);
  if (!isOpened(opened)) return opened;
  const { tracked, reader, resource, entries, fullUrl } = opened;
  const index = members ?? (isObject(record) ? memberIndex(record) : new Map());
  return finishRecord(
    actorOf(reader, resource, entries, fullUrl, index),
    tracked,
    log,
    validateActor,
  );
}

/**
 * One actor from a FHIR R4 Organization, or from the first Organization of a Bundle with the
 * Locations it manages (their position is the actor's coordinates). The kit's extensions give
 * back exactly the actor `actorToFhir` wrote; Organizations from elsewhere give what the model
 * can hold. Never throws: what cannot be read is an issue, what has no place in the model is
 * `lost` (and the actor's `provenance.unmapped`).
 */
export function readFhirOrganization(
  record: unknown,
  options: FhirReadOptions = {},
): RecordResult<Actor> {
  return readOrganization(record, options);
}

/**
 * The actors of a Bundle (any type), one result per Organization, each read with the Locations it
 * manages; memberships (`partOf`) resolve to the actor ids of the Bundle's Organizations. A single
 * Organization, or anything else, gives one result.
 */
export function readFhirOrganizations(
  document: unknown,
  options: FhirReadOptions = {},
): RecordResult<Actor>[] {
  if (!isObject(document) || document.resourceType !== 'Bundle' || !Array.isArray(document.entry)) {
    return [readOrganization(document, options)];
  }
  const members = memberIndex(document);
  const entries = document.entry.filter(
    (entry): entry is Json & { resource: Json } => isObject(entry) && isObject(entry.resource),
  );
  const plain = (entry: Json) => ({
    ...(entry.fullUrl !== undefined && { fullUrl: entry.fullUrl }),
    resource: entry.resource,
  });
  return entries
    .filter((entry) => entry.resource.resourceType === 'Organization')
    .map((entry) => {
      const own = new Map(
        addressKeys(entry.fullUrl, 'Organization', entry.resource.id).map((key) => [key, true]),
      );
      const managed = entries.filter((other) => {
        const manager = other.resource.managingOrganization;
        return (
          other.resource.resourceType === 'Location' &&
          isObject(manager) &&
          typeof manager.reference === 'string' &&
          resolveIn(own, manager.reference) === true
        );
      });
      const record = { resourceType: 'Bundle', entry: [entry, ...managed].map(plain) };
      return readOrganization(record, options, members);
    });
}
