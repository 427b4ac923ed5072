export {
  type AggregateOptions,
  type AggregateResult,
  aggregateValidRegion,
} from './aggregate';
export { aggregateRegion } from './aggregate-region';
export * from './lookup';
export { municipalitySource } from './municipalities';
export { type Municipality, municipalities } from './municipality';
export * from './names';
export * from './registry';
// The schema's `Region` carries both the zod schema and, as its type, the registry's interface.
export { Region, regionRules, validateRegion } from './schema';
