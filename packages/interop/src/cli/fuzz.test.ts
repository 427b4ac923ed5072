// The CLI never crashes and never hangs on hostile input: every run ends with exit 0, 1 or 2
// and no "unexpected error".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trialReaders } from '../readers';
import { cli } from '../testing/cli';

const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc
    .jsonValue({ maxDepth: 3 })
    .map((value) => `{"__proto__": ${JSON.stringify(value)}, "constructor": {"prototype": 1}}`),
  fc.string({ maxLength: 100 }).map((text) => `[${text}`),
  fc.constant('\uFEFF\u0000\uD800{"a": "\u202E"}'),
);

describe.each(Object.keys(trialReaders))('convert --from %s', (format) => {
  it('ends every run with exit 0, 1 or 2 and no unexpected error', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (input) => {
        const result = await cli(
          ['convert', '-', '--from', format, '--to', 'ndjson', '--quiet'],
          input,
        );
        expect([0, 1, 2]).toContain(result.code);
        expect(result.stderr).not.toContain('unexpected error');
      }),
      { numRuns: 150 },
    );
  });
});
