import * as z from 'zod/mini';
import { isValidIk, isValidRor } from '../identifiers/check-digits';
import { isKnownAgs } from '../regions/lookup';
import { codeEnum } from '../shared/code-enum';
import { formats } from '../shared/formats';
import { ifThen } from '../shared/json-schema';
import {
  Coordinates,
  CountryCode,
  formatted,
  HttpUrl,
  LocalizedText,
  NonEmptyString,
  Provenance,
  provenanceRule,
  Slug,
} from '../shared/primitives';
import type { Report, Rule } from '../shared/validation';
import { actorKinds, healthEconomySectors, topics } from './codes';

/** A calendar year as a whole number, e.g. a founding year. */
const Year = z.int().check(z.minimum(1000)).check(z.maximum(2100));

/** One identifier of an actor, told apart by `scheme`. */
export const ActorIdentifier = z.discriminatedUnion('scheme', [
  z.strictObject({
    scheme: z.literal('ik'),
    /** Institutionskennzeichen: nine digits, the last one a check digit. */
    value: formatted('ik'),
  }),
  z.strictObject({
    scheme: z.literal('ror'),
    /** Research Organization Registry ID without the https://ror.org/ prefix, e.g. 04mz5ra38. */
    value: formatted('ror'),
  }),
  z.strictObject({ scheme: z.literal('telematik-id'), value: formatted('telematikId') }),
  z.strictObject({
    scheme: z.literal('hospital-site'),
    /** Krankenhaus-Standortnummer of one site (77…). */
    value: formatted('hospitalSite'),
  }),
  z.strictObject({
    scheme: z.literal('register'),
    /** The register court, e.g. "Amtsgericht Essen". */
    court: NonEmptyString,
    /** Register type and number as the court writes it, e.g. "HRB 12345" or "VR 4711". */
    number: NonEmptyString,
  }),
  z.strictObject({ scheme: z.literal('website'), url: HttpUrl }),
  z.strictObject({
    scheme: z.literal('other'),
    /** A URI naming the identifier system, as FHIR `Identifier.system`. */
    system: NonEmptyString,
    value: NonEmptyString,
  }),
]);
export type ActorIdentifier = z.infer<typeof ActorIdentifier>;

/** A postal address; `district` ties it to the region registry. */
export const ActorAddress = z.strictObject({
  /** Street, house number and other lines above the city, in order. */
  lines: z.optional(z.array(NonEmptyString)),
  /** Five digits when the country is DE. */
  postalCode: z.optional(NonEmptyString),
  city: z.optional(NonEmptyString),
  /** AGS of the district (5 digits) or municipality (8 digits); inside NRW it must be known. */
  district: z.optional(formatted('ags')),
  /** ISO 3166-2 code of the federal state, e.g. DE-NW. */
  state: z.optional(formatted('subdivision')),
  country: CountryCode,
});
export type ActorAddress = z.infer<typeof ActorAddress>;

/** A free-text speciality: a plain string or a text in several languages. */
const Speciality = z.union([NonEmptyString, LocalizedText]);

/** What a study centre offers companies and clinics (the Klinische-Forschung.NRW profile). */
export const StudyCentre = z.strictObject({
  /** Medical specialities and indications the centre runs trials in. */
  specialities: z.array(Speciality).check(z.minLength(1)),
  experience: z.optional(
    z.strictObject({
      /** The year the centre began to run trials. */
      since: z.optional(Year),
      /** How many trials it has run or takes part in. */
      trials: z.optional(z.int().check(z.minimum(0))),
    }),
  ),
  /** Trial phases the centre runs (the codes of the trial phase list). */
  phases: z.optional(
    z.array(z.enum(['early-phase-1', 'phase-1', 'phase-2', 'phase-3', 'phase-4'])),
  ),
});
export type StudyCentre = z.infer<typeof StudyCentre>;

const ActorShape = z.strictObject({
  /** Stable ID of the actor in this data set, e.g. "beispiel-uniklinikum". */
  id: Slug,
  kind: codeEnum(actorKinds),
  name: LocalizedText,
  /** An abbreviation or short form for tight spaces, e.g. "UK Beispielstadt". */
  shortName: z.optional(LocalizedText),
  identifiers: z.optional(z.array(ActorIdentifier)),
  address: z.optional(ActorAddress),
  /** Where the actor is, for maps (WGS 84). */
  coordinates: z.optional(Coordinates),
  /** Year the organisation was founded. */
  founded: z.optional(Year),
  /** Sub-sectors of the health economy (BMWK GGR) it works in. */
  sectors: z.optional(z.array(codeEnum(healthEconomySectors))),
  topics: z.optional(z.array(codeEnum(topics))),
  /** Competences in the actor's own words, beyond the topic list. */
  competences: z.optional(z.array(LocalizedText)),
  description: z.optional(LocalizedText),
  /** IDs of the actors (networks, associations) it is a member of. */
  memberships: z.optional(z.array(Slug)),
  /** Present when the actor runs clinical trials. */
  studyCentre: z.optional(StudyCentre),
  website: z.optional(HttpUrl),
  provenance: Provenance,
});
type ActorShape = z.infer<typeof ActorShape>;

