// Trials for the tests: core's synthetic examples ("Beispiel", never real), checked by core's
// validator so the widgets are tested with records the model accepts.
import { type Trial, validateTrial } from '@nrw-health/core';
import {
  exampleFullTrial as fullTrial,
  exampleMinimalTrial as minimalTrial,
} from '@nrw-health/core/examples';

function valid(record: unknown): Trial {
  const result = validateTrial(record);
  if (!result.ok) throw new Error(`not a valid Trial: ${JSON.stringify(result.issues)}`);
  return result.value;
}

export const minimal = valid(minimalTrial);
export const full = valid(fullTrial);

/** The full trial with optional parts missing or empty: no phase, dates, sites or contacts. */
export const sparse = valid({
  ...fullTrial,
  phase: undefined,
  dates: { lastUpdated: '2024-11' },
  sites: [],
  contacts: undefined,
  eligibility: { minimumAge: { value: 6, unit: 'months' } },
  url: undefined,
});
