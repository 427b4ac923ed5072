import { municipalityRows, retiredMunicipalityKeys } from './municipalities';
import { municipalityKeys, normalizeRegionName, spelling, withoutBrackets } from './normalize';

/** A Gemeinde (municipality) of NRW. */
export interface Municipality {
  /** Amtlicher Gemeindeschlüssel: 8 digits, the AGS of the district and three more. */
  readonly ags: string;
  /** The name, without ", Stadt" and the Regionalstatistik's comma qualifier: "Kleve". */
  readonly name: string;
  /** The name as the Regionalstatistik qualifies it, where that differs: "Kleve, Niederrhein". */
  readonly qualifiedName?: string;
  /** The AGS of its Kreis or kreisfreie Stadt: the code of a district in the region registry. */
  readonly district: string;
  /**
   * Whether a Gemeinde outside NRW bears its name: `same`, spelt alike (Neuenkirchen in Lower
   * Saxony), or `similar`, alike only once umlauts are folded as `normalizeRegionName` folds them
   * ("Oelsberg" in Rhineland-Palatinate for Olsberg). Such a name finds it only with a state.
   */
  readonly namesake: 'none' | 'same' | 'similar';
}

const namesakes = ['none', 'same', 'similar'] as const;

/** The 396 Gemeinden of NRW in the order of their AGS (source and licence: `municipalitySource`). */
export const municipalities: readonly Municipality[] = municipalityRows.map(
  ([ags, name, namesake, qualifiedName]) => ({
    ags,
    name,
    ...(qualifiedName ? { qualifiedName } : {}),
    district: ags.slice(0, 5),
    namesake: namesakes[namesake],
  }),
);

let byAgs: Map<string, Municipality> | undefined;

/** The Gemeinde of an 8-digit AGS; keys retired by the Aachen reform give their successor. */
export function municipalityByAgs(ags: string): Municipality | undefined {
  byAgs ??= new Map(municipalities.map((municipality) => [municipality.ags, municipality]));
  return byAgs.get(retiredMunicipalityKeys[ags] ?? ags);
}

interface Entry {
  readonly municipality: Municipality;
  /** A name with its qualifier, which no Gemeinde elsewhere shares. */
  readonly qualified: boolean;
  readonly spelling: string;
}

let nameIndex: Map<string, Entry[]> | undefined;

function buildIndex(): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  const add = (key: string, entry: Entry) => index.set(key, [...(index.get(key) ?? []), entry]);
  for (const municipality of municipalities) {
    const { qualified, short } = municipalityKeys(municipality.name, municipality.qualifiedName);
    const written = spelling(withoutBrackets(municipality.name));
    for (const key of qualified) add(key, { municipality, qualified: true, spelling: written });
    add(short, { municipality, qualified: false, spelling: written });
  }
  return index;
}

/**
 * The Gemeinde a name stands for (one spelling, no variants tried; `key` if the caller has it). A
 * name that a Gemeinde outside NRW shares counts only `inNrw`, a name alike only once umlauts are
 * folded also when spelt like the Gemeinde's own; two Gemeinden under one key ("Neuenkirchen",
 * "Neunkirchen") go by spelling.
 */
export function municipalityByName(
  name: string,
  inNrw: boolean,
  key = normalizeRegionName(name),
): Municipality | undefined {
  nameIndex ??= buildIndex();
  const entries = nameIndex.get(key);
  if (!entries) return undefined;
  const written = spelling(name);
  const spelledAlike = (entry: Entry) => entry.spelling === written;
  const usable = entries.filter(
    (entry) =>
      entry.qualified ||
      inNrw ||
      entry.municipality.namesake === 'none' ||
      (entry.municipality.namesake === 'similar' && spelledAlike(entry)),
  );
  const chosen = usable.length > 1 ? usable.filter(spelledAlike) : usable;
  return chosen.length === 1 ? chosen[0]!.municipality : undefined;
}
