import { regionByAgs, regionByCode, regionByNuts } from './lookup';
import { type Region, regions } from './registry';

/*
 * Name lookup for the regions of the registry, tolerant of the ways names are written in
 * statistics exports, registers and addresses: "Köln", "Koeln", "Cologne", "Köln, Kreisfreie
 * Stadt", "SK Köln"; "Kreis Wesel", "Wesel, Kreis", "LK Wesel"; "Mülheim a.d. Ruhr";
 * "Regierungsbezirk Köln", "Köln, Regierungsbezirk", "Cologne government region".
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
  if (typeof name !== 'string') return '';
  let text = name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/[^a-z0-9]+/g, ' ');
  text = ` ${text} `
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

// Other names and spellings of regions of the registry.
const aliases: Readonly<Record<string, readonly string[]>> = {
  DE: ['Deutschland', 'Germany', 'Bundesrepublik Deutschland', 'Federal Republic of Germany'],
  '05': ['NRW', 'NW', 'Land NRW', 'Northrhine-Westphalia', 'North Rhine Westfalia'],
  RVR: [
    'Ruhrgebiet',
    'Ruhr',
    'Ruhr area',
    'Ruhr region',
    'Metropole Ruhr',
    'Metropolregion Ruhr',
    'Regionalverband Ruhr',
    'RVR-Gebiet',
  ],
  '05117': ['Mülheim'],
  '05162': ['Kreis Neuss'],
  '05334': ['Aachen', 'Kreis Aachen'],
  '05362': ['Erftkreis'],
  '05378': ['Rhein-Berg'],
  '05954': ['Ennepe-Ruhr', 'EN-Kreis'],
  '05958': ['Hochsauerland'],
};

/*
 * Kreis seats whose name differs from their Kreis, and the larger towns of NRW's Kreise, so that
 * the city of an address or a trial site resolves to its district. Towns named like a Kreis
 * (Wesel, Unna, Recklinghausen, Soest, Kleve, Düren, …) need no entry: the name already finds
 * the Kreis they lie in. Not a gazetteer; names shared with towns outside NRW are left out.
 */
const towns: Readonly<Record<string, readonly string[]>> = {
  '05154': ['Goch', 'Emmerich am Rhein', 'Emmerich', 'Kevelaer'],
  '05158': ['Ratingen', 'Velbert', 'Hilden', 'Monheim am Rhein', 'Erkrath', 'Haan', 'Heiligenhaus'],
  '05162': ['Neuss', 'Grevenbroich', 'Dormagen', 'Meerbusch', 'Kaarst'],
  '05166': ['Nettetal', 'Willich', 'Kempen'],
  '05170': ['Moers', 'Dinslaken', 'Kamp-Lintfort', 'Rheinberg', 'Xanten'],
  '05334': ['Eschweiler', 'Würselen', 'Herzogenrath', 'Baesweiler', 'Monschau'],
  '05358': ['Jülich'],
  '05362': ['Bergheim', 'Hürth', 'Frechen', 'Pulheim', 'Erftstadt', 'Wesseling'],
  '05366': ['Mechernich'],
  '05370': ['Erkelenz', 'Hückelhoven', 'Geilenkirchen'],
  '05374': ['Gummersbach', 'Wiehl'],
  '05378': ['Bergisch Gladbach', 'Wermelskirchen', 'Leichlingen'],
  '05382': ['Siegburg', 'Troisdorf', 'Sankt Augustin', 'Königswinter', 'Bad Honnef', 'Bornheim'],
  '05554': ['Bocholt', 'Ahaus'],
  '05558': ['Dülmen'],
  '05562': [
    'Marl',
    'Dorsten',
    'Castrop-Rauxel',
    'Gladbeck',
    'Herten',
    'Datteln',
    'Haltern am See',
    'Haltern',
  ],
  '05566': ['Rheine', 'Ibbenbüren', 'Emsdetten'],
  '05570': ['Ahlen', 'Beckum', 'Oelde'],
  '05754': ['Rheda-Wiedenbrück'],
  '05758': ['Bünde', 'Löhne'],
  '05766': ['Detmold', 'Lemgo', 'Bad Salzuflen'],
  '05770': ['Minden', 'Bad Oeynhausen', 'Lübbecke', 'Porta Westfalica'],
  '05774': ['Delbrück', 'Bad Lippspringe'],
  '05954': [
    'Witten',
    'Hattingen',
    'Herdecke',
    'Schwelm',
    'Gevelsberg',
    'Ennepetal',
    'Wetter (Ruhr)',
  ],
  '05958': ['Arnsberg', 'Meschede', 'Brilon', 'Winterberg'],
  '05962': ['Lüdenscheid', 'Iserlohn', 'Plettenberg'],
  '05970': ['Siegen', 'Kreuztal', 'Bad Berleburg'],
  '05974': ['Lippstadt', 'Werl'],
  '05978': ['Lünen', 'Schwerte', 'Kamen', 'Bergkamen'],
};

