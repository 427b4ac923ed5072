import type { Observation } from '@nrw-health/core';
import { IssueLog, type LostField, type ReadIssue } from '../../shared/result';
import type { Category, DatasetResult, Dimension, DimensionRole } from '../dataset';
import { datasetInfoFromCsvw } from './csvw';
import { regionLabel } from './names';
import type { CsvRowResult } from './row';

/**
 * What makes an observation one cell of the table: everything but its value and notes. The
 * source counts too: two figures for the same cell from different documents are both kept.
 */
function keyOf(observation: Observation): string {
  const { sex, ageGroup, sector, dimensions } = observation.breakdowns ?? {};
  const extra = dimensions ? Object.entries(dimensions).sort(([a], [b]) => (a < b ? -1 : 1)) : [];
  return JSON.stringify([
    observation.indicator,
    observation.region,
    observation.period,
    sex,
    ageGroup,
    sector,
    extra,
    observation.source,
  ]);
}

type Axis = readonly [
  id: string,
  role: DimensionRole | undefined,
  code: (o: Observation) => unknown,
];

const axes: readonly Axis[] = [
  ['indicator', 'metric', (o) => o.indicator],
  ['region', 'geo', (o) => o.region],
  ['period', 'time', (o) => o.period],
  ['sex', undefined, (o) => o.breakdowns?.sex],
  ['age_group', undefined, (o) => o.breakdowns?.ageGroup],
  ['sector', undefined, (o) => o.breakdowns?.sector],
];

/** The dimensions the observations span, categories in the order they first appear. */
function dimensionsOf(observations: readonly Observation[]): Dimension[] {
  const extra = new Set<string>();
  for (const o of observations) {
    for (const id of Object.keys(o.breakdowns?.dimensions ?? {})) extra.add(id);
  }
  const all: Axis[] = [
    ...axes,
    ...[...extra].map((id): Axis => [id, undefined, (o) => o.breakdowns?.dimensions?.[id]]),
  ];
  const dimensions: Dimension[] = [];
  for (const [id, role, code] of all) {
    const seen = new Set<string>();
    for (const o of observations) {
      const value = code(o);
      if (typeof value === 'string') seen.add(value);
    }
    if (seen.size === 0) continue;
    const categories = [...seen].map((category): Category => {
      if (role !== 'geo') return { id: category };
      const de = regionLabel(category, 'de');
      const en = regionLabel(category, 'en');
      return de && en ? { id: category, label: { de, en } } : { id: category };
    });
    dimensions.push(role ? { id, role, categories } : { id, categories });
  }
  return dimensions;
}

/**
 * Gathers row results into a dataset: the sound observations, every lost cell and issue, and
 * an issue for each row that repeats an observation of an earlier row (which is left out).
 */
export function collectDataset(metadata: unknown, locale: 'de' | 'en' | undefined) {
  const observations: Observation[] = [];
  const lost: LostField[] = [];
  const issues: ReadIssue[] = [];
  const rowOfKey = new Map<string, number>();
  const log = new IssueLog({ locale });
  let unreadable = false;

  return {
    add(result: CsvRowResult): void {
      for (const field of result.lost) lost.push(field);
      for (const issue of result.issues) {
        issues.push(issue);
        if (issue.path.length === 0) unreadable = true;
      }
      const observation = result.value;
      if (!observation) return;
      const key = keyOf(observation);
      const first = rowOfKey.get(key);
      if (first === undefined) {
        rowOfKey.set(key, result.row);
        observations.push(observation);
        return;
      }
      const { indicator, region, period } = observation;
      log.source([result.row], 'duplicate', { value: `${indicator} ${region} ${period}` });
      issues.push(...log.issues.splice(0));
    },

    finish(): DatasetResult {
      if (unreadable && observations.length === 0) return { value: undefined, lost, issues };
      return {
        value: {
          ...datasetInfoFromCsvw(metadata),
          dimensions: dimensionsOf(observations),
          definitions: [],
          observations,
        },
        lost,
        issues,
      };
    },
  };
}
