export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  /** The `id` of the sorted column. */
  readonly column: string;
  readonly direction: SortDirection;
}

/** What a cell holds: shown formatted for the locale, and sorted by. */
export type CellValue = string | number | Date | null | undefined;

/** Missing: no value, an empty text, NaN or an invalid date. */
export function isMissing(value: CellValue): value is null | undefined {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number') return Number.isNaN(value);
  return Number.isNaN(value.getTime());
}

const rank = (value: string | number | Date) =>
  typeof value === 'number' ? 0 : value instanceof Date ? 1 : 2;

function compareValues(
  a: string | number | Date,
  b: string | number | Date,
  compareText: (a: string, b: string) => number,
): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'string' && typeof b === 'string') return compareText(a, b);
  return rank(a) - rank(b);
}

/**
 * The rows in the order of `direction` by `keyOf`. Rows with a missing value go last in both
 * directions (a missing value is not a zero); equal rows keep their order.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  keyOf: (row: Row) => CellValue,
  direction: SortDirection,
  compareText: (a: string, b: string) => number,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  // Each value is read once, not once per comparison: 10,000 rows take ~130,000 comparisons.
  const keyed = rows.map((row, index) => ({ row, index, value: keyOf(row) }));
  keyed.sort((left, right) => {
    const leftMissing = isMissing(left.value);
    const rightMissing = isMissing(right.value);
    if (leftMissing || rightMissing) {
      return leftMissing === rightMissing ? left.index - right.index : leftMissing ? 1 : -1;
    }
    const order = compareValues(left.value!, right.value!, compareText);
    return order === 0 ? left.index - right.index : sign * order;
  });
  return keyed.map(({ row }) => row);
}

/** The sort after activating a column's header: ascending first, then back and forth. */
export function nextSort(current: SortState | null, column: string): SortState {
  if (current?.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
