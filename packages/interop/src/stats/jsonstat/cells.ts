import {
  type IssueCode,
  type IssuePath,
  type LocalizedText,
  type Observation,
  type ObservationStatus,
  valuelessStatuses,
} from '@nrw-health/core';
import type { IssueLog, LostField } from '../../shared/result';
import type { Dimension } from '../dataset';
import type { Axis } from './axes';
import type { FlagMeanings } from './flags';
import { dotPath, patternOf } from './json';
import { logReason, reasons } from './reasons';

type ObservationBreakdowns = NonNullable<Observation['breakdowns']>;

/** The `value` of a dataset: dense (an array in cube order) or sparse (keyed by cell number). */
export type Values =
  | { readonly kind: 'dense'; readonly cells: readonly unknown[] }
  | { readonly kind: 'sparse'; readonly cells: Readonly<Record<string, unknown>> };

/** The `status` of a dataset, however the source wrote it. */
export type Flags =
  | { readonly kind: 'none' }
  /** One flag for every value: a string, or an array of one. */
  | { readonly kind: 'all'; readonly flag: unknown }
  /** A flag per cell, `path` being where the array stands (`status`, `status.value`). */
  | { readonly kind: 'dense'; readonly cells: readonly unknown[]; readonly path: IssuePath }
  /** Flags by cell number (an object keyed by cell number): the numbers in order, and the flags. */
  | {
      readonly kind: 'sparse';
      readonly cells: Float64Array;
      readonly flags: readonly unknown[];
    };

export interface Cube {
  readonly sizes: readonly number[];
  readonly total: number;
  readonly axes: readonly Axis[];
  /** The categories of each dimension, for issues about them. */
  readonly dimensions: readonly Dimension[];
  readonly categoryPaths: readonly (readonly IssuePath[])[];
  /** The indicator of every cell when no dimension gives it. */
  readonly indicator: string | undefined;
  readonly source: Observation['source'];
  readonly flags: FlagMeanings;
  /** Where the dataset stands in the document. */
  readonly at: IssuePath;
}

/** A problem of many cells, reported once with the first cell it was found at. */
interface Tally {
  readonly path: IssuePath;
  readonly code: IssueCode;
  readonly params: Record<string, unknown>;
}

/**
 * Turns the cells of a cube into observations. A cell with a value or a flag becomes one
 * observation unless a coordinate has no code in the model: then the cell goes to `lost`, and
 * each category that had no code is reported once, with the number of its cells.
 */
