// Which records are one trial: linked through their identifiers, transitively (A names B, B names
// C: A, B and C are one trial). Titles never link: unrelated trials share titles.
import type { Trial, TrialIdentifier } from '@nrw-health/core';
import { numberKey, registryNumberKey, sponsorKey, trialNumberKey } from './normalise';

/** The primary sponsors' names of a trial, as sponsor keys. */
function primarySponsors(trial: Trial): Set<string> {
  const names = new Set<string>();
  for (const sponsor of trial.sponsors ?? []) {
    if (sponsor.role === 'primary') names.add(sponsorKey(sponsor.name));
  }
  names.delete('');
  return names;
}

/**
 * The link keys of a sponsor's own number: the number together with the sponsor's name, for two
 * sponsors may use the same protocol number. The issuer must be the trial's primary sponsor (a
 * grant number issued by a funder links nothing); without an issuer, the primary sponsor is taken.
 * A trial that names no primary sponsor links by the issuer alone.
 */
function sponsorLinks(identifier: TrialIdentifier, sponsors: ReadonlySet<string>): string[] {
  const number = numberKey(identifier.id);
  if (number === '') return [];
  const issuer = 'issuer' in identifier && identifier.issuer ? sponsorKey(identifier.issuer) : '';
  const names =
    issuer === '' ? [...sponsors] : sponsors.size === 0 || sponsors.has(issuer) ? [issuer] : [];
  return names.filter((name) => name !== '').map((name) => `sponsor:${name}:${number}`);
}

/**
 * The keys that link a trial to the other records of it: every registry number it names (primary
 * or secondary, however written: `nct:NCT01234567`, `eudract:2019-001234-56`), and its primary
 * sponsor's own numbers (`sponsor:<name>:<number>`). Numbers of others (grants, an IND) link nothing.
 */
export function linkKeys(trial: Trial): string[] {
  const keys = new Set<string>();
  let sponsors: Set<string> | undefined;
  const identifiers = [trial.identifiers.primary, ...(trial.identifiers.secondary ?? [])];
  for (const identifier of identifiers) {
    const number = trialNumberKey(identifier);
    if (number) keys.add(number);
    else if (identifier.registry === 'sponsor') {
      sponsors ??= primarySponsors(trial);
      for (const key of sponsorLinks(identifier, sponsors)) keys.add(key);
    }
  }
  return [...keys];
}

export interface LinkOptions {
  /**
   * Pairs of registry numbers known to be one trial, e.g. the rows of a cross-registration table
   * (`['DRKS00012345', '2019-001234-56-DE']`). They link the records that name them; they are
   * never trial content. Pairs of which a side is no registry number are ignored.
   */
  readonly links?: Iterable<readonly [string, string]>;
}

/** A union-find over numbered items, with path halving and union by size. */
class Sets {
  private readonly parent: number[] = [];
  private readonly size: number[] = [];

  add(): number {
    this.parent.push(this.parent.length);
    this.size.push(1);
    return this.parent.length - 1;
  }

  find(item: number): number {
    const parent = this.parent;
    let at = item;
    while (parent[at] !== at) {
      parent[at] = parent[parent[at]!]!;
      at = parent[at]!;
    }
    return at;
  }

  union(a: number, b: number): number {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return rootA;
    if (this.size[rootA]! < this.size[rootB]!) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA]! += this.size[rootB]!;
    return rootA;
  }

  sizeOf(item: number): number {
    return this.size[this.find(item)]!;
  }
}

/**
 * Links records one by one, so that a stream of any length can be linked while only its keys are
 * held: `add` a record's keys as it comes, ask for groups when all are in.
 */
export class TrialLinker {
  private readonly records = new Sets();
  /** For each key (after the `links` equivalences), the first record that had it. */
  private readonly firstWith = new Map<string, number>();
  /** The `links` equivalences: each key to the key that stands for its class. */
  private readonly aliases = new Map<string, string>();

