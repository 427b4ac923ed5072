// The CLI never crashes and never hangs on hostile input: every run ends with exit 0, 1 or 2
// and no "unexpected error". Trial formats get hostile text; statistics formats also get real
// files, mutated: changed JSON values, and flipped, cut or spliced bytes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trialReaders } from '../readers';
import { writeObservationsCsv } from '../stats/csv/write';
import { readJsonStat } from '../stats/jsonstat/read';
import { cli } from '../testing/cli';
import { changeArbitrary, mutate, places } from '../testing/mutate';

const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc
    .jsonValue({ maxDepth: 3 })
    .map((value) => `{"__proto__": ${JSON.stringify(value)}, "constructor": {"prototype": 1}}`),
  fc.string({ maxLength: 100 }).map((text) => `[${text}`),
  fc.constant('\uFEFF\u0000\uD800{"a": "\u202E"}'),
);

/** Every run ends well: a known exit code, and never an uncaught error or a stack trace. */
function expectWellEnded(result: { code: number; stderr: string }) {
  expect([0, 1, 2]).toContain(result.code);
  expect(result.stderr).not.toContain('unexpected error');
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe.each(Object.keys(trialReaders))('convert --from %s', (format) => {
  it('ends every run with exit 0, 1 or 2 and no unexpected error', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (input) => {
        const result = await cli(
          ['convert', '-', '--from', format, '--to', 'ndjson', '--quiet'],
          input,
        );
        expectWellEnded(result);
      }),
      { numRuns: 150 },
    );
  });
});

const fixtures = fileURLToPath(new URL('../../../../../shared/fixtures/stats/', import.meta.url));
const fixture = (path: string) => readFileSync(join(fixtures, path));
const canada = fixture('jsonstat/jsonstat-org-samples_canada.json');

/** Real files of each statistics format: small ones, so that many runs stay quick. */
const samples: Record<string, readonly Uint8Array[]> = {
  jsonstat: [
    canada,
    fixture('jsonstat/jsonstat-org-samples_oecd-canada-col.json'),
    fixture('jsonstat/jsonstat-org-samples_hierarchy.json'),
  ],
  'sdmx-json': [
    fixture('sdmx-json/ECB_EXR_ts.json'),
    fixture('sdmx-json/ECB_EXR_flat.json'),
    fixture('sdmx-json/v3_sdmx-json-2.0_exr-time-series.json'),
  ],
  'genesis-csv': [
    fixture('genesis-regionalstatistik/mmelchger_12411-01-01-4_Bevoelkerung_Kreise_2018.csv'),
  ],
  // A tidy CSV as the kit writes it, in both dialects, from a real file's observations.
  csv: (['de', 'en'] as const).map((dialect) =>
    Buffer.from(
      writeObservationsCsv(
        readJsonStat(canada.toString('utf8')).datasets.flatMap(
          (result) => result.value?.observations ?? [],
        ),
        { dialect },
      ),
    ),
  ),
};

/** A file's bytes changed: flipped here and there, cut short, or with a stretch spliced in. */
const byteMutation = (bytes: Uint8Array) =>
  fc.oneof(
    fc
      .array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 16,
      })
      .map((flips) => {
        const copy = Buffer.from(bytes);
        for (const [at, byte] of flips) copy[at] = byte;
        return copy;
      }),
    fc.nat(bytes.length).map((end) => Buffer.from(bytes.subarray(0, end))),
    fc
      .tuple(fc.nat(bytes.length), fc.uint8Array({ maxLength: 64 }))
      .map(([at, stretch]) => Buffer.concat([bytes.subarray(0, at), stretch, bytes.subarray(at)])),
  );

/** A JSON file with one value changed: replaced by a hostile one, removed, or cut short. */
const jsonMutation = (bytes: Uint8Array) => {
  const value: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
  return fc
    .tuple(fc.constantFrom(...places(value)), changeArbitrary(['dataset', 'collection', '2.0']))
    .map(([path, change]) => Buffer.from(JSON.stringify(mutate(value, path, change))));
};

const dir = mkdtempSync(join(tmpdir(), 'nrw-health-fuzz-'));

describe.each(Object.keys(samples))('convert --from %s, mutated real files', (format) => {
  const files = samples[format]!;
  const isJson = format === 'jsonstat' || format === 'sdmx-json';
  const input = fc
    .constantFrom(...files)
    .chain((bytes) =>
      isJson ? fc.oneof(jsonMutation(bytes), byteMutation(bytes)) : byteMutation(bytes),
    );

  it('ends every run with exit 0, 1 or 2 and no unexpected error', async () => {
    const file = join(dir, `input-${format}`);
    await fc.assert(
      fc.asyncProperty(
        input,
        fc.constantFrom('csv', 'jsonstat', 'ndjson'),
        fc.constantFrom('de', 'en'),
        async (bytes, to, locale) => {
          writeFileSync(file, bytes);
          const args = ['convert', file, '--from', format, '--to', to, '--locale', locale, '-q'];
          expectWellEnded(await cli(args));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('ends every inspect and every run on hostile text well', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        expectWellEnded(await cli(['convert', '-', '--from', format, '--to', 'csv', '-q'], text));
        writeFileSync(join(dir, 'hostile'), text);
        expectWellEnded(await cli(['inspect', join(dir, 'hostile'), '--from', format]));
      }),
      { numRuns: 80 },
    );
  });
});
