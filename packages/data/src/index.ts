// @nrw-health/data: reference data for the health ecosystem of NRW and the Ruhr, drawn from the
// regional strategy documents. Every figure names its source: document, lines, cited source.

export { actors } from './actors';
export { partnerClusters } from './clusters';
export { glossary } from './glossary';
export { indicatorDefinitions, observations } from './indicators';
export { flagshipProjects } from './projects';
export { type SeedDocumentId, seedDocuments } from './sources';
export type { FlagshipProject, GlossaryTerm, PartnerCluster } from './types';
