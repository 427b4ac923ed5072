import type { TrialFormatName, TrialReader } from './formats';
import { ndjsonTrialReader } from './ndjson';

/** Every trial reader by its format name (`--from`). */
export const trialReaders: Partial<Record<TrialFormatName, TrialReader>> = {
  ndjson: ndjsonTrialReader,
};