export function readCells(
  cube: Cube,
  values: Values,
  flags: Flags,
  log: IssueLog,
): { observations: Observation[]; lost: LostField[] } {
  const { sizes, axes, at } = cube;
  const dimensions = sizes.length;
  const observations: Observation[] = [];
  const lost: LostField[] = [];
  const tallies = new Map<string, Tally>();
  const tally = (
    key: string,
    path: IssuePath,
    code: IssueCode,
    params: Record<string, unknown>,
  ) => {
    if (!tallies.has(key)) tallies.set(key, { path, code, params });
  };

  const valuePath = [...at, 'value'];
  const valueBase = dotPath(valuePath);
  const valuePattern = `${patternOf(valuePath)}${values.kind === 'dense' ? '[*]' : '.*'}`;
  const flagPath =
    flags.kind === 'dense'
      ? [...at, ...flags.path]
      : flags.kind === 'sparse'
        ? [...at, 'status']
        : [];
  const flagBase = dotPath(flagPath);
  const flagPattern = `${patternOf(flagPath)}${flags.kind === 'dense' ? '[*]' : '.*'}`;
  const cellKey = (cell: number, dense: boolean) => (dense ? `[${cell}]` : `.${cell}`);

  /** Puts a cell's value and flag into `lost`. */
  const lose = (cell: number, value: unknown, flag: unknown) => {
    if (value !== null && value !== undefined) {
      lost.push({
        path: valueBase + cellKey(cell, values.kind === 'dense'),
        pattern: valuePattern,
        value,
      });
    }
    if (
      flag !== null &&
      flag !== undefined &&
      (flags.kind === 'dense' || flags.kind === 'sparse')
    ) {
      lost.push({
        path: flagBase + cellKey(cell, flags.kind === 'dense'),
        pattern: flagPattern,
        value: flag,
      });
    }
  };

  // Where each field comes from: the dimension index, and the code of each of its categories.
  const find = (field: Axis['field']) => axes.findIndex((axis) => axis.field === field);
  const regionAt = find('region');
  const periodAt = find('period');
  const indicatorAt = find('indicator');
  const regionCodes = regionAt < 0 ? [] : axes[regionAt]!.codes;
  const periodCodes = periodAt < 0 ? [] : axes[periodAt]!.codes;
  const indicatorCodes = indicatorAt < 0 ? [] : axes[indicatorAt]!.codes;
  const breakdownAt = axes.flatMap((axis, index) =>
    axis.field === 'sex' || axis.field === 'ageGroup' || axis.field === 'breakdown' ? [index] : [],
  );
  // Cells of one combination of breakdown categories share one frozen Breakdowns object.
  const breakdownStrides = breakdownAt.map((_, k) =>
    breakdownAt.slice(k + 1).reduce((product, d) => product * sizes[d]!, 1),
  );
  const breakdownCache = new Map<number, ObservationBreakdowns | null>();
  const misses = axes.map((axis) => new Float64Array(axis.codes.length));
  let missingRegion = 0;
  let missingPeriod = 0;
  let missingIndicator = 0;
  let flagUsed = false;
  let outsideCells = 0;

  const breakdownsAt = (coords: Int32Array): ObservationBreakdowns | null => {
    let key = 0;
    for (let k = 0; k < breakdownAt.length; k++)
      key += coords[breakdownAt[k]!]! * breakdownStrides[k]!;
    let found = breakdownCache.get(key);
    if (found === undefined) {
      found = buildBreakdowns(coords);
      breakdownCache.set(key, found);
    }
    return found;
  };

  const buildBreakdowns = (coords: Int32Array): ObservationBreakdowns | null => {
    const built: { sex?: string; ageGroup?: string; dimensions?: Record<string, string> } = {};
    const others: [string, string][] = [];
    for (const d of breakdownAt) {
      const axis = axes[d]!;
      const code = axis.codes[coords[d]!];
      if (code === undefined) return null;
      if (axis.field === 'sex') built.sex = code;
      else if (axis.field === 'ageGroup') built.ageGroup = code;
      else others.push([axis.key, code]);
    }
    // fromEntries defines keys: a dimension named `__proto__` stays a key.
    if (others.length > 0) built.dimensions = Object.freeze(Object.fromEntries(others));
    return Object.freeze(built) as ObservationBreakdowns;
  };

  const cell = (index: number, raw: unknown, rawFlag: unknown, coords: Int32Array) => {
    let value: number | null;
    if (typeof raw === 'number') value = raw;
    else if (raw === null || raw === undefined) value = null;
    else {
      tally('value-type', [...valuePath, index], 'invalid_type', { expected: 'number' });
      lose(index, raw, rawFlag);
      return;
    }
    let flag: string | undefined;
    let keptFlag = rawFlag;
    if (typeof rawFlag === 'string') {
      if (rawFlag.trim() !== '') flag = rawFlag;
    } else if (rawFlag !== null && rawFlag !== undefined) {
      tally('flag-type', [...flagPath, index], 'invalid_type', { expected: 'string' });
      lose(index, undefined, rawFlag);
      keptFlag = undefined;
    }
    if (value === null && flag === undefined) return;

    let mapped = true;
    let region: string | undefined;
    if (regionAt < 0) missingRegion++;
    else region = regionCodes[coords[regionAt]!];
    let period: string | undefined;
    if (periodAt < 0) missingPeriod++;
    else period = periodCodes[coords[periodAt]!];
    const indicator = indicatorAt < 0 ? cube.indicator : indicatorCodes[coords[indicatorAt]!];
    if (indicator === undefined && indicatorAt < 0) missingIndicator++;
    const breakdowns = breakdownAt.length > 0 ? breakdownsAt(coords) : undefined;
    if (
      region === undefined ||
      period === undefined ||
      indicator === undefined ||
      breakdowns === null
    ) {
      mapped = false;
      for (let d = 0; d < dimensions; d++) {
        if (axes[d]!.codes[coords[d]!] === undefined) misses[d]![coords[d]!]!++;
      }
    }
    if (!mapped) {
      lose(index, raw, keptFlag);
      return;
    }

    let status: ObservationStatus = value === null ? 'missing' : 'normal';
    let footnotes: readonly LocalizedText[] | undefined;
    if (flag !== undefined) {
      const meaning = cube.flags.of(flag);
      footnotes = meaning.footnotes;
      if (meaning.status !== undefined) status = meaning.status;
      if (value === null) {
        // A flag that qualifies a number (`e`, `b`) on a cell without one: the value is missing,
        // the flag is kept.
        if (!valuelessStatuses.has(status)) status = 'missing';
      } else if (valuelessStatuses.has(status)) {
        tally(`mismatch ${flag}`, [...valuePath, index], 'value_status_mismatch', {
          status,
          valueIsNull: false,
        });
        lose(index, raw, keptFlag);
        return;
      }
    }
    const observation: Observation = {
      indicator: indicator!,
      region: region!,
      period: period!,
      value,
      status,
    };
    if (flag !== undefined) {
      observation.flag = flag;
      flagUsed = true;
    }
    if (footnotes) observation.footnotes = footnotes as LocalizedText[];
    if (breakdowns) observation.breakdowns = breakdowns;
    if (cube.source) observation.source = cube.source;
    observations.push(observation);
  };

  const flagOf = flagReader(flags);
  const coords = new Int32Array(dimensions);
  if (values.kind === 'dense') {
    const cells = values.cells;
    for (let index = 0; index < cells.length; index++) {
      cell(index, cells[index], flagOf(index), coords);
      // The next cell's coordinates: the last dimension runs fastest.
      for (let d = dimensions - 1; d >= 0; d--) {
        if (++coords[d]! < sizes[d]!) break;
        coords[d] = 0;
      }
    }
  } else {
    for (const index of sparseCells(values.cells, flags, cube.total, (key, raw) => {
      tally('value-range', [...valuePath, key], 'invalid_input', {});
      outsideCells++;
      lost.push({ path: `${valueBase}.${key}`, pattern: valuePattern, value: raw });
    })) {
      let rest = index;
      for (let d = dimensions - 1; d >= 0; d--) {
        coords[d] = rest % sizes[d]!;
        rest = Math.floor(rest / sizes[d]!);
      }
      const key = String(index);
      cell(
        index,
        Object.hasOwn(values.cells, key) ? values.cells[key] : null,
        flagOf(index),
        coords,
      );
    }
  }
  if (flags.kind === 'all' && !flagUsed && flags.flag !== null && flags.flag !== undefined) {
    lost.push({
      path: dotPath([...at, 'status']),
      pattern: patternOf([...at, 'status']),
      value: flags.flag,
    });
  }

  for (const [key, found] of tallies) {
    if (key === 'value-range') {
      logReason(log, found.path, reasons.indexOutOfRange(outsideCells));
    } else {
      log.source(found.path, found.code, found.params);
    }
  }
  reportMisses(cube, misses, log);
  const cellsOf = (count: number, field: 'region' | 'period') => {
    if (count > 0) logReason(log, [...at, 'dimension'], reasons.noAxis(field, count));
  };
  cellsOf(missingRegion, 'region');
  cellsOf(missingPeriod, 'period');
  if (missingIndicator > 0) logReason(log, at, reasons.noIndicator(missingIndicator));
  return { observations, lost };
}

