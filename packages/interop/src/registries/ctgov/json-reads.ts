// What the JSON reader (json.ts) reads of a study, place by place, and the walk that lists the
// rest as lost. The reader marks nothing while it reads: which keys it reads is known here, and
// the few reads that depend on a value are decided from the same value again. The rules are those
// of a reader that marks its reads (`ReadMarks.unread`): a key never read is lost, an object never
// looked into is lost whole, and lost fields come out in the order of the source.
import { formats } from '@nrw-health/core';
import type { LostField } from '../../shared/result';
import { isObject, type Obj } from './fields';
import { ctgovIpdSharingMap, ctgovReferenceTypes, ctgovResultReferenceTypes } from './tables';

/** What the reader found out while reading that decides a read elsewhere. */
export interface ReadFlags {
  /** The responsible party's affiliation was read (its investigator was a new contact). */
  affiliation: boolean;
}

/** A read only on a condition of the object read (its other fields) or of the reading. */
type When = (object: Obj, flags: ReadFlags) => boolean;

/**
 * One place the reader reads at: a value, a list of values (each read, none looked into), an
 * object it looks into, or a list of objects it looks into. One class for all four, so that
 * the walk reads their properties from objects of one shape.
 */
class Field {
  /** Patterns of keys the reader does not know, made once (places only). */
  readonly unknown = new Map<string, string>();

  constructor(
    readonly kind: 'value' | 'values' | 'place' | 'items',
    /** The path with `[*]` for indices, as lost fields have it. */
    readonly pattern: string,
    /** For lists: the pattern of an item. */
    readonly itemPattern: string,
    /** A read only on a condition of the object read (its other fields) or of the reading. */
    readonly when: When | undefined,
    /** For places: the fields it reads. */
    readonly fields: ReadonlyMap<string, Field> | undefined,
    /** For lists of objects: the place of an item. */
    readonly items: Field | undefined,
  ) {}
}

// Templates, turned into fields with their patterns by `build`; one template may stand at several
// places (a date, a person).
type Template =
  | { readonly kind: 'value' | 'values'; readonly when?: When }
  | { readonly kind: 'place'; readonly fields: Record<string, Template>; readonly when?: When }
  | { readonly kind: 'items'; readonly items: Template & { kind: 'place' }; readonly when?: When };

const value = (when?: When): Template => ({ kind: 'value', when });
const values = (when?: When): Template => ({ kind: 'values', when });
const place = (fields: Record<string, Template>, when?: When) =>
  ({ kind: 'place', fields, when }) as const;
const items = (fields: Record<string, Template>, when?: When): Template => ({
  kind: 'items',
  items: place(fields),
  when,
});

function build(template: Template, pattern: string): Field {
  const itemPattern = `${pattern}[*]`;
  switch (template.kind) {
    case 'value':
    case 'values':
      return new Field(template.kind, pattern, itemPattern, template.when, undefined, undefined);
    case 'items': {
      const item = build(template.items, itemPattern);
      return new Field('items', pattern, itemPattern, template.when, undefined, item);
    }
    case 'place': {
      const fields = new Map<string, Field>();
      for (const [key, child] of Object.entries(template.fields)) {
        fields.set(key, build(child, pattern ? `${pattern}.${key}` : key));
      }
      return new Field('place', pattern, itemPattern, template.when, fields, undefined);
    }
  }
}

// The conditions, as the reader decides them.
const isText = (found: unknown) => typeof found === 'string' && found.trim() !== '';
const foldCode = (code: string) => code.toLowerCase().replace(/\s+/g, ' ');
/** A code table's key as the reader's lookup finds it (exact, then up to case and spacing). */
function codeKey(table: Readonly<Record<string, unknown>>, found: unknown): string | undefined {
  if (typeof found !== 'string') return undefined;
  const code = found.trim();
  if (code === '') return undefined;
  if (Object.hasOwn(table, code)) return code;
  const folded = foldCode(code);
  return Object.keys(table).find((key) => foldCode(key) === folded);
}
const referenceTypes = Object.fromEntries(ctgovReferenceTypes.map((type) => [type, type]));
const resultTypes: readonly string[] = ctgovResultReferenceTypes;

const hasId: When = (object) => isText(object.id);
const hasName: When = (object) => isText(object.name);
const hasMeasure: When = (object) => isText(object.measure);
const hasDate: When = (object) =>
  typeof object.date === 'string' && formats.partialDate.pattern.test(object.date.trim());
const hasCount: When = ({ count }) =>
  typeof count === 'number' && Number.isSafeInteger(count) && count >= 0;
