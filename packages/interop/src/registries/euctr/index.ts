export {
  euctrAgeGroups,
  euctrEthicsOpinions,
  euctrPhases,
  euctrProductTypes,
  euctrSponsorClasses,
  euctrStatuses,
} from './codes';
export { euctrReader, euctrResultsUrl, euctrTrialUrl, readEuctr } from './euctr';