  constructor(options: LinkOptions = {}) {
    if (options.links) this.alias(options.links);
  }

  /** Adds a record by its trial; returns its number (0, 1, 2, … in the order added). */
  add(trial: Trial): number {
    return this.addKeys(linkKeys(trial));
  }

  /** Adds a record by its link keys (`linkKeys`); returns its number. */
  addKeys(keys: readonly string[]): number {
    const record = this.records.add();
    this.added++;
    for (const key of keys) {
      const canonical = this.aliases.get(key) ?? key;
      const first = this.firstWith.get(canonical);
      if (first === undefined) this.firstWith.set(canonical, record);
      else this.records.union(first, record);
    }
    return record;
  }

  /** The number of records added. */
  get count(): number {
    return this.added;
  }

  private added = 0;

  /** The group of a record: the number of one of its records, the same for all of them. */
  groupOf(record: number): number {
    return this.records.find(record);
  }

  /** How many records the group of a record has. */
  sizeOf(record: number): number {
    return this.records.sizeOf(record);
  }

  /** The key that stands for a key's class of `links` equivalents (the key itself without links). */
  canonicalKey(key: string): string {
    return this.aliases.get(key) ?? key;
  }

  /** The groups: the numbers of their records, ascending; groups in the order of their first record. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let record = 0; record < this.added; record++) {
      const root = this.records.find(record);
      const group = byRoot.get(root);
      if (group) group.push(record);
      else byRoot.set(root, [record]);
    }
    return [...byRoot.values()];
  }

  /** Reads the `links` pairs into classes of equivalent keys (a union-find over the keys). */
  private alias(links: Iterable<readonly [string, string]>): void {
    const keys = new Map<string, number>();
    const sets = new Sets();
    const names: string[] = [];
    const idOf = (key: string) => {
      let id = keys.get(key);
      if (id === undefined) {
        id = sets.add();
        keys.set(key, id);
        names.push(key);
      }
      return id;
    };
    for (const [a, b] of links) {
      const keyA = registryNumberKey(String(a));
      const keyB = registryNumberKey(String(b));
      if (keyA && keyB) sets.union(idOf(keyA), idOf(keyB));
    }
    for (const [key, id] of keys) this.aliases.set(key, names[sets.find(id)]!);
  }
}

/** A trial found in one or more records. */
export interface LinkedGroup {
  /** The positions of its records in the input, ascending. */
  readonly records: readonly number[];
  /**
   * The link keys that two or more of its records share (empty for a record alone); keys that
   * `links` made equivalent are joined by ` = ` (`drks:DRKS00012345 = eudract:2019-001234-56`).
   */
  readonly via: readonly string[];
}

/**
 * Groups records of the same trial, linked through their identifiers (see `linkKeys`), directly
 * or through other records and the `links` pairs. Groups come in the order of their first
 * record; a record without links is a group of its own.
 */
export function linkTrials(trials: readonly Trial[], options: LinkOptions = {}): LinkedGroup[] {
  const linker = new TrialLinker(options);
  const keysOf = trials.map((trial) => {
    const keys = linkKeys(trial);
    linker.addKeys(keys);
    return keys;
  });
  return linker.groups().map((records) => {
    if (records.length === 1) return { records, via: [] };
    // Per class of equivalent keys: how many records have one, and which keys they are.
    const classes = new Map<string, { records: number; keys: Set<string> }>();
    for (const record of records) {
      const seen = new Set<string>();
      for (const key of keysOf[record]!) {
        const canonical = linker.canonicalKey(key);
        let found = classes.get(canonical);
        if (!found) {
          found = { records: 0, keys: new Set() };
          classes.set(canonical, found);
        }
        found.keys.add(key);
        if (!seen.has(canonical)) found.records++;
        seen.add(canonical);
      }
    }
    const via = [...classes.values()]
      .filter((found) => found.records > 1)
      .map((found) => [...found.keys].sort().join(' = '));
    return { records, via: via.sort() };
  });
}
