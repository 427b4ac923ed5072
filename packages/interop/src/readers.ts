import { fhirReader } from './fhir/read';
import type { TrialFormatName, TrialReader } from './formats';
import { ndjsonTrialReader } from './ndjson';
import { ctgovReader } from './registries/ctgov/json';
import { ctgovXmlReader } from './registries/ctgov/xml';
import { ctisReader } from './registries/ctis/ctis';
import { drksReader } from './registries/drks/read';
import { euctrReader } from './registries/euctr/euctr';
import { ictrpReader } from './registries/ictrp/read';

/** Every trial reader by its format name (`--from`). */
export const trialReaders: Partial<Record<TrialFormatName, TrialReader>> = {
  ctgov: ctgovReader,
  'ctgov-xml': ctgovXmlReader,
  ctis: ctisReader,
  drks: drksReader,
  euctr: euctrReader,
  fhir: fhirReader,
  ictrp: ictrpReader,
  ndjson: ndjsonTrialReader,
};
