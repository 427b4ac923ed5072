export { indicatorDefinitions } from './definitions';
export { observations } from './observations';