// Rules run on a structurally valid actor: formats are already checked.
function checkIdentifiers(actor: ActorShape, report: Report): void {
  const seen = new Set<string>();
  actor.identifiers?.forEach((identifier, index) => {
    const at = ['identifiers', index];
    const checkDigitFits =
      identifier.scheme === 'ik'
        ? isValidIk(identifier.value)
        : identifier.scheme === 'ror'
          ? isValidRor(identifier.value)
          : true;
    if (!checkDigitFits && 'value' in identifier) {
      report('invalid_check_digit', [...at, 'value'], { value: identifier.value });
    }
    const key = JSON.stringify(identifierKey(identifier));
    if (seen.has(key)) report('duplicate', at, { value: identifierLabel(identifier) });
    seen.add(key);
  });
}

/** What makes two identifiers the same: the scheme and its identifying fields. */
function identifierKey(identifier: ActorIdentifier): unknown[] {
  switch (identifier.scheme) {
    case 'register':
      return [identifier.scheme, identifier.court, identifier.number];
    case 'website':
      return [identifier.scheme, identifier.url];
    case 'other':
      return [identifier.scheme, identifier.system, identifier.value];
    default:
      return [identifier.scheme, identifier.value];
  }
}

function identifierLabel(identifier: ActorIdentifier): string {
  switch (identifier.scheme) {
    case 'register':
      return `${identifier.court} ${identifier.number}`;
    case 'website':
      return identifier.url;
    default:
      return `${identifier.scheme} ${identifier.value}`;
  }
}

/** Lists of codes or IDs name each entry once. */
function checkUnique(actor: ActorShape, report: Report): void {
  const lists: [string[], readonly string[] | undefined][] = [
    [['sectors'], actor.sectors],
    [['topics'], actor.topics],
    [['memberships'], actor.memberships],
    [['studyCentre', 'phases'], actor.studyCentre?.phases],
  ];
  for (const [path, list] of lists) {
    const seen = new Set<string>();
    list?.forEach((entry, index) => {
      if (seen.has(entry)) report('duplicate', [...path, index], { value: entry });
      seen.add(entry);
    });
  }
}

function checkAddress(actor: ActorShape, report: Report): void {
  const { district, postalCode, country } = actor.address ?? {};
  if (district && !isKnownAgs(district)) {
    report('unknown_region', ['address', 'district'], { value: district });
  }
  const format = formats.postalCodeDe;
  if (country === 'DE' && postalCode && !format.pattern.test(postalCode)) {
    report('invalid_format', ['address', 'postalCode'], { format });
  }
}

// JSON Schema can say "a German postal code has five digits"; the other rules it cannot.
const germanPostalCode = ifThen(
  {
    properties: {
      address: { type: 'object', properties: { country: { const: 'DE' } }, required: ['country'] },
    },
    required: ['address'],
  },
  {
    properties: {
      address: {
        type: 'object',
        properties: {
          postalCode: { type: 'string', pattern: formats.postalCodeDe.pattern.source },
        },
      },
    },
  },
);

/**
 * An organisation in the health ecosystem of NRW and the Ruhr: hospital, university, company,
 * network, authority, insurer, … with its identifiers, address, topics and, for trial sites, a
 * study-centre profile.
 */
export const Actor = ActorShape.register(z.globalRegistry, {
  title: 'Actor',
  description:
    'An organisation in the health ecosystem of NRW and the Ruhr. JSON Schema checks structure, formats, code lists and that a German postal code has five digits; the @nrw-health/core validator also checks IK and ROR check digits, known AGS, duplicate entries and provenance field sources.',
  ...germanPostalCode,
});
export type Actor = z.infer<typeof Actor>;

/** The cross-field rules of an Actor, run by its validator after the structure is valid. */
export const actorRules: readonly Rule<Actor>[] = [
  checkIdentifiers,
  checkUnique,
  checkAddress,
  provenanceRule,
];
