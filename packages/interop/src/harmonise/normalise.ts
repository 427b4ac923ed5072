// Keys that tell when two registries mean the same thing: the same trial number written in other
// ways, the same sponsor, the same site spelled differently. Keys only compare; they are never
// written into a merged record.
import {
  detectTrialIdentifier,
  findMunicipality,
  findRegion,
  type TrialIdentifier,
} from '@nrw-health/core';
import { ictrpOtherRegistries } from '../registries/ictrp/codes';

/**
 * Text folded for comparison: accents and case dropped, `ß` as `ss`, every run of punctuation
 * and white space as one space. `Universitätsklinikum Köln (AöR)` → `universitatsklinikum koln aor`.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** German umlauts written out (`ae`, `oe`, `ue`) read as the folded umlaut: Koeln as Köln. */
const transliterate = (folded: string) =>
  folded.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');

/** Words of a facility that say the same in other words, after folding and transliterating. */
const facilityWords: readonly [RegExp, string][] = [
  [
    /\b(?:uniklinik(?:um)?|universitatsklinik(?:um)?|universitatsmedizin|university (?:hospital|medical cent(?:er|re))|univ klinik(?:um)?|klinikum der universitat)\b/g,
    'uk',
  ],
  [/\b(?:sankt|saint)\b/g, 'st'],
  // Legal forms: the same hospital with or without them.
  [/\b(?:g?gmbh|ag|e v|ev|aor|kdor|ltd|inc|llc)\b/g, ' '],
];

/**
 * A facility for comparison: folded, `Uniklinik`, `Universitätsklinikum`, `University Hospital`
 * as one word, legal forms left out. `Uniklinik Köln` and `Universitätsklinikum Köln` agree.
 */
export function facilityKey(facility: string): string {
  let key = transliterate(fold(facility));
  for (const [words, replacement] of facilityWords) key = key.replace(words, replacement);
  // A city in the name in English: University Hospital Cologne is Uniklinik Köln.
  key = key.replace(exonymWords, (word) => cityExonyms[word]!);
  return key.replace(/\s+/g, ' ').trim();
}

/** English names of German cities outside NRW that registries use (NRW's come from the registry). */
const cityExonyms: Readonly<Record<string, string>> = {
  munich: 'munchen',
  hanover: 'hannover',
  nuremberg: 'nurnberg',
  brunswick: 'braunschweig',
  cologne: 'koln',
};

const exonymWords = new RegExp(`\\b(?:${Object.keys(cityExonyms).join('|')})\\b`, 'g');

const cityKeys = new Map<string, string>();

/**
 * A city for comparison: an NRW city as its municipality key (AGS), so that Cologne, Köln and
 * Koeln agree; other cities folded, transliterated, and a few English names in German.
 */
export function cityKey(city: string): string {
  const known = cityKeys.get(city);
  if (known !== undefined) return known;
  let key: string;
  const municipality = findMunicipality(city);
  const region = municipality ? undefined : findRegion(city);
  if (municipality) key = `ags:${municipality.ags}`;
  // A kreisfreie Stadt by its registry name (Cologne): its one municipality ends in 000.
  else if (region && /^05\d{3}$/.test(region.code)) key = `ags:${region.code}000`;
  else {
    const folded = transliterate(fold(city));
    key = cityExonyms[folded] ?? folded;
  }
  // Registries repeat a few thousand city names: remember them, within bounds.
  if (cityKeys.size < 20_000 && city.length <= 200) cityKeys.set(city, key);
  return key;
}

/** Legal forms and joining words that the same sponsor writes or leaves out. */
const sponsorNoise =
  /\b(?:g?gmbh|ag|se|kg|kgaa|co|llc|inc|incorporated|ltd|limited|corp|corporation|company|plc|s ?a|s ?l|n ?v|b ?v|ab|a ?s|oy|spa|s ?r ?l|e ?v|aor|and|und|the)\b/g;

/** A sponsor's name for comparison: `Merck Sharp & Dohme LLC` and `Merck Sharp & Dohme Corp.` agree. */
export function sponsorKey(name: string): string {
  return transliterate(fold(name)).replace(sponsorNoise, ' ').replace(/\s+/g, ' ').trim();
}

/** A sponsor's or other free-form number for comparison: upper case, letters and digits only. */
export const numberKey = (id: string): string =>
  id
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The scheme of each registry of the model, as link keys name it. */
const registrySchemes: Readonly<Partial<Record<TrialIdentifier['registry'], string>>> = {
  ctgov: 'nct',
  drks: 'drks',
  ctis: 'euct',
  euctr: 'eudract',
  isrctn: 'isrctn',
  'who-utn': 'utn',
};

// An EudraCT number as EUCTR writes it: with the country of the national record (`-DE`), or
// `-3RD` for third countries, and with a leading `EUCTR` (ICTRP's TrialID).
const eudractWithSuffix =
  /^(?:EUCTR|EudraCT(?:[\s-]*(?:number|no\.?|nr\.?))?)?[\s:#-]*(\d{4})\s*-\s*(\d{6})\s*-\s*(\d{2})(?:\s*-\s*(?:[A-Z]{2}|3RD))?$/i;
// Only text with a hint of a registry number goes through core's tolerant (and slower) detection.
const registryHint = /nct|drks|isrctn|u\s*1111|\d{4}\s*-\s*\d{5,6}/i;

/**
 * The registry number in a free-form text as a link key (`nct:NCT01234567`), or undefined: NCT,
 * DRKS, EU CT, EudraCT (with or without its country suffix), ISRCTN, UTN in any of the forms core
 * reads, and the numbers of the other WHO registries (ANZCTR, ChiCTR, CTRI, …) by their pattern.
 */
export function registryNumberKey(raw: string): string | undefined {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return undefined;
  const eudract = eudractWithSuffix.exec(text);
  if (eudract) return `eudract:${eudract[1]}-${eudract[2]}-${eudract[3]}`;
  if (registryHint.test(text)) {
    const found = detectTrialIdentifier(text);
    if (found) return `${found.scheme}:${found.value}`;
  }
  const other = ictrpOtherRegistries.find((registry) => registry.pattern.test(text));
  return other ? `${other.issuer.toLowerCase()}:${text.toUpperCase()}` : undefined;
}

/**
 * The key of a registry number of the model (`nct:NCT01234567`), or of a trial registry's number
 * held as a sponsor's or another registry's (`EUCTR2019-001234-56-DE` → `eudract:2019-001234-56`).
 * Undefined for numbers that are no registry's: grants, protocol codes.
 */
export function trialNumberKey(identifier: TrialIdentifier): string | undefined {
  const scheme = registrySchemes[identifier.registry];
  if (scheme) {
    if (scheme === 'eudract') return registryNumberKey(identifier.id);
    return `${scheme}:${identifier.id.trim().toUpperCase()}`;
  }
  return registryNumberKey(identifier.id);
}

/**
 * When two identifiers are the same: the same registry number, however written; else the same
 * registry (`sponsor`, `other`), issuer and number, case and punctuation aside.
 */
export function identifierKey(identifier: TrialIdentifier): string {
  const number = trialNumberKey(identifier);
  if (number) return number;
  const issuer = 'issuer' in identifier && identifier.issuer ? sponsorKey(identifier.issuer) : '';
  return `${identifier.registry}:${issuer}:${numberKey(identifier.id)}`;
}
