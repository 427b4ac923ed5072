import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CodeList } from '../shared/codelist';
import {
  type FlagSystem,
  flagForStatus,
  flagMeansZero,
  indicatorGroups,
  measureTypes,
  type ObservationStatus,
  observationStatuses,
  periodicities,
  sexes,
  statusFromFlag,
  statusPrecedence,
  valuelessStatuses,
} from './codes';

const lists: CodeList[] = [
  observationStatuses,
  measureTypes,
  periodicities,
  indicatorGroups,
  sexes,
];

describe('indicator code lists', () => {
  it.each(lists.map((list) => [list.id, list] as const))(
    '%s is complete and distinct in German and English',
    (_id, list) => {
      for (const locale of ['de', 'en'] as const) {
        const labels = list.codes.map((code) => list.label(code, locale));
        expect(labels.every((label) => label.trim().length > 0)).toBe(true);
        expect(new Set(labels).size).toBe(labels.length);
        expect(list.title[locale].length).toBeGreaterThan(0);
      }
      for (const code of list.codes) expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    },
  );

  it('has the statuses, measure types, periodicities and sexes the model names', () => {
    expect(observationStatuses.codes).toEqual([
      'normal',
      'provisional',
      'estimated',
      'revised',
      'forecast',
      'break',
      'confidential',
      'not-applicable',
      'missing',
    ]);
    expect(measureTypes.codes).toEqual([
      'count',
      'currency',
      'rate',
      'share',
      'index',
      'rank',
      'mean',
    ]);
    expect(periodicities.codes).toEqual(['annual', 'quarterly', 'monthly', 'irregular', 'one-off']);
    expect(sexes.codes).toEqual(['total', 'female', 'male', 'diverse']);
  });

  it('says how each measure type aggregates', () => {
    const by = (aggregation: string) =>
      measureTypes.codes.filter((code) => measureTypes.entries[code].aggregation === aggregation);
    expect(by('sum')).toEqual(['count', 'currency']);
    expect(by('ratio')).toEqual(['rate', 'share']);
    expect(by('none')).toEqual(['index', 'rank', 'mean']);
  });

  it('marks exactly missing, confidential and not-applicable as valueless', () => {
    expect([...valuelessStatuses].sort()).toEqual(['confidential', 'missing', 'not-applicable']);
    for (const code of observationStatuses.codes) {
      expect(observationStatuses.entries[code].hasValue).toBe(!valuelessStatuses.has(code));
    }
  });

  it('ranks every status exactly once', () => {
    expect([...statusPrecedence].sort()).toEqual([...observationStatuses.codes].sort());
  });
});

describe('indicator groups follow seed 002', () => {
  const seeds = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));
  const file = readdirSync(seeds).find((name) => name.startsWith('002_'));
  const lines = readFileSync(`${seeds}${file}`, 'utf8').split('\n');

  it.each(indicatorGroups.codes.map((code, index) => [code, index + 1] as const))(
    '%s starts at heading %i and ends with the list of its items',
    (code, number) => {
      const [from, to] = indicatorGroups.entries[code].seed
        .replace('002 l.', '')
        .split('-')
        .map(Number) as [number, number];
      expect(lines[from - 1]).toMatch(new RegExp(`^${number}\\. `));
      expect(lines[to - 1]?.trim()).toBe('- ...');
      // The group's German label carries the seed's own heading words.
      const heading = lines[from - 1]!.replace(/^\d\. /, '').replace(/:$/, '');
      const firstWord =
        heading.split(/[ /]/)[0] === 'Darstellung' ? 'Highlights' : heading.split(' ')[0]!;
      expect(indicatorGroups.label(code, 'de')).toContain(firstWord);
    },
  );
});

