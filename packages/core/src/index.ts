// @nrw-health/core: the domain model of the kit. Every export is tree-shakable: importing one
// validator does not pull in the schemas of the other entities.

export * from './actor';
export * from './identifiers';
export * from './indicator';
export { type JsonSchemaEntity, jsonSchemaEntities, toJsonSchema } from './json-schema/generate';
export * from './regions';
export { codeEnum } from './shared/code-enum';
export { type CodeEntry, type CodeList, type CodeOf, defineCodeList } from './shared/codelist';
export { comparePartialDates, type DatePrecision, datePrecision } from './shared/dates';
export { type FormatName, formats, type StringFormat } from './shared/formats';
export { defaultLocale, isLocale, type Labels, type Locale, locales } from './shared/locale';
export { type IssueCode, issueCodes, issueMessage } from './shared/messages';
export {
  Coding,
  Coordinates,
  CountryCode,
  DateTime,
  HttpUrl,
  LocalizedText,
  PartialDate,
  Provenance,
  RegionCode,
  Source,
  Timestamp,
} from './shared/primitives';
export type {
  IssuePath,
  ValidateOptions,
  ValidationIssue,
  ValidationResult,
  Validator,
} from './shared/validation';
export * from './trial';