// Keys retired by the Aachen reform of 2009-10-21 (see territorialStatus in registry.ts).
const successors: Readonly<Record<string, string>> = { '05313': '05334', '05354': '05334' };

let nameIndex: Map<string, Region> | undefined;

function buildIndex(): Map<string, Region> {
  const index = new Map<string, Region>();
  const add = (name: string, region: Region | undefined) => {
    const key = normalizeRegionName(name);
    if (region && key && !index.has(key)) index.set(key, region);
  };
  // Registry names first, so that no alias or town can take a region's own name.
  for (const region of regions) {
    add(region.name.de, region);
    add(region.name.en, region);
  }
  for (const [code, names] of Object.entries(aliases)) {
    for (const name of names) add(name, regionByCode(code));
  }
  for (const [code, names] of Object.entries(towns)) {
    for (const name of names) add(name, regionByCode(code));
  }
  return index;
}

/** The names the index knows, by key: for tests and for tools that list them. */
export function regionNameIndex(): ReadonlyMap<string, Region> {
  nameIndex ??= buildIndex();
  return nameIndex;
}

/** A purely numeric key: AGS (2, 3, 5, 8 digits, a lost leading zero restored) or 12-digit RS. */
function byNumber(digits: string): Region | undefined {
  let ags = digits;
  if (digits.length === 12) {
    ags = /^\d{2}0{10}$/.test(digits)
      ? digits.slice(0, 2)
      : /^\d{3}0{9}$/.test(digits)
        ? digits.slice(0, 3)
        : digits.slice(0, 5);
  } else if (digits.length === 1 || digits.length === 4 || digits.length === 7) {
    ags = `0${digits}`;
  }
  const district = successors[ags.slice(0, 5)];
  return regionByAgs(district && ags.length >= 5 ? district : ags);
}

function byCode(query: string): Region | undefined {
  if (/^\d{1,12}$/.test(query)) return byNumber(query);
  const upper = query.toUpperCase();
  if (/^[A-Z]{2}[A-Z0-9]{0,3}$/.test(upper)) return regionByCode(upper) ?? regionByNuts(upper);
  return undefined;
}

/**
 * The region a name or code stands for, or `undefined`. Takes AGS (also 8-digit municipality
 * keys, 12-digit RS and keys whose leading zero a spreadsheet dropped), NUTS codes, `RVR`, and
 * names in German or English as statistics exports, registers and addresses write them. A town
 * that shares its name with the Kreis it lies in (Wesel, Unna, Recklinghausen, Soest, Kleve,
 * Düren) gives the Kreis; "Aachen" gives the Städteregion Aachen. Never throws.
 */
export function findRegion(query: string): Region | undefined {
  if (typeof query !== 'string') return undefined;
  const trimmed = query.trim();
  if (trimmed === '' || trimmed.length > 200) return undefined;
  const coded = byCode(trimmed);
  if (coded) return coded;
  const index = regionNameIndex();
  const candidates = [
    trimmed,
    // "Essen (Ruhr)", "Gronau (Westf.)": the qualifier in brackets may be what is unknown.
    trimmed.replace(/\([^)]*\)/g, ' '),
    // "Kiel, Landeshauptstadt": the part before the first comma.
    trimmed.split(',')[0]!,
  ];
  for (const candidate of candidates) {
    const region = index.get(normalizeRegionName(candidate));
    if (region) return region;
  }
  return undefined;
}
