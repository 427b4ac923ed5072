import { describe, expect, it } from 'vitest';
import { validateActor } from '../actor/validate';
import { validateIndicatorDefinition, validateObservation } from '../indicator/validate';
import { validateTrial } from '../trial/validate';
import * as examples from './index';

// The exports are typed as the model's output types; this holds only if the validators accept each
// record and return it unchanged (no defaults filled in, nothing stripped).
function expectValidAsIs(validate: (record: unknown) => unknown, records: readonly unknown[]) {
  expect(records.length).toBeGreaterThan(0);
  for (const record of records) {
    expect(validate(record)).toEqual({ ok: true, value: record });
  }
}

describe('@nrw-health/core/examples', () => {
  it('holds trials the validator accepts unchanged', () => {
    expectValidAsIs(validateTrial, [
      examples.exampleMinimalTrial,
      examples.exampleFullTrial,
      ...examples.exampleTrials,
    ]);
  });

  it('holds actors the validator accepts unchanged', () => {
    expectValidAsIs(validateActor, [
      examples.exampleMinimalActor,
      examples.exampleFullActor,
      ...examples.exampleActors,
    ]);
  });

  it('holds indicator definitions and observations the validators accept unchanged', () => {
    expectValidAsIs(validateIndicatorDefinition, examples.exampleIndicatorDefinitions);
    expectValidAsIs(validateObservation, examples.exampleObservations);
  });

  it('is synthetic: every trial and actor says so in its name or source', () => {
    for (const record of [...examples.exampleTrials, ...examples.exampleActors]) {
      expect(JSON.stringify(record)).toMatch(/Beispiel|Example|example/);
    }
  });
});
