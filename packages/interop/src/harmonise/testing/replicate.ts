// Bench records: the registry fixtures' trials replicated under made-up registry numbers, one
// record in ten the second registry's record of the trial before it. Made-up numbers and
// "Beispiel" texts; the content is the fixtures' (for benchmarks only, never committed).
import { readdirSync, readFileSync } from 'node:fs';
import type { Trial, TrialIdentifier } from '@nrw-health/core';
import type { TrialFormatName } from '../../formats';
import { trialReaders } from '../../readers';

const fixtures = new URL('../../../../../../shared/fixtures/', import.meta.url);

/** The trials the readers read from the registry fixtures. */
export function fixtureTrials(): Trial[] {
  const sets: [string, RegExp, TrialFormatName][] = [
    ['ctgov-v2-json/studies/', /\.json$/, 'ctgov'],
    ['ctgov-legacy-xml/', /\.xml$/, 'ctgov-xml'],
    ['drks/', /^DRKS_trial-.*\.json$/, 'drks'],
    ['eu-ctr/ctrdata-demo/', /^CTIS_.*\.json$/, 'ctis'],
    ['eu-ctr/ctrdata-demo/', /^EUCTR_.*\.json$/, 'euctr'],
  ];
  return sets.flatMap(([dir, files, format]) => {
    const reader = trialReaders[format]!;
    return readdirSync(new URL(dir, fixtures))
      .filter((file) => files.test(file))
      .flatMap((file) => {
        const text = readFileSync(new URL(dir + file, fixtures), 'utf8');
        const document = reader.input === 'json' ? JSON.parse(text) : text;
        return [...reader.records(document)].flatMap((record) => reader.read(record).value ?? []);
      });
  });
}

const digits = (n: number, width: number) => String(n).padStart(width, '0');

/** A made-up number of a registry, unique for `n` and `salt`. */
function numberOf(identifier: TrialIdentifier, n: number, salt: number): TrialIdentifier {
  const m = n * 8 + salt;
  switch (identifier.registry) {
    case 'ctgov':
      return { registry: 'ctgov', id: `NCT${digits(m, 8)}` };
    case 'drks':
      return { registry: 'drks', id: `DRKS${digits(m, 8)}` };
    case 'ctis':
      return {
        registry: 'ctis',
        id: `${2000 + (m % 50)}-5${digits(m % 100_000, 5)}-${digits(Math.floor(m / 100_000) % 100, 2)}-00`,
      };
    case 'euctr':
      return {
        registry: 'euctr',
        id: `${2000 + (m % 50)}-${digits(Math.floor(m / 50) % 1_000_000, 6)}-${digits(Math.floor(m / 50_000_000) % 100, 2)}`,
      };
    case 'isrctn':
      return { registry: 'isrctn', id: `ISRCTN${digits(m, 8)}` };
    case 'who-utn':
      return {
        registry: 'who-utn',
        id: `U1111-${digits(Math.floor(m / 10_000) % 10_000, 4)}-${digits(m % 10_000, 4)}`,
      };
    default:
      return { ...identifier, id: `${identifier.id}-R${n}` };
  }
}

/** The second registry's record of a trial: a DRKS number naming the first, newer, another status. */
function secondRecord(trial: Trial, n: number): Trial {
  const [site, ...sites] = trial.sites ?? [];
  const id = `DRKS${digits(90_000_000 + n, 8)}`;
  return {
    ...trial,
    identifiers: { primary: { registry: 'drks', id }, secondary: [trial.identifiers.primary] },
    title: {
      ...trial.title,
      public: { ...trial.title.public, de: 'Beispieltitel des zweiten Registers' },
    },
    status: { code: trial.status.code === 'recruiting' ? 'completed' : 'recruiting' },
    ...(site && {
      sites: [
        { ...site, ...(site.facility && { facility: site.facility.toUpperCase() }) },
        ...sites,
      ],
    }),
    provenance: { sources: [{ registry: 'drks', recordId: id, lastUpdated: '2025-06-30' }] },
  };
}

/** `count` records from the trials: every tenth the second record of the one before. */
export function replicate(trials: readonly Trial[], count: number): Trial[] {
  const records: Trial[] = [];
  for (let index = 0; index < count; index++) {
    if (index % 10 === 9) {
      records.push(secondRecord(records[index - 1]!, index));
      continue;
    }
    const trial = trials[index % trials.length]!;
    const { primary, secondary } = trial.identifiers;
    records.push({
      ...trial,
      identifiers: {
        primary: numberOf(primary, index, 0),
        ...(secondary && { secondary: secondary.map((item, at) => numberOf(item, index, at + 1)) }),
      },
    });
  }
  return records;
}
