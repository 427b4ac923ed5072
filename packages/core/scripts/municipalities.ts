// Generates src/regions/municipalities.ts, the table of NRW's Gemeinden, from the regions of
// @datenguide/metadata (a devDependency). Run: `pnpm municipalities` in packages/core.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { regionByCode } from '../src/regions/lookup';
import { municipalityKeys, spelling, withoutBrackets } from '../src/regions/normalize';

const sourcePackage = '@datenguide/metadata';

interface SourceRegion {
  readonly id: string;
  readonly name: string;
  readonly level: number;
}

/** The package's version and its regions.json, parsed. */
export function readSource(): { version: string; regions: unknown } {
  const require = createRequire(import.meta.url);
  const read = (file: string) => JSON.parse(readFileSync(require.resolve(file), 'utf8'));
  return {
    version: read(`${sourcePackage}/package.json`).version,
    regions: read(`${sourcePackage}/regions.json`),
  };
}

function gemeinden(regions: unknown): SourceRegion[] {
  if (typeof regions !== 'object' || regions === null) throw new Error('regions.json: no object');
  return Object.values(regions).filter((region): region is SourceRegion => {
    const { id, name, level } = region ?? {};
    return (
      level === 4 &&
      typeof id === 'string' &&
      /^\d{8}$/.test(id) &&
      typeof name === 'string' &&
      // Level 4 also holds some Saxon Landkreise of before 2008 and unincorporated areas.
      !/, (?:Landkreis|Kreis)$|, gem\.?fr\.|gemeindefrei/.test(name)
    );
  });
}

/** "Alsdorf, Stadt (ab 21.10.2009)" → "Alsdorf": no validity note, no ", Stadt", ", krsfr. Stadt". */
function withoutSuffixes(name: string): string {
  return name
    .replace(/\s*\((?:ab|bis) [\d.]+\)$|\s*\(alt\)$/, '')
    .replace(/, (?:krsfr\.|krfr\.|kreisfreie) Stadt$|, Stadt$/i, '')
    .trim();
}

type Row = readonly [ags: string, name: string, namesake: 0 | 1 | 2, qualifiedName?: string];

/** The rows of the table, and the keys the Aachen reform retired with their successors. */
export function municipalityTable(regions: unknown): {
  rows: Row[];
  retired: [string, string][];
} {
  const all = gemeinden(regions);
  const nrw = all.filter((region) => region.id.startsWith('05'));
  const current = nrw.filter((region) => regionByCode(region.id.slice(0, 5))?.level === 'district');

  // The spellings of Gemeinden outside NRW by each key they are found by: their name before
  // any comma qualifier, with and without a bracket qualifier.
  const elsewhere = new Map<string, Set<string>>();
  for (const region of all) {
    if (region.id.startsWith('05')) continue;
    const name = withoutSuffixes(region.name).split(',')[0]!;
    const { qualified, short } = municipalityKeys(name);
    for (const key of [...qualified, short]) {
      const spellings = elsewhere.get(key) ?? new Set();
      elsewhere.set(key, spellings.add(spelling(withoutBrackets(name))));
    }
  }

  const seen = new Map<string, string>();
  const rows = current
    .map((region): Row => {
      const qualifiedName = withoutSuffixes(region.name);
      const name = qualifiedName.split(',')[0]!.trim();
      const { qualified, short } = municipalityKeys(name, qualifiedName);
      // One key for two NRW Gemeinden needs the lookup's tie-break by spelling, which tells
      // "Neuenkirchen" from "Neunkirchen" (both `neunkirchen`) but nothing else.
      for (const key of [...qualified, short]) {
        const other = seen.get(key);
        if (other && (key !== short || spelling(other) === spelling(name))) {
          throw new Error(`${region.id} and ${other} share "${key}"`);
        }
        seen.set(key, withoutBrackets(name));
      }
      const clash = qualified.find((key) => elsewhere.has(key));
      if (clash) throw new Error(`${region.id}: the qualified key "${clash}" is not unique`);
      const namesakes = elsewhere.get(short);
      const namesake = !namesakes ? 0 : namesakes.has(spelling(withoutBrackets(name))) ? 1 : 2;
      return qualifiedName === name
        ? [region.id, name, namesake]
        : [region.id, name, namesake, qualifiedName];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));

  // A retired key's successor is the current Gemeinde of the same name.
  const retired = nrw
    .filter((region) => !current.includes(region))
    .map((region): [string, string] => {
      const name = withoutSuffixes(region.name).split(',')[0]!.trim();
      const successors = rows.filter((row) => row[1] === name);
      if (successors.length !== 1) throw new Error(`${region.id} ${name}: no single successor`);
      return [region.id, successors[0]![0]];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));

  return { rows, retired };
}

// Single quotes as the formatter writes them; names with quotes do not occur, but stay correct.
const quote = (text: string) =>
  text.includes("'") && !text.includes('"')
    ? JSON.stringify(text)
    : `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The text of src/regions/municipalities.ts, formatted as Biome formats it. */
export function renderMunicipalities(source: { version: string; regions: unknown }): string {
  const { rows, retired } = municipalityTable(source.regions);
  const row = ([ags, name, namesake, qualifiedName]: Row) =>
    `  [${[quote(ags), quote(name), namesake, ...(qualifiedName ? [quote(qualifiedName)] : [])].join(', ')}],`;
  return `/*
 * The ${rows.length} Gemeinden (municipalities) of North Rhine-Westphalia: AGS; name; whether a
 * Gemeinde outside NRW has the same name (1) or one that normalizeRegionName cannot tell from it
 * (2: "Oelsberg" for Olsberg); the name as the Regionalstatistik qualifies it where that differs
 * ("Kleve, Niederrhein").
 *
 * Source: ${sourcePackage} ${source.version} (regions.json), https://github.com/datenguide/metadata,
 * derived from data of the Statistische Ämter des Bundes und der Länder (Regionaldatenbank
 * Deutschland, https://www.regionalstatistik.de).
 * Licence: Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0),
 * https://www.govdata.de/dl-de/by-2-0.
 * Changed: only NRW's current Gemeinden; names without the suffixes ", Stadt" and ", krsfr. Stadt".
 *
 * Generated by scripts/municipalities.ts, do not edit.
 */

export type MunicipalityRow = readonly [
  ags: string,
  name: string,
  namesake: 0 | 1 | 2,
  qualifiedName?: string,
];

/** Attribution as dl-de/by-2-0 requires it: provider, licence, dataset, and that it was changed. */
export const municipalitySource = {
  provider: 'Statistische Ämter des Bundes und der Länder',
  dataset: 'https://github.com/datenguide/metadata',
  version: '${sourcePackage} ${source.version}',
  licence: 'dl-de/by-2-0',
  licenceUrl: 'https://www.govdata.de/dl-de/by-2-0',
  changed: true,
} as const;

export const municipalityRows: readonly MunicipalityRow[] = [
${rows.map(row).join('\n')}
];

/** Keys retired by the Aachen reform of 2009-10-21, with the key of the same Gemeinde since. */
export const retiredMunicipalityKeys: Readonly<Record<string, string>> = {
${retired.map(([old, current]) => `  '${old}': '${current}',`).join('\n')}
};
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Run from packages/core (`pnpm municipalities`), or give the output path.
  const target = process.argv[2] ?? 'src/regions/municipalities.ts';
  writeFileSync(target, renderMunicipalities(readSource()));
  console.log(`wrote ${target}`);
}
