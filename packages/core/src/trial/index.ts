export * from './codes';
export * from './schema';
export { validateTrial } from './validate';
