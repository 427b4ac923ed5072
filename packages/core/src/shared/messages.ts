import type { StringFormat } from './formats';
import type { Labels, Locale } from './locale';

/** Stable codes of validation issues. Messages may change; codes do not. */
export const issueCodes = [
  'required',
  'invalid_type',
  'not_integer',
  'unknown_code',
  'invalid_format',
  'invalid_key',
  'too_small',
  'too_big',
  'unrecognized_key',
  'empty_text',
  'invalid_check_digit',
  'date_order',
  'age_order',
  'value_status_mismatch',
  'unknown_region',
  'unknown_source',
  'duplicate',
  'not_aggregatable',
  'pre_break_without_break',
  'invalid_input',
] as const;
export type IssueCode = (typeof issueCodes)[number];

/** Details that a message needs: expected type, allowed values, bounds, the format, … */
export type IssueParams = Readonly<Record<string, unknown>>;

type Render = (params: IssueParams) => string;

const typeNames: Record<string, Labels> = {
  string: { de: 'Text', en: 'text' },
  number: { de: 'Zahl', en: 'number' },
  int: { de: 'ganze Zahl', en: 'whole number' },
  boolean: { de: 'Wahrheitswert (true/false)', en: 'true or false' },
  object: { de: 'Objekt', en: 'object' },
  array: { de: 'Liste', en: 'list' },
  null: { de: 'null', en: 'null' },
  record: { de: 'Objekt', en: 'object' },
};

const typeName = (type: unknown, locale: Locale) =>
  typeNames[String(type)]?.[locale] ?? String(type);

function list(values: unknown, locale: Locale): string {
  const all = Array.isArray(values) ? values.map((value) => JSON.stringify(value)) : [];
  if (all.length <= 8) return all.join(', ');
  const more = all.length - 6;
  return `${all.slice(0, 6).join(', ')} ${locale === 'de' ? `und ${more} weitere` : `and ${more} more`}`;
}

/** " Erlaubt: …" / " Allowed: …", or nothing where the caller knows no list. */
const allowed = (values: unknown, locale: Locale) =>
  Array.isArray(values) && values.length > 0
    ? ` ${locale === 'de' ? 'Erlaubt' : 'Allowed'}: ${list(values, locale)}.`
    : '';

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

function bound(params: IssueParams, locale: Locale, kind: 'min' | 'max'): string {
  const limit = Number(params.limit);
  const origin = params.origin;
  if (origin === 'string') {
    if (kind === 'min' && limit === 1)
      return locale === 'de' ? 'Darf nicht leer sein.' : 'Must not be empty.';
    return locale === 'de'
      ? `Braucht ${kind === 'min' ? 'mindestens' : 'höchstens'} ${limit} Zeichen.`
      : `Needs ${kind === 'min' ? 'at least' : 'at most'} ${limit} characters.`;
  }
  if (origin === 'array' || origin === 'object') {
    return locale === 'de'
      ? `Braucht ${kind === 'min' ? 'mindestens' : 'höchstens'} ${limit} ${limit === 1 ? 'Eintrag' : 'Einträge'}.`
      : `Needs ${kind === 'min' ? 'at least' : 'at most'} ${limit} ${limit === 1 ? 'entry' : 'entries'}.`;
  }
  const strict = params.inclusive === false;
  if (locale === 'de') {
    return `Muss ${kind === 'min' ? (strict ? 'größer als' : 'mindestens') : strict ? 'kleiner als' : 'höchstens'} ${limit} sein.`;
  }
  return `Must be ${kind === 'min' ? (strict ? 'greater than' : 'at least') : strict ? 'less than' : 'at most'} ${limit}.`;
}

