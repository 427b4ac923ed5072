export { readSdmxJson, readSdmxJsonDataSets, type SdmxReadOptions } from './read';
