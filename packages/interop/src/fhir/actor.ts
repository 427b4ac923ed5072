import type { Actor, ActorIdentifier, StudyCentre } from '@nrw-health/core';
import {
  actorFhirSystems,
  cityAgsExtensions,
  identifierTypeOfScheme,
  kindToOrganizationType,
  organizationDescription,
} from './actor-codes';
import { kitCodeSystem, kitExtension } from './codes';
import type {
  ActorBundle,
  ActorBundleEntry,
  FhirAddress,
  FhirLocation,
  FhirOrganization,
  KitIdentifier,
  LogicalReference,
} from './resource-types';
import type { CodeableConcept, Extension } from './types';
import { uuidV5 } from './uuid';
import {
  cleanAll,
  complex,
  defined,
  isUri,
  kit,
  kitCoding,
  localized,
  localizedValue,
  namespace,
  part,
  provenance,
  searchValue,
  string,
} from './write';

export interface ActorBundleOptions {
  /**
   * `collection` (default): the actors as data. `transaction`: for loading into a FHIR server,
   * each Organization and Location a conditional update on the actor's id.
   */
  readonly type?: 'collection' | 'transaction';
}

const identifierType = (code: string): CodeableConcept => ({
  coding: [{ system: actorFhirSystems.identifierType, code }],
});

function identifier(source: ActorIdentifier): KitIdentifier {
  switch (source.scheme) {
    case 'ik':
    case 'ror':
    case 'telematik-id':
    case 'hospital-site': {
      const type = identifierTypeOfScheme[source.scheme];
      return {
        ...(type && { type: identifierType(type) }),
        system: systemOfScheme[source.scheme],
        value: source.value,
      };
    }
    case 'register':
      // A register number is unique only with its court: the court is the assigner.
      return {
        type: { coding: [{ system: kitCodeSystem('actor-identifier'), code: 'register' }] },
        value: source.number,
        assigner: { display: source.court },
      };
    case 'website':
      return { system: actorFhirSystems.uri, value: source.url };
    case 'other':
      // A system FHIR cannot hold (it is a URI there) travels verbatim in a kit extension.
      return isUri(source.system)
        ? { system: source.system, value: source.value }
        : {
            extension: [kit('identifier-system', string(source.system))!],
            value: source.value,
          };
  }
}

const systemOfScheme = {
  ik: 'http://fhir.de/sid/arge-ik/iknr',
  ror: 'https://ror.org',
  'telematik-id': 'https://gematik.de/fhir/sid/telematik-id',
  'hospital-site': 'http://fhir.de/sid/dkgev/standortnummer',
} as const;

/** The actor's kind: the kit's code, and HL7's organisation type where one fits. */
function organizationType(kind: Actor['kind']): CodeableConcept {
  const hl7 = kindToOrganizationType[kind];
  return {
    coding: [
      { system: kitCodeSystem('actor-kind'), code: kind },
      ...(hl7 ? [{ system: actorFhirSystems.organizationType, code: hl7 }] : []),
    ],
  };
}

function address(source: Actor['address']): FhirAddress | undefined {
  if (!source) return undefined;
  const cityExtension = cityAgsExtensions(source.district);
  return {
    ...(source.lines && { line: source.lines }),
    ...(source.city !== undefined && { city: source.city }),
    ...(cityExtension.length > 0 && { _city: { extension: cityExtension } }),
    ...(source.state !== undefined && { state: source.state }),
    ...(source.postalCode !== undefined && { postalCode: source.postalCode }),
    country: source.country,
  };
}

function studyCentre(source: StudyCentre | undefined): Extension | undefined {
  if (!source) return undefined;
  return complex(kitExtension('study-centre'), [
    // A plain speciality is a plain string; one in several languages names its languages.
    ...source.specialities.map((speciality) =>
      part(
        'speciality',
        typeof speciality === 'string' ? string(speciality) : localizedValue(speciality),
      ),
    ),
    part('since', integer(source.experience?.since)),
    part('trials', integer(source.experience?.trials)),
    ...(source.phases ?? []).map((phase) => part('phase', kitCoding('trial-phase', phase))),
  ]);
}

const integer = (value: number | undefined) =>
  value === undefined ? undefined : { valueInteger: value };

/** Where a membership points: the member organisation by the kit's actor id, and in a Bundle its entry. */
type MemberReference = (id: string) => LogicalReference;

const logicalReference: MemberReference = (id) => ({
  identifier: { system: actorFhirSystems.actor, value: id },
});

