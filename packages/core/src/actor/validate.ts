import { createValidator } from '../shared/validation';
import { Actor, actorRules } from './schema';

/**
 * Validates an actor record: structure, formats, code lists and the cross-field rules (IK and
 * ROR check digits, known AGS, German postal codes, no duplicates, provenance sources).
 * Returns `{ ok: true, value }` or `{ ok: false, issues }`; never throws.
 */
export const validateActor = createValidator(Actor, actorRules);
