/*
 * The matching keys of region names: one normalisation for the registry, its aliases and the
 * municipality table, so that a name finds the same key whoever wrote it.
 */

// Words that say what kind of unit a name is, not which one: "Kreis Wesel" is Wesel.
const designators = new Set([
  'kreis',
  'landkreis',
  'lk',
  'lkr',
  'sk',
  'kreisfreie',
  'kreisfreier',
  'krfr',
  'krsfr',
  'kfr',
  'stadt',
  'landeshauptstadt',
  'city',
  'of',
  'the',
  'district',
  'einschl',
  'einschliesslich',
  'inkl',
  'incl',
  'including',
]);

// Words that mark a Regierungsbezirk ("Regierungsbezirk Köln", "Köln, Regierungsbezirk").
const governmentRegionWords = new Set(['regierungsbezirk', 'regbez', 'rb', 'bezirksregierung']);

/**
 * The matching key of a region name: lower case, without accents or umlauts (ä, ae → a;
 * ß → ss), without punctuation, "an der" and "a. d.", and without words that only name the
 * kind of unit (Kreis, Stadt, kreisfreie Stadt, district, city of). A Regierungsbezirk keeps a
 * `regbez` prefix so that it never matches its city. A key for comparing, not for display:
 * "Mülheim an der Ruhr", "Muelheim a.d. Ruhr" and "Mülheim/Ruhr" all give `mulheim ruhr`.
 */
export function normalizeRegionName(name: string): string {
  return keyOf(name, true);
}

/**
 * The key `normalizeRegionName` gives, but with umlauts written out (ä → ae) instead of both
 * folded to a vowel: a key for telling apart names that only look alike there, such as
 * "Olsberg" and "Oelsberg" or "Neuenkirchen" and "Neunkirchen" (all `olsberg`, `neunkirchen`).
 * "Münster" and "Muenster" stay one (`muenster`).
 */
export function spelling(name: string): string {
  return keyOf(name, false);
}

function keyOf(name: string, foldUmlauts: boolean): string {
  if (typeof name !== 'string') return '';
  let text = name.normalize('NFC').toLowerCase().replace(/ß/g, 'ss');
  if (!foldUmlauts) text = text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (foldUmlauts) text = text.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  text = ` ${text.replace(/[^a-z0-9]+/g, ' ')} `
    .replace(/ (?:an der|a d) /g, ' ')
    .replace(/ city region /g, ' stadteregion ')
    .replace(/ stadtregion /g, ' stadteregion ')
    .replace(/ (?:government|administrative) region /g, ' regbez ')
    .replace(/ reg bez /g, ' regbez ');
  let governmentRegion = false;
  const tokens: string[] = [];
  for (const token of text.split(' ')) {
    if (token === '' || designators.has(token)) continue;
    if (governmentRegionWords.has(token)) governmentRegion = true;
    else if (!tokens.includes(token)) tokens.push(token);
  }
  if (tokens.length === 0) return '';
  return `${governmentRegion ? 'regbez ' : ''}${tokens.join(' ')}`;
}

const brackets = /\([^)]*\)/g;

/**
 * The keys a municipality is found by. `qualified` are its name and the Regionalstatistik's form
 * with a qualifier ("Halle (Westf.)" → `halle westf`; "Kleve, Niederrhein" → `kleve niederrhein`),
 * which tell it from places of the same name elsewhere; `short` is the name without a bracket
 * qualifier (`halle`, `kleve`), the key that places outside NRW may share.
 */
export function municipalityKeys(
  name: string,
  qualifiedName?: string,
): { qualified: string[]; short: string } {
  const short = normalizeRegionName(withoutBrackets(name));
  const qualified = [name, qualifiedName ?? '']
    .map(normalizeRegionName)
    .filter((key, index, keys) => key !== '' && key !== short && keys.indexOf(key) === index);
  return { qualified, short };
}

/** "Essen (Ruhr)" → "Essen": the qualifier in brackets may be what a lookup does not know. */
export function withoutBrackets(name: string): string {
  return name.replace(brackets, ' ');
}
