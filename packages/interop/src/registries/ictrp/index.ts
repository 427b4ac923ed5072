export {
  ictrpDesignMap,
  ictrpEthicsLabels,
  ictrpEthicsMap,
  ictrpInterventionTypeLabels,
  ictrpInterventionTypeMap,
  ictrpIpdPlanMap,
  ictrpOtherRegistries,
  ictrpPhaseLabel,
  ictrpPhaseWords,
  ictrpRegisterNames,
  ictrpStatusLabels,
  ictrpStatusMap,
  ictrpStudyTypeLabels,
  ictrpStudyTypeRules,
  parseIctrpPhase,
  parseIctrpSex,
} from './codes';
export { type IctrpColumn, ictrpCsvColumns, ictrpExportColumns } from './columns';
export { ictrpReader, ictrpRows, ictrpTrialUrl, readIctrpTrial } from './read';
export { parseIctrpAge, parseIctrpDate } from './text';
export { createIctrpCsvWriter, type IctrpCsvOptions, writeIctrpCsv } from './write';
