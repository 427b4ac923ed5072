// pnpm bench: name lookups, 396 per run each, so that the ratios compare single lookups.
import { bench, describe } from 'vitest';
import { municipalities } from './municipality';
import { findMunicipality, findRegion } from './names';
import { regions } from './registry';

const count = municipalities.length;
const regionNames = Array.from({ length: count }, (_, index) => regions[index % regions.length]!);
const gemeindeNames = municipalities.map((municipality) => municipality.name);
// Misses try every variant in both indexes: the slowest path.
const unknownNames = gemeindeNames.map((name) => `${name}-Nord (Ort), Ortsteil`);

describe(`find ${count} names`, () => {
  bench('findRegion, registry names (the index of before)', () => {
    for (const region of regionNames) findRegion(region.name.de);
  });
  bench('findRegion, Gemeinde names', () => {
    for (const name of gemeindeNames) findRegion(name);
  });
  bench('findMunicipality, Gemeinde names, state NRW', () => {
    for (const name of gemeindeNames) findMunicipality(name, { state: 'NRW' });
  });
  bench('findRegion, unknown names', () => {
    for (const name of unknownNames) findRegion(name);
  });
});
