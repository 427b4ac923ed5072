import type { IndicatorDefinition, Observation } from '../indicator/schema';
import { validateIndicatorDefinition, validateObservation } from '../indicator/validate';
import { type AggregateOptions, type AggregateResult, aggregateRegionWith } from './aggregate';

const fullChecks = { definition: validateIndicatorDefinition, observation: validateObservation };

/**
 * Computes an aggregate region (by default the RVR from its 15 districts) from the members'
 * observations: one observation per period and breakdown combination found among them.
 * Observations of other indicators or regions are ignored. Returns issues instead of throwing:
 * `not_aggregatable` for index, rank and mean and for rates and shares without numerator and
 * denominator; validation issues for a bad definition or observation; `duplicate` when a member
 * has two observations for the same period and breakdowns.
 */
export function aggregateRegion(
  definition: IndicatorDefinition,
  observations: readonly Observation[],
  options: AggregateOptions = {},
): AggregateResult {
  return aggregateRegionWith(fullChecks, definition, observations, options);
}
