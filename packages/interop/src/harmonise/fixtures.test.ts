// Harmonisation on the real registry records of the fixtures: which trials appear in more than one
// record, merged; and every real record merged with the same trial as another source gives it.
// Expectations hold registry numbers, field names and counts only, never the records' texts.
import { readdirSync, readFileSync } from 'node:fs';
import type { Trial } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { readFhirBundle } from '../fhir/read';
import { trialsToFhirBundle } from '../fhir/write';
import type { TrialFormatName } from '../formats';
import { trialReaders } from '../readers';
import { ictrpReader } from '../registries/ictrp/read';
import { writeIctrpCsv } from '../registries/ictrp/write';
import { linkKeys, linkTrials } from './link';
import { type MergeConflict, mergeTrials } from './merge';
import { registryNumberKey } from './normalise';
import { unaccounted } from './testing/kept';

const fixtures = new URL('../../../../../shared/fixtures/', import.meta.url);

/** The record files of the fixtures that the kit reads, and their formats. */
const sets: readonly [dir: string, files: RegExp, format: TrialFormatName][] = [
  ['ctgov-v2-json/studies/', /\.json$/, 'ctgov'],
  ['ctgov-legacy-xml/', /\.xml$/, 'ctgov-xml'],
  ['drks/', /^DRKS_trial-.*\.json$/, 'drks'],
  // DRKS2FHIR's rendering of the same DRKS record as FHIR R5 (the kit reads R4).
  ['drks/', /_FHIR_R5_.*\.json$/, 'fhir'],
  ['eu-ctr/ctrdata-demo/', /^CTIS_.*\.json$/, 'ctis'],
  ['eu-ctr/ctrdata-demo/', /^EUCTR_.*\.json$/, 'euctr'],
  ['who-ictrp/', /\.csv$/, 'ictrp'],
];

interface Read {
  readonly file: string;
  readonly format: TrialFormatName;
  readonly raw: unknown;
  readonly trial: Trial | undefined;
  readonly issues: readonly string[];
}

