export {
  ctisAgeRanges,
  ctisPhaseCodes,
  ctisPopulationGroups,
  ctisSponsorClasses,
  ctisStatusCodes,
  ctisStatuses,
  euLanguages,
  euPhases,
} from './codes';
export { ctisReader, ctisTrialUrl, readCtis } from './ctis';
