// Harmonisation: the records of one trial in several registries, linked and merged into one.
export { type HarmonisedTrial, type HarmoniseOptions, harmoniseTrials } from './harmonise';
export { type LinkedGroup, type LinkOptions, linkKeys, linkTrials, TrialLinker } from './link';
export {
  type ConflictValue,
  type MergeConflict,
  MergeInputError,
  type MergeResult,
  mergeTrials,
} from './merge';
export { cityKey, facilityKey, fold, identifierKey, sponsorKey } from './normalise';
export {
  defaultLanguageRules,
  defaultMergeRules,
  defaultRegistryOrder,
  isMergeRule,
  type MergeOptions,
  type MergeRule,
  recordDate,
  registriesOfCountry,
  type SourceRegistry,
} from './rules';
