import {
  type IndicatorDefinition,
  isLocale,
  type Locale,
  type Observation,
} from '@nrw-health/core';
import { pickText } from '../trial-card/text';
import { regionName } from './format';

/*
 * The chart's data as a tidy CSV, in the columns of @nrw-health/interop's observation CSV
 * (`readObservationsCsv` reads it back), plus the unit. German: `;`, decimal comma, a byte-order
 * mark for Excel. English: `,` and a decimal point (RFC 4180). Both end lines with CRLF.
 */

export type CsvDialectName = 'de' | 'en';

export interface IndicatorCsvOptions {
  /** Default: the locale's. */
  readonly dialect?: CsvDialectName;
  /** Language of region names and the unit. Default `en`. */
  readonly locale?: Locale;
  /** The portal's names for region codes. */
  readonly regionNames?: Readonly<Record<string, string>>;
}

type Column = readonly [title: string, cell: (observation: Observation) => string];

/*
 * Spreadsheet formula injection (OWASP "CSV injection"): a text cell starting with = + - @, a tab
 * or a carriage return would run as a formula; it gets a leading `'`, as interop's writer does.
 */
const formula = /^'*[=+\-@\t\r]/;
const neutralise = (text: string) => (formula.test(text) ? `'${text}` : text);

/** A finite number as digits, without exponent or grouping, with the dialect's decimal mark. */
function numberCell(value: number | null | undefined, decimal: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  // String(1e-7) is "1e-7": spelled out, as spreadsheets and interop's reader expect.
  const [, sign = '', lead = '', rest = '', power] =
    /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(String(value)) ?? [];
  let text = String(value);
  if (power !== undefined) {
    const exponent = Number(power);
    const digits = lead + rest;
    text =
      exponent >= 0
        ? sign + digits.padEnd(exponent + 1, '0')
        : `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  }
  return text.replace('.', decimal);
}

const text = (value: unknown) => (typeof value === 'string' ? neutralise(value) : '');
const json = (value: unknown) => (value === undefined ? '' : neutralise(JSON.stringify(value)));

/**
 * The observations of `definition` as CSV text: one row each, in the order given, with the
 * columns indicator, region, region_name, period, value, unit, unit_multiplier, status, and
 * flag, pre_break_value, sex, age_group, sector, dim.<id>, footnotes and source where any row
 * has them. Values stay as stored, in units of 10^unit_multiplier.
 */
export function indicatorCsv(
  definition: IndicatorDefinition,
  observations: readonly Observation[],
  options: IndicatorCsvOptions = {},
): string {
  const locale = isLocale(options.locale) ? options.locale : 'en';
  const dialect = options.dialect === 'de' || options.dialect === 'en' ? options.dialect : locale;
  const [delimiter, decimal] = dialect === 'de' ? [';', ','] : [',', '.'];
  const rows = (Array.isArray(observations) ? observations : []).filter(
    (observation) =>
      typeof observation === 'object' &&
      observation !== null &&
      observation.indicator === definition?.id,
  );
  const unit = pickText(definition.unit?.label, locale)?.text ?? '';
  const multiplier = String(definition.unitMultiplier ?? 0);
  const any = (read: (observation: Observation) => unknown) =>
    rows.some((observation) => read(observation) !== undefined);

  const columns: Column[] = [
    ['indicator', (o) => text(o.indicator)],
    ['region', (o) => text(o.region)],
    ['region_name', (o) => text(regionName(o.region, locale, options.regionNames))],
    ['period', (o) => text(o.period)],
    ['value', (o) => numberCell(o.value, decimal)],
    ['unit', () => neutralise(unit)],
    ['unit_multiplier', () => multiplier],
    ['status', (o) => text(o.status)],
  ];
  const optional: [string, (o: Observation) => unknown, (o: Observation) => string][] = [
    ['flag', (o) => o.flag, (o) => text(o.flag)],
    ['pre_break_value', (o) => o.preBreakValue, (o) => numberCell(o.preBreakValue, decimal)],
    ['sex', (o) => o.breakdowns?.sex, (o) => text(o.breakdowns?.sex)],
    ['age_group', (o) => o.breakdowns?.ageGroup, (o) => text(o.breakdowns?.ageGroup)],
    ['sector', (o) => o.breakdowns?.sector, (o) => text(o.breakdowns?.sector)],
  ];
  for (const [title, read, cell] of optional) if (any(read)) columns.push([title, cell]);
  const dimensions = [
    ...new Set(
      rows.flatMap((observation) => Object.keys(observation.breakdowns?.dimensions ?? {})),
    ),
  ];
  for (const id of dimensions) {
    columns.push([`dim.${id}`, (o) => text(o.breakdowns?.dimensions?.[id])]);
  }
  if (any((o) => o.footnotes)) columns.push(['footnotes', (o) => json(o.footnotes)]);
  if (any((o) => o.source)) columns.push(['source', (o) => json(o.source)]);

  const quote = (cell: string) =>
    cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  const line = (cells: readonly string[]) => `${cells.map(quote).join(delimiter)}\r\n`;
  const header = line(columns.map(([title]) => title));
  const body = rows.map((observation) => line(columns.map(([, cell]) => cell(observation))));
  return `${dialect === 'de' ? '\uFEFF' : ''}${header}${body.join('')}`;
}
