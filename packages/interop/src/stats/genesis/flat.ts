import {
  type Breakdowns,
  formats,
  type IssuePath,
  type Observation,
  validateObservation,
} from '@nrw-health/core';
import type { IssueLog, LostField } from '../../shared/result';
import { type Category, type Dataset, type Dimension, indicatorIdOf, periodOf } from '../dataset';
import { ageGroupOfCode, ageGroupOfLabel, cellOf, qualityStatus, sexOfLabel } from './cells';
import type { GenesisReadOptions } from './options';
import { genesisRegion } from './regions';

/*
 * GENESIS-Online's flat file (ffcsv): one value per row, with English column names whatever the
 * language: statistics_code, statistics_label, time_code, time_label, time, then per variable
 * n `n_variable_code`, `n_variable_label`, `n_variable_attribute_code`,
 * `n_variable_attribute_label`, then value_variable_code, value_variable_label, value,
 * value_unit and value_q (the quality flag). Semicolon-separated, UTF-8, decimal comma in the
 * German download and point in the English one; symbols (`-`, `.`, `x`, `/`) stand in values.
 */

/** Variables whose attribute codes are regional keys (AGS, `DG`). */
const geoVariables = new Set(['DINSG', 'DLAND', 'REGBEZ', 'KREISE', 'GEMEIN', 'GEMVB']);
const sexCodes: Readonly<Record<string, NonNullable<Breakdowns['sex']>>> = {
  GESM: 'male',
  GESW: 'female',
  GESD: 'diverse',
  GESX: 'total',
};

const dimensionId = new RegExp(formats.dimensionId.pattern);

export const isFlatHeader = (row: readonly string[]) => {
  const names = new Set(row.map((cell) => cell.trim().toLowerCase()));
  return names.has('value') && (names.has('time') || names.has('statistics_code'));
};

interface Variable {
  readonly number: string;
  readonly code?: number;
  readonly label?: number;
  readonly attributeCode?: number;
  readonly attributeLabel?: number;
}

function decimalOf(rows: readonly (readonly string[])[], column: number): ',' | '.' {
  let point = false;
  for (const row of rows) {
    const text = (row[column] ?? '').trim();
    if (text.includes(',')) return ',';
    if (/\.\d{1,2}$|\.\d{4,}$/.test(text)) point = true;
  }
  return point ? '.' : ',';
}

