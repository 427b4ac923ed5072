// DATA.md stays true: its counts table is checked against the data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  actors,
  flagshipProjects,
  glossary,
  indicatorDefinitions,
  observations,
  partnerClusters,
} from './index';

const dataMd = readFileSync(new URL('../DATA.md', import.meta.url), 'utf8');

/** The count in the table row that starts with `label`. */
function counted(label: string): number {
  const cells = dataMd
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .find((row) => row[0] === '' && row[1] === label);
  return Number(cells?.at(-2));
}

describe('DATA.md', () => {
  it.each([
    ['indicator definitions', indicatorDefinitions.length],
    [
      'of which planned (in the IH.R catalogue, no figure yet)',
      indicatorDefinitions.filter((definition) => definition.status === 'planned').length,
    ],
    ['observations', observations.length],
    ['actors', actors.length],
    ['international partner clusters', partnerClusters.length],
    ['glossary terms', glossary.length],
    ['flagship projects', flagshipProjects.length],
  ])('counts %s right', (label, count) => {
    expect(counted(label)).toBe(count);
  });

  it('counts actors by kind right', () => {
    const kinds = new Map<string, number>();
    for (const actor of actors) kinds.set(actor.kind, (kinds.get(actor.kind) ?? 0) + 1);
    expect(dataMd).toContain(
      `${kinds.get('company')} companies, ${kinds.get('start-up')} start-ups`,
    );
    expect(dataMd).toContain(`${kinds.get('research-institute')} research institutes`);
  });
});
