import type { Locale, Trial } from '@nrw-health/core';
import type { TrialReader } from '../formats';
import type { ReadIssue, RecordResult } from '../shared/result';
import { jsonValues } from '../streams/json-values';
import { type CliIo, inputStream, inputText } from './io';

/**
 * The results of reading the records of one input file with a reader, record by record: text
 * formats whole, JSON streamed value by value (NDJSON, or the elements of a large array).
 */
export async function* readTrialFile(
  file: string,
  reader: TrialReader,
  locale: Locale,
  io: CliIo,
): AsyncGenerator<RecordResult<Trial>> {
  const readDocument = function* (document: unknown) {
    for (const record of reader.records(document)) yield reader.read(record, { locale });
  };
  if (reader.input === 'text') {
    yield* readDocument(await inputText(file, io));
    return;
  }
  for await (const value of jsonValues(inputStream(file, io))) {
    if (value.ok) yield* readDocument(value.value);
    else {
      const issue: ReadIssue = {
        in: 'source',
        path: [],
        code: 'invalid_input',
        message: `not JSON: ${value.error}`,
      };
      yield { value: undefined, lost: [], issues: [issue] };
    }
  }
}
