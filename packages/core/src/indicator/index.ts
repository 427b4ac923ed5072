export * from './codes';
export {
  ageGroupPattern,
  Breakdowns,
  IndicatorDefinition,
  Observation,
  Unit,
} from './schema';
export { validateIndicatorDefinition, validateObservation } from './validate';