const messages: Record<IssueCode, Record<Locale, Render>> = {
  required: {
    de: () => 'Pflichtangabe fehlt.',
    en: () => 'Required field is missing.',
  },
  invalid_type: {
    de: (p) => `Erwartet: ${typeName(p.expected, 'de')}.`,
    en: (p) => `Expected ${typeName(p.expected, 'en')}.`,
  },
  not_integer: {
    de: () => 'Muss eine ganze Zahl sein.',
    en: () => 'Must be a whole number.',
  },
  unknown_code: {
    de: (p) =>
      `Unbekannter Wert${p.value === undefined ? '' : ` ${show(p.value)}`}.${allowed(p.allowed, 'de')}`,
    en: (p) =>
      `Unknown value${p.value === undefined ? '' : ` ${show(p.value)}`}.${allowed(p.allowed, 'en')}`,
  },
  invalid_format: {
    de: (p) => {
      const format = p.format as StringFormat | undefined;
      return format
        ? `Kein gültiges Format: erwartet ${format.label.de} (z. B. ${format.example}).`
        : 'Kein gültiges Format.';
    },
    en: (p) => {
      const format = p.format as StringFormat | undefined;
      return format
        ? `Invalid format: expected ${format.label.en} (e.g. ${format.example}).`
        : 'Invalid format.';
    },
  },
  invalid_key: {
    de: (p) => `Ungültiger Schlüssel ${show(p.key)}.`,
    en: (p) => `Invalid key ${show(p.key)}.`,
  },
  too_small: {
    de: (p) => bound(p, 'de', 'min'),
    en: (p) => bound(p, 'en', 'min'),
  },
  too_big: {
    de: (p) => bound(p, 'de', 'max'),
    en: (p) => bound(p, 'en', 'max'),
  },
  unrecognized_key: {
    de: (p) => `Unbekanntes Feld ${show(p.key)}: Es hat im Modell keinen Platz.`,
    en: (p) => `Unknown field ${show(p.key)}: it has no place in the model.`,
  },
  empty_text: {
    de: () => 'Braucht einen Text in mindestens einer Sprache.',
    en: () => 'Needs a text in at least one language.',
  },
  invalid_check_digit: {
    de: (p) => `Die Prüfziffer von ${show(p.value)} stimmt nicht.`,
    en: (p) => `The check digit of ${show(p.value)} does not match.`,
  },
  date_order: {
    de: (p) => `${show(p.later)} liegt vor ${show(p.earlier)} (${p.earlierField}).`,
    en: (p) => `${show(p.later)} lies before ${show(p.earlier)} (${p.earlierField}).`,
  },
  age_order: {
    de: () => 'Das Mindestalter liegt über dem Höchstalter.',
    en: () => 'The minimum age is above the maximum age.',
  },
  value_status_mismatch: {
    de: (p) =>
      p.valueIsNull
        ? `Ein fehlender Wert braucht den Status "missing", "confidential" oder "not-applicable", nicht ${show(p.status)}.`
        : `Der Status ${show(p.status)} bedeutet: kein Wert. Der Wert muss null sein.`,
    en: (p) =>
      p.valueIsNull
        ? `A missing value needs the status "missing", "confidential" or "not-applicable", not ${show(p.status)}.`
        : `The status ${show(p.status)} means there is no value: the value must be null.`,
  },
  unknown_region: {
    de: (p) => `Unbekannte Region ${show(p.value)}: nicht im Regionsverzeichnis.`,
    en: (p) => `Unknown region ${show(p.value)}: not in the region registry.`,
  },
  unknown_source: {
    de: (p) => `Quelle Nr. ${p.value} gibt es nicht (${p.count} Quellen).`,
    en: (p) => `Source number ${p.value} does not exist (${p.count} sources).`,
  },
  duplicate: {
    de: (p) => `Doppelter Eintrag ${show(p.value)}.`,
    en: (p) => `Duplicate entry ${show(p.value)}.`,
  },
  not_aggregatable: {
    de: (p) =>
      p.reason === 'measure-type'
        ? `${show(p.indicator)} lässt sich nicht über Regionen zusammenfassen: Art der Kennzahl ist ${p.measureType}.`
        : p.reason === 'no-parts'
          ? `${show(p.indicator)} lässt sich nicht zusammenfassen: Eine Rate oder ein Anteil wird aus Zähler und Nenner neu berechnet, und die Definition nennt sie nicht.`
          : `${show(p.indicator)} lässt sich nicht zusammenfassen: Zähler oder Nenner ${show(p.part)} ist keine Anzahl und kein Geldbetrag.`,
    en: (p) =>
      p.reason === 'measure-type'
        ? `${show(p.indicator)} cannot be aggregated across regions: its measure type is ${p.measureType}.`
        : p.reason === 'no-parts'
          ? `${show(p.indicator)} cannot be aggregated: a rate or share is recomputed from its numerator and denominator, and the definition names none.`
          : `${show(p.indicator)} cannot be aggregated: its numerator or denominator ${show(p.part)} is not a count or currency amount.`,
  },
  pre_break_without_break: {
    de: (p) =>
      `Einen Wert vor dem Bruch (preBreakValue) gibt es nur beim Status "break", nicht bei ${show(p.status)}.`,
    en: (p) =>
      `A pre-break value (preBreakValue) belongs only to the status "break", not to ${show(p.status)}.`,
  },
  invalid_input: {
    de: (p) => (p.reason ? `Ungültige Eingabe: ${p.reason}` : 'Ungültige Eingabe.'),
    en: (p) => (p.reason ? `Invalid input: ${p.reason}` : 'Invalid input.'),
  },
};

/** The message of an issue in German or English. */
export function issueMessage(code: IssueCode, params: IssueParams, locale: Locale): string {
  return messages[code][locale](params);
}
