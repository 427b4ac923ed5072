// Pieces both ClinicalTrials.gov readers build the same way: identifiers, dates, ages, contacts,
// sites and publications.
import {
  type AgeBound,
  type CodeOf,
  type Contact,
  comparePartialDates,
  type dateKinds,
  detectTrialIdentifier,
  formats,
  type Publication,
  type TrialIdentifier,
  type TrialSite,
  type trialStatuses,
} from '@nrw-health/core';
import { registryOfScheme } from '../../shared/identifiers';
import { countryCode, normaliseSite, type RawSite } from '../../shared/places';
import type { IssueLog } from '../../shared/result';
import type { Path } from './fields';
import { ctgovAgeUnitMap, ctgovSecondaryIdIssuers } from './tables';

type StatusCode = CodeOf<typeof trialStatuses>;
type DateKind = CodeOf<typeof dateKinds>;

/** The record's page on ClinicalTrials.gov. */
export const ctgovStudyUrl = (nctId: string) => `https://clinicaltrials.gov/study/${nctId}`;

/** MeSH, as HL7 Terminology names the code system (`CodeSystem/MeSH`). */
export const meshSystem = 'https://www.nlm.nih.gov/mesh';

/** Case- and space-insensitive form of a text, to compare names. */
export const fold = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();

/** A partial date as the model keeps it (`2024`, `2024-05`, `2024-05-17`), or an issue. */
export function partialDate(log: IssueLog, value: string | undefined, at: Path) {
  if (value === undefined) return undefined;
  if (formats.partialDate.pattern.test(value)) return value;
  log.source(at, 'invalid_format', { format: formats.partialDate });
  return undefined;
}

/**
 * Before 2017 ClinicalTrials.gov dates and enrolment came without saying whether they were
 * actual or anticipated. A date is taken as actual only when the record's last update lies on
 * or after it and the status says the event happened: a start for any study that left
 * "not yet recruiting" and was not withdrawn, a completion for completed or terminated studies.
 */
export function assumedDateKind(
  event: 'start' | 'completion',
  date: string,
  status: StatusCode,
  lastUpdate: string | undefined,
): DateKind {
  if (lastUpdate === undefined || comparePartialDates(date, lastUpdate) > 0) return 'estimated';
  const happened =
    event === 'start'
      ? status !== 'not-yet-recruiting' && status !== 'withdrawn'
      : status === 'completed' || status === 'terminated';
  return happened ? 'actual' : 'estimated';
}

/** Enrolment without a type counts as actual only for completed or terminated studies. */
export const assumedEnrolmentKind = (status: StatusCode): DateKind =>
  status === 'completed' || status === 'terminated' ? 'actual' : 'estimated';

const agePattern = /^(\d{1,6}(?:\.\d{1,6})?)\s*(year|month|week|day|hour|minute)s?$/i;

/**
 * An age limit as ClinicalTrials.gov writes it ("18 Years", "6 Months") as an AgeBound. "N/A"
 * means no limit.
 */
export function ageBound(log: IssueLog, value: string | undefined, at: Path): AgeBound | undefined {
  if (value === undefined || /^n\/?a$/i.test(value)) return undefined;
  const match = agePattern.exec(value);
  if (!match) {
    log.source(at, 'invalid_format', {});
    return undefined;
  }
  const unit = match[2]!.toLowerCase() as keyof typeof ctgovAgeUnitMap;
  return { value: Number(match[1]), unit: ctgovAgeUnitMap[unit] };
}

/** An e-mail address the model accepts, or an issue. */
export function email(log: IssueLog, value: string | undefined, at: Path) {
  if (value === undefined) return undefined;
  if (formats.email.pattern.test(value)) return value;
  log.source(at, 'invalid_format', { format: formats.email });
  return undefined;
}

/** An http(s) URL the model accepts, or an issue. */
export function httpUrl(log: IssueLog, value: string | undefined, at: Path) {
  if (value === undefined) return undefined;
  if (formats.httpUrl.pattern.test(value)) return value;
  log.source(at, 'invalid_format', { format: formats.httpUrl });
  return undefined;
}

/** A phone number with its extension, as one text. */
export const phoneWithExtension = (phone?: string, extension?: string) =>
  phone && extension ? `${phone} ext. ${extension}` : (phone ?? extension);

/** A contact, or nothing when it has neither name nor a way to reach it. */
export function contact(fields: Omit<Contact, 'role'>, role: Contact['role']): Contact | undefined {
  const { name, affiliation, email, phone } = fields;
  if (!name && !email && !phone && !affiliation) return undefined;
  return { role, name, affiliation, email, phone };
}

/** The contacts of a trial, without a second entry for the same role and name. */
export function addContact(contacts: Contact[], found: Contact | undefined): void {
  if (!found) return;
  const same = contacts.some(
    (known) =>
      known.role === found.role &&
      fold(known.name ?? '') === fold(found.name ?? '') &&
      fold(known.email ?? '') === fold(found.email ?? '') &&
      fold(known.phone ?? '') === fold(found.phone ?? ''),
  );
  if (!same) contacts.push(found);
}