const records: Read[] = sets.flatMap(([dir, files, format]) => {
  const reader = trialReaders[format]!;
  return readdirSync(new URL(dir, fixtures))
    .filter((file) => files.test(file))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(new URL(dir + file, fixtures), 'utf8');
      const document = reader.input === 'json' ? JSON.parse(text) : text;
      return [...reader.records(document)].map((raw) => {
        const result = reader.read(raw);
        return {
          file: dir + file,
          format,
          raw,
          trial: result.value,
          issues: result.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`),
        };
      });
    });
});
const trials = records.flatMap((record) => record.trial ?? []);

/**
 * The registry numbers in a record's identifiers, found by pattern in their JSON: independent of
 * the linker's normalisation (EU CT numbers before the EudraCT numbers they start with).
 */
const numbersIn = (value: unknown) =>
  new Set(
    JSON.stringify(value).match(
      /NCT\d{8}|DRKS\d{8}|\d{4}-5\d{5}-\d{2}-\d{2}|\d{4}-\d{6}-\d{2}|ISRCTN\d{8}/g,
    ) ?? [],
  );

/** Records (by position) that share a registry number, as groups: a plain search, no union-find. */
function sharingNumbers(list: readonly Trial[]): number[][] {
  const numbers = list.map((trial) => numbersIn(trial.identifiers));
  const seen = new Set<number>();
  const groups: number[][] = [];
  list.forEach((_, start) => {
    if (seen.has(start)) return;
    const group = [start];
    seen.add(start);
    for (let at = 0; at < group.length; at++) {
      numbers.forEach((other, index) => {
        if (!seen.has(index) && [...numbers[group[at]!]!].some((number) => other.has(number))) {
          seen.add(index);
          group.push(index);
        }
      });
    }
    groups.push(group.sort((a, b) => a - b));
  });
  return groups;
}

/** A conflict without its values' texts: field, kind, rule and the registries of each value. */
const outline = (trial: Trial, conflicts: readonly MergeConflict[]) =>
  conflicts.map(
    (conflict) =>
      `${conflict.field} (${conflict.kind}, ${typeof conflict.rule === 'string' ? conflict.rule : conflict.rule.join('>')}): ${conflict.values
        .map((value) =>
          value.sources.map((index) => trial.provenance.sources[index]?.registry).join('+'),
        )
        .join(' | ')}`,
  );

describe('trials in more than one record among the fixtures', () => {
  it('reads the records, naming every one it cannot read', () => {
    const byFormat = Object.fromEntries(
      sets.map(([, , format]) => [
        format,
        `${records.filter((record) => record.format === format && record.trial).length}/${records.filter((record) => record.format === format).length}`,
      ]),
    );
    // Valid trials / records: the curated ICTRP extract has no titles, DRKS2FHIR writes R5.
    expect(byFormat).toEqual({
      ctgov: '420/420',
      'ctgov-xml': '41/41',
      drks: '1/1',
      fhir: '0/1',
      ctis: '3/3',
      euctr: '3/3',
      ictrp: '0/315',
    });
    for (const record of records)
      if (!record.trial) expect(record.issues.length).toBeGreaterThan(0);
  });

  it('links exactly the records that share a registry number, and merges each such trial', () => {
    const groups = linkTrials(trials).map((group) => [...group.records]);
    expect(groups).toEqual(sharingNumbers(trials));
    const several = groups.filter((group) => group.length > 1);
    for (const group of several) {
      const members = group.map((index) => trials[index]!);
      const merged = mergeTrials(members);
      expect(merged.issues).toEqual([]);
      expect(unaccounted(members, merged)).toEqual([]);
    }
    // Among the 468 readable records no trial is in two: the fixtures' other registry numbers
    // point at records that are not among them (next test).
    expect(
      several.map((group) => group.map((index) => trials[index]!.identifiers.primary.id)),
    ).toEqual([]);
  });

  it('names the cross-registrations the records state, and whether the other record is here', () => {
    // The records' own numbers: what a stated number would find.
    const have = new Set(trials.map((trial) => registryNumberKey(trial.identifiers.primary.id)));
    // Numbers of another registry of the model (the same registry's are earlier numbers).
    const toOtherRegistries = trials.flatMap((trial) =>
      (trial.identifiers.secondary ?? [])
        .filter(
          (identifier) =>
            !['sponsor', 'other', trial.identifiers.primary.registry].includes(identifier.registry),
        )
        .map((identifier) => ({
          from: trial.identifiers.primary.id,
          to: identifier.id,
          here: have.has(registryNumberKey(identifier.id)!) ? 'here' : 'not among the fixtures',
        })),
    );
    expect(toOtherRegistries.filter((link) => link.here === 'here')).toEqual([]);
    expect(toOtherRegistries.filter((link) => /^20\d\d-5/.test(link.from))).toEqual([
      { from: '2023-505613-24-00', to: '2019-003842-34', here: 'not among the fixtures' },
      { from: '2023-505613-24-00', to: 'NCT04665037', here: 'not among the fixtures' },
      { from: '2023-508143-51-01', to: '2021-004994-30', here: 'not among the fixtures' },
    ]);
    expect(toOtherRegistries.length).toBeGreaterThan(20);
  });

  it('finds the one trial two sources give: DRKS and its FHIR R5 rendering, which the kit cannot read', () => {
    const have = new Map(
      trials.flatMap((trial) => linkKeys(trial).map((key) => [key, trial.identifiers.primary.id])),
    );
    const named = (record: Read): string[] => {
      const raw = record.raw as Record<string, unknown>;
      const values =
        record.format === 'ictrp'
          ? [raw.TrialID]
          : ((raw.identifier as { value?: unknown }[] | undefined) ?? []).map((item) => item.value);
      return values.flatMap((value) => registryNumberKey(String(value ?? '')) ?? []);
    };
    const unreadable = records
      .filter((record) => !record.trial)
      .flatMap((record) =>
        named(record)
          .filter((key) => have.has(key))
          .map((key) => ({ file: record.file, same: have.get(key), issues: record.issues })),
      );
    expect(unreadable).toEqual([
      {
        file: 'drks/DRKS00038775_FHIR_R5_ResearchStudy_generated.json',
        same: 'DRKS00038775',
        issues: ['studyType: required'],
      },
    ]);
  });

  it('links the records through the cross-registration tables, too: only NCT01207388 is in them', () => {
    const rows = readFileSync(
      new URL('eu-ctr/ctt-umc-update_crossreg_filtered_EUCTR_NCT_DRKS.csv', fixtures),
      'utf8',
    )
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]!.replaceAll('"', '').split('_'));
    const links = rows.flatMap(([first, ...rest]) =>
      rest.map((other) => [first!, other] as [string, string]),
    );
    const tableNumbers = new Set(rows.flat());
    const inTables = trials.filter((trial) =>
      [...numbersIn(trial.identifiers)].some((number) => tableNumbers.has(number)),
    );
    expect(inTables.map((trial) => trial.identifiers.primary.id)).toEqual(['NCT01207388']);
    // Its EudraCT twin (2010-018314-75) has no record here: still one record, one trial.
    expect(linkTrials(trials, { links }).length).toBe(trials.length);
  });
});

describe('every real record merged with the same trial from a second source', () => {
  // The second source: each record as WHO ICTRP republishes registries' records, in the Trial
  // Registration Data Set, written by the kit's ICTRP writer and read back (not an ICTRP record).
  const trds = [...ictrpReader.records(writeIctrpCsv(trials))].map(
    (row) => ictrpReader.read(row).value!,
  );
  const merged = trials.map((trial, index) => ({
    trial,
    result: mergeTrials([trial, trds[index]!]),
  }));

  it('links each record with its TRDS rendering, and keeps both sources', () => {
    expect(trds.every(Boolean)).toBe(true);
    for (const [index, trial] of trials.entries()) {
      expect(linkTrials([trial, trds[index]!])).toHaveLength(1);
    }
    for (const { trial, result } of merged) {
      expect(result.issues).toEqual([]);
      expect(result.value.provenance.sources).toContainEqual(trial.provenance.sources[0]);
      expect(result.value.provenance.sources.some((source) => source.registry === 'ictrp')).toBe(
        true,
      );
    }
  });

  it('loses nothing: every field of both records is in the merged trial or a conflict', () => {
    for (const [index, { trial, result }] of merged.entries()) {
      expect(unaccounted([trial, trds[index]!], result)).toEqual([]);
    }
  });

  it('reports the conflicts: the registry’s record wins where its rule prefers it', () => {
    const conflicts = merged.flatMap(({ result }) => result.conflicts);
    expect(conflicts.length).toBeGreaterThan(merged.length);
    // The registries' own records are dated, the TRDS rendering not: the most recent is theirs.
    for (const conflict of conflicts.filter((entry) => entry.rule === 'most-recent')) {
      const first = conflict.values[0]!.sources;
      const { value } = merged.find(({ result }) => result.conflicts.includes(conflict))!.result;
      expect(first.some((index) => value.provenance.sources[index]?.registry !== 'ictrp')).toBe(
        true,
      );
    }
    const drks = merged.find(({ trial }) => trial.identifiers.primary.id === 'DRKS00038775')!;
    expect(outline(drks.result.value, drks.result.conflicts)).toMatchInlineSnapshot(`
      [
        "/status (wording, most-recent): drks | ictrp",
        "/studyType (wording, registry-order): drks | ictrp",
        "/design/description/en (value, ctgov): drks | ictrp",
        "/dates (value, most-recent): drks | ictrp",
        "/outcomes/1/measure (wording, registry-order): drks | ictrp",
        "/ethics (wording, registry-order): drks | ictrp",
      ]
    `);
    const ctis = merged.find(({ trial }) => trial.identifiers.primary.id === '2023-505613-24-00')!;
    expect(outline(ctis.result.value, ctis.result.conflicts)).toMatchInlineSnapshot(`
      [
        "/identifiers/secondary/3 (value, registry-order): ctis | ictrp",
        "/status (wording, most-recent): ctis | ictrp",
        "/phase (wording, registry-order): ctis | ictrp",
        "/studyType (wording, registry-order): ctis | ictrp",
        "/dates (value, most-recent): ctis | ictrp",
        "/interventions/0 (wording, registry-order): ctis | ictrp",
        "/interventions/1 (wording, registry-order): ctis | ictrp",
        "/ethics (wording, registry-order): ctis | ictrp",
      ]
    `);
  });

  it('gives a real record merged with itself, or with its lossless FHIR rendering, back unchanged', () => {
    const back = readFhirBundle(trialsToFhirBundle(trials)).map((result) => result.value!);
    for (const [index, trial] of trials.entries()) {
      expect(mergeTrials([trial, trial]).value).toBe(trial);
      expect(mergeTrials([trial, back[index]!]).value).toEqual(trial);
    }
  });
});
