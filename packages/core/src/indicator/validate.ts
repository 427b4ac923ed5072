import { createValidator } from '../shared/validation';
import {
  IndicatorDefinition,
  indicatorDefinitionRules,
  Observation,
  observationRules,
} from './schema';

/** Validates an indicator definition; never throws. */
export const validateIndicatorDefinition = createValidator(
  IndicatorDefinition,
  indicatorDefinitionRules,
);

/** Validates one observation; never throws. */
export const validateObservation = createValidator(Observation, observationRules);
