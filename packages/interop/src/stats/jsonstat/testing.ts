// Test helpers: the fixtures of /work/shared/fixtures/stats/jsonstat, and a plain reading of a
// JSON-stat cube's cells straight from the raw document, to check the reader and writer against.
import { readdirSync, readFileSync } from 'node:fs';

export const fixtureDirectory = new URL(
  '../../../../../../shared/fixtures/stats/jsonstat/',
  import.meta.url,
);

export const fixtureNames = readdirSync(fixtureDirectory)
  .filter((name) => name.endsWith('.json'))
  .sort();

export const fixtureText = (name: string) => readFileSync(new URL(name, fixtureDirectory), 'utf8');

// biome-ignore lint/suspicious/noExplicitAny: raw JSON of the fixtures, navigated freely in tests
export type Raw = any;

export const fixture = (name: string): Raw => JSON.parse(fixtureText(name));

/** The 2.0 documents among the fixtures. */
export const fixtures20 = fixtureNames.filter((name) => fixture(name).version === '2.0');

/** The category ids of a raw dimension in index order. */
export function categoryIds(dimension: Raw): string[] {
  const index = dimension.category.index;
  if (Array.isArray(index)) return index;
  if (index) {
    return Object.entries(index as Record<string, number>)
      .sort(([, a], [, b]) => a - b)
      .map(([id]) => id);
  }
  return Object.keys(dimension.category.label);
}

/** The structure of a raw dataset, 2.0 or 1.x. */
export function rawStructure(dataset: Raw): { ids: string[]; sizes: number[]; role: Raw } {
  const home = Array.isArray(dataset.id) ? dataset : dataset.dimension;
  return { ids: home.id, sizes: home.size.map(Number), role: home.role };
}

/** The cell number of a coordinate given as dimension id → category id. */
export function cellOf(dataset: Raw, coordinate: Record<string, string>): number {
  const { ids, sizes } = rawStructure(dataset);
  let cell = 0;
  ids.forEach((id, d) => {
    const position = categoryIds(dataset.dimension[id]).indexOf(coordinate[id]!);
    if (position < 0) throw new Error(`no category ${coordinate[id]} in ${id}`);
    cell = cell * sizes[d]! + position;
  });
  return cell;
}

/** The raw value of a cell, null where there is none. */
export function rawValue(dataset: Raw, cell: number): unknown {
  const value = dataset.value;
  const found = Array.isArray(value) ? value[cell] : value?.[String(cell)];
  return found === undefined ? null : found;
}

/** The raw flag of a cell, in any form of `status`; undefined where there is none. */
export function rawFlag(dataset: Raw, cell: number): string | undefined {
  let status = dataset.status;
  if (status && !Array.isArray(status) && Array.isArray(status.value)) status = status.value;
  let found: unknown;
  if (typeof status === 'string') found = status;
  else if (Array.isArray(status)) found = status.length === 1 ? status[0] : status[cell];
  else if (status) found = status[String(cell)];
  return typeof found === 'string' && found.trim() !== '' ? found : undefined;
}

export const cellCount = (dataset: Raw) =>
  rawStructure(dataset).sizes.reduce((product, size) => product * size, 1);
