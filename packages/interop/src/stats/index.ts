// Statistics: JSON-stat, SDMX-JSON, GENESIS / Regionalstatistik CSV and tidy CSV, all read into
// the one `Dataset` shape of core Observations.
export * from './csv';
export {
  type Category,
  type Dataset,
  type DatasetResult,
  type Dimension,
  type DimensionRole,
  indicatorIdOf,
  numericCodesAreAgs,
  periodOf,
  regionOfCode,
  type StatsReadOptions,
  slugOf,
} from './dataset';
export * from './genesis';
export * from './jsonstat';
export * from './sdmx';
