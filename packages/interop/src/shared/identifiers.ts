import type { TrialIdentifier, TrialIdentifierScheme } from '@nrw-health/core';

/** The model's registry of each trial identifier scheme that core detects. */
export const registryOfScheme: Readonly<
  Record<TrialIdentifierScheme, Exclude<TrialIdentifier['registry'], 'sponsor' | 'other'>>
> = {
  nct: 'ctgov',
  drks: 'drks',
  euct: 'ctis',
  eudract: 'euctr',
  isrctn: 'isrctn',
  utn: 'who-utn',
};
