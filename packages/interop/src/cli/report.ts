// How convert and inspect report: issues as "file: place: path: message", counts of issue
// codes and of lost fields, for trials and statistics alike.
import type { ValidationIssue } from '@nrw-health/core';
import type { LostField } from '../shared/result';

export const place = (file: string, index: number, id?: string) =>
  `${file}: record ${index + 1}${id ? ` (${id})` : ''}`;

export const pathText = (issue: Pick<ValidationIssue, 'path'>) =>
  issue.path.length > 0 ? issue.path.join('.') : '(record)';

/** Adds one to the count of each lost field's pattern. */
export function countLost(counts: Map<string, number>, lost: readonly LostField[]): void {
  for (const field of lost) {
    counts.set(field.pattern, (counts.get(field.pattern) ?? 0) + 1);
  }
}

/** Adds one to the count of each issue's code. */
export function countCodes(
  counts: Map<string, number>,
  issues: readonly Pick<ValidationIssue, 'code'>[],
): void {
  for (const issue of issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
}

/** The most frequent lost fields listed. */
const topLost = 20;

/** Inspect's closing lines: issue codes with counts, and the most frequent lost fields. */
export function summaryLines(
  codes: ReadonlyMap<string, number>,
  lost: ReadonlyMap<string, number>,
): string[] {
  const lines: string[] = [];
  if (codes.size > 0) {
    lines.push(`  issues: ${[...codes].map(([code, count]) => `${code} ${count}`).join(', ')}`);
  }
  if (lost.size > 0) {
    lines.push(`  fields with no place in the model (${lost.size}):`);
    for (const [path, count] of [...lost].sort((a, b) => b[1] - a[1]).slice(0, topLost)) {
      lines.push(`    ${path} (${count}×)`);
    }
    if (lost.size > topLost) lines.push(`    … and ${lost.size - topLost} more`);
  }
  return lines;
}
