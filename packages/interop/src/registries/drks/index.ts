export * from './codes';
export { drksReader, drksTrialUrl, readDrksTrial } from './read';
