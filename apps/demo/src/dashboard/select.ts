import {
  type IndicatorDefinition,
  type IndicatorGroup,
  indicatorGroups,
  type Observation,
} from '@nrw-health/core';

/** One indicator with its observations, as the dashboard shows it. */
export interface IndicatorData {
  readonly definition: IndicatorDefinition;
  readonly observations: readonly Observation[];
}

/** An indicator group of seed 002 with the indicators that have figures. */
export interface DashboardGroup {
  readonly group: IndicatorGroup;
  /** Indicators with one figure: a key-figure tile each. */
  readonly tiles: readonly IndicatorData[];
  /** Indicators with several figures (regions, periods or breakdowns): a chart each. */
  readonly charts: readonly IndicatorData[];
}

/**
 * The dashboard's groups in the seed's order, each with the indicators that have at least one
 * observation; groups without any are left out (the catalogue still lists them on the data
 * page). Indicators keep the catalogue's order. Observations of unknown indicators are ignored
 * here: the data package's tests guarantee there are none.
 */
export function dashboardGroups(
  definitions: readonly IndicatorDefinition[],
  observations: readonly Observation[],
): DashboardGroup[] {
  const byIndicator = new Map<string, Observation[]>();
  for (const observation of observations) {
    const list = byIndicator.get(observation.indicator) ?? [];
    list.push(observation);
    byIndicator.set(observation.indicator, list);
  }
  return indicatorGroups.codes.flatMap((group) => {
    const withData = definitions
      .filter((definition) => definition.group === group && byIndicator.has(definition.id))
      .map((definition) => ({ definition, observations: byIndicator.get(definition.id)! }));
    if (withData.length === 0) return [];
    return [
      {
        group,
        tiles: withData.filter((indicator) => indicator.observations.length === 1),
        charts: withData.filter((indicator) => indicator.observations.length > 1),
      },
    ];
  });
}
