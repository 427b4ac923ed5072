export {
  type CsvColumn,
  type CsvColumnSpec,
  type CsvField,
  type CsvStandardField,
  csvStandardFields,
} from './columns';
export { type CsvwMetadataOptions, writeCsvwMetadata } from './csvw';
export { type CsvDialect, type CsvDialectName, csvDialects } from './dialect';
export {
  type ObservationsCsvReadOptions,
  readObservationsCsv,
  readObservationsCsvRows,
} from './read';
export type { CsvRowResult } from './row';
export {
  type ObservationsCsvOptions,
  type OmittedCell,
  observationsCsvChunks,
  observationsCsvColumns,
  writeObservationsCsv,
} from './write';
