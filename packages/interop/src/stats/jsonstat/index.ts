export { type JsonStatResult, readJsonStat } from './read';
export {
  type JsonStatCategory,
  type JsonStatCollection,
  type JsonStatDataset,
  type JsonStatDimension,
  type JsonStatUnit,
  type JsonStatWriteOptions,
  writeJsonStat,
  writeJsonStatCollection,
} from './write';
