// Linking at scale on the real cross-registration tables of the fixtures (QUEST/BIH, ctt-umc-update):
// link records are built from their rows. These are LINK-ONLY TEST RECORDS: a registry number and
// the number a table links it to, nothing else; never trial content.
import { readFileSync } from 'node:fs';
import type { Trial, TrialIdentifier } from '@nrw-health/core';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { linkTrials } from './link';

const fixtures = new URL('../../../../../shared/fixtures/', import.meta.url);
const table = (path: string) =>
  Papa.parse<Record<string, string>>(
    readFileSync(new URL(path, fixtures), 'utf8').replace(/^\uFEFF/, ''),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;

/** crossreg_filtered: one row per registry number, `crossreg_id` names its cluster (`A_B[_C]`). */
const clusterRows = table('eu-ctr/ctt-umc-update_crossreg_filtered_EUCTR_NCT_DRKS.csv');
/** crossreg_drks: one row per link of a DRKS number to an EudraCT, NCT or other DRKS number. */
const drksRows = table('drks/ctt-umc-update_crossreg_drks.csv');

/** A registry number as the model types it. */
function typed(id: string): TrialIdentifier {
  if (/^NCT\d{8}$/.test(id)) return { registry: 'ctgov', id };
  if (/^DRKS\d{8}$/.test(id)) return { registry: 'drks', id };
  if (/^\d{4}-\d{6}-\d{2}$/.test(id)) return { registry: 'euctr', id };
  throw new Error(`not a registry number in the table: ${id}`);
}

/**
 * The number another record names, written in one of the ways registries write it (chosen by
 * `variant`): as is, in lower case with spaces, or an EudraCT number with EUCTR's prefix and a
 * country suffix, held as another registry's number.
 */
function written(id: string, variant: number): TrialIdentifier {
  const identifier = typed(id);
  if (variant % 3 === 1 && identifier.registry === 'euctr') {
    return { registry: 'other', id: `EUCTR${id}-DE`, issuer: 'EU Clinical Trials Register' };
  }
  if (variant % 3 === 2) {
    return { registry: 'sponsor', id: ` ${id.toLowerCase().replace(/(\D)(\d)/, '$1 $2')} ` };
  }
  return identifier;
}

/** A link-only test record: its number and the numbers it names. */
function linkRecord(id: string, names: TrialIdentifier[]): Trial {
  const primary = typed(id);
  return {
    identifiers: { primary, ...(names.length > 0 && { secondary: names }) },
    title: { public: { en: 'Link-only test record (no trial content)' } },
    status: { code: 'unknown' },
    studyType: { code: 'other' },
    provenance: {
      sources: [{ title: 'Link-only test record built from a cross-registration table' }],
    },
  };
}

/** Connected components of an undirected graph given by edges, by breadth-first search. */
function components(nodes: Iterable<string>, edges: readonly (readonly [string, string])[]) {
  const next = new Map<string, string[]>();
  for (const node of nodes) next.set(node, []);
  for (const [a, b] of edges) {
    next.get(a)!.push(b);
    next.get(b)!.push(a);
  }
  const seen = new Set<string>();
  const found: string[][] = [];
  for (const start of next.keys()) {
    if (seen.has(start)) continue;
    const component = [start];
    seen.add(start);
    for (let at = 0; at < component.length; at++) {
      for (const neighbour of next.get(component[at]!)!) {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          component.push(neighbour);
        }
      }
    }
    found.push(component);
  }
  return found;
}