const hasSponsorsId: When = ({ orgStudyIdInfo }) =>
  isObject(orgStudyIdInfo) && isText(orgStudyIdInfo.id);
const isResultReference: When = (object) => {
  const type = codeKey(referenceTypes, object.type);
  return type !== undefined && resultTypes.includes(type);
};
// Every plan of the table is a code; none is empty.
const hasPlan: When = (object) => codeKey(ctgovIpdSharingMap, object.ipdSharing) !== undefined;

const postDate = place({ date: value() });
const trialDate = place({ date: value(), type: value(hasDate) });
const sponsor = { name: value(), class: value(hasName) };
const person = {
  role: value(),
  name: value(),
  email: value(),
  phone: value(),
  phoneExt: value(),
};
const outcomes = items({
  measure: value(),
  timeFrame: value(hasMeasure),
  description: value(hasMeasure),
});

const study = place({
  protocolSection: place({
    identificationModule: place({
      nctId: value(),
      nctIdAliases: values(),
      orgStudyIdInfo: place({ id: value() }),
      organization: place({ fullName: value() }, hasSponsorsId),
      secondaryIdInfos: items({ id: value(), type: value(hasId), domain: value(hasId) }),
      briefTitle: value(),
      officialTitle: value(),
      acronym: value(),
    }),
    statusModule: place({
      overallStatus: value(),
      whyStopped: value(),
      studyFirstSubmitDate: value(),
      statusVerifiedDate: value(),
      studyFirstPostDateStruct: postDate,
      lastUpdatePostDateStruct: postDate,
      resultsFirstPostDateStruct: postDate,
      startDateStruct: trialDate,
      primaryCompletionDateStruct: trialDate,
      completionDateStruct: trialDate,
    }),
    sponsorCollaboratorsModule: place({
      leadSponsor: place(sponsor),
      collaborators: items(sponsor),
      responsibleParty: place({
        investigatorFullName: value(),
        investigatorAffiliation: value((_, flags) => flags.affiliation),
      }),
    }),
    descriptionModule: place({ briefSummary: value(), detailedDescription: value() }),
    conditionsModule: place({ conditions: values(), keywords: values() }),
    designModule: place({
      studyType: value(),
      phases: values(),
      designInfo: place({
        allocation: value(),
        interventionModel: value(),
        interventionModelDescription: value(),
        primaryPurpose: value(),
        observationalModel: value(),
        timePerspective: value(),
        maskingInfo: place({ masking: value(), maskingDescription: value(), whoMasked: values() }),
      }),
      targetDuration: value(),
      patientRegistry: value(),
      enrollmentInfo: place({ count: value(), type: value(hasCount) }),
    }),
    armsInterventionsModule: place({
      interventions: items({ name: value(), type: value(hasName), description: value(hasName) }),
    }),
    outcomesModule: place({
      primaryOutcomes: outcomes,
      secondaryOutcomes: outcomes,
      otherOutcomes: outcomes,
    }),
    eligibilityModule: place({
      sex: value(),
      minimumAge: value(),
      maximumAge: value(),
      healthyVolunteers: value(),
      eligibilityCriteria: value(),
    }),
    contactsLocationsModule: place({
      centralContacts: items(person),
      overallOfficials: items({ role: value(), name: value(), affiliation: value() }),
      locations: items({
        facility: value(),
        status: value(),
        city: value(),
        state: value(),
        zip: value(),
        country: value(),
        geoPoint: place({ lat: value(), lon: value() }),
        contacts: items(person),
      }),
    }),
    referencesModule: place({
      references: items({
        type: value(),
        citation: value(isResultReference),
        pmid: value(isResultReference),
      }),
    }),
    ipdSharingStatementModule: place({
      ipdSharing: value(),
      description: value(hasPlan),
      infoTypes: values(hasPlan),
      timeFrame: value(hasPlan),
      accessCriteria: value(hasPlan),
      url: value(hasPlan),
    }),
  }),
  derivedSection: place({
    miscInfoModule: place({ versionHolder: value() }),
    conditionBrowseModule: place({ meshes: items({ id: value(), term: value(hasId) }) }),
  }),
  hasResults: value(),
});

const studyPlace = build(study, '');

/** Whether an object or array has any key (empty ones hold nothing to lose). */
function hasAny(found: object, inherited = false): boolean {
  // A for…in over an array makes a string of each index: its first item answers for most.
  if (Array.isArray(found) && 0 in found) return true;
  for (const key in found) if (inherited || Object.hasOwn(found, key)) return true;
  return false;
}

/** At most this many patterns of unknown keys are kept per place: records may have any keys. */
const maxUnknownPatterns = 200;

