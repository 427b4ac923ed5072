import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonValues } from './json-values';

async function collect(text: string, cuts: number[] = [], options?: { unpackArrays?: boolean }) {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of points) {
    pieces.push(text.slice(from, point));
    from = point;
  }
  pieces.push(text.slice(from));
  async function* chunks() {
    yield* pieces;
  }
  const out = [];
  for await (const result of jsonValues(chunks(), options)) out.push(result);
  return out;
}

const values = (results: Awaited<ReturnType<typeof collect>>) =>
  results.map((result) => (result.ok ? result.value : { error: result.error }));

describe('jsonValues', () => {
  it('splits NDJSON, concatenated JSON and a top-level array the same way', async () => {
    const items = [{ a: 1 }, [1, 2], 'x', 3.5, null, true, { b: '}' }];
    expect(values(await collect(items.map((item) => JSON.stringify(item)).join('\n')))).toEqual(
      items,
    );
    expect(values(await collect(JSON.stringify(items)))).toEqual(items);
    expect(values(await collect(`\uFEFF${JSON.stringify(items)}`))).toEqual(items);
    expect(values(await collect('{"a":1}{"b":2}'))).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('keeps a top-level array whole when asked', async () => {
    expect(values(await collect('[1,[2]]', [], { unpackArrays: false }))).toEqual([[1, [2]]]);
  });

  it('gives the same values whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        async (items, cuts, asArray) => {
          // NDJSON starts with a record here: a stream that starts with an array is unpacked.
          const lines = asArray ? items : [{ first: true }, ...items];
          const text = asArray
            ? JSON.stringify(items)
            : lines.map((item) => JSON.stringify(item)).join('\n');
          const expected = JSON.parse(JSON.stringify(lines));
          expect(values(await collect(text, cuts))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports malformed values and goes on, never throws', async () => {
    const results = await collect('{"a":1}\n{"b":\n{"c":3}');
    expect(results[0]).toMatchObject({ ok: true, value: { a: 1 } });
    expect(results.some((result) => !result.ok)).toBe(true);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        async (text, cuts) => {
          await collect(text, cuts);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reports a truncated document at its end', async () => {
    const results = await collect('[{"a":1},{"b":');
    expect(results[0]).toMatchObject({ ok: true, value: { a: 1 } });
    expect(results.at(-1)).toMatchObject({ ok: false });
  });
});