/** Groups as sorted lists of primary numbers, sorted: comparable whatever the record order. */
const asSets = (groups: readonly (readonly string[])[]) =>
  groups.map((group) => [...group].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

const linkedGroups = (records: readonly Trial[], links?: [string, string][]) =>
  asSets(
    linkTrials(records, links ? { links } : {}).map((group) =>
      group.records.map((index) => records[index]!.identifiers.primary.id),
    ),
  );

describe('linking on the cross-registration tables (link-only test records)', () => {
  // Each row's number names the next number of its cluster: three-number clusters link only
  // through the middle one.
  const clusters = new Map<string, string[]>();
  for (const row of clusterRows) {
    const members = clusters.get(row.crossreg_id!) ?? [];
    members.push(row.trial_id!);
    clusters.set(row.crossreg_id!, members);
  }
  const chainRecords = clusterRows.map((row, index) => {
    const members = row.crossreg_id!.split('_');
    const next = members[members.indexOf(row.trial_id!) + 1];
    return linkRecord(row.trial_id!, next ? [written(next, index)] : []);
  });

  it('finds each cluster of crossreg_filtered, transitively, from chained numbers written in any form', () => {
    expect(clusterRows).toHaveLength(671);
    const expected = asSets([...clusters.values()]);
    expect(expected).toHaveLength(322);
    expect(expected.filter((cluster) => cluster.length === 3)).toHaveLength(27);
    expect(linkedGroups(chainRecords)).toEqual(expected);
  });

  it('finds the same clusters in any order of the records', () => {
    const expected = linkedGroups(chainRecords);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(chainRecords, { minLength: chainRecords.length }),
        (shuffled) => {
          expect(linkedGroups(shuffled)).toEqual(expected);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('splits a cluster when its middle link is missing (the test can fail)', () => {
    const triple = [...clusters.keys()].map((id) => id.split('_')).find((ids) => ids.length === 3)!;
    const middle = triple[1]!;
    const cut = chainRecords.map((record) =>
      record.identifiers.primary.id === middle ? linkRecord(middle, []) : record,
    );
    const groups = linkedGroups(cut);
    // The first still names the middle one; the last is named by no one any more.
    expect(groups).toContainEqual([triple[0]!, middle].sort());
    expect(groups).toContainEqual([triple[2]!]);
  });

  it('links crossreg_drks: a record per DRKS number naming its links, a record per linked number', () => {
    expect(drksRows).toHaveLength(781);
    const names = new Map<string, string[]>();
    for (const row of drksRows)
      names.set(row.trial_id!, [...(names.get(row.trial_id!) ?? []), row.linked_id!]);
    const linkedOnly = new Set(
      drksRows.map((row) => row.linked_id!).filter((id) => !names.has(id)),
    );
    const records = [
      ...[...names].map(([id, linked], index) =>
        linkRecord(
          id,
          linked.map((other, at) => written(other, index + at)),
        ),
      ),
      ...[...linkedOnly].map((id) => linkRecord(id, [])),
    ];
    const expected = asSets(
      components(
        [...names.keys(), ...linkedOnly],
        drksRows.map((row) => [row.trial_id!, row.linked_id!] as const),
      ),
    );
    const groups = linkedGroups(records);
    expect(groups).toEqual(expected);
    // Rows marked as a triad: the DRKS number's trial has an EudraCT and an NCT number.
    for (const row of drksRows.filter((entry) => entry.triad === 'TRUE')) {
      const group = groups.find((members) => members.includes(row.trial_id!))!;
      expect(group.some((id) => /^NCT/.test(id))).toBe(true);
      expect(group.some((id) => /^\d{4}-\d{6}-\d{2}$/.test(id))).toBe(true);
    }
  });

  it('links both tables together, and through `links` pairs alone', () => {
    const pairs: [string, string][] = [
      ...drksRows.map((row) => [row.trial_id!, row.linked_id!] as [string, string]),
      ...[...clusters.keys()].flatMap((id) => {
        const [first, ...rest] = id.split('_');
        return rest.map((other) => [first!, other] as [string, string]);
      }),
    ];
    const numbers = new Set(pairs.flat());
    const expected = asSets(components(numbers, pairs));
    // Records that name nothing: the tables alone link them.
    const bare = [...numbers].map((id) => linkRecord(id, []));
    expect(linkedGroups(bare)).toHaveLength(numbers.size);
    expect(linkedGroups(bare, pairs)).toEqual(expected);
    // The tables share numbers: fewer trials than the two tables' groups together.
    const drksGroups = components(
      new Set(drksRows.flatMap((row) => [row.trial_id!, row.linked_id!])),
      drksRows.map((row) => [row.trial_id!, row.linked_id!] as const),
    ).length;
    expect(expected.length).toBeLessThan(drksGroups + clusters.size);
  });
});