function organization(actor: Actor, member: MemberReference): FhirOrganization {
  const name = localized(actor.name);
  const shortName = localized(actor.shortName);
  const [partOf, ...otherMemberships] = actor.memberships ?? [];
  const extension = defined([
    actor.description && {
      url: organizationDescription,
      ...localizedMarkdown(actor.description),
    },
    kit('founded', integer(actor.founded)),
    ...(actor.sectors ?? []).map((sector) =>
      kit('sector', kitCoding('health-economy-sector', sector)),
    ),
    ...(actor.topics ?? []).map((topic) => kit('topic', kitCoding('topic', topic))),
    ...(actor.competences ?? []).map((competence) => kit('competence', localizedValue(competence))),
    // FHIR has one `partOf`: further memberships are kit extensions.
    ...otherMemberships.map((id) => kit('membership', { valueReference: member(id) })),
    studyCentre(actor.studyCentre),
    provenance(actor.provenance),
  ]);
  const postal = address(actor.address);
  return {
    resourceType: 'Organization',
    ...(extension.length > 0 && { extension }),
    identifier: [
      { system: actorFhirSystems.actor, value: actor.id },
      ...(actor.identifiers ?? []).map(identifier),
    ],
    type: [organizationType(actor.kind)],
    ...(name && { name: name[0], _name: name[1] }),
    ...(shortName && { alias: [shortName[0]], _alias: [shortName[1]] }),
    ...(actor.website !== undefined && { telecom: [{ system: 'url', value: actor.website }] }),
    ...(postal && { address: [postal] }),
    ...(partOf !== undefined && { partOf: member(partOf) }),
  };
}

function localizedMarkdown(text: Actor['description']) {
  const value = localized(text);
  return value && { valueMarkdown: value[0], _valueMarkdown: value[1] };
}

/** The actor's place on a map, managed by the organisation it belongs to. */
function location(actor: Actor, managingOrganization: LogicalReference): FhirLocation | undefined {
  if (!actor.coordinates) return undefined;
  return {
    resourceType: 'Location',
    identifier: [{ system: actorFhirSystems.actorSite, value: actor.id }],
    position: { longitude: actor.coordinates.lon, latitude: actor.coordinates.lat },
    managingOrganization,
  };
}

/**
 * An actor as a FHIR R4 Organization (de.basisprofil conventions: IKNR, Telematik-ID, the AGS on
 * the city). Its coordinates are a contained Location that the Organization manages. What FHIR
 * has no element for travels in the kit's extensions, so that `readFhirOrganization` gives back
 * the same actor.
 */
export function actorToFhir(actor: Actor): FhirOrganization {
  const resource = organization(actor, logicalReference);
  const site = location(actor, { reference: '#' });
  return cleanAll(site ? { ...resource, contained: [{ ...site, id: 'site' }] } : resource)!;
}

/**
 * Actors as a FHIR R4 Bundle: each an Organization, and a Location for those with coordinates.
 * Memberships of actors in the Bundle reference their entries; all name the member by its actor
 * id. fullUrls are stable `urn:uuid:`s derived from the actor ids.
 */
export function actorsToFhirBundle(
  actors: Iterable<Actor>,
  options: ActorBundleOptions = {},
): ActorBundle {
  const list = [...actors];
  const transaction = options.type === 'transaction';
  // Two actors with the same id still get two entries (fullUrls must be unique).
  const seen = new Map<string, number>();
  const fullUrls = list.map((actor) => {
    const count = seen.get(actor.id) ?? 0;
    seen.set(actor.id, count + 1);
    return `urn:uuid:${uuidV5(namespace, `Organization|${actor.id}${count > 0 ? `#${count}` : ''}`)}`;
  });
  const entryOf = new Map(list.map((actor, index) => [actor.id, fullUrls[index]!]));
  const member: MemberReference = (id) => {
    const reference = entryOf.get(id);
    return { ...(reference && { reference }), ...logicalReference(id) };
  };
  const request = (type: string, system: string, id: string) =>
    transaction
      ? {
          request: {
            method: 'PUT' as const,
            url: `${type}?identifier=${encodeURIComponent(`${system}|${searchValue(id)}`)}`,
          },
        }
      : {};
  const entry = list.flatMap((actor, index): ActorBundleEntry[] => {
    const fullUrl = fullUrls[index]!;
    const site = location(actor, { reference: fullUrl });
    return [
      {
        fullUrl,
        resource: cleanAll(organization(actor, member))!,
        ...request('Organization', actorFhirSystems.actor, actor.id),
      },
      ...(site
        ? [
            {
              fullUrl: `urn:uuid:${uuidV5(namespace, `Location|${fullUrl}`)}`,
              resource: site,
              ...request('Location', actorFhirSystems.actorSite, actor.id),
            },
          ]
        : []),
    ];
  });
  return {
    resourceType: 'Bundle',
    type: transaction ? 'transaction' : 'collection',
    ...(entry.length > 0 && { entry }),
  };
}
