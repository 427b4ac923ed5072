import type { Trial, TrialIdentifier } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { minimal } from '../fhir/testing/trials';
import { linkKeys, linkTrials, TrialLinker } from './link';
import { examples, valid } from './testing/records';

/** A synthetic record with a primary number, others, and optionally a sponsor and a title. */
function record(
  primary: TrialIdentifier,
  secondary: TrialIdentifier[] = [],
  extra: Record<string, unknown> = {},
): Trial {
  return valid({
    ...minimal,
    identifiers: { primary, ...(secondary.length > 0 && { secondary }) },
    ...extra,
  });
}

const nct = (id: string) => ({ registry: 'ctgov', id }) as const;
const drks = (id: string) => ({ registry: 'drks', id }) as const;
const euctr = (id: string) => ({ registry: 'euctr', id }) as const;
const sponsorNumber = (id: string, issuer?: string) =>
  ({ registry: 'sponsor', id, ...(issuer && { issuer }) }) as const;
const sponsoredBy = (name: string) => ({ sponsors: [{ name, role: 'primary' }] });
const groupsOf = (trials: readonly Trial[]) =>
  linkTrials(trials).map((group) => [...group.records]);

describe('linkTrials', () => {
  it('links the three records of the example trial, the third through the second', () => {
    expect(linkTrials(examples)).toEqual([
      {
        records: [0, 1, 2],
        via: [
          'eudract:2022-000017-17',
          'nct:NCT00000017',
          'sponsor:beispiel universitatsklinikum essen:BSP17',
        ],
      },
    ]);
  });

  it('links transitively, in any order of the records', () => {
    const a = record(drks('DRKS00000001'), [nct('NCT00000002')]);
    const b = record(nct('NCT00000002'), [euctr('2020-000003-03')]);
    const c = record(euctr('2020-000003-03'));
    const d = record(drks('DRKS00000004'));
    expect(groupsOf([a, b, c, d])).toEqual([[0, 1, 2], [3]]);
    expect(groupsOf([c, d, a, b])).toEqual([[0, 2, 3], [1]]);
    // Two chains that meet only at the last record are one trial.
    const e = record(drks('DRKS00000005'), [euctr('2020-000003-03')]);
    expect(groupsOf([a, d, e, b])).toEqual([[0, 2, 3], [1]]);
  });

  it('never links trials that only share a title', () => {
    const title = { title: { public: { en: 'Example study of exercise after heart attack' } } };
    const trials = [
      record(drks('DRKS00000001'), [], title),
      record(nct('NCT00000001'), [], title),
      record(drks('DRKS00000002'), [], { ...title, ...sponsoredBy('Beispielklinik') }),
    ];
    expect(groupsOf(trials)).toEqual([[0], [1], [2]]);
  });

  it('reads registry numbers however written: case, spaces, EudraCT country suffix, labels', () => {
    const trials = [
      record(euctr('2019-001234-56')),
      record(drks('DRKS00000001'), [
        { registry: 'other', id: 'EUCTR2019-001234-56-DE', issuer: 'EUCTR' },
      ]),
      record(nct('NCT01234567'), [sponsorNumber('EudraCT-Nr. 2019-001234-56-3RD', 'Beispiel')]),
      record(drks('DRKS00000002'), [sponsorNumber(' nct 0123 4567 ')]),
      record(drks('DRKS00000003'), [{ registry: 'other', id: 'actrn12345678901234', issuer: 'x' }]),
      record({ registry: 'other', id: 'ACTRN12345678901234', issuer: 'ANZCTR' }),
    ];
    expect(groupsOf(trials)).toEqual([
      [0, 1, 2, 3],
      [4, 5],
    ]);
  });

  it('links sponsor numbers only with the sponsor’s name: the same protocol number of two sponsors is two trials', () => {
    const trials = [
      record(drks('DRKS00000001'), [sponsorNumber('PROT-001', 'Beispiel Pharma GmbH')], {
        ...sponsoredBy('Beispiel Pharma GmbH'),
      }),
      record(nct('NCT00000002'), [sponsorNumber('prot 001', 'Beispiel Pharma')], {
        ...sponsoredBy('Beispiel Pharma'),
      }),
      record(nct('NCT00000003'), [sponsorNumber('PROT-001', 'Andere Beispiel AG')], {
        ...sponsoredBy('Andere Beispiel AG'),
      }),
      // Without an issuer, the primary sponsor's name is taken.
      record(nct('NCT00000004'), [sponsorNumber('PROT-001')], {
        ...sponsoredBy('Beispiel Pharma'),
      }),
    ];
    expect(groupsOf(trials)).toEqual([[0, 1, 3], [2]]);
  });

  it('does not link by a number that a funder, not the sponsor, issued', () => {
    const grant = sponsorNumber('P60DK000001', 'Example Grant Office');
    const trials = [
      record(nct('NCT00000001'), [grant], sponsoredBy('Beispielklinik A')),
      record(nct('NCT00000002'), [grant], sponsoredBy('Beispielklinik B')),
    ];
    expect(linkKeys(trials[0]!)).toEqual(['nct:NCT00000001']);
    expect(groupsOf(trials)).toEqual([[0], [1]]);
  });

  it('links through pairs of a cross-registration table, which are never content', () => {
    const trials = [record(drks('DRKS00000001')), record(nct('NCT00000002'))];
    expect(groupsOf(trials)).toEqual([[0], [1]]);
    const linked = linkTrials(trials, {
      links: [
        ['DRKS00000001', '2020-000003-03-DE'],
        ['2020-000003-03', 'NCT00000002'],
        ['nonsense', 'NCT00000002'],
      ],
    });
    expect(linked).toEqual([
      {
        records: [0, 1],
        via: ['drks:DRKS00000001 = nct:NCT00000002'],
      },
    ]);
  });

  it('gives the same groups streamed through a TrialLinker', () => {
    const linker = new TrialLinker();
    for (const trial of examples) linker.add(trial);
    linker.add(record(drks('DRKS00000099')));
    expect(linker.count).toBe(4);
    expect(linker.groups()).toEqual([[0, 1, 2], [3]]);
    expect(linker.sizeOf(2)).toBe(3);
    expect(linker.groupOf(0)).toBe(linker.groupOf(2));
  });
});