/**
 * The fields of a study that the reader did not read, in the order of the source. Only what the
 * reader looked into is walked; an object it never looked into is one lost field, whole.
 */
export function lostFields(source: Obj, flags: ReadFlags): LostField[] {
  const walk = new LostWalk(flags);
  walk.object(source, studyPlace);
  return walk.lost;
}

class LostWalk {
  readonly lost: LostField[] = [];
  // The keys and indices from the study to the object being walked, and the path of each object
  // on the way, made when something in it is lost.
  readonly #steps: (string | number)[] = [];
  readonly #paths: (string | undefined)[] = [''];
  // How many of the steps are indices: with none, a path is its pattern.
  #indices = 0;

  // Whether Object.prototype has nothing enumerable, as it should.
  readonly #plainPrototype = !hasAny(Object.prototype, true);

  constructor(private readonly flags: ReadFlags) {}

  /** Walks an object the reader looked into; says whether it read any of its keys. */
  object(source: Obj, at: Field): boolean {
    // for…in also lists inherited keys: only objects of unusual descent need each key checked.
    const prototype = Object.getPrototypeOf(source);
    const plain = (prototype === Object.prototype && this.#plainPrototype) || prototype === null;
    let seen = false;
    for (const key in source) {
      if (!plain && !Object.hasOwn(source, key)) continue;
      const found = source[key];
      let field = at.fields!.get(key);
      if (field?.when && !field.when(source, this.flags)) field = undefined;
      if (field) seen = true;
      if (found === null) continue;
      if (typeof found !== 'object') {
        if (!field) this.#lose(key, found, this.#unknownPattern(at, key));
        continue;
      }
      if (field?.kind === 'place' && !Array.isArray(found)) {
        const start = this.lost.length;
        this.#enter(key);
        const looked = this.object(found as Obj, field);
        this.#leave();
        if (looked) continue;
        // Never looked into: lost whole, not key by key.
        this.lost.length = start;
      } else if (field?.kind === 'items' && Array.isArray(found)) {
        this.#items(key, found, field.items!);
        continue;
      } else if (field?.kind === 'values' && Array.isArray(found)) {
        this.#values(key, found, field.itemPattern);
        continue;
      }
      if (hasAny(found)) this.#lose(key, found, field?.pattern ?? this.#unknownPattern(at, key));
    }
    return seen;
  }

  // Lists are walked by index: the keys of a JSON array are its indices.

  /** A list of objects: every item was read; objects among them were looked into. */
  #items(key: string, list: readonly unknown[], at: Field): void {
    this.#enter(key);
    for (let index = 0; index < list.length; index++) {
      const found = list[index];
      if (found === null || typeof found !== 'object') continue;
      if (!Array.isArray(found)) {
        const start = this.lost.length;
        this.#enter(index);
        const looked = this.object(found as Obj, at);
        this.#leave();
        if (looked) continue;
        this.lost.length = start;
      }
      if (hasAny(found)) this.#lose(index, found, at.pattern);
    }
    this.#leave();
  }

  /** A list of values: every item was read; objects among them never looked into. */
  #values(key: string, list: readonly unknown[], pattern: string): void {
    this.#enter(key);
    for (let index = 0; index < list.length; index++) {
      const found = list[index];
      if (found !== null && typeof found === 'object' && hasAny(found)) {
        this.#lose(index, found, pattern);
      }
    }
    this.#leave();
  }

  #enter(step: string | number): void {
    this.#steps.push(step);
    this.#paths.push(undefined);
    if (typeof step === 'number') this.#indices++;
  }

  #leave(): void {
    if (typeof this.#steps.pop() === 'number') this.#indices--;
    this.#paths.pop();
  }

  /** The path of the object being walked. */
  #path(depth = this.#steps.length): string {
    let path = this.#paths[depth];
    if (path === undefined) {
      path = join(this.#path(depth - 1), this.#steps[depth - 1]!);
      this.#paths[depth] = path;
    }
    return path;
  }

  #lose(last: string | number, found: unknown, pattern: string): void {
    const path =
      this.#indices === 0 && typeof last === 'string' ? pattern : join(this.#path(), last);
    this.lost.push({ path, pattern, value: found });
  }

  #unknownPattern(at: Field, key: string): string {
    let pattern = at.unknown.get(key);
    if (pattern === undefined) {
      pattern = at.pattern ? `${at.pattern}.${key}` : key;
      if (at.unknown.size < maxUnknownPatterns) at.unknown.set(key, pattern);
    }
    return pattern;
  }
}

const join = (path: string, step: string | number) =>
  typeof step === 'number' ? `${path}[${step}]` : path ? `${path}.${step}` : step;