export function readFlat(
  rows: readonly (readonly string[])[],
  options: GenesisReadOptions,
  log: IssueLog,
): { value: Dataset | undefined; lost: LostField[] } {
  const lost: LostField[] = [];
  const names = rows[0]!.map((cell) => cell.trim().toLowerCase());
  const column = (name: string) => {
    const index = names.indexOf(name);
    return index < 0 ? undefined : index;
  };
  const used = new Set<number>();
  const take = (name: string) => {
    const index = column(name);
    if (index !== undefined) used.add(index);
    return index;
  };
  const valueAt = take('value')!;
  const statistics = take('statistics_code');
  const statisticsLabel = take('statistics_label');
  const time = take('time');
  take('time_code');
  take('time_label');
  const variableCode = take('value_variable_code');
  const variableLabel = take('value_variable_label');
  const unitAt = take('value_unit');
  const qualityAt = take('value_q');

  const variables = new Map<string, Variable>();
  names.forEach((name, index) => {
    const match = /^(\d+)_variable_(code|label|attribute_code|attribute_label)$/.exec(name);
    if (!match) return;
    used.add(index);
    const field = {
      code: 'code',
      label: 'label',
      attribute_code: 'attributeCode',
      attribute_label: 'attributeLabel',
    }[match[2]!]!;
    variables.set(match[1]!, { ...variables.get(match[1]!), number: match[1]!, [field]: index });
  });

  const data = rows.slice(1).filter((row) => row.some((cell) => cell.trim() !== ''));
  const decimal = options.decimal ?? decimalOf(data, valueAt);
  const cellText = (row: readonly string[], index: number | undefined) =>
    index === undefined ? '' : (row[index] ?? '').trim();
  const base = cellText(data[0] ?? [], statistics) || 'genesis';
  const metricCodes = new Set(data.map((row) => cellText(row, variableCode) || base));

  const observations: Observation[] = [];
  const categories = new Map<string, Map<string, Category>>();
  const dimensionLabels = new Map<string, string>();
  const addCategory = (dimension: string, id: string, label: string, unit?: string) => {
    const known = categories.get(dimension) ?? new Map<string, Category>();
    categories.set(dimension, known);
    if (!known.has(id)) {
      known.set(id, {
        id,
        ...(label ? { label: { de: label } } : {}),
        ...(unit ? { unit: { label: { de: unit } } } : {}),
      });
    }
  };

  data.forEach((row, index) => {
    const rowIndex = index + 1;
    const at = (field: number | undefined): IssuePath => ['rows', rowIndex, field ?? 0];
    names.forEach((name, field) => {
      if (!used.has(field) && cellText(row, field) !== '') {
        lost.push({
          path: `rows[${rowIndex}].${name}`,
          pattern: `rows[*].${name}`,
          value: row[field],
        });
      }
    });
    let region = options.region;
    const breakdowns: { -readonly [K in keyof Breakdowns]: Breakdowns[K] } = {};
    let usable = true;
    for (const variable of variables.values()) {
      const code = cellText(row, variable.code);
      const attribute = cellText(row, variable.attributeCode);
      const attributeLabel = cellText(row, variable.attributeLabel);
      if (code === '' && attribute === '') continue;
      dimensionLabels.set(code, cellText(row, variable.label));
      addCategory(code, attribute, attributeLabel);
      if (geoVariables.has(code.toUpperCase())) {
        const found = genesisRegion(attribute, attributeLabel);
        if (found === undefined || found === 'unknown') {
          log.source(at(variable.attributeCode), 'unknown_region', {
            value: [attribute, attributeLabel].filter(Boolean).join(' '),
          });
          usable = false;
        } else region = found;
        continue;
      }
      const sex = sexCodes[attribute] ?? sexOfLabel(attributeLabel);
      if (code.toUpperCase().startsWith('GES') && sex) {
        breakdowns.sex = sex;
        continue;
      }
      const age = ageGroupOfCode(attribute) ?? ageGroupOfLabel(attributeLabel);
      if (code.toUpperCase().startsWith('ALT') && age) {
        breakdowns.ageGroup = age;
        continue;
      }
      if (dimensionId.test(code) && attribute !== '') {
        breakdowns.dimensions = { ...breakdowns.dimensions, [code]: attribute };
      } else log.source(at(variable.code), 'invalid_format', { value: code });
    }
    if (!usable) {
      lost.push({ path: `rows[${rowIndex}].value`, pattern: 'rows[*].value', value: row[valueAt] });
      return;
    }
    if (region === undefined) {
      log.source(at(undefined), 'required', { field: 'region' });
      return;
    }
    const timeText = cellText(row, time);
    const period = periodOf(timeText);
    if (!period) {
      log.source(at(time), timeText === '' ? 'required' : 'invalid_format', { value: timeText });
      return;
    }
    addCategory('time', timeText, '');
    const metric = cellText(row, variableCode) || base;
    const indicator = indicatorIdOf(options, metric, base, metricCodes.size);
    if (!indicator) {
      log.source(at(variableCode), 'invalid_format', { value: metric });
      return;
    }
    addCategory('indicator', indicator, cellText(row, variableLabel), cellText(row, unitAt));
    const text = cellText(row, valueAt);
    if (text === '') return;
    const cell = cellOf(text, decimal);
    if (!cell) {
      log.source(at(valueAt), 'invalid_format', { value: text });
      return;
    }
    const quality = cellText(row, qualityAt);
    let { status } = cell;
    let flag = cell.flag;
    if (quality !== '' && cell.value !== null && status === 'normal') {
      const fromQuality = qualityStatus(quality);
      if (fromQuality) status = fromQuality;
      else log.source(at(qualityAt), 'unknown_code', { value: quality });
      flag = flag ? `${flag} ${quality}` : quality;
    }
    const candidate = {
      indicator,
      region,
      period,
      value: cell.value,
      status,
      ...(flag ? { flag } : {}),
      ...(Object.keys(breakdowns).length > 0 ? { breakdowns } : {}),
    };
    const checked = validateObservation(candidate, { locale: log.locale });
    if (checked.ok) observations.push(checked.value);
    else {
      for (const found of checked.issues) {
        log.issues.push({ ...found, in: 'source', path: [...at(valueAt), ...found.path] });
      }
    }
  });

  const dimensions: Dimension[] = [...categories.entries()].map(([id, found]) => {
    const label = dimensionLabels.get(id);
    const role =
      id === 'time'
        ? 'time'
        : id === 'indicator'
          ? 'metric'
          : geoVariables.has(id.toUpperCase())
            ? 'geo'
            : undefined;
    return {
      id,
      ...(label ? { label: { de: label } } : {}),
      ...(role ? { role } : {}),
      categories: [...found.values()],
    };
  });
  const first = data[0] ?? [];
  const label = cellText(first, statisticsLabel);
  return {
    value: {
      ...(base !== 'genesis' ? { id: base, source: { table: base } } : {}),
      ...(label ? { label: { de: label } } : {}),
      dimensions,
      definitions: [],
      observations,
    },
    lost,
  };
}