/** One issue per category that left cells without a place, with the number of those cells. */
function reportMisses(cube: Cube, misses: readonly Float64Array[], log: IssueLog): void {
  for (const [d, axis] of cube.axes.entries()) {
    const counts = misses[d]!;
    for (let c = 0; c < counts.length; c++) {
      const cells = counts[c]!;
      if (cells === 0) continue;
      const path = cube.categoryPaths[d]![c]!;
      const problem = axis.problems.get(c);
      if (problem) {
        log.issues.push({ in: 'source', path, code: problem.code, message: problem.message });
      } else {
        const id = cube.dimensions[d]!.categories[c]!.id;
        logReason(log, path, reasons.unmapped(axis.field, id, cells));
      }
    }
  }
}

/**
 * The flag of a cell by its number. Cells are asked for in cube order, so sparse flags are walked
 * with a cursor instead of being looked up: a lookup per cell of a million costs more.
 */
function flagReader(flags: Flags): (cell: number) => unknown {
  switch (flags.kind) {
    case 'none':
      return () => undefined;
    case 'all':
      return () => flags.flag;
    case 'dense':
      return (cell) => flags.cells[cell];
    case 'sparse': {
      const { cells, flags: found } = flags;
      let cursor = 0;
      return (cell) => {
        while (cursor < cells.length && cells[cursor]! < cell) cursor++;
        return cells[cursor] === cell ? found[cursor] : undefined;
      };
    }
  }
}

/**
 * The numbers of the cells of sparse values that have a value or a flag, in cube order. Keys
 * that are no cell number of the cube go to `outside`.
 */
function sparseCells(
  cells: Readonly<Record<string, unknown>>,
  flags: Flags,
  total: number,
  outside: (key: string, value: unknown) => void,
): Float64Array {
  const found: number[] = [];
  for (const key of Object.keys(cells)) {
    const cell = cellNumber(key, total);
    if (cell === undefined) outside(key, cells[key]);
    else found.push(cell);
  }
  if (flags.kind === 'sparse') for (const cell of flags.cells) found.push(cell);
  if (flags.kind === 'dense') {
    for (let cell = 0; cell < flags.cells.length; cell++) {
      if (flags.cells[cell] !== null && flags.cells[cell] !== undefined) found.push(cell);
    }
  }
  const sorted = Float64Array.from(found).sort();
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i]!;
  }
  return sorted.subarray(0, kept);
}

/** A cell number written as JSON-stat writes it (`"17"`), below `total`; else undefined. */
export function cellNumber(key: string, total: number): number | undefined {
  if (!/^(?:0|[1-9]\d{0,15})$/.test(key)) return undefined;
  const cell = Number(key);
  return cell < total ? cell : undefined;
}
