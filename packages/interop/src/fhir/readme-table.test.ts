// The README's status table is the exported mapping, not a copy that can drift.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { statusToFhir } from './codes';

it('README lists every harmonised status with its FHIR code', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('| harmonised status'));
  const documented: Record<string, string> = {};
  for (const line of table.split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    const [codes, fhir] = line
      .split('|')
      .slice(1, 3)
      .map((cell) => cell.trim());
    for (const code of codes!.split(',')) documented[code.trim()] = fhir!;
  }
  expect(documented).toEqual({ ...statusToFhir });
});
