/** How precise a partial date is: `2024` → year, `2024-05` → month, `2024-05-17` → day. */
export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(date: string): DatePrecision {
  return date.length <= 4 ? 'year' : date.length <= 7 ? 'month' : 'day';
}

/**
 * Compares two partial dates at the precision they share: `2024` and `2024-05-17` are equal,
 * `2024-04` is before `2024-05-17`. Returns -1, 0 or 1. Times after a `T` are ignored.
 */
export function comparePartialDates(a: string, b: string): -1 | 0 | 1 {
  const dateA = a.slice(0, 10);
  const dateB = b.slice(0, 10);
  const length = Math.min(dateA.length, dateB.length);
  const left = dateA.slice(0, length);
  const right = dateB.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}
