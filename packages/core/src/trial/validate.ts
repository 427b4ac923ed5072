import { createValidator } from '../shared/validation';
import { trialRules } from './rules';
import { Trial } from './schema';

/** Validates a trial record: `{ ok: true, value }` or `{ ok: false, issues }`, never a throw. */
export const validateTrial = createValidator(Trial, trialRules);
