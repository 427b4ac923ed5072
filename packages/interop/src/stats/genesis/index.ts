export { ageGroupOfLabel, cellOf, germanNumberOf } from './cells';
export { decodeText } from './decode';
export type { GenesisReadOptions } from './options';
export { readGenesisCsv } from './read';
