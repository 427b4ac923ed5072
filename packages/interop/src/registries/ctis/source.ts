import {
  detectTrialIdentifier,
  formats,
  type IssuePath,
  type LocalizedText,
  parseIdentifier,
  type TrialIdentifier,
} from '@nrw-health/core';
import countries from 'i18n-iso-countries';
import { registryOfScheme } from '../../shared/identifiers';
import type { IssueLog } from '../../shared/result';
import type { TrialPhaseCode } from './codes';

// Reading helpers of the EU readers (CTIS and EUCTR): every value is type-checked where it is
// read, and a value of the wrong type becomes a source issue with its path, never a crash.

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A place in the source record: the object or list that holds it, its key and its path. The
 * value is read (and so counts as read) only when a reader asks for `value`; `present` looks
 * without reading, so a fallback that is not taken stays unread and is reported as lost.
 */
export class At {
  constructor(
    private readonly holder: unknown,
    private readonly key: string | number | undefined,
    readonly path: IssuePath,
  ) {}

  /** A value that is no field of the record, such as a code's wording, at a record's path. */
  static of(value: unknown, path: IssuePath): At {
    return new At(value, undefined, path);
  }

  /** The value, read through the tracking proxy. */
  get value(): unknown {
    if (this.key === undefined) return this.holder;
    return this.owns() ? (this.holder as Record<string | number, unknown>)[this.key] : undefined;
  }

  /**
   * Whether there is a value, without reading it. Null, "", [] and {} are none: ctrdata writes
   * empty XML elements of EUCTR results as {}.
   */
  get present(): boolean {
    const value = this.peek();
    if (value === undefined || value === null || value === '') return false;
    return typeof value !== 'object' || Object.keys(value).length > 0;
  }

  /** The value without reading it: for checks of its type only, never to copy it out. */
  peek(): unknown {
    if (this.key === undefined) return this.holder;
    return this.owns() ? Object.getOwnPropertyDescriptor(this.holder, this.key)?.value : undefined;
  }

  private owns(): boolean {
    const { holder, key } = this;
    return (
      holder !== null &&
      typeof holder === 'object' &&
      key !== undefined &&
      Object.hasOwn(holder, key)
    );
  }
}

export const root = (value: unknown): At => At.of(value, []);

/** The place under `keys`. Objects on the way are entered only when they are objects. */
export function get(node: At, ...keys: string[]): At {
  let holder = isObject(node.peek()) ? node.value : undefined;
  let path = node.path;
  for (const key of keys.slice(0, -1)) {
    const next = new At(holder, key, [...path, key]);
    holder = isObject(next.peek()) ? next.value : undefined;
    path = next.path;
  }
  const last = keys.at(-1);
  return last === undefined ? node : new At(holder, last, [...path, last]);
}

/** The first place that holds a value (a newer and an older layout of a record). */
export function first(...nodes: At[]): At {
  return nodes.find((node) => node.present) ?? nodes[0]!;
}

/** No value: null, or an empty object or list (ctrdata writes empty XML elements as {}). */
const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'object' && Object.keys(value).length === 0);

// "N/A", "na", "-": CTIS writes these where a value does not apply.
const placeholder = /^(?:n\/?a|-+)$/i;

const dayMonthYear = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const isoDate = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads typed values and logs a source issue for each one of the wrong type or format. */
export class SourceReader {
  constructor(readonly log: IssueLog) {}

