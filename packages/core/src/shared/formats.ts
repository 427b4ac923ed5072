import type { Labels } from './locale';

/**
 * String formats of the model as regular expressions. Each one is used both by the zod schema
 * and, unchanged, as `pattern` in the exported JSON Schema, so the two agree by construction.
 */
export interface StringFormat {
  readonly pattern: RegExp;
  readonly label: Labels;
  readonly example: string;
}

// Calendar dates, leap years included: Feb 29 only where the year is divisible by 4 (by 400 for
// centuries).
const dayOfMonth =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const leapDay = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29';
const fullDate = `(?:\\d{4}-${dayOfMonth}|${leapDay})`;
const yearMonth = '\\d{4}-(?:0[1-9]|1[0-2])';
const year = '\\d{4}';
const time =
  'T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';

const format = (pattern: string, label: Labels, example: string): StringFormat => ({
  pattern: new RegExp(pattern),
  label,
  example,
});

export const formats = {
  partialDate: format(
    `^(?:${fullDate}|${yearMonth}|${year})$`,
    { de: 'Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT)', en: 'date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    '2024-05',
  ),
  dateTime: format(
    `^${fullDate}${time}$`,
    { de: 'Zeitpunkt nach ISO 8601 mit Zeitzone', en: 'ISO 8601 date-time with time zone' },
    '2024-05-17T09:30:00Z',
  ),
  timestamp: format(
    `^(?:${fullDate}(?:${time})?|${yearMonth}|${year})$`,
    { de: 'Datum oder Zeitpunkt nach ISO 8601', en: 'ISO 8601 date or date-time' },
    '2024-05-17',
  ),
  period: format(
    `^(?:${fullDate}|${yearMonth}|${year}(?:-Q[1-4]|-H[12])?)(?:/(?:${fullDate}|${yearMonth}|${year}(?:-Q[1-4]|-H[12])?))?$`,
    {
      de: 'Zeitraum (JJJJ, JJJJ-Qn, JJJJ-Hn, JJJJ-MM, JJJJ-MM-TT oder von/bis)',
      en: 'period (YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM-DD or start/end)',
    },
    '2013/2022',
  ),
  httpUrl: format(
    // No overlapping quantifiers: a long non-matching input must fail in linear time.
    '^https?://[^\\s/?#]+(?:[/?#]\\S*)?$',
    { de: 'http- oder https-Adresse', en: 'http or https URL' },
    'https://www.drks.de',
  ),
  email: format(
    '^[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+$',
    { de: 'E-Mail-Adresse', en: 'email address' },
    'studien@example.org',
  ),
  languageTag: format(
    '^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\\d{3}))?$',
    { de: 'Sprachkennung nach BCP 47', en: 'BCP 47 language tag' },
    'de',
  ),
  country: format(
    '^[A-Z]{2}$',
    { de: 'Ländercode nach ISO 3166-1 alpha-2', en: 'ISO 3166-1 alpha-2 country code' },
    'DE',
  ),
  subdivision: format(
    '^[A-Z]{2}-[A-Z0-9]{1,3}$',
    { de: 'Regionscode nach ISO 3166-2', en: 'ISO 3166-2 subdivision code' },
    'DE-NW',
  ),
  postalCodeDe: format(
    '^\\d{5}$',
    { de: 'fünfstellige Postleitzahl', en: 'five-digit German postal code' },
    '45147',
  ),
  slug: format(
    '^[a-z0-9]+(?:[-.][a-z0-9]+)*$',
    {
      de: 'Kennung aus Kleinbuchstaben, Ziffern, - und .',
      en: 'identifier of lower-case letters, digits, - and .',
    },
    'uk-essen',
  ),
  dimensionId: format(
    '^[A-Za-z][A-Za-z0-9_.-]{0,63}$',
    {
      de: 'Dimensionskennung (Buchstabe, dann Buchstaben, Ziffern, _ . -)',
      en: 'dimension id (a letter, then letters, digits, _ . -)',
    },
    'isced11',
  ),
  jsonPointer: format(
    '^(?:/(?:[^~/]|~[01])*)+$',
    { de: 'JSON Pointer (RFC 6901)', en: 'JSON Pointer (RFC 6901)' },
    '/status',
  ),
  nct: format('^NCT\\d{8}$', { de: 'NCT-Nummer', en: 'NCT number' }, 'NCT04349592'),
  drks: format('^DRKS\\d{8}$', { de: 'DRKS-ID', en: 'DRKS ID' }, 'DRKS00012345'),
  euct: format(
    '^\\d{4}-5\\d{5}-\\d{2}-\\d{2}$',
    { de: 'EU-CT-Nummer (CTIS)', en: 'EU CT number (CTIS)' },
    '2023-501234-12-00',
  ),
  eudract: format(
    '^\\d{4}-\\d{6}-\\d{2}$',
    { de: 'EudraCT-Nummer', en: 'EudraCT number' },
    '2019-001234-56',
  ),
  isrctn: format('^ISRCTN\\d{8}$', { de: 'ISRCTN', en: 'ISRCTN' }, 'ISRCTN12345678'),
  utn: format(
    '^U1111-\\d{4}-\\d{4}$',
    { de: 'WHO Universal Trial Number', en: 'WHO Universal Trial Number' },
    'U1111-1234-5678',
  ),
  ik: format(
    '^\\d{9}$',
    { de: 'Institutionskennzeichen (9 Ziffern)', en: 'institution code IK (9 digits)' },
    '260326822',
  ),
  ror: format('^0[0-9a-hj-km-np-tv-z]{6}\\d{2}$', { de: 'ROR-ID', en: 'ROR ID' }, '04mz5ra38'),
  telematikId: format(
    '^\\d{1,2}-[0-9A-Za-z.\\-]{1,126}$',
    { de: 'Telematik-ID', en: 'Telematik ID' },
    '5-2-123456789',
  ),
  hospitalSite: format(
    '^77\\d{7}$',
    { de: 'Krankenhaus-Standortnummer', en: 'hospital site number' },
    '771234005',
  ),
  ags: format(
    '^(?:\\d{2}|\\d{3}|\\d{5}|\\d{8})$',
    { de: 'Amtlicher Gemeindeschlüssel (AGS)', en: 'official municipality key (AGS)' },
    '05113',
  ),
  nuts: format('^[A-Z]{2}[A-Z0-9]{0,3}$', { de: 'NUTS-Code', en: 'NUTS code' }, 'DEA13'),
  ageGroup: format(
    '^(?:TOTAL|UNK|Y_LT\\d{1,3}|Y_GE\\d{1,3}|Y\\d{1,3}(?:-\\d{1,3})?)$',
    {
      de: 'Altersgruppe (TOTAL, Y_LT5, Y65-74, Y_GE85)',
      en: 'age group (TOTAL, Y_LT5, Y65-74, Y_GE85)',
    },
    'Y65-74',
  ),
  regionCode: format(
    '^(?:\\d{2}|\\d{3}|\\d{5}|\\d{8}|[A-Z]{2}[A-Z0-9]{0,3}|RVR)$',
    {
      de: 'Regionscode (AGS, NUTS, ISO-Ländercode oder RVR)',
      en: 'region code (AGS, NUTS, ISO country code or RVR)',
    },
    '05913',
  ),
} as const satisfies Record<string, StringFormat>;

export type FormatName = keyof typeof formats;

/** Finds the named format whose pattern zod reports in an `invalid_format` issue. */
export function formatByPattern(pattern: string): StringFormat | undefined {
  for (const candidate of Object.values(formats) as StringFormat[]) {
    if (String(candidate.pattern) === pattern) return candidate;
  }
  return undefined;
}
