import { createValidator } from '../shared/validation';
import { IndicatorDefinition, Observation } from './schema';

/** Validates an indicator definition; never throws. */
export const validateIndicatorDefinition = createValidator(IndicatorDefinition);

/** Validates one observation; never throws. */
export const validateObservation = createValidator(Observation);
