export * from './codes';
export {
  ageGroupPattern,
  Breakdowns,
  IndicatorDefinition,
  indicatorDefinitionRules,
  Observation,
  observationRules,
  Unit,
} from './schema';
export { validateIndicatorDefinition, validateObservation } from './validate';
