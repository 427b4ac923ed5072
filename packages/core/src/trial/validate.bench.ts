// pnpm bench: the same 10,000 trials validated by zod and by ajv on the exported JSON Schema.
import Ajv2020 from 'ajv/dist/2020.js';
import { bench, describe } from 'vitest';
import * as z from 'zod/mini';
import { toJsonSchema } from '../json-schema/generate';
import { Trial } from './schema';
import { fullTrial, minimalTrial } from './trial.examples';
import { validateTrial } from './validate';

/** 10,000 distinct valid trials: half full records with two sites, half minimal. */
function makeTrials(count: number): unknown[] {
  return Array.from({ length: count }, (_, index) => {
    const number = String(index).padStart(8, '0');
    const base = index % 2 === 0 ? fullTrial : minimalTrial;
    return {
      ...structuredClone(base),
      identifiers: {
        ...structuredClone(base.identifiers),
        primary: { registry: 'ctgov', id: `NCT${number}` },
      },
      title: { public: { en: `Example trial ${index}` } },
    };
  });
}

const trials = makeTrials(10_000);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const ajvValidate = ajv.compile(toJsonSchema('trial'));

for (const trial of trials) {
  if (!ajvValidate(trial) || !Trial.safeParse(trial).success)
    throw new Error('bench data must be valid');
}

describe('validate the same 10,000 trials', () => {
  bench('ajv, exported JSON Schema', () => {
    for (const trial of trials) ajvValidate(trial);
  });
  bench('validateTrial in Node (zod compiled, plus cross-field rules)', () => {
    for (const trial of trials) validateTrial(trial);
  });
  const compiled = z.compile(Trial);
  bench('zod compiled (structure only)', () => {
    for (const trial of trials) z.safeParse(compiled, trial);
  });
  bench('zod interpreted, as in browsers (structure only)', () => {
    for (const trial of trials) z.safeParse(Trial, trial);
  });
});
