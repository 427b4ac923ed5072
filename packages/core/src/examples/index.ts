// Synthetic example records for documentation, stories and tests: obviously made up ("Beispiel",
// example.org), never facts about a real trial, organisation or region. Each is a valid record of
// the model as it comes out of the validators; `examples.test.ts` checks that.

import { fullActor, minimalActor, validActors } from '../actor/actor.examples';
import type { Actor } from '../actor/schema';
import { validIndicatorDefinitions, validObservations } from '../indicator/indicator.examples';
import type { IndicatorDefinition, Observation } from '../indicator/schema';
import type { Trial } from '../trial/schema';
import { fullTrial, minimalTrial, validTrials } from '../trial/trial.examples';

/** A trial with only the required fields. */
export const exampleMinimalTrial = minimalTrial as Trial;
/** A trial that uses every field of the model, the 24 WHO TRDS items included. */
export const exampleFullTrial = fullTrial as Trial;
/** Several valid trials, from different registries and in different states. */
export const exampleTrials = validTrials as readonly Trial[];

/** An actor with only the required fields. */
export const exampleMinimalActor = minimalActor as Actor;
/** An actor that uses every field of the model, a study-centre profile included. */
export const exampleFullActor = fullActor as Actor;
/** Several valid actors of different kinds. */
export const exampleActors = validActors as readonly Actor[];

/** Valid indicator definitions; the third uses every field. */
export const exampleIndicatorDefinitions =
  validIndicatorDefinitions as readonly IndicatorDefinition[];
/** Valid observations of the example indicators, with status flags and breakdowns. */
export const exampleObservations = validObservations as readonly Observation[];
