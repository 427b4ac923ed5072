import {
  type Breakdowns,
  type IssuePath,
  type LocalizedText,
  type Observation,
  validateObservation,
} from '@nrw-health/core';
import type { IssueLog, LostField } from '../../shared/result';
import {
  type Category,
  type Dataset,
  type Dimension,
  indicatorIdOf,
  periodOf,
  slugOf,
} from '../dataset';
import { ageGroupOfLabel, cellOf, sexOfLabel } from './cells';
import { readFooter } from './footer';
import { classifyRows, type HeaderRowKind, isTimeLabel, labelAndUnit } from './header';
import type { GenesisReadOptions } from './options';
import { genesisRegion, isRegionKey } from './regions';

/*
 * A GENESIS or Regionalstatistik table as downloaded (CSV "Werteabruf"): title lines, header rows
 * over the value columns, one data row per region (and reference date), the footer. Key columns
 * on the left hold the reference date, the region key (AGS, `DG`) and the region's name.
 */

type Rows = readonly (readonly string[])[];

interface Column {
  readonly index: number;
  readonly indicator: string | undefined;
  readonly metric: string;
  readonly unit?: string;
  readonly period?: string;
  readonly breakdowns: Breakdowns;
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');
const isKey = (cell: string) => isRegionKey(cell) || isTimeLabel(cell);

/** The rows of the title: leading rows with text in their first cell only. */
function titleEnd(rows: Rows): number {
  let index = 0;
  while (index < rows.length) {
    const row = rows[index]!;
    if (isBlank(row)) {
      index++;
      continue;
    }
    if (row[0]!.trim() === '' || row.slice(1).some((cell) => cell.trim() !== '')) break;
    index++;
  }
  return index;
}

interface Keys {
  readonly count: number;
  readonly time?: number;
  readonly region?: number;
  readonly name?: number;
  readonly extra: readonly number[];
}

/** Which of the leading columns hold the date, the region key and name, from the first data row. */
function keysOf(row: readonly string[], lastHeader: readonly string[] | undefined): Keys {
  let count = 0;
  while (count < row.length - 1) {
    const cell = row[count]!.trim();
    if (cell === '' || (!isKey(cell) && cellOf(cell) !== undefined)) break;
    count++;
  }
  const labelled = lastHeader?.findIndex((cell) => cell.trim() !== '') ?? -1;
  if (labelled > 0 && labelled < count) count = labelled;
  let time: number | undefined;
  let region: number | undefined;
  let name: number | undefined;
  const extra: number[] = [];
  for (let index = 0; index < count; index++) {
    const cell = row[index]!.trim();
    if (region === undefined && isRegionKey(cell)) region = index;
    else if (time === undefined && isTimeLabel(cell)) time = index;
    else if (name === undefined && (region === undefined || region === index - 1)) name = index;
    else extra.push(index);
  }
  return { count: Math.max(count, 1), time, region, name, extra };
}

function titleOf(lines: readonly string[]): {
  id?: string;
  label?: string;
  metric?: { label: string; unit?: string };
} {
  const text = lines.map((line) => line.trim()).filter(Boolean);
  const code = /^(?:GENESIS-Tabelle|Tabelle|Table)\s*:\s*(\S+)$/i.exec(text[0] ?? '');
  const rest = code ? text.slice(1) : text;
  const metric = rest.length > 1 ? labelAndUnit(rest[rest.length - 1]!) : undefined;
  const label = (metric?.unit ? rest.slice(0, -1) : rest).join(' ');
  return {
    ...(code ? { id: code[1] } : {}),
    ...(label ? { label } : {}),
    ...(metric?.unit ? { metric } : {}),
  };
}

export function readTable(
  rows: Rows,
  options: GenesisReadOptions,
  log: IssueLog,
): { value: Dataset | undefined; lost: LostField[] } {
  const lost: LostField[] = [];
  const footerAt = rows.findIndex((row) => /^_{3,}$/.test((row[0] ?? '').trim()));
  const body = footerAt < 0 ? rows : rows.slice(0, footerAt);
  const footer = readFooter(footerAt < 0 ? [] : rows.slice(footerAt + 1));

  const headerStart = titleEnd(body);
  const dataStart = body.findIndex((row, index) => index >= headerStart && isKey(row[0] ?? ''));
  if (dataStart < 0) {
    log.source(['rows'], 'invalid_input', {
      reason: 'no data rows (a region key or date in the first column)',
    });
    return { value: undefined, lost };
  }
  const title = titleOf(body.slice(0, headerStart).map((row) => row[0] ?? ''));
  const headerRows = body.slice(headerStart, dataStart).filter((row) => !isBlank(row));
  const keys = keysOf(body[dataStart]!, headerRows[headerRows.length - 1]);
  const width = Math.max(...body.slice(headerStart).map((row) => row.length));
  const valueIndices = Array.from(
    { length: Math.max(width - keys.count, 0) },
    (_, i) => keys.count + i,
  );
  const kinds = classifyRows(
    headerRows.map((row) => valueIndices.map((index) => row[index] ?? '')),
  );

  const base = title.id ?? 'genesis';
  const metrics = new Set<string>();
  const columns: Column[] = valueIndices.map((index) => {
    const breakdowns: { -readonly [K in keyof Breakdowns]: Breakdowns[K] } = {};
    let metric = title.metric?.label ?? title.label ?? base;
    let unit = title.metric?.unit;
    let period: string | undefined;
    headerRows.forEach((row, rowIndex) => {
      const label = (row[index] ?? '').trim();
      if (label === '') return;
      const kind: HeaderRowKind = kinds[rowIndex]!;
      if (kind === 'metric') metric = label;
      else if (kind === 'unit') unit = label;
      else if (kind === 'time') period = periodOf(label);
      else if (kind === 'sex') breakdowns.sex = sexOfLabel(label);
      else if (kind === 'age') breakdowns.ageGroup = ageGroupOfLabel(label);
      else if (kind === 'breakdown') {
        breakdowns.dimensions = { ...breakdowns.dimensions, [`header${rowIndex + 1}`]: label };
      }
    });
    metrics.add(metric);
    return { index, indicator: undefined, metric, unit, period, breakdowns };
  });
  const withIds = columns.map((column) => {
    const indicator = indicatorIdOf(options, column.metric, base, metrics.size);
    if (!indicator)
      log.source(['header', column.index], 'invalid_format', { value: column.metric });
    return { ...column, indicator };
  });
  if (keys.time === undefined && withIds.some((column) => column.period === undefined)) {
    log.source(['header'], 'required', { field: 'period' });
  }
  if (keys.region === undefined && keys.name === undefined && options.region === undefined) {
    log.source(['rows', dataStart], 'required', { field: 'region' });
  }

  const observations: Observation[] = [];
  const regionCategories = new Map<string, Category>();
  const periods = new Set<string>();
  const keyLabels = headerRows[0] ?? [];
  for (let rowIndex = dataStart; rowIndex < body.length; rowIndex++) {
    const row = body[rowIndex]!;
    if (isBlank(row)) continue;
    const at = (column: number): IssuePath => ['rows', rowIndex, column];
    const lose = (column: number, name: string) =>
      lost.push({
        path: `rows[${rowIndex}][${column}]`,
        pattern: `rows[*].${name}`,
        value: row[column],
      });
    const code = keys.region === undefined ? '' : (row[keys.region] ?? '').trim();
    const name = keys.name === undefined ? '' : (row[keys.name] ?? '').trim();
    const region = code === '' && name === '' ? options.region : genesisRegion(code, name);
    if (region === undefined || region === 'unknown') {
      log.source(at(keys.region ?? keys.name ?? 0), 'unknown_region', {
        value: [code, name].filter(Boolean).join(' '),
      });
      for (const column of withIds)
        if ((row[column.index] ?? '').trim() !== '') lose(column.index, 'value');
      continue;
    }
    if (code !== '' || name !== '') {
      regionCategories.set(code || name, {
        id: code || name,
        ...(name ? { label: { de: name } } : {}),
      });
    }
    for (const extra of keys.extra) {
      if ((row[extra] ?? '').trim() !== '')
        lose(extra, slugOf(keyLabels[extra] ?? '') ?? `key${extra}`);
    }
    let rowPeriod: string | undefined;
    if (keys.time !== undefined) {
      const text = (row[keys.time] ?? '').trim();
      rowPeriod = periodOf(text);
      if (!rowPeriod) {
        log.source(at(keys.time), 'invalid_format', { value: text });
        continue;
      }
    }
    for (const column of withIds) {
      const text = (row[column.index] ?? '').trim();
      if (text === '') continue;
      const period = rowPeriod ?? column.period;
      if (!column.indicator || !period) continue;
      const cell = cellOf(text);
      if (!cell) {
        log.source(at(column.index), 'invalid_format', { value: text });
        continue;
      }
      periods.add(period);
      const candidate = {
        indicator: column.indicator,
        region,
        period,
        value: cell.value,
        status: cell.status,
        ...(cell.flag ? { flag: cell.flag } : {}),
        ...(Object.keys(column.breakdowns).length > 0 ? { breakdowns: column.breakdowns } : {}),
      };
      const checked = validateObservation(candidate, { locale: log.locale });
      if (checked.ok) observations.push(checked.value);
      else {
        for (const found of checked.issues) {
          log.issues.push({ ...found, in: 'source', path: [...at(column.index), ...found.path] });
        }
      }
    }
  }

  const label: LocalizedText | undefined = title.label ? { de: title.label } : undefined;
  return {
    value: {
      ...(title.id ? { id: title.id } : {}),
      ...(label ? { label } : {}),
      source: { ...footer.source, ...(title.id ? { table: title.id } : {}) },
      ...(footer.updated ? { updated: footer.updated } : {}),
      dimensions: dimensionsOf(withIds, headerRows, kinds, regionCategories, periods, keys),
      definitions: [],
      observations,
      ...(footer.notes.length > 0 ? { notes: footer.notes } : {}),
    },
    lost,
  };
}

function dimensionsOf(
  columns: readonly Column[],
  headerRows: Rows,
  kinds: readonly HeaderRowKind[],
  regions: ReadonlyMap<string, Category>,
  periods: ReadonlySet<string>,
  keys: Keys,
): Dimension[] {
  const dimensions: Dimension[] = [];
  const keyLabel = (index: number | undefined): LocalizedText | undefined => {
    const text = index === undefined ? '' : (headerRows[0]?.[index] ?? '').trim();
    return text ? { de: text } : undefined;
  };
  const region = keyLabel(keys.region);
  dimensions.push({
    id: 'region',
    ...(region ? { label: region } : {}),
    role: 'geo',
    categories: [...regions.values()],
  });
  dimensions.push({ id: 'time', role: 'time', categories: [...periods].map((id) => ({ id })) });
  const metrics = new Map<string, Category>();
  for (const column of columns) {
    if (!column.indicator || metrics.has(column.indicator)) continue;
    metrics.set(column.indicator, {
      id: column.indicator,
      label: { de: column.metric },
      ...(column.unit ? { unit: { label: { de: column.unit } } } : {}),
    });
  }
  dimensions.push({ id: 'indicator', role: 'metric', categories: [...metrics.values()] });
  kinds.forEach((kind, rowIndex) => {
    if (kind !== 'breakdown' && kind !== 'sex' && kind !== 'age') return;
    const seen = new Set<string>();
    const categories: Category[] = [];
    for (const column of columns) {
      const label = (headerRows[rowIndex]![column.index] ?? '').trim();
      if (label === '' || seen.has(label)) continue;
      seen.add(label);
      const id =
        kind === 'sex' ? sexOfLabel(label)! : kind === 'age' ? ageGroupOfLabel(label)! : label;
      categories.push({ id, label: { de: label } });
    }
    const id = kind === 'sex' ? 'sex' : kind === 'age' ? 'age' : `header${rowIndex + 1}`;
    dimensions.push({ id, categories });
  });
  return dimensions;
}
