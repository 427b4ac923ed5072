import { isKnownAgs, regionByNuts } from '../regions/lookup';
import { formats } from '../shared/formats';
import { defaultLocale, type Locale } from '../shared/locale';
import type { IssueCode } from '../shared/messages';
import {
  issue,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from '../shared/validation';
import { isValidIk, isValidRor } from './check-digits';
import {
  type IdentifierScheme,
  identifierFormats,
  identifierSchemes,
  type TrialIdentifierScheme,
  trialIdentifierSchemes,
} from './schemes';

/** How to read one scheme from the wild: labels around it, separators inside it, URLs. */
interface Spec {
  /**
   * Finds the identifier inside free text or a URL (global regex); `canonical` turns a match into
   * the canonical form. Schemes with a distinctive shape (a prefix, a fixed grouping) have one.
   */
  readonly token?: RegExp;
  readonly canonical?: (match: RegExpExecArray) => string;
  /** Names and words that may stand next to the identifier: "DRKS-ID:", "EudraCT Nr.", … */
  readonly labels: RegExp;
  /** Hosts whose URLs carry the identifier in their path or query (a leading www. is ignored). */
  readonly hosts?: readonly string[];
  /** For schemes without a token: the input, labels removed, turned into the canonical candidate. */
  readonly tidy?: (value: string) => string;
  /** The rule beyond the pattern (check digit, known region), as the issue code it breaks. */
  readonly check?: (value: string) => IssueCode | undefined;
}

// Words that may follow or precede any scheme's name: "Nr.", "number", "ID", …
const generic = ['identifier', 'kennung', 'nummer', 'number', 'nr\\.?', 'no\\.?', 'id'];
const labels = (...names: string[]) => new RegExp(`(?:${[...names, ...generic].join('|')})`, 'gi');
// Eight digits, each optionally preceded by a space or dot ("0001 2345", "00.01.23.45").
const eightDigits = '((?:[\\s.]?\\d){8})(?![\\s.]?\\d)';
const digitsOf = (text: string) => text.replace(/\D/g, '');
const prefixed = (prefix: string) => ({
  token: new RegExp(`(?<![a-z0-9])${prefix}[\\s-]*${eightDigits}`, 'gi'),
  canonical: (match: RegExpExecArray) => `${prefix.toUpperCase()}${digitsOf(match[1]!)}`,
});
const checkDigit = (valid: (value: string) => boolean) => (value: string) =>
  valid(value) ? undefined : ('invalid_check_digit' as const);

const specs: Readonly<Record<IdentifierScheme, Spec>> = {
  nct: {
    ...prefixed('nct'),
    labels: labels('clinicaltrials\\.gov', 'ct\\.gov', 'nct'),
    hosts: ['clinicaltrials.gov', 'classic.clinicaltrials.gov', 'beta.clinicaltrials.gov'],
  },
  drks: {
    ...prefixed('drks'),
    labels: labels(
      'deutsches register klinischer studien',
      'german clinical trials register',
      'drks',
    ),
    hosts: ['drks.de'],
  },
  euct: {
    token: /(?<!\d)(\d{4})\s*-\s*(5\d{5})\s*-\s*(\d{2})\s*-\s*(\d{2})(?!\d)/g,
    canonical: (match) => match.slice(1, 5).join('-'),
    labels: labels('clinical trials information system', 'eu[\\s-]*ct', 'ctis', 'eu trial'),
    hosts: ['euclinicaltrials.eu'],
  },
  eudract: {
    // Not the first three groups of an EU CT number: no "-dd" may follow.
    token: /(?<!\d)(\d{4})\s*-\s*(\d{6})\s*-\s*(\d{2})(?!\d)(?!\s*-\s*\d)/g,
    canonical: (match) => match.slice(1, 4).join('-'),
    labels: labels('eudract', 'euctr'),
    hosts: ['clinicaltrialsregister.eu'],
  },
  isrctn: {
    ...prefixed('isrctn'),
    labels: labels('isrctn', 'doi:?', '10\\.1186'),
    hosts: ['isrctn.com', 'doi.org', 'dx.doi.org'],
  },
  utn: {
    token: /(?<![a-z0-9])u\s*1111\s*-?\s*(\d{4})\s*-?\s*(\d{4})(?!\d)/gi,
    canonical: (match) => `U1111-${match[1]}-${match[2]}`,
    labels: labels('who universal trial number', 'universal trial number', 'who', 'utn'),
  },
  ik: {
    labels: labels('institutionskennzeichen', 'institution code', 'iknr', 'ik'),
    tidy: (value) => value.replace(/[\s./-]/g, ''),
    check: checkDigit(isValidIk),
  },
  ror: {
    token: /(?<![0-9a-z])(0[0-9a-hj-km-np-tv-z]{6}\d{2})(?![0-9a-z])/gi,
    canonical: (match) => match[1]!.toLowerCase(),
    labels: labels('research organization registry', 'ror'),
    hosts: ['ror.org', 'api.ror.org'],
    check: checkDigit(isValidRor),
  },
  'telematik-id': {
    labels: labels('telematik[\\s-]*id', 'ti[\\s-]*id'),
    tidy: (value) => value.replace(/\s/g, ''),
  },
  'hospital-site': {
    labels: labels(
      'krankenhaus[\\s-]*standortnummer',
      'standortnummer',
      'standort[\\s-]*nr\\.?',
      'hospital site number',
      'site number',
    ),
    tidy: (value) => value.replace(/[\s./-]/g, ''),
  },
  ags: {
    labels: labels(
      'amtlicher gemeindeschlüssel',
      'gemeindeschlüssel',
      'kreisschlüssel',
      'municipality key',
      'ags',
    ),
    // Spreadsheets drop the leading zero of NRW keys (5113 for 05113): lengths 1, 4 and 7 are
    // never valid, so restoring it is unambiguous.
    tidy: (value) => {
      const digits = value.replace(/[\s.]/g, '');
      return /^(?:\d|\d{4}|\d{7})$/.test(digits) ? `0${digits}` : digits;
    },
    check: (value) => (isKnownAgs(value) ? undefined : 'unknown_region'),
  },
  nuts: {
    // No generic words here: "NO" starts Norway's NUTS codes.
    labels: /nuts(?:[\s-]*[0-3])?(?:[\s-]*code)?/gi,
    tidy: (value) => value.replace(/\s/g, '').toUpperCase(),
    // The region registry covers NRW (DEA…): codes there must exist; others are format-checked.
    check: (value) =>
      !value.startsWith('DEA') || regionByNuts(value) ? undefined : 'unknown_region',
  },
};

const invisible = /[\u200B-\u200D\u2060\uFEFF]/g;
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const punctuationOnly = /^[\s:#.,;()[\]/_=\-"'„“”‚‘’«»]*$/;
const hostOf = /^(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?=[/?#]|$)/i;

/** Full-width digits, no-break spaces, invisible characters and typographic dashes made plain. */
function clean(raw: string): string {
  return raw.normalize('NFKC').replace(invisible, '').replace(dashes, '-').trim();
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The distinct canonical values of all token matches, and the text with the matches removed. */
function findTokens(spec: Spec, text: string): { values: Set<string>; rest: string } {
  const values = new Set<string>();
  for (const match of text.matchAll(spec.token!)) values.add(spec.canonical!(match));
  return { values, rest: text.replace(spec.token!, ' ') };
}

/** The canonical candidate in tolerant input, or `undefined` when there is none (or several). */
function candidate(spec: Spec, strict: RegExp, input: string): string | undefined {
  if (strict.test(input)) return input;
  const url = hostOf.exec(input);
  const host = url?.[1]?.toLowerCase().replace(/^www\./, '');
  if (spec.token && host && spec.hosts?.includes(host)) {
    const { values } = findTokens(spec, decode(input.slice(url![0].length)));
    return values.size === 1 ? [...values][0] : undefined;
  }
  if (spec.token) {
    const { values, rest } = findTokens(spec, input);
    const onlyLabels = punctuationOnly.test(rest.replace(spec.labels, ' '));
    return values.size === 1 && onlyLabels ? [...values][0] : undefined;
  }
  // No token: take labels off the front ("IK-Nr.: 26 03 26 822") and tidy what is left.
  const leading = new RegExp(`^(?:(?:${spec.labels.source})[\\s:#.-]*)+`, 'i');
  return spec.tidy!(input.replace(leading, ''));
}

function formatIssue(scheme: IdentifierScheme, locale: Locale): ValidationIssue {
  return issue([], 'invalid_format', { format: formats[identifierFormats[scheme]] }, locale);
}

/**
 * Whether `value` is a valid identifier of `scheme` in its canonical form: the exact pattern of
 * `formats`, the check digit (IK, ROR) and, for AGS and NUTS codes in NRW, a known region.
 * Nothing is trimmed or repaired here; use `parseIdentifier` for input from people or files.
 */
export function isValidIdentifier(scheme: IdentifierScheme, value: unknown): boolean {
  if (typeof value !== 'string' || !identifierSchemes.has(scheme)) return false;
  return (
    formats[identifierFormats[scheme]].pattern.test(value) &&
    specs[scheme].check?.(value) === undefined
  );
}

/**
 * Reads an identifier as people and registries write it and returns its canonical form: spaces,
 * case, typographic dashes, labels (`DRKS-ID: DRKS00012345`, `EudraCT 2019-001234-56`) and
 * registry URLs (`https://ror.org/04mz5ra38`, `https://clinicaltrials.gov/study/NCT…`) are
 * tolerated. Otherwise it says why not (`invalid_format`, `invalid_check_digit`,
 * `unknown_region`), in German or English. Never throws.
 */
export function parseIdentifier(
  scheme: IdentifierScheme,
  raw: unknown,
  options?: ValidateOptions,
): ValidationResult<string> {
  const locale = options?.locale ?? defaultLocale;
  const fail = (found: ValidationIssue): ValidationResult<string> => ({
    ok: false,
    issues: [found],
  });
  if (!identifierSchemes.has(scheme)) {
    return fail(
      issue([], 'unknown_code', { value: scheme, allowed: identifierSchemes.codes }, locale),
    );
  }
  if (typeof raw !== 'string') {
    return fail(
      issue([], raw == null ? 'required' : 'invalid_type', { expected: 'string' }, locale),
    );
  }
  const input = clean(raw);
  if (input === '') return fail(issue([], 'required', {}, locale));
  const spec = specs[scheme];
  const strict = formats[identifierFormats[scheme]].pattern;
  const value = candidate(spec, strict, input);
  if (value === undefined || !strict.test(value)) return fail(formatIssue(scheme, locale));
  const broken = spec.check?.(value);
  if (broken) return fail(issue([], broken, { value }, locale));
  return { ok: true, value };
}

/**
 * Which trial registry an identifier belongs to, read as tolerantly as `parseIdentifier`:
 * `detectTrialIdentifier(' nct 0123 4567')` is `{ scheme: 'nct', value: 'NCT01234567' }`.
 * `undefined` when no registry scheme, or more than one identifier, is found.
 */
export function detectTrialIdentifier(
  raw: unknown,
): { scheme: TrialIdentifierScheme; value: string } | undefined {
  for (const scheme of trialIdentifierSchemes) {
    const result = parseIdentifier(scheme, raw);
    if (result.ok) return { scheme, value: result.value };
  }
  return undefined;
}
