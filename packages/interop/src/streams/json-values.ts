/**
 * Splits a stream of JSON text into its values without holding more than one value in memory:
 * NDJSON (one value per line), concatenated JSON, and a top-level array, whose elements come out
 * one by one. Each value is parsed with `JSON.parse`, which is as fast as JSON gets in JS; the
 * scanner only finds where a value ends (depth and string state), so a multi-gigabyte download
 * array streams with flat memory.
 */

/** One value of the stream, or the reason a stretch of it is not JSON. */
export type JsonValueResult =
  | { readonly ok: true; readonly value: unknown; readonly index: number }
  | { readonly ok: false; readonly error: string; readonly index: number };

const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }
const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const COMMA = 0x2c; // ,

const isSpace = (code: number) =>
  code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xfeff;

/**
 * The JSON values of a text stream. A stream that starts with an array is that array's elements
 * (set `unpackArrays: false` to keep it whole); arrays later in NDJSON stay whole. Malformed stretches come out as errors with the
 * index of the value, and scanning goes on at the next line or element.
 */
export async function* jsonValues(
  chunks: AsyncIterable<string | Uint8Array>,
  options: { unpackArrays?: boolean } = {},
): AsyncGenerator<JsonValueResult> {
  const unpack = options.unpackArrays ?? true;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  let buffer = '';
  let position = 0; // where scanning resumes in buffer
  let start = -1; // where the current value starts in buffer
  let depth = 0;
  let inString = false;
  let escaped = false;
  let inTopArray = false; // inside a top-level array that is being unpacked
  let scalar = false; // a top-level number, literal or string outside any brackets
  let index = 0;

  const emit = (text: string): JsonValueResult => {
    try {
      return { ok: true, value: JSON.parse(text), index: index++ };
    } catch (error) {
      return { ok: false, error: (error as Error).message, index: index++ };
    }
  };

  for await (const chunk of chunks) {
    buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const results: JsonValueResult[] = [];
    for (; position < buffer.length; position++) {
      const code = buffer.charCodeAt(position);
      if (inString) {
        if (escaped) escaped = false;
        else if (code === BACKSLASH) escaped = true;
        else if (code === QUOTE) {
          inString = false;
          if (depth === (inTopArray ? 1 : 0) && start >= 0 && scalar) {
            results.push(emit(buffer.slice(start, position + 1)));
            start = -1;
            scalar = false;
          }
        }
        continue;
      }
      if (code === QUOTE) {
        inString = true;
        if (start < 0) {
          start = position;
          scalar = depth === (inTopArray ? 1 : 0);
        }
        continue;
      }
      if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
        if (
          code === OPEN_ARRAY &&
          unpack &&
          index === 0 &&
          depth === 0 &&
          !inTopArray &&
          start < 0
        ) {
          inTopArray = true;
          depth = 1;
          continue;
        }
        if (start < 0) start = position;
        depth++;
        continue;
      }
      if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
        if (inTopArray && depth === 1) {
          if (start >= 0) results.push(emit(buffer.slice(start, position)));
          start = -1;
          scalar = false;
          inTopArray = false;
          depth = 0;
          continue;
        }
        depth--;
        if (depth === (inTopArray ? 1 : 0) && start >= 0) {
          results.push(emit(buffer.slice(start, position + 1)));
          start = -1;
        }
        if (depth < 0) {
          results.push({ ok: false, error: `Unexpected "${buffer[position]}"`, index: index++ });
          depth = 0;
        }
        continue;
      }
      const atValueLevel = depth === (inTopArray ? 1 : 0);
      if (atValueLevel && (isSpace(code) || code === COMMA)) {
        // The end of a scalar value (number, true, false, null) at the top level.
        if (start >= 0 && scalar) {
          results.push(emit(buffer.slice(start, position)));
          start = -1;
          scalar = false;
        }
        continue;
      }
      if (atValueLevel && start < 0 && !isSpace(code)) {
        start = position;
        scalar = true;
      }
    }
    // Keep only the value in progress.
    if (start >= 0) {
      buffer = buffer.slice(start);
      position -= start;
      start = 0;
    } else {
      buffer = '';
      position = 0;
    }
    yield* results;
  }
  buffer += decoder.decode();
  if (start >= 0 && buffer.slice(start).trim()) yield emit(buffer.slice(start));
  else if (depth > 0 || inString)
    yield { ok: false, error: 'Unexpected end of input', index: index++ };
}
