import { indicatorGroups } from '@nrw-health/core';
import { exampleIndicatorDefinitions, exampleObservations } from '@nrw-health/core/examples';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { describe, expect, it } from 'vitest';
import { dashboardGroups } from './select';

describe('dashboardGroups on the reference data', () => {
  const groups = dashboardGroups(indicatorDefinitions, observations);
  const shown = groups.flatMap((group) => [...group.tiles, ...group.charts]);

  it('keeps the seed’s order of groups and leaves out groups without figures', () => {
    const withData = indicatorGroups.codes.filter((code) =>
      indicatorDefinitions.some(
        (d) => d.group === code && observations.some((o) => o.indicator === d.id),
      ),
    );
    expect(groups.map((group) => group.group)).toEqual(withData);
  });

  it('shows every indicator with figures exactly once, and no planned one', () => {
    const withFigures = new Set(observations.map((o) => o.indicator));
    expect(shown.map((i) => i.definition.id).sort()).toEqual([...withFigures].sort());
    expect(new Set(shown.map((i) => i.definition.id)).size).toBe(shown.length);
  });

  it('gives each indicator all its observations: one makes a tile, more a chart', () => {
    for (const indicator of shown)
      expect(indicator.observations).toEqual(
        observations.filter((o) => o.indicator === indicator.definition.id),
      );
    for (const group of groups) {
      for (const tile of group.tiles) expect(tile.observations).toHaveLength(1);
      for (const chart of group.charts) expect(chart.observations.length).toBeGreaterThan(1);
      for (const item of [...group.tiles, ...group.charts])
        expect(item.definition.group).toBe(group.group);
    }
  });
});

describe('dashboardGroups on other input', () => {
  it('returns nothing for no data', () => {
    expect(dashboardGroups([], [])).toEqual([]);
    expect(dashboardGroups(exampleIndicatorDefinitions, [])).toEqual([]);
  });

  it('ignores observations of indicators the catalogue does not define', () => {
    const stray = { ...exampleObservations[0]!, indicator: 'not-in-the-catalogue' };
    const groups = dashboardGroups(exampleIndicatorDefinitions, [stray]);
    expect(groups).toEqual([]);
  });

  it('works on the synthetic examples too', () => {
    const groups = dashboardGroups(exampleIndicatorDefinitions, exampleObservations);
    const count = groups.reduce((n, g) => n + g.tiles.length + g.charts.length, 0);
    const defined = exampleIndicatorDefinitions.filter(
      (d) => d.group && exampleObservations.some((o) => o.indicator === d.id),
    );
    expect(count).toBe(defined.length);
  });
});
