import { municipalities } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { isMissing, nextSort, sortRows } from './sort';

const german = new Intl.Collator('de', { numeric: true, sensitivity: 'base' }).compare;

describe('sortRows', () => {
  it('sorts text the way the locale does', () => {
    const names = sortRows(municipalities, (row) => row.name, 'ascending', german).map(
      (row) => row.name,
    );
    expect(names).toHaveLength(municipalities.length);
    expect(names.indexOf('Ahaus')).toBeLessThan(names.indexOf('Übach-Palenberg'));
    // Ü sorts with U in German, not after Z as code points would put it.
    expect(names.indexOf('Übach-Palenberg')).toBeLessThan(names.indexOf('Wuppertal'));
    const descending = sortRows(municipalities, (row) => row.name, 'descending', german);
    expect(descending.map((row) => row.name)).toEqual([...names].reverse());
  });

  it('puts missing values last in both directions and keeps equal rows in order', () => {
    const rows = [
      { id: 'a', value: 3 },
      { id: 'b', value: null },
      { id: 'c', value: 0 },
      { id: 'd', value: Number.NaN },
      { id: 'e', value: 3 },
      { id: 'f', value: undefined },
    ];
    const ids = (direction: 'ascending' | 'descending') =>
      sortRows(rows, (row) => row.value, direction, german).map((row) => row.id);
    expect(ids('ascending')).toEqual(['c', 'a', 'e', 'b', 'd', 'f']);
    expect(ids('descending')).toEqual(['a', 'e', 'c', 'b', 'd', 'f']);
  });

  it('sorts dates by time and does not change its input', () => {
    const rows = [new Date('2024-05-01'), new Date('2023-01-01'), new Date('invalid')];
    const copy = [...rows];
    expect(sortRows(rows, (row) => row, 'ascending', german)).toEqual([rows[1], rows[0], rows[2]]);
    expect(rows).toEqual(copy);
  });
});

describe('isMissing', () => {
  it('knows what is no value, and that 0 is one', () => {
    for (const value of [null, undefined, '', '  ', Number.NaN, new Date('x')])
      expect(isMissing(value)).toBe(true);
    for (const value of [0, 'x', new Date(0)]) expect(isMissing(value)).toBe(false);
  });
});

describe('nextSort', () => {
  it('starts ascending and then toggles', () => {
    expect(nextSort(null, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name').direction).toBe(
      'descending',
    );
    expect(nextSort({ column: 'name', direction: 'descending' }, 'name').direction).toBe(
      'ascending',
    );
    expect(nextSort({ column: 'name', direction: 'descending' }, 'ags')).toEqual({
      column: 'ags',
      direction: 'ascending',
    });
  });
});
