export * from './codes';
export { trialRules } from './rules';
export * from './schema';
export { validateTrial } from './validate';