  /** A trimmed, non-empty string. */
  text(node: At): string | undefined {
    const { value } = node;
    if (isEmpty(value)) return undefined;
    if (typeof value !== 'string') {
      this.log.source(node.path, 'invalid_type', { expected: 'string' });
      return undefined;
    }
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  /** A text, unless it is a placeholder such as "N/A". */
  value(node: At): string | undefined {
    const text = this.text(node);
    return text && !placeholder.test(text) ? text : undefined;
  }

  /** A whole number of zero or more, also when written as a string ("150"). */
  count(node: At): number | undefined {
    const { value } = node;
    if (isEmpty(value)) return undefined;
    if (typeof value === 'string' && value.trim() === '') return undefined;
    const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    if (typeof number === 'number' && Number.isSafeInteger(number) && number >= 0) return number;
    if (typeof number === 'number') this.log.source(node.path, 'not_integer');
    else this.log.source(node.path, 'invalid_type', { expected: 'int' });
    return undefined;
  }

  /** A boolean, also when written as "true" or "false". */
  bool(node: At): boolean | undefined {
    const { value } = node;
    if (isEmpty(value)) return undefined;
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    this.log.source(node.path, 'invalid_type', { expected: 'boolean' });
    return undefined;
  }

  /** EUCTR's "Yes" and "No". */
  yesNo(node: At): boolean | undefined {
    const text = this.text(node);
    if (text === undefined) return undefined;
    const answer = text.toLowerCase();
    if (answer === 'yes' || answer === 'no') return answer === 'yes';
    this.log.source(node.path, 'unknown_code', { value: text, allowed: ['Yes', 'No'] });
    return undefined;
  }

  /**
   * A date at the precision the registry gives it: `2024`, `2024-05`, `2024-05-17`, also from
   * `17/05/2024` (CTIS search fields) and from a date-time, whose time is dropped.
   */
  date(node: At): string | undefined {
    const text = this.text(node);
    if (text === undefined) return undefined;
    const european = dayMonthYear.exec(text);
    const date = european
      ? `${european[3]}-${european[2]!.padStart(2, '0')}-${european[1]!.padStart(2, '0')}`
      : isoDate.exec(text)?.[1];
    if (date && formats.partialDate.pattern.test(date)) return date;
    this.log.source(node.path, 'invalid_format', { format: formats.partialDate });
    return undefined;
  }

  /** An email address in the model's format; anything else is reported and left out. */
  email(node: At): string | undefined {
    const text = this.text(node);
    if (text === undefined || formats.email.pattern.test(text)) return text;
    this.log.source(node.path, 'invalid_format', { format: formats.email });
    return undefined;
  }

  /** The items of a list; anything else than a list is reported and gives none. */
  items(node: At): At[] {
    const { value } = node;
    if (isEmpty(value)) return [];
    if (!Array.isArray(value)) {
      this.log.source(node.path, 'invalid_type', { expected: 'array' });
      return [];
    }
    return Array.from(
      { length: value.length },
      (_, index) => new At(value, index, [...node.path, index]),
    );
  }

  /** A code of a mapping table, looked up by its normalised wording; unknown ones are reported. */
  code<V>(
    node: At,
    table: Readonly<Record<string, V>>,
  ): { original: string; mapped?: V } | undefined {
    const { value } = node;
    const text = typeof value === 'number' ? String(value) : this.text(node);
    if (text === undefined) return undefined;
    const key = keysOf(table).get(normalise(text));
    if (key === undefined) {
      this.log.source(node.path, 'unknown_code', { value: text, allowed: Object.keys(table) });
      return { original: text };
    }
    return { original: text, mapped: table[key] };
  }

  /** A registry identifier in its canonical form, or a source issue when it does not parse. */
  identifier(
    node: At,
    registry: 'ctgov' | 'euctr' | 'ctis' | 'isrctn' | 'who-utn',
  ): TrialIdentifier | undefined {
    const text = this.text(node);
    if (text === undefined) return undefined;
    const scheme = schemes[registry];
    const parsed = parseIdentifier(scheme, text);
    if (parsed.ok) return { registry, id: parsed.value } as TrialIdentifier;
    this.log.source(node.path, 'invalid_format', { format: formats[scheme] });
    return undefined;
  }
}

const tableKeys = new WeakMap<object, Map<string, string>>();

/** A table's keys by their normalised wording, worked out once per table. */
function keysOf(table: object): Map<string, string> {
  let keys = tableKeys.get(table);
  if (!keys) {
    keys = new Map(Object.keys(table).map((key) => [normalise(key), key]));
    tableKeys.set(table, keys);
  }
  return keys;
}

const schemes = {
  ctgov: 'nct',
  euctr: 'eudract',
  ctis: 'euct',
  isrctn: 'isrctn',
  'who-utn': 'utn',
} as const;

/** Lower case, punctuation and runs of spaces folded: "Human Pharmacology (Phase I)-  Other". */
export const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A localised text from its languages; undefined when none has a text. */
export function localized(
  entries: readonly (readonly [string, string | undefined])[],
): LocalizedText | undefined {
  const text: Record<string, string> = {};
  for (const [language, value] of entries) {
    if (value !== undefined && text[language] === undefined) text[language] = value;
  }
  return Object.keys(text).length > 0 ? text : undefined;
}

/** Leaves out repeated entries (the same product listed for two roles, …). */
export function distinct<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What an unknown identifier should have looked like, for the issue's message. */
export const identifierExamples = ['nct', 'drks', 'euct', 'eudract', 'isrctn', 'utn'].map(
  (name) => formats[name as 'nct'].example,
);

/** Country names as the issue of an unknown country lists them. */
export const countryNames = (): string[] =>
  Object.values(countries.getNames('en', { select: 'official' }));

/** Leaves out repeated identifiers, which the model rejects as duplicates. */
export function distinctIdentifiers(
  primary: TrialIdentifier | undefined,
  secondary: readonly (TrialIdentifier | undefined)[],
): TrialIdentifier[] {
  const seen = new Set(primary ? [`${primary.registry}:${primary.id}`] : []);
  const result: TrialIdentifier[] = [];
  for (const identifier of secondary) {
    if (!identifier) continue;
    const key = `${identifier.registry}:${identifier.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(identifier);
  }
  return result;
}

/** MedDRA, the terminology of conditions in CTIS and EUCTR (the HL7 code system URI). */
export const meddraSystem = 'http://terminology.hl7.org/CodeSystem/mdr';

/**
 * An identifier of a registry the model knows when the text is one ("NCT01234567",
 * "DRKS00012345"); otherwise the number under the registry's name, when there is one.
 */
export function anyIdentifier(id: string, issuer: string | undefined): TrialIdentifier | undefined {
  const found = detectTrialIdentifier(id);
  if (found)
    return { registry: registryOfScheme[found.scheme], id: found.value } as TrialIdentifier;
  return issuer ? { registry: 'other', id, issuer } : undefined;
}

const romanPhases: Readonly<Record<string, TrialPhaseCode>> = {
  i: 'phase-1',
  ii: 'phase-2',
  iii: 'phase-3',
  iv: 'phase-4',
  '1': 'phase-1',
  '2': 'phase-2',
  '3': 'phase-3',
  '4': 'phase-4',
};

/**
 * The phases a wording names ("Phase II and Phase III (…)" is phase 2 and 3). Only for wordings
 * outside the mapping tables, whose unknown value is reported as well.
 */
export function phasesInText(text: string): TrialPhaseCode[] {
  const found = new Set<TrialPhaseCode>();
  for (const match of normalise(text).matchAll(/\bphase (iv|iii|ii|i|[1-4])\b/g)) {
    found.add(romanPhases[match[1]!]!);
  }
  return [...found].sort();
}
