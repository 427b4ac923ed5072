import { regionByAgs, regionByCode, regionByNuts } from './lookup';
import { type Municipality, municipalityByAgs, municipalityByName } from './municipality';
import { normalizeRegionName, withoutBrackets } from './normalize';
import { type Region, regions } from './registry';

export { normalizeRegionName } from './normalize';

/*
 * Name lookup for the regions of the registry and the Gemeinden of NRW, tolerant of the ways names
 * are written in statistics exports, registers and addresses: "Köln", "Koeln", "Cologne", "Köln,
 * Kreisfreie Stadt", "SK Köln"; "Kreis Wesel", "Wesel, Kreis", "LK Wesel"; "Mülheim a.d. Ruhr";
 * "Regierungsbezirk Köln", "Köln, Regierungsbezirk", "Cologne government region"; "Bad Driburg".
 */

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
 * Towns that the municipality table does not find by name alone: short forms of official names
 * ("Emmerich" for Emmerich am Rhein), and larger towns whose name a small Gemeinde outside NRW
 * shares (Minden in Rhineland-Palatinate, Marl in Lower Saxony), where the NRW town is by far the
 * likelier meaning of an address or a trial site. `findMunicipality` leaves the latter to a state.
 */
const towns: Readonly<Record<string, readonly string[]>> = {
  '05154': ['Emmerich'],
  '05362': ['Bergheim'],
  '05382': ['Bornheim'],
  '05562': ['Marl', 'Haltern'],
  '05770': ['Minden'],
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

/** The spellings of a name to try in turn, each with its key. */
function variants(name: string): { name: string; key: string }[] {
  const found: { name: string; key: string }[] = [];
  for (const variant of [
    name,
    // "Essen (Ruhr)", "Gronau (Westf.)": the qualifier in brackets may be what is unknown.
    withoutBrackets(name),
    // "Kiel, Landeshauptstadt": the part before the first comma.
    name.split(',')[0]!,
  ]) {
    const key = normalizeRegionName(variant);
    if (key && !found.some((other) => other.key === key)) found.push({ name: variant, key });
  }
  return found;
}

/** The query, trimmed, or undefined for no string, an empty one or one too long for a name. */
function cleanQuery(query: unknown): string | undefined {
  if (typeof query !== 'string') return undefined;
  const trimmed = query.trim();
  return trimmed === '' || trimmed.length > 200 ? undefined : trimmed;
}

/**
 * The region a name or code stands for, or `undefined`. Takes AGS (also 8-digit municipality
 * keys, 12-digit RS and keys whose leading zero a spreadsheet dropped), NUTS codes, `RVR`, and
 * names in German or English as statistics exports, registers and addresses write them. A town
 * that shares its name with the Kreis it lies in (Wesel, Unna, Recklinghausen, Soest, Kleve,
 * Düren) gives the Kreis; "Aachen" gives the Städteregion Aachen. Any other Gemeinde of NRW gives
 * its district, unless a Gemeinde outside NRW has its name (see `findMunicipality`). Never throws.
 */
export function findRegion(query: string): Region | undefined {
  const trimmed = cleanQuery(query);
  if (trimmed === undefined) return undefined;
  const coded = byCode(trimmed);
  if (coded) return coded;
  const index = regionNameIndex();
  const names = variants(trimmed);
  // Registry names, aliases and towns first: no Gemeinde takes the name of a region.
  for (const { key } of names) {
    const region = index.get(key);
    if (region) return region;
  }
  for (const { name, key } of names) {
    const municipality = municipalityByName(name, false, key);
    if (municipality) return regionByCode(municipality.district);
  }
  return undefined;
}

/** Whether a state field names NRW: "NRW", "NW", "DE-NW", "05", "Nordrhein-Westfalen", "North Rhine-Westphalia". */
export function isNrwState(state: string): boolean {
  return /^(?:DE-?)?NW$/i.test(state) || findRegion(state)?.code === '05';
}

export interface FindMunicipalityOptions {
  /**
   * The state the place lies in, as a name or code ("Nordrhein-Westfalen", "NRW", "DE-NW", "05").
   * NRW lets names shared with Gemeinden elsewhere find the NRW one; any other state finds none;
   * a blank one is ignored.
   */
  readonly state?: string;
}

/**
 * The Gemeinde of NRW a name or an 8-digit AGS (also a 12-digit RS, or a key whose leading zero a
 * spreadsheet dropped) stands for, or `undefined`. Tolerant like `findRegion`: "Bad Öynhausen",
 * "Muenster", "Neuss, Stadt", "Olsberg (Sauerland)". A name that a Gemeinde outside NRW shares
 * ("Neuenkirchen", "Münster", "Halle") finds the NRW one only when `options.state` names NRW;
 * its qualified form ("Halle (Westf.)", "Neuenkirchen, Kr Steinfurt") always does. Never throws.
 */
export function findMunicipality(
  query: string,
  options?: FindMunicipalityOptions,
): Municipality | undefined {
  const trimmed = cleanQuery(query);
  if (trimmed === undefined) return undefined;
  // A blank or missing state, as in many exports, constrains nothing.
  const state = cleanQuery(options?.state);
  const inNrw = state !== undefined && isNrwState(state);
  if (state !== undefined && !inNrw) return undefined;
  if (/^\d+$/.test(trimmed)) return municipalityByAgs(municipalityAgs(trimmed));
  for (const { name, key } of variants(trimmed)) {
    const municipality = municipalityByName(name, inNrw, key);
    if (municipality) return municipality;
  }
  return undefined;
}

/** An 8-digit AGS from itself, a 7-digit key that lost its leading zero, or a 12-digit RS. */
function municipalityAgs(digits: string): string {
  if (digits.length === 7) return `0${digits}`;
  // The RS puts four digits of the Gemeindeverband between district and Gemeinde.
  if (digits.length === 12) return digits.slice(0, 5) + digits.slice(9);
  return digits;
}
