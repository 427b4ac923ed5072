// readGenesisCsv never throws and never hangs: fixture files with lines cut, cells replaced by
// odd text, bytes flipped, and arbitrary text or bytes all end in a result whose observations
// validate.
import { readFileSync } from 'node:fs';
import { validateObservation } from '@nrw-health/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGenesisCsv } from './read';

const dir = new URL(
  '../../../../../../shared/fixtures/stats/genesis-regionalstatistik/',
  import.meta.url,
);
const latin1 = (name: string) => new TextDecoder('latin1').decode(readFileSync(new URL(name, dir)));
// The population table whole, and the head and footer of the hospital table (to keep runs short).
const hospitals = latin1(
  'rhrzic_23111-01-04-4_Krankenhaeuser_Fachabteilungen_Kreise_2004-2017.csv',
).split('\n');
const texts = [
  latin1('mmelchger_12411-01-01-4_Bevoelkerung_Kreise_2018.csv'),
  [...hospitals.slice(0, 150), ...hospitals.slice(-60)].join('\n'),
  latin1('rhrzic_INKAR_AverageAge_Kreise.csv').split('\n').slice(0, 80).join('\n'),
];

const oddText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    ';',
    '"',
    '""',
    '\n',
    '__________',
    'DG',
    '05354',
    '05',
    '-',
    '.',
    'x',
    '...',
    '1.234,5p',
  ),
  fc.constantFrom('__proto__', 'constructor', 'x'.repeat(200_000), ';'.repeat(10_000)),
);

const edit = fc.record({
  kind: fc.constantFrom('replace-cell', 'delete-line', 'insert', 'cut'),
  line: fc.nat(),
  cell: fc.nat(30),
  text: oddText,
});

function mutate(
  text: string,
  edits: readonly { kind: string; line: number; cell: number; text: string }[],
) {
  let lines = text.split('\n');
  for (const change of edits) {
    const at = change.line % Math.max(lines.length, 1);
    if (change.kind === 'replace-cell') {
      const cells = (lines[at] ?? '').split(';');
      cells[change.cell % cells.length] = change.text;
      lines[at] = cells.join(';');
    } else if (change.kind === 'delete-line') lines.splice(at, 1);
    else if (change.kind === 'insert') lines.splice(at, 0, change.text);
    else lines = lines.slice(0, at);
  }
  return lines.join('\n');
}

function readSafely(input: string | Uint8Array) {
  const result = readGenesisCsv(input);
  expect(Array.isArray(result.issues)).toBe(true);
  // The reader's last-resort catch says only "Invalid input.": a bug, not bad data, got there.
  expect(result.issues.filter((i) => i.path.length === 0 && i.code === 'invalid_input')).toEqual(
    [],
  );
  for (const observation of result.value?.observations ?? []) {
    expect(validateObservation(observation).ok).toBe(true);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('readGenesisCsv under fuzzing', () => {
  it('reads mutated fixture tables without a throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (text, edits) => readSafely(mutate(text, edits)),
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('reads arbitrary text and bytes without a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.uint8Array({ maxLength: 400 })),
        (input) => {
          readSafely(input);
          readSafely(typeof input === 'string' ? `;;2023\n;;${input}\nDG;${input};1` : input);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
