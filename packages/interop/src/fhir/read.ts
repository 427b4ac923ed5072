import {
  ageUnits,
  allocations,
  type CodeList,
  type CodeOf,
  type Contact,
  contactRoles,
  dateKinds,
  eligibleSexes,
  ethicsStatuses,
  formats,
  funderClasses,
  type IssuePath,
  identifierSchemeOfSystem,
  interventionModels,
  interventionTypes,
  ipdSharingPlans,
  type LocalizedText,
  type Coding as ModelCoding,
  maskings,
  purposes,
  type Source,
  studyTypes,
  type Trial,
  type TrialDate,
  type TrialIdentifier,
  trialPhases,
  trialRegistries,
  trialStatuses,
} from '@nrw-health/core';
import type { TrialReader } from '../formats';
import { finishTrial, unreadable } from '../shared/finish';
import { registryOfScheme } from '../shared/identifiers';
import { countryCode, normaliseSite } from '../shared/places';
import { IssueLog, type ReadOptions, type RecordResult } from '../shared/result';
import { track } from '../shared/track';
import {
  ageUnitToUcum,
  type FhirStudyPhase,
  fhirExtensions,
  fhirSystems,
  funderClassFromFhir,
  kitCodeSystem,
  kitExtension,
  phaseFromFhir,
  sponsorRoleFromFhir,
  statusFromFhir,
} from './codes';

export interface FhirReadOptions extends ReadOptions {
  /**
   * BCP 47 tag of texts that name no language (neither the kit's `language` extension nor the
   * resource's `language`). Default `und`, "undetermined".
   */
  readonly defaultLanguage?: string;
  /** Today, as `YYYY-MM-DD`: dates after it are estimated. Default: the current date. */
  readonly today?: string;
}

export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A place in the source record: its raw value, and where it is. The raw value is only looked at
 * to decide what to read; whatever goes into the trial is read through the tracker
 * (`StudyReader.read`), so that everything else is reported as lost.
 */
export class Node {
  constructor(
    readonly raw: unknown,
    readonly parent?: Node,
    readonly key?: string | number,
  ) {}

  /** The path from the record's root, for issues. */
  get path(): IssuePath {
    const keys: (string | number)[] = [];
    for (let node: Node | undefined = this; node?.parent; node = node.parent) keys.push(node.key!);
    return keys.reverse();
  }
}

export const child = (node: Node, key: string | number): Node =>
  new Node(
    node.raw !== null && typeof node.raw === 'object' && Object.hasOwn(node.raw, key)
      ? (node.raw as Json)[key]
      : undefined,
    node,
    key,
  );

/** A node at a path of dots and indices: `at(n, 'valueCoding', 'code')`. */
export const at = (node: Node, ...keys: (string | number)[]) => keys.reduce(child, node);

export const rawString = (node: Node) => (typeof node.raw === 'string' ? node.raw : undefined);

/** The items of a list, found without reading anything. */
export const items = (node: Node): Node[] =>
  Array.isArray(node.raw) ? Array.from(node.raw, (_, index) => child(node, index)) : [];

/**
 * Extensions of a node with this URL, found without reading anything. `cache` keeps each list's
 * extensions by URL, as a study's list is searched for many URLs; it must not outlive the record,
 * since a node knows its path in it.
 */
function findExtensions(
  node: Node,
  url: string,
  cache: WeakMap<object, Map<string, Node[]>>,
): Node[] {
  const list = child(node, 'extension');
  if (!Array.isArray(list.raw)) return [];
  let byUrl = cache.get(list.raw);
  if (!byUrl) {
    byUrl = new Map();
    for (const extension of items(list)) {
      const key = rawString(child(extension, 'url'));
      if (key === undefined) continue;
      const found = byUrl.get(key);
      if (found) found.push(extension);
      else byUrl.set(key, [extension]);
    }
    cache.set(list.raw, byUrl);
  }
  return byUrl.get(url) ?? [];
}

/** The keys a reference may use for a resource: its fullUrl, `Type/id`, the end of an absolute URL. */
export function addressKeys(fullUrl: unknown, type: unknown, id: unknown): string[] {
  const keys: string[] = [];
  if (typeof fullUrl === 'string') {
    keys.push(fullUrl);
    const tail = relativeReference(fullUrl);
    if (tail) keys.push(tail);
  }
  if (typeof type === 'string' && typeof id === 'string') keys.push(`${type}/${id}`);
  return keys;
}

/** `Type/id` at the end of a reference or URL (split, not matched: a regex would backtrack). */
function relativeReference(url: string): string | undefined {
  const [type, id] = url.split('/').slice(-2);
  return type && id && /^[A-Z][A-Za-z]{1,64}$/.test(type) && /^[A-Za-z0-9\-.]{1,64}$/.test(id)
    ? `${type}/${id}`
    : undefined;
}

export function resolveIn<T>(index: ReadonlyMap<string, T>, reference: string): T | undefined {
  const tail = relativeReference(reference);
  return index.get(reference) ?? (tail === undefined ? undefined : index.get(tail));
}

const trialIdentifierFormats = [
  ['ctgov', formats.nct],
  ['drks', formats.drks],
  ['ctis', formats.euct],
  ['euctr', formats.eudract],
  ['isrctn', formats.isrctn],
  ['who-utn', formats.utn],
] as const;

const languageTag = formats.languageTag.pattern;