const doiPattern = /\b10\.\d{4,9}\/[^\s"<>]+/;

/** A DOI as a citation ends it: without the sentence's full stop or an unmatched bracket. */
function trimDoi(found: string): string {
  let doi = found;
  for (;;) {
    const last = doi.at(-1);
    const opened = (open: string, close: string) =>
      doi.split(open).length < doi.split(close).length;
    if (last && '.,;:'.includes(last)) doi = doi.slice(0, -1);
    else if ((last === ')' && opened('(', ')')) || (last === ']' && opened('[', ']'))) {
      doi = doi.slice(0, -1);
    } else return doi;
  }
}

/**
 * A publication from a reference: the citation as given, the PubMed ID, and the DOI when the
 * citation names one.
 */
export function publication(
  log: IssueLog,
  citation: string | undefined,
  pmid: string | undefined,
  pmidAt: Path,
): Publication | undefined {
  let id = pmid;
  if (id !== undefined && !/^\d{1,9}$/.test(id)) {
    log.source(pmidAt, 'invalid_format', {});
    id = undefined;
  }
  const found = citation ? doiPattern.exec(citation)?.[0] : undefined;
  // Real DOIs are short; a long match is not one.
  const doi = found && found.length <= 300 ? trimDoi(found) : undefined;
  if (!citation && !id) return undefined;
  return { citation, pmid: id, doi: doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined };
}

/**
 * A secondary number: a registry number the kit recognises (NCT, DRKS, EU CT, EudraCT, ISRCTN,
 * UTN) under its registry; another registry's number under `other`; anything else (grants, the
 * sponsor's or a committee's number) under `sponsor`, issued by the record's `domain`.
 */
export function secondaryIdentifier(
  log: IssueLog,
  id: string,
  type: keyof typeof ctgovSecondaryIdIssuers | undefined,
  domain: string | undefined,
  at: Path,
): TrialIdentifier {
  const detected = detectTrialIdentifier(id);
  if (detected) return { registry: registryOfScheme[detected.scheme], id: detected.value };
  if (type === 'EUDRACT_NUMBER') {
    log.source([...at, 'id'], 'invalid_format', { format: formats.eudract });
    return { registry: 'other', id, issuer: ctgovSecondaryIdIssuers.EUDRACT_NUMBER };
  }
  if (type === 'REGISTRY' && domain) return { registry: 'other', id, issuer: domain };
  const issuer = domain ?? (type ? ctgovSecondaryIdIssuers[type] : undefined);
  return { registry: 'sponsor', id, issuer };
}

/** A trial's secondary identifiers: a number already known is reported, not repeated. */
export class SecondaryIdentifiers {
  readonly list: TrialIdentifier[] = [];
  readonly #seen = new Set<string>();

  constructor(
    private readonly log: IssueLog,
    primary: TrialIdentifier | undefined,
  ) {
    if (primary) this.#seen.add(`${primary.registry}:${primary.id}`);
  }

  add(identifier: TrialIdentifier, at: Path): void {
    const key = `${identifier.registry}:${identifier.id}`;
    if (this.#seen.has(key)) {
      this.log.source(at, 'duplicate', { value: identifier.id });
      return;
    }
    this.#seen.add(key);
    this.list.push(identifier);
  }
}

/** Where a site's fields were in the source, for issues. */
export interface SiteSource extends RawSite {
  readonly countryAt: Path;
  readonly coordinatesAt?: Path;
}

/**
 * A site through the shared normalisation (ISO country, AGS of German districts, coordinates),
 * with ClinicalTrials.gov's own country names. A country or coordinates that could not be used
 * are reported.
 */
export function site(log: IssueLog, raw: SiteSource): TrialSite {
  // normaliseSite takes the ISO code as it is; an unknown name stays, and is reported below.
  const country = raw.country && (countryCode(raw.country) ?? raw.country);
  const normalised = normaliseSite({ ...raw, country });
  if (raw.country && !normalised.country) {
    log.source(raw.countryAt, 'unknown_code', { value: raw.country });
  }
  const { lat, lon, coordinatesAt } = raw;
  if (coordinatesAt && (lat !== undefined || lon !== undefined) && !normalised.coordinates) {
    // Both or neither: one coordinate alone is no place; numbers out of range are none either.
    if (lat === undefined) log.source([...coordinatesAt, 'lat'], 'required');
    else if (lon === undefined) log.source([...coordinatesAt, 'lon'], 'required');
    else log.source(coordinatesAt, 'invalid_input', {});
  }
  return normalised;
}

/** The countries of the sites, each once, in the order they first appear. */
export function siteCountries(sites: readonly TrialSite[]): string[] {
  const countries = new Set<string>();
  for (const found of sites) if (found.country) countries.add(found.country);
  return [...countries];
}