describe('statusFromFlag', () => {
  const cases: [FlagSystem, string, ObservationStatus | undefined][] = [
    // SDMX CL_OBS_STATUS
    ['sdmx', 'A', 'normal'],
    ['sdmx', 'B', 'break'],
    ['sdmx', 'E', 'estimated'],
    ['sdmx', 'I', 'estimated'],
    ['sdmx', 'F', 'forecast'],
    ['sdmx', 'P', 'provisional'],
    ['sdmx', 'p', 'provisional'],
    ['sdmx', 'M', 'not-applicable'],
    ['sdmx', 'O', 'missing'],
    ['sdmx', 'L', 'missing'],
    ['sdmx', 'Q', 'confidential'],
    ['sdmx', 'U', 'normal'],
    ['sdmx', 'R', undefined],
    ['sdmx', 'XYZ', undefined],
    // SDMX CL_CONF_STATUS
    ['sdmx-conf', 'C', 'confidential'],
    ['sdmx-conf', 'N', 'confidential'],
    ['sdmx-conf', 'F', undefined],
    ['sdmx-conf', '', undefined],
    // Eurostat, legacy lower-case flags
    ['eurostat', 'b', 'break'],
    ['eurostat', 'c', 'confidential'],
    ['eurostat', 'd', 'normal'],
    ['eurostat', 'e', 'estimated'],
    ['eurostat', 'f', 'forecast'],
    ['eurostat', 'n', 'normal'],
    ['eurostat', 'p', 'provisional'],
    ['eurostat', 'r', 'revised'],
    ['eurostat', 's', 'estimated'],
    ['eurostat', 'u', 'normal'],
    ['eurostat', 'z', 'not-applicable'],
    ['eurostat', ':', 'missing'],
    // Eurostat since 2025: i and m, and the confidentiality flags in upper case
    ['eurostat', 'i', 'estimated'],
    ['eurostat', 'm', 'not-applicable'],
    ['eurostat', 'C', 'confidential'],
    ['eurostat', 'P', 'confidential'],
    ['eurostat', 'N', 'confidential'],
    // combined flags: the most severe wins
    ['eurostat', 'bp', 'provisional'],
    ['eurostat', 'bep', 'estimated'],
    ['eurostat', ': c', 'confidential'],
    ['eurostat', 'rb', 'break'],
    ['eurostat', 'bq', undefined],
    ['eurostat', 'E', undefined],
    // Destatis
    ['destatis', 'p', 'provisional'],
    ['destatis', 'r', 'revised'],
    ['destatis', 's', 'estimated'],
    ['destatis', '.', 'confidential'],
    ['destatis', 'x', 'not-applicable'],
    ['destatis', 'X', 'not-applicable'],
    ['destatis', '...', 'missing'],
    ['destatis', '…', 'missing'],
    ['destatis', '/', 'missing'],
    ['destatis', '|', 'break'],
    ['destatis', '-', 'normal'],
    ['destatis', '–', 'normal'],
    ['destatis', '·', 'confidential'],
    ['destatis', ' p ', 'provisional'],
    ['destatis', '?', undefined],
    // no flag is a normal value
    ['sdmx', '', 'normal'],
    ['eurostat', '  ', 'normal'],
    ['destatis', '', 'normal'],
  ];

  it.each(cases)('%s %j → %s', (system, flag, status) => {
    expect(statusFromFlag(system, flag)).toBe(status);
  });

  it('never throws on bad input', () => {
    expect(statusFromFlag('destatis', null as unknown as string)).toBeUndefined();
    expect(statusFromFlag('nope' as FlagSystem, 'p')).toBeUndefined();
    expect(flagForStatus('eurostat', 'nope' as ObservationStatus)).toBeUndefined();
    expect(flagMeansZero('destatis', 42 as unknown as string)).toBe(false);
  });

  it('reads back every flag a writer puts out', () => {
    for (const system of ['sdmx', 'sdmx-conf', 'eurostat', 'destatis'] as const) {
      for (const status of observationStatuses.codes) {
        const flag = flagForStatus(system, status);
        if (flag !== undefined) expect(statusFromFlag(system, flag)).toBe(status);
      }
    }
    expect(flagForStatus('sdmx', 'normal')).toBe('A');
    expect(flagForStatus('eurostat', 'normal')).toBeUndefined();
    expect(flagForStatus('destatis', 'normal')).toBeUndefined();
    expect(flagForStatus('eurostat', 'confidential')).toBe('C');
    expect(flagForStatus('sdmx', 'revised')).toBeUndefined();
  });

  it('knows that the Destatis dash is a real zero, and nothing else is', () => {
    expect(flagMeansZero('destatis', '-')).toBe(true);
    expect(flagMeansZero('destatis', ' – ')).toBe(true);
    expect(flagMeansZero('destatis', '.')).toBe(false);
    expect(flagMeansZero('eurostat', '-')).toBe(false);
  });
});
