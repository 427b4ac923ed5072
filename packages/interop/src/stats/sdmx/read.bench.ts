// pnpm bench: SDMX-JSON → Dataset, as a ratio to bare JSON.parse of the same text.
import { readdirSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { readSdmxJson } from './read';

const fixtures = new URL('../../../../../../shared/fixtures/stats/sdmx-json/', import.meta.url);
const texts = readdirSync(fixtures)
  .filter((name) => name.endsWith('.json'))
  .map((name) => readFileSync(new URL(name, fixtures), 'utf8'));

describe(`SDMX-JSON → Dataset (${texts.length} ECB EXR messages)`, () => {
  bench('JSON.parse alone', () => {
    for (const text of texts) JSON.parse(text);
  });
  bench('JSON.parse, then readSdmxJson with validated observations', () => {
    for (const text of texts) readSdmxJson(JSON.parse(text), { region: 'DE' });
  });
});
