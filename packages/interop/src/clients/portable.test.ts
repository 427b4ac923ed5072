// The clients run in browsers and edge runtimes too: no Node module, no `process`, no `Buffer`
// in their sources (the test helpers under testing/ are Node's).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('./', import.meta.url);
const sources = readdirSync(dir).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
);

describe('the clients', () => {
  it('are these modules', () => {
    expect(sources.sort()).toEqual([
      'clock.ts',
      'ctgov.ts',
      'errors.ts',
      'fhir.ts',
      'http.ts',
      'index.ts',
      'nrw.ts',
      'rate-limit.ts',
      'search.ts',
    ]);
  });

  it.each(sources)('%s uses nothing Node-only', (file) => {
    const code = readFileSync(new URL(file, dir), 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '');
    expect(code).not.toMatch(/from '(node:|fs|path|http|https|net|stream|util)['/]/);
    expect(code).not.toMatch(/\b(process|Buffer|require)\b[.(]/);
  });
});