// Core's formats for URLs and e-mail addresses, checked in linear time: their regular expressions
// backtrack for minutes on long hostile strings, so only strings that pass these reach them.
/** `^https?://[^\s/?#]+[^\s]*$`: no whitespace, a scheme, a host's first character. */
export const isHttpUrl = (url: string) => !/\s/.test(url) && /^https?:\/\/[^\s/?#]/.test(url);
/** `^[^\s@]+@[^\s@]+\.[^\s@]+$`: one @ after something, a dot inside the domain, no whitespace. */
function isEmail(email: string): boolean {
  const at = email.indexOf('@');
  return (
    !/\s/.test(email) &&
    at > 0 &&
    email.lastIndexOf('@') === at &&
    email.slice(at + 2, -1).includes('.')
  );
}

/**
 * Reads one ResearchStudy of a record, resolving its references to the other resources of the
 * record (Bundle entries, contained resources).
 */
export class StudyReader {
  /** Written by the kit: then nothing is inferred that the kit would have written itself. */
  readonly kitWritten: boolean;
  private readonly index = new Map<string, Node>();

  constructor(
    private readonly root: unknown,
    readonly log: IssueLog,
    readonly study: Node,
    entries: readonly Node[],
    private readonly options: FhirReadOptions,
  ) {
    this.kitWritten = this.find(study, kitExtension('provenance')).length > 0;
    // fullUrl, type and id address the resources of a Bundle: they are read as its structure.
    for (const entry of entries) {
      const resource = child(entry, 'resource');
      if (!isObject(resource.raw)) continue;
      const fullUrl = this.str(child(entry, 'fullUrl'));
      const type = this.str(child(resource, 'resourceType'));
      const id = this.str(child(resource, 'id'));
      for (const key of addressKeys(fullUrl, type, id))
        if (!this.index.has(key)) this.index.set(key, resource);
    }
    for (const resource of items(child(study, 'contained'))) {
      if (rawString(child(resource, 'id')) === undefined) continue;
      this.str(child(resource, 'resourceType'));
      this.index.set(`#${this.str(child(resource, 'id'))}`, resource);
    }
  }

  /** The value at a node, read through the tracker: it now counts as read. */
  read(node: Node): unknown {
    if (!node.parent) return this.root;
    return (this.container(node.parent) as Json | undefined)?.[node.key!];
  }

  /** Tracked objects by their raw object, so that a read does not walk down from the root. */
  private readonly containers = new WeakMap<object, unknown>();

  private container(node: Node): unknown {
    if (node.raw === null || typeof node.raw !== 'object') return this.read(node);
    let tracked = this.containers.get(node.raw);
    if (tracked === undefined) {
      tracked = this.read(node);
      this.containers.set(node.raw, tracked);
    }
    return tracked;
  }

  private readonly extensionLists = new WeakMap<object, Map<string, Node[]>>();

  /** Extensions of a node with this URL, found without reading anything. */
  find(node: Node, url: string): Node[] {
    return findExtensions(node, url, this.extensionLists);
  }

  /** The resource a reference points to in the record, found without reading anything. */
  resolvable(reference: Node): Node | undefined {
    const target = rawString(child(reference, 'reference'));
    return target === undefined ? undefined : resolveIn(this.index, target);
  }

  /** A reference to a resource of the record, resolved; one that does not resolve is not read. */
  reference(reference: Node): Node | undefined {
    const resource = this.resolvable(reference);
    if (resource) this.read(child(reference, 'reference'));
    return resource;
  }

  private typed<T>(
    node: Node,
    expected: string,
    check: (value: unknown) => value is T,
  ): T | undefined {
    if (node.raw === undefined) return undefined;
    const value = this.read(node);
    if (check(value)) return value;
    this.log.source(node.path, 'invalid_type', { expected });
    return undefined;
  }

  str(node: Node): string | undefined {
    return this.typed(node, 'string', (value): value is string => typeof value === 'string');
  }

  num(node: Node): number | undefined {
    return this.typed(
      node,
      'number',
      (value): value is number => typeof value === 'number' && Number.isFinite(value),
    );
  }

  int(node: Node): number | undefined {
    const value = this.num(node);
    if (value === undefined || Number.isSafeInteger(value)) return value;
    this.log.source(node.path, 'not_integer');
    return undefined;
  }

  bool(node: Node): boolean | undefined {
    return this.typed(node, 'boolean', (value): value is boolean => typeof value === 'boolean');
  }

  /** The items of a list; anything else is reported and gives no items. */
  list(node: Node): Node[] {
    if (node.raw === undefined) return [];
    if (Array.isArray(node.raw)) return items(node);
    this.read(node);
    this.log.source(node.path, 'invalid_type', { expected: 'array' });
    return [];
  }

  /** Extensions with this URL; their URLs count as read. */
  extensions(node: Node, url: string): Node[] {
    const found = this.find(node, url);
    for (const extension of found) this.read(child(extension, 'url'));
    return found;
  }

  extension(node: Node, url: string): Node | undefined {
    return this.extensions(node, url)[0];
  }

  /** A text in its language(s): the value, its kit `language` and FHIR `translation` extensions. */
  text(value: Node, element: Node): LocalizedText | undefined {
    const entries: [string, string][] = [];
    const main = this.str(value);
    if (main !== undefined) {
      const named = this.extension(element, kitExtension('language'));
      const language = named ? this.language(child(named, 'valueCode')) : this.defaultLanguage();
      if (language) entries.push([language, main]);
    }
    for (const translation of this.extensions(element, fhirExtensions.translation)) {
      const lang = this.extension(translation, 'lang');
      const content = this.extension(translation, 'content');
      const language = lang && this.language(child(lang, 'valueCode'));
      const text =
        content &&
        this.str(
          child(
            content,
            child(content, 'valueString').raw !== undefined ? 'valueString' : 'valueMarkdown',
          ),
        );
      if (language && text !== undefined) entries.push([language, text]);
    }
    const text = entries.filter(([, content]) => content.trim() !== '');
    return text.length > 0 ? Object.fromEntries(text) : undefined;
  }

  /** A localized text as the value of a (sub-)extension. */
  textValue(extension: Node | undefined): LocalizedText | undefined {
    if (!extension) return undefined;
    const value =
      child(extension, 'valueString').raw !== undefined ? 'valueString' : 'valueMarkdown';
    return this.text(child(extension, value), child(extension, `_${value}`));
  }

  private language(node: Node): string | undefined {
    const tag = this.str(node);
    if (tag === undefined || languageTag.test(tag)) return tag;
    this.log.source(node.path, 'invalid_format', { format: formats.languageTag });
    return undefined;
  }

  private resourceLanguage: string | undefined | null = null;

  private defaultLanguage(): string {
    if (this.resourceLanguage === null) {
      this.resourceLanguage = this.language(child(this.study, 'language'));
    }
    const fallback = this.options.defaultLanguage;
    return this.resourceLanguage ?? (fallback && languageTag.test(fallback) ? fallback : 'und');
  }

  /** A code of one of core's lists, from a Coding of the kit's code system for that list. */
  kitCode<C extends string>(coding: Node, list: CodeList<C>): C | undefined {
    const system = this.str(child(coding, 'system'));
    const code = this.str(child(coding, 'code'));
    if (code === undefined) return undefined;
    if (system === kitCodeSystem(list.id) && list.has(code)) return code;
    this.log.source(coding.path, 'unknown_code', {
      value: system === undefined ? code : `${system}|${code}`,
      allowed: list.codes,
    });
    return undefined;
  }

  /** The kit code in a sub-extension's `valueCoding`. */
  kitPart<C extends string>(extension: Node, name: string, list: CodeList<C>): C | undefined {
    const found = this.extension(extension, name);
    return found && this.kitCode(child(found, 'valueCoding'), list);
  }

  stringPart(extension: Node, name: string): string | undefined {
    const found = this.extension(extension, name);
    return found && this.str(child(found, 'valueString'));
  }

  urlPart(extension: Node, name: string): string | undefined {
    const found = this.extension(extension, name);
    return found && this.url(child(found, 'valueUrl'));
  }

  url(node: Node): string | undefined {
    const url = this.str(node);
    if (url === undefined || isHttpUrl(url)) return url;
    this.log.source(node.path, 'invalid_format', { format: formats.httpUrl });
    return undefined;
  }

  email(node: Node): string | undefined {
    const email = this.str(node);
    if (email === undefined || isEmail(email)) return email;
    this.log.source(node.path, 'invalid_format', { format: formats.email });
    return undefined;
  }

  /** A partial date; a FHIR dateTime keeps its date. */
  date(node: Node): string | undefined {
    const value = this.str(node);
    if (value === undefined) return undefined;
    const day = /^(\d{4}-\d{2}-\d{2})T/.exec(value)?.[1] ?? value;
    if (formats.partialDate.pattern.test(day)) return day;
    this.log.source(node.path, 'invalid_format', { format: formats.partialDate });
    return undefined;
  }

  /** A date in a (sub-)extension: `valueDate`, `valueDateTime`, or `valueString` where FHIR has no such date. */
  dateValue(extension: Node | undefined): string | undefined {
    if (!extension) return undefined;
    const key = ['valueDate', 'valueDateTime', 'valueString'].find(
      (name) => child(extension, name).raw !== undefined,
    );
    return key ? this.date(child(extension, key)) : undefined;
  }

  timestamp(extension: Node | undefined): string | undefined {
    if (!extension) return undefined;
    const key =
      child(extension, 'valueDateTime').raw !== undefined ? 'valueDateTime' : 'valueString';
    const value = this.str(child(extension, key));
    if (value === undefined || formats.timestamp.pattern.test(value)) return value;
    this.log.source([...extension.path, key], 'invalid_format', { format: formats.timestamp });
    return undefined;
  }

  country(node: Node): string | undefined {
    const value = this.str(node);
    if (value === undefined) return undefined;
    // An ISO code stays as it is; a name ("Deutschland") becomes its code.
    const code = /^[A-Z]{2}$/.test(value) ? value : countryCode(value);
    if (!code) this.log.source(node.path, 'unknown_code', { value });
    return code;
  }

  /** A FHIR Coding as the model's: system and code are required there. */
  coding(node: Node): ModelCoding | undefined {
    const verbatim = (name: string) => {
      const found = this.extension(node, kitExtension(name));
      return found && this.str(child(found, 'valueString'));
    };
    const system = verbatim('coding-system') ?? this.str(child(node, 'system'));
    const code = verbatim('coding-code') ?? this.str(child(node, 'code'));
    const display = this.str(child(node, 'display'));
    const version = this.str(child(node, 'version'));
    if (system === undefined || code === undefined) {
      this.log.source([...node.path, system === undefined ? 'system' : 'code'], 'required');
      return undefined;
    }
    return { system, code, display, version };
  }

  codings(concept: Node): ModelCoding[] {
    return this.list(child(concept, 'coding')).flatMap((node) => this.coding(node) ?? []);
  }

  /** The text of a CodeableConcept, or else the display or code of its first coding. */
  conceptText(concept: Node): string | undefined {
    const text = this.str(child(concept, 'text'));
    if (text !== undefined) return text;
    const first = at(concept, 'coding', 0);
    return this.str(child(first, 'display')) ?? this.str(child(first, 'code'));
  }

  /** The first coding of a concept that `accept` takes, found without reading anything. */
  findCoding(concept: Node, accept: (system: unknown, code: unknown) => boolean): Node | undefined {
    const codings = child(concept, 'coding');
    if (!Array.isArray(codings.raw)) return undefined;
    const index = codings.raw.findIndex((_, i) => {
      const coding = child(codings, i);
      return accept(child(coding, 'system').raw, child(coding, 'code').raw);
    });
    return index >= 0 ? child(codings, index) : undefined;
  }

  original(node: Node): string | undefined {
    const found = this.extension(node, kitExtension('original'));
    return found && this.str(child(found, 'valueString'));
  }
}

type Purpose = CodeOf<typeof purposes>;
type TrialPhase = CodeOf<typeof trialPhases>;
type Sites = NonNullable<Trial['sites']>;
type Sponsors = NonNullable<Trial['sponsors']>;
type Publications = NonNullable<NonNullable<Trial['results']>['publications']>;

/** One identifier of the study in the model's terms, or undefined (with an issue) if it has none. */
function identifier(r: StudyReader, node: Node): TrialIdentifier | undefined {
  const value = r.str(child(node, 'value'));
  const system = r.str(child(node, 'system'));
  const typeCoding = r.findCoding(
    child(node, 'type'),
    (s) => s === kitCodeSystem('trial-registry'),
  );
  const typed = typeCoding && r.kitCode(typeCoding, trialRegistries);
  if (value === undefined) {
    if (node.raw !== undefined) r.log.source([...node.path, 'value'], 'required');
    return undefined;
  }
  const scheme = system === undefined ? undefined : identifierSchemeOfSystem(system);
  // The kit's type, the system, or else a number of a known pattern under a system the kit does
  // not know (e.g. a hospital's own URL for DRKS numbers).
  const registry =
    typed ??
    (scheme && Object.hasOwn(registryOfScheme, scheme)
      ? registryOfScheme[scheme as keyof typeof registryOfScheme]
      : undefined) ??
    trialIdentifierFormats.find(([, format]) => format.pattern.test(value))?.[0] ??
    'other';
  if (registry === 'sponsor') {
    return { registry, id: value, issuer: r.str(at(node, 'assigner', 'display')) };
  }
  if (registry === 'other') {
    const issuer = r.str(at(node, 'assigner', 'display')) ?? system;
    if (issuer === undefined) {
      r.log.source([...node.path, 'system'], 'required');
      return undefined;
    }
    return { registry, id: value, issuer };
  }
  const format = trialIdentifierFormats.find(([name]) => name === registry)![1];
  if (format.pattern.test(value)) return { registry, id: value } as TrialIdentifier;
  r.log.source([...node.path, 'value'], 'invalid_format', { format });
  return undefined;
}

function identifiers(r: StudyReader, study: Node): Trial['identifiers'] | undefined {
  const found: { identifier: TrialIdentifier; official: boolean }[] = [];
  const seen = new Set<string>();
  for (const node of r.list(child(study, 'identifier'))) {
    const read = identifier(r, node);
    const official = r.str(child(node, 'use')) === 'official';
    if (!read) continue;
    const key = JSON.stringify([read.registry, read.id]);
    if (seen.has(key)) {
      r.log.source([...node.path, 'value'], 'duplicate', { value: read.id });
      continue;
    }
    seen.add(key);
    found.push({ identifier: read, official });
  }
  // The official number is the primary one, else the first.
  const primary = found.find((item) => item.official) ?? found[0];
  if (!primary) {
    r.log.source([...study.path, 'identifier'], 'required');
    return undefined;
  }
  return {
    primary: primary.identifier,
    secondary: found.filter((item) => item !== primary).map((item) => item.identifier),
  };
}

function status(r: StudyReader, study: Node): Trial['status'] | undefined {
  const node = child(study, 'status');
  const element = child(study, '_status');
  const fhir = r.str(node);
  const harmonised = r.extension(element, kitExtension('trial-status'));
  let code = harmonised && r.kitCode(child(harmonised, 'valueCoding'), trialStatuses);
  if (!code && fhir !== undefined) {
    code = statusFromFhir[fhir];
    if (!code) {
      r.log.source(node.path, 'unknown_code', {
        value: fhir,
        allowed: Object.keys(statusFromFhir),
      });
      code = 'unknown';
    }
  }
  return code && { code, original: r.original(element) };
}

/** The registry's wording of a coded value: the kit's extension, or the concept's text. */
function original(r: StudyReader, concept: Node): string | undefined {
  return r.original(concept) ?? (r.kitWritten ? undefined : r.str(child(concept, 'text')));
}

function phase(r: StudyReader, study: Node): Trial['phase'] | undefined {
  const node = child(study, 'phase');
  let codes = r
    .extensions(node, kitExtension('trial-phase'))
    .flatMap((extension) => r.kitCode(child(extension, 'valueCoding'), trialPhases) ?? []);
  if (codes.length === 0) {
    const coding = r.findCoding(
      node,
      (system) => system === fhirSystems.researchStudyPhase || system === undefined,
    );
    const fhir = coding && r.str(child(coding, 'code'));
    if (coding) r.str(child(coding, 'system'));
    if (coding && fhir !== undefined) {
      const mapped = phaseFromFhir[fhir as FhirStudyPhase] as readonly TrialPhase[] | undefined;
      if (mapped) codes = [...mapped];
      else {
        r.log.source([...coding.path, 'code'], 'unknown_code', {
          value: fhir,
          allowed: Object.keys(phaseFromFhir),
        });
      }
    }
  }
  // Without a code there is no phase: the text, if any, stays unread and so is reported lost.
  return codes.length > 0 ? { codes, original: original(r, node) } : undefined;
}

function studyType(r: StudyReader, study: Node): Trial['studyType'] | undefined {
  const foreign = new Set(['interventional', 'observational', 'expanded-access']);
  for (const category of items(child(study, 'category'))) {
    const kit = r.findCoding(category, (system) => system === kitCodeSystem('study-type'));
    if (kit) {
      return { code: r.kitCode(kit, studyTypes) ?? 'other', original: original(r, category) };
    }
    const coding = r.findCoding(
      category,
      (_, code) => typeof code === 'string' && foreign.has(code),
    );
    if (coding) {
      r.str(child(coding, 'system'));
      const code = r.str(child(coding, 'code')) as Trial['studyType']['code'];
      return { code, original: original(r, category) };
    }
  }
  return undefined;
}

function design(r: StudyReader, study: Node): Trial['design'] {
  const kit = r.extension(study, kitExtension('design'));
  let purpose: Purpose | undefined;
  const coding = r.findCoding(child(study, 'primaryPurposeType'), () => true);
  if (coding) {
    const system = r.str(child(coding, 'system'));
    const code = r.str(child(coding, 'code'));
    const known = [fhirSystems.primaryPurpose, kitCodeSystem('purpose'), undefined].includes(
      system,
    );
    if (code !== undefined && known && purposes.has(code)) purpose = code;
    else if (code !== undefined) {
      r.log.source([...coding.path, 'code'], 'unknown_code', {
        value: code,
        allowed: purposes.codes,
      });
      purpose = 'other';
    }
  }
  return {
    allocation: kit && r.kitPart(kit, 'allocation', allocations),
    model: kit && r.kitPart(kit, 'model', interventionModels),
    masking: kit && r.kitPart(kit, 'masking', maskings),
    purpose,
    description: kit && r.textValue(r.extension(kit, 'description')),
  };
}

/** Actual or estimated: the kit's extension says it; else a date after today is estimated. */
function dateKind(
  r: StudyReader,
  element: Node,
  date: string,
  today: string,
): TrialDate['kind'] | undefined {
  const found = r.extension(element, kitExtension('date-kind'));
  if (!found)
    return date.slice(0, today.length) > today.slice(0, date.length) ? 'estimated' : 'actual';
  const kind = r.str(child(found, 'valueCode'));
  if (kind === 'actual' || kind === 'estimated') return kind;
  r.log.source([...found.path, 'valueCode'], 'unknown_code', {
    value: kind,
    allowed: dateKinds.codes,
  });
  return undefined;
}

function dates(r: StudyReader, study: Node, today: string): Trial['dates'] {
  const period = child(study, 'period');
  const periodDate = (name: 'start' | 'end'): TrialDate | undefined => {
    const element = child(period, `_${name}`);
    // A date FHIR cannot hold (year 0000) travels verbatim in the kit's `raw` extension.
    const raw = r.extension(element, kitExtension('raw'));
    const date = r.date(child(period, name)) ?? (raw && r.date(child(raw, 'valueString')));
    const kind = date === undefined ? undefined : dateKind(r, element, date, today);
    return date !== undefined && kind ? { date, kind } : undefined;
  };
  let start = periodDate('start');
  // The MII's start of recruitment is the period's start, or stands in for it.
  const recruitment = r.find(study, fhirExtensions.miiRecruitment)[0];
  const recruitmentStart = recruitment && r.find(recruitment, 'rekrutierungsstart')[0];
  if (
    recruitmentStart &&
    (!start || rawString(child(recruitmentStart, 'valueDate')) === start.date)
  ) {
    r.extension(study, fhirExtensions.miiRecruitment);
    const date = r.dateValue(r.extension(recruitment!, 'rekrutierungsstart'));
    const kind =
      date && !start ? dateKind(r, child(recruitmentStart, '_valueDate'), date, today) : undefined;
    if (date && kind) start = { date, kind };
  }
  const primary = r.extension(study, kitExtension('primary-completion'));
  const primaryDate = primary && r.dateValue(r.extension(primary, 'date'));
  const primaryKind = primary && r.extension(primary, 'kind');
  const kind = primaryKind && r.str(child(primaryKind, 'valueCode'));
  const simple = (name: string) => r.dateValue(r.extension(study, kitExtension(name)));
  return {
    registered: simple('registered'),
    start,
    primaryCompletion:
      primaryDate !== undefined && (kind === 'actual' || kind === 'estimated')
        ? { date: primaryDate, kind }
        : undefined,
    completion: periodDate('end'),
    resultsPosted: simple('results-posted'),
    statusVerified: simple('status-verified'),
    lastUpdated: simple('last-updated'),
  };
}

function enrolment(r: StudyReader, study: Node): Trial['enrolment'] {
  const recruitment = r.extension(study, fhirExtensions.miiRecruitment);
  // Counts beyond FHIR's 32-bit integers travel as decimals in the kit's extension.
  const large = r.extension(study, kitExtension('enrolment'));
  const count = (mii: string, kit: string) => {
    const small = recruitment && r.extension(recruitment, mii);
    const big = large && r.extension(large, kit);
    const value =
      (small && r.int(child(small, 'valueInteger'))) ?? (big && r.int(child(big, 'valueDecimal')));
    return value !== undefined && value >= 0 ? value : undefined;
  };
  return {
    target: count('rekrutierungsziel', 'target'),
    actual: count('rekrutierungsstand', 'actual'),
  };
}

function contact(r: StudyReader, node: Node, defaultRole: Contact['role']): Contact | undefined {
  const details = r.extension(node, kitExtension('contact'));
  const role = details ? r.kitPart(details, 'role', contactRoles) : defaultRole;
  if (!role) return undefined;
  // The first e-mail address and phone number; further ones have no place.
  const telecom = child(node, 'telecom');
  const point = (system: string) => {
    const found = items(telecom).find((item) => rawString(child(item, 'system')) === system);
    if (!found) return undefined;
    r.str(child(found, 'system'));
    return system === 'email' ? r.email(child(found, 'value')) : r.str(child(found, 'value'));
  };
  return {
    role,
    name: r.str(child(node, 'name')),
    affiliation: details && r.stringPart(details, 'affiliation'),
    email: point('email'),
    phone: point('phone'),
    address: details && r.stringPart(details, 'address'),
  };
}

/** The sponsor role of a party's role code: R5 party roles and the MII's own. */
const partyRole = (code: unknown) =>
  typeof code === 'string'
    ? (sponsorRoleFromFhir[code] ?? (code === 'funder' ? 'funder' : undefined))
    : undefined;

function funderClass(
  r: StudyReader,
  concept: Node,
): Pick<Sponsors[number], 'class' | 'originalClass'> {
  const coding = r.findCoding(concept, () => true);
  const system = coding && r.str(child(coding, 'system'));
  const code = coding && r.str(child(coding, 'code'));
  let found: Sponsors[number]['class'];
  if (coding && code !== undefined) {
    found =
      system === kitCodeSystem('funder-class') && funderClasses.has(code)
        ? code
        : funderClassFromFhir[code];
    if (!found) {
      r.log.source([...coding.path, 'code'], 'unknown_code', {
        value: code,
        allowed: funderClasses.codes,
      });
    }
  }
  return { class: found, originalClass: original(r, concept) };
}

function sponsors(r: StudyReader, study: Node): Sponsors {
  const result: { sponsor: Sponsors[number]; reference: string | undefined }[] = [];
  for (const party of r.find(study, fhirExtensions.associatedParty)) {
    // Parties that are no sponsors (investigators, contacts), or that name no one, stay unread:
    // lost.
    const roleExtension = r.find(party, 'role')[0];
    const roleCoding =
      roleExtension &&
      r.findCoding(
        child(roleExtension, 'valueCodeableConcept'),
        (_, code) => partyRole(code) !== undefined,
      );
    const partyExtension = r.find(party, 'party')[0];
    const reference = partyExtension && child(partyExtension, 'valueReference');
    const organization = reference && r.resolvable(reference);
    const named =
      organization !== undefined ||
      r.find(party, 'name').length > 0 ||
      (reference !== undefined && child(reference, 'display').raw !== undefined);
    if (!roleCoding || !named) continue;
    r.read(child(party, 'url'));
    r.read(child(roleExtension!, 'url'));
    r.str(child(roleCoding, 'system'));
    const role = partyRole(r.str(child(roleCoding, 'code')))!;
    if (partyExtension) r.read(child(partyExtension, 'url'));
    if (organization) r.reference(reference!);
    const name =
      (organization && r.str(child(organization, 'name'))) ??
      r.stringPart(party, 'name') ??
      (reference && r.str(child(reference, 'display')));
    if (name === undefined) continue;
    const classifier = r.extension(party, 'classifier');
    result.push({
      sponsor: {
        name,
        role,
        ...(classifier && funderClass(r, child(classifier, 'valueCodeableConcept'))),
        country: organization && r.country(at(organization, 'address', 0, 'country')),
      },
      reference: organization && rawString(child(reference!, 'reference')),
    });
  }
  // FHIR R5's "sponsor" is a further sponsor next to a lead sponsor; alone, it is the sponsor.
  if (!r.kitWritten && !result.some((item) => item.sponsor.role === 'primary')) {
    const only = result.find((item) => item.sponsor.role === 'secondary');
    if (only) only.sponsor.role = 'primary';
  }
  // `ResearchStudy.sponsor` names the lead sponsor, usually one of the parties already read.
  const lead = child(study, 'sponsor');
  const target = rawString(child(lead, 'reference'));
  const same = result.filter((item) => target !== undefined && item.reference === target);
  const known =
    same.find((item) => item.sponsor.role === 'primary') ??
    same.find((item) => item.sponsor.role === 'secondary');
  if (known) {
    r.read(child(lead, 'reference'));
    known.sponsor.role = 'primary';
  } else if (lead.raw !== undefined) {
    const organization = r.reference(lead);
    const name =
      (organization && r.str(child(organization, 'name'))) ?? r.str(child(lead, 'display'));
    const country = organization && r.country(at(organization, 'address', 0, 'country'));
    if (name !== undefined)
      result.unshift({ sponsor: { name, role: 'primary', country }, reference: target });
  }
  return result.map((item) => item.sponsor);
}

function district(r: StudyReader, city: Node): string | undefined {
  // The kit's district extension (any AGS), or the district of de.basisprofil's municipality key.
  const kit = r.extension(city, kitExtension('district'));
  const municipality = r.extension(city, fhirExtensions.ags);
  const codeOf = (extension: Node | undefined) => {
    if (!extension) return undefined;
    r.str(at(extension, 'valueCoding', 'system'));
    return r.str(at(extension, 'valueCoding', 'code'));
  };
  const kitCode = codeOf(kit);
  const municipalityCode = codeOf(municipality);
  const code =
    kitCode ??
    (municipalityCode && /^\d{8}$/.test(municipalityCode)
      ? municipalityCode.slice(0, 5)
      : municipalityCode);
  if (code === undefined || formats.ags.pattern.test(code)) return code;
  r.log.source([...(kit ?? municipality)!.path, 'valueCoding', 'code'], 'invalid_format', {
    format: formats.ags,
  });
  return undefined;
}

function site(r: StudyReader, reference: Node): Sites[number] {
  const details = r.extension(reference, kitExtension('site'));
  const statusCode = details && r.kitPart(details, 'status', trialStatuses);
  const location = r.reference(reference);
  const address = location && child(location, 'address');
  const city = address && r.str(child(address, 'city'));
  const country = address && r.country(child(address, 'country'));
  const position = location && child(location, 'position');
  const lat = position && r.num(child(position, 'latitude'));
  const lon = position && r.num(child(position, 'longitude'));
  const coded = address && district(r, child(address, '_city'));
  // Sites from elsewhere get their district as the registry readers give it.
  const derived =
    coded === undefined && !r.kitWritten && city !== undefined
      ? normaliseSite({ city, country }).district
      : undefined;
  return {
    facility: location ? r.str(child(location, 'name')) : r.str(child(reference, 'display')),
    city,
    postalCode: address && r.str(child(address, 'postalCode')),
    state: address && r.str(child(address, 'state')),
    country,
    district: coded ?? derived,
    coordinates:
      lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
        ? { lat, lon }
        : undefined,
    status: statusCode && { code: statusCode, original: r.stringPart(details!, 'originalStatus') },
    contacts:
      details &&
      r
        .extensions(details, 'contact')
        .flatMap((found) => contact(r, child(found, 'valueContactDetail'), 'site') ?? []),
  };
}

function eligibility(r: StudyReader, study: Node): Trial['eligibility'] {
  const kit = r.extension(study, kitExtension('eligibility'));
  if (!kit) return undefined;
  const age = (name: string) => {
    const found = r.extension(kit, name);
    if (!found) return undefined;
    const duration = child(found, 'valueDuration');
    const value = r.num(child(duration, 'value'));
    const ucum = r.str(child(duration, 'code'));
    // System and unit text say what the code says.
    r.str(child(duration, 'system'));
    r.str(child(duration, 'unit'));
    const unit = ageUnits.codes.find((code) => ageUnitToUcum[code] === ucum);
    if (!unit) {
      r.log.source([...duration.path, 'code'], 'unknown_code', {
        value: ucum,
        allowed: Object.values(ageUnitToUcum),
      });
    }
    return value !== undefined && value >= 0 && unit ? { value, unit } : undefined;
  };
  const healthy = r.extension(kit, 'healthyVolunteers');
  return {
    sex: r.kitPart(kit, 'sex', eligibleSexes),
    minimumAge: age('minimumAge'),
    maximumAge: age('maximumAge'),
    healthyVolunteers: healthy && r.bool(child(healthy, 'valueBoolean')),
    inclusion: r.textValue(r.extension(kit, 'inclusion')),
    exclusion: r.textValue(r.extension(kit, 'exclusion')),
    criteria: r.textValue(r.extension(kit, 'criteria')),
  };
}

function ethics(r: StudyReader, study: Node): Trial['ethics'] {
  const kit = r.extension(study, kitExtension('ethics'));
  if (kit) {
    return {
      status: r.kitPart(kit, 'status', ethicsStatuses),
      originalStatus: r.stringPart(kit, 'originalStatus'),
      approved: r.dateValue(r.extension(kit, 'approved')),
      committees: r.extensions(kit, 'committee').flatMap((committee) => {
        const name = r.stringPart(committee, 'name');
        if (name === undefined) return [];
        return [
          {
            name,
            address: r.stringPart(committee, 'address'),
            email: (() => {
              const found = r.extension(committee, 'email');
              return found && r.email(child(found, 'valueString'));
            })(),
            phone: r.stringPart(committee, 'phone'),
          },
        ];
      }),
    };
  }
  // The MII's ethics vote: its status in words and the committee; its number has no place.
  const votes = r.extensions(study, fhirExtensions.miiEthics);
  if (votes.length === 0) return undefined;
  return {
    originalStatus: votes
      .map((vote) => r.stringPart(vote, 'status'))
      .find((text) => text !== undefined),
    committees: votes.flatMap((vote) => {
      const name = r.stringPart(vote, 'kommission');
      return name === undefined ? [] : [{ name }];
    }),
  };
}

const sourceRegistries = new Set([
  'ctgov',
  'drks',
  'ctis',
  'euctr',
  'isrctn',
  'ictrp',
  'fhir',
  'other',
]);

/** One source from its complex extension (the kit's `sourceExtension`). */
export function readSource(r: StudyReader, source: Node): Source {
  const code = (name: string, valid: (value: string) => boolean) => {
    const found = r.extension(source, name);
    const value = found && r.str(child(found, 'valueCode'));
    if (value === undefined || valid(value)) return value;
    r.log.source([...found!.path, 'valueCode'], 'unknown_code', { value });
    return undefined;
  };
  return {
    id: code('id', (value) => formats.slug.pattern.test(value)),
    registry: code('registry', (value) => sourceRegistries.has(value)) as Source['registry'],
    producer: r.stringPart(source, 'producer'),
    title: r.stringPart(source, 'title'),
    table: r.stringPart(source, 'table'),
    locator: r.stringPart(source, 'locator'),
    cites: r.stringPart(source, 'cites'),
    recordId: r.stringPart(source, 'recordId'),
    version: r.stringPart(source, 'version'),
    url: r.urlPart(source, 'url'),
    licence: r.stringPart(source, 'licence'),
    published: r.timestamp(r.extension(source, 'published')),
    lastUpdated: r.timestamp(r.extension(source, 'lastUpdated')),
    retrieved: r.timestamp(r.extension(source, 'retrieved')),
  };
}

export function provenance(
  r: StudyReader,
  study: Node,
  fullUrl: string | undefined,
): Trial['provenance'] {
  const kit = r.extension(study, kitExtension('provenance'));
  if (!kit) {
    // FHIR from elsewhere: the resource itself is the source.
    const meta = child(study, 'meta');
    const lastUpdated = r.str(child(meta, 'lastUpdated'));
    return {
      sources: [
        {
          registry: 'fhir',
          recordId: r.str(child(study, 'id')),
          version: r.str(child(meta, 'versionId')),
          lastUpdated:
            lastUpdated && formats.timestamp.pattern.test(lastUpdated) ? lastUpdated : undefined,
          url: fullUrl && isHttpUrl(fullUrl) ? fullUrl : undefined,
        },
      ],
    };
  }
  const sources = r.extensions(kit, 'source').map((source) => readSource(r, source));
  const fields = r.extensions(kit, 'field').flatMap((field) => {
    const pointer = r.stringPart(field, 'pointer');
    const index = r.extension(field, 'source');
    const value = index && r.int(child(index, 'valueInteger'));
    return pointer !== undefined && value !== undefined ? [[pointer, value] as const] : [];
  });
  return {
    sources,
    fields: Object.fromEntries(fields),
    unmapped: r
      .extensions(kit, 'unmapped')
      .flatMap((found) => r.str(child(found, 'valueString')) ?? []),
  };
}

/** The registry page and the publications, from `relatedArtifact`; the kit's results extension. */
function results(r: StudyReader, study: Node): { url?: string; results: Trial['results'] } {
  let url: string | undefined;
  const publications: Publications = [];
  for (const artifact of items(child(study, 'relatedArtifact'))) {
    const type = rawString(child(artifact, 'type'));
    if (
      type === 'documentation' &&
      url === undefined &&
      rawString(child(artifact, 'label')) === 'registry-entry'
    ) {
      r.str(child(artifact, 'type'));
      r.str(child(artifact, 'label'));
      url = r.url(child(artifact, 'url'));
    } else if (type === 'citation') {
      r.str(child(artifact, 'type'));
      const id = (name: string, pattern: RegExp) => {
        const found = r.extension(artifact, kitExtension(name));
        const value = found && r.str(child(found, 'valueString'));
        if (value === undefined || pattern.test(value)) return value;
        r.log.source([...found!.path, 'valueString'], 'invalid_format');
        return undefined;
      };
      publications.push({
        citation: r.str(child(artifact, 'citation')),
        doi: id('doi', /^10\.\d{4,9}\/\S+$/),
        pmid: id('pmid', /^\d{1,9}$/),
        url: r.url(child(artifact, 'url')),
      });
    }
  }
  const kit = r.extension(study, kitExtension('results'));
  return {
    url,
    results: {
      summary: kit && r.textValue(r.extension(kit, 'summary')),
      url: kit && r.urlPart(kit, 'url'),
      publications,
    },
  };
}

function scientificTitle(r: StudyReader, study: Node): LocalizedText | undefined {
  // R5 labels of type `scientific`; other labels stay unread.
  const isScientific = (label: Node) => {
    const type = r.find(label, 'type')[0];
    return (
      type !== undefined &&
      r.findCoding(child(type, 'valueCodeableConcept'), (_, code) => code === 'scientific') !==
        undefined
    );
  };
  const label = r.find(study, fhirExtensions.label).find(isScientific);
  if (!label) return undefined;
  r.read(child(label, 'url'));
  const type = r.extension(label, 'type')!;
  const coding = r.findCoding(
    child(type, 'valueCodeableConcept'),
    (_, code) => code === 'scientific',
  )!;
  r.str(child(coding, 'system'));
  r.str(child(coding, 'code'));
  return r.textValue(r.extension(label, 'value'));
}

function countries(r: StudyReader, study: Node): string[] {
  return r.list(child(study, 'location')).flatMap((node) => {
    const coding = r.findCoding(
      node,
      (system) => system === fhirSystems.iso3166 || system === undefined,
    );
    if (coding) r.str(child(coding, 'system'));
    return (coding ? r.country(child(coding, 'code')) : r.country(child(node, 'text'))) ?? [];
  });
}

function outcomes(r: StudyReader, study: Node): Trial['outcomes'] {
  const types = ['primary', 'secondary', 'exploratory'];
  return r.list(child(study, 'objective')).flatMap((node) => {
    const measure = r.str(child(node, 'name'));
    if (measure === undefined) return [];
    const coding = r.findCoding(child(node, 'type'), () => true);
    if (coding) r.str(child(coding, 'system'));
    const code = coding && r.str(child(coding, 'code'));
    if (code !== undefined && !types.includes(code)) {
      r.log.source([...coding!.path, 'code'], 'unknown_code', { value: code, allowed: types });
    }
    const details = r.extension(node, kitExtension('outcome'));
    return [
      {
        // Objectives without a type, or of an unknown one, are "other" outcomes.
        type: code === 'primary' || code === 'secondary' ? code : ('other' as const),
        measure,
        timeFrame: details && r.stringPart(details, 'timeFrame'),
        description: details && r.stringPart(details, 'description'),
      },
    ];
  });
}

/** A concept's text or else its first coding's display or code, with all its codings. */
function named(r: StudyReader, node: Node): { name: string; codes: ModelCoding[] } | undefined {
  const codes = r.codings(node);
  const name =
    r.str(child(node, 'text')) ?? codes.find((code) => code.display)?.display ?? codes[0]?.code;
  return name === undefined ? undefined : { name, codes };
}

/** The trial of one ResearchStudy, before compaction and validation. */
function trialOf(
  r: StudyReader,
  fullUrl: string | undefined,
  today: string,
): Record<string, unknown> {
  const study = r.study;
  const acronym = r.extension(study, fhirExtensions.miiAcronym);
  const reasonStopped = child(study, 'reasonStopped');
  const { url, results: studyResults } = results(r, study);
  const investigator = r.str(at(study, 'principalInvestigator', 'display'));
  return {
    identifiers: identifiers(r, study),
    title: {
      public: r.text(child(study, 'title'), child(study, '_title')),
      scientific: scientificTitle(r, study),
      acronym: acronym && r.str(child(acronym, 'valueString')),
    },
    summary: r.textValue(r.extension(study, fhirExtensions.descriptionSummary)),
    description: r.text(child(study, 'description'), child(study, '_description')),
    status: status(r, study),
    whyStopped: reasonStopped.raw === undefined ? undefined : r.conceptText(reasonStopped),
    phase: phase(r, study),
    studyType: studyType(r, study),
    design: design(r, study),
    dates: dates(r, study, today),
    conditions: r.list(child(study, 'condition')).flatMap((node) => {
      const found = named(r, node);
      return found ? [{ text: found.name, codes: found.codes }] : [];
    }),
    interventions: r.list(child(study, 'focus')).flatMap((node) => {
      const details = r.extension(node, kitExtension('intervention'));
      const found = named(r, node);
      if (!found) return [];
      return [
        {
          name: found.name,
          type: details && r.kitPart(details, 'type', interventionTypes),
          originalType: details && r.stringPart(details, 'originalType'),
          description: details && r.stringPart(details, 'description'),
          codes: found.codes,
        },
      ];
    }),
    keywords: r.list(child(study, 'keyword')).flatMap((node) => r.conceptText(node) ?? []),
    sponsors: sponsors(r, study),
    contacts: [
      ...r.list(child(study, 'contact')).flatMap((node) => contact(r, node, 'public') ?? []),
      ...(investigator === undefined
        ? []
        : [{ role: 'principal-investigator', name: investigator }]),
    ],
    countries: countries(r, study),
    enrolment: enrolment(r, study),
    eligibility: eligibility(r, study),
    outcomes: outcomes(r, study),
    ethics: ethics(r, study),
    ipdSharing: (() => {
      const kit = r.extension(study, kitExtension('ipd-sharing'));
      return (
        kit && {
          plan: r.kitPart(kit, 'plan', ipdSharingPlans),
          description: r.stringPart(kit, 'description'),
          url: r.urlPart(kit, 'url'),
        }
      );
    })(),
    results: studyResults,
    sites: r.list(child(study, 'site')).map((node) => site(r, node)),
    url,
    provenance: provenance(r, study, fullUrl),
  };
}

/** References of a study that the reader resolves: sponsors and sites. */
function* studyReferences(study: Json): Generator<string> {
  const reference = (value: unknown) =>
    isObject(value) && typeof value.reference === 'string' ? value.reference : undefined;
  const lead = reference(study.sponsor);
  if (lead) yield lead;
  for (const site of Array.isArray(study.site) ? study.site : []) {
    const target = reference(site);
    if (target) yield target;
  }
  for (const party of Array.isArray(study.extension) ? study.extension : []) {
    if (!isObject(party) || party.url !== fhirExtensions.associatedParty) continue;
    for (const part of Array.isArray(party.extension) ? party.extension : []) {
      const target =
        isObject(part) && part.url === 'party' ? reference(part.valueReference) : undefined;
      if (target) yield target;
    }
  }
}

/**
 * The trial records of a FHIR document: a ResearchStudy, or each ResearchStudy of a Bundle (of
 * any type) as a Bundle of its own with the sponsors and sites it references. Entries' requests
 * and search details are the Bundle's business, not the trial's, and are left out.
 */
export function* fhirRecords(document: unknown): Generator<Json> {
  if (!isObject(document)) return;
  if (document.resourceType === 'ResearchStudy') {
    yield document;
    return;
  }
  if (document.resourceType !== 'Bundle' || !Array.isArray(document.entry)) return;
  const entries = document.entry.filter(
    (entry): entry is Json & { resource: Json } => isObject(entry) && isObject(entry.resource),
  );
  const index = new Map<string, Json>();
  for (const entry of entries) {
    for (const key of addressKeys(entry.fullUrl, entry.resource.resourceType, entry.resource.id)) {
      if (!index.has(key)) index.set(key, entry);
    }
  }
  const plain = (entry: Json) => ({
    ...(entry.fullUrl !== undefined && { fullUrl: entry.fullUrl }),
    resource: entry.resource,
  });
  for (const entry of entries) {
    if (entry.resource.resourceType !== 'ResearchStudy') continue;
    const related: Json[] = [];
    for (const reference of studyReferences(entry.resource)) {
      const target = resolveIn(index, reference);
      if (target && target !== entry && !related.includes(target)) related.push(target);
    }
    yield { resourceType: 'Bundle', entry: [entry, ...related].map(plain) };
  }
}

const isoToday = () => new Date().toISOString().slice(0, 10);

/** FHIR resources nest a few dozen levels deep; far deeper input is hostile and not walked. */
export const maxDepth = 200;

/** Whether a value nests deeper than `limit`, found without recursion. */
export function tooDeep(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * One trial from a ResearchStudy, or from the first ResearchStudy of a Bundle with the resources
 * it references. Never throws: what cannot be read is an issue, what has no place in the model is
 * `lost`.
 */
export function readFhirRecord(
  record: unknown,
  options: FhirReadOptions = {},
): RecordResult<Trial> {
  const log = new IssueLog(options);
  if (!isObject(record)) {
    log.source([], 'invalid_type', { expected: 'object' });
    return { value: undefined, lost: [], issues: log.issues };
  }
  if (tooDeep(record, maxDepth)) {
    log.source([], 'invalid_input');
    return { value: undefined, lost: [], issues: log.issues };
  }
  const tracked = track(record);
  const top = new Node(record);
  const type = record.resourceType;
  let study: Node | undefined;
  let entries: Node[] = [];
  let fullUrl: string | undefined;
  if (type === 'ResearchStudy') study = top;
  else if (type === 'Bundle') {
    if (record.entry !== undefined && !Array.isArray(record.entry)) {
      log.source(['entry'], 'invalid_type', { expected: 'array' });
    }
    entries = items(child(top, 'entry'));
    const entry = entries.find(
      (item) => rawString(at(item, 'resource', 'resourceType')) === 'ResearchStudy',
    );
    if (entry) {
      study = child(entry, 'resource');
      fullUrl = rawString(child(entry, 'fullUrl'));
    } else log.source(['entry'], 'required');
  } else {
    log.source(['resourceType'], 'unknown_code', {
      value: type,
      allowed: ['ResearchStudy', 'Bundle'],
    });
  }
  if (!study) return unreadable(tracked, log);
  const reader = new StudyReader(tracked.root, log, study, entries, options);
  reader.read(child(study, 'resourceType'));
  if (type === 'Bundle') reader.read(child(top, 'resourceType'));
  return finishTrial(trialOf(reader, fullUrl, options.today ?? isoToday()), tracked, log);
}

/**
 * The trials of a FHIR R4 Bundle (any type: collection, transaction, searchset, …) or of a single
 * ResearchStudy, one result per ResearchStudy. References to the Bundle's Organizations and
 * Locations (and to contained resources) are resolved; the kit's extensions give back exactly
 * the trials `trialsToFhirBundle` wrote. Anything that is neither gives one result with the issue.
 */
export function readFhirBundle(
  document: unknown,
  options: FhirReadOptions = {},
): RecordResult<Trial>[] {
  if (
    isObject(document) &&
    document.resourceType === 'Bundle' &&
    (document.entry === undefined || Array.isArray(document.entry))
  ) {
    return Array.from(fhirRecords(document), (record) => readFhirRecord(record, options));
  }
  return [readFhirRecord(document, options)];
}

/** The FHIR reader (`--from fhir`): a Bundle or a ResearchStudy, one record per ResearchStudy. */
export const fhirReader: TrialReader = {
  format: 'fhir',
  input: 'json',
  records: fhirRecords,
  read: readFhirRecord,
};
