// Where an actor's fields go in FHIR: identifier systems and types, organisation types, and the
// de.basisprofil AGS on the city.
import { type ActorKind, regionByAgs } from '@nrw-health/core';
import { fhirExtensions, fhirSystems, kitExtension, kitFhirBase } from './codes';
import type { Extension } from './types';

export const actorFhirSystems = {
  /** The actor's id in the kit's data (`Actor.id`). */
  actor: `${kitFhirBase}/sid/actor`,
  /** The id of the actor whose place a Location is. */
  actorSite: `${kitFhirBase}/sid/actor-site`,
  /** FHIR's system for identifiers that are URIs: the actor's websites. */
  uri: 'urn:ietf:rfc:3986',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  organizationType: 'http://terminology.hl7.org/CodeSystem/organization-type',
} as const;

/** FHIR R5 `Organization.description` for R4 (cross-version extension). */
export const organizationDescription =
  'http://hl7.org/fhir/5.0/StructureDefinition/extension-Organization.description';

/** de.basisprofil.r4 fixes these `Identifier.type` codes (v2-0203) for IKNR and Telematik-ID. */
export const identifierTypeOfScheme: Readonly<Record<string, string>> = {
  ik: 'XX',
  'telematik-id': 'PRN',
};

/**
 * Actor kind → HL7 `organization-type`, where one fits. Written next to the kit's own code;
 * kinds without a fitting code (networks, funders, trial centres, …) have the kit's code only.
 */
export const kindToOrganizationType: Readonly<Partial<Record<ActorKind, string>>> = {
  'university-hospital': 'prov',
  hospital: 'prov',
  'care-provider': 'prov',
  university: 'edu',
  'university-of-applied-sciences': 'edu',
  'research-institute': 'edu',
  company: 'bus',
  'start-up': 'bus',
  investor: 'bus',
  'public-health-office': 'govt',
  municipality: 'govt',
  'public-agency': 'govt',
  'health-insurer': 'ins',
  other: 'other',
};

/**
 * HL7 `organization-type` → actor kind, for Organizations from elsewhere: only the codes that
 * name one kind. `prov` (hospital or care provider?) and `edu` (university or institute?) do not.
 */
export const organizationTypeToKind: Readonly<Record<string, ActorKind>> = {
  govt: 'public-agency',
  ins: 'health-insurer',
  pay: 'health-insurer',
  bus: 'company',
  other: 'other',
};

/**
 * The extensions of `Address.city` for an AGS. de.basisprofil's AGS extension holds a
 * municipality key (8 digits); a kreisfreie Stadt's is its district key + 000. Any other AGS
 * (a Kreis, a state) travels in the kit's `district` extension, which readers take first.
 */
export function cityAgsExtensions(ags: string | undefined): Extension[] {
  if (ags === undefined) return [];
  const municipality =
    ags.length === 8
      ? ags
      : ags.length === 5 && regionByAgs(ags)?.districtType === 'urban-district'
        ? `${ags}000`
        : undefined;
  const coding = (code: string) => ({ system: fhirSystems.ags, code });
  return [
    ...(municipality ? [{ url: fhirExtensions.ags, valueCoding: coding(municipality) }] : []),
    ...(municipality === ags ? [] : [{ url: kitExtension('district'), valueCoding: coding(ags) }]),
  ];
}
