// Helpers for the parts of the JSON Schema that zod cannot derive: conditionals that mirror a
// cross-field rule. They go into a schema's metadata, which zod merges into the generated schema.

type JsonSchema = Record<string, unknown>;

/** A JSON Schema conditional: if `condition` holds, `consequence` must, otherwise `alternative`. */
export function ifThen(
  condition: JsonSchema,
  consequence: JsonSchema,
  alternative?: JsonSchema,
): JsonSchema {
  // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword.
  return { if: condition, then: consequence, ...(alternative ? { else: alternative } : {}) };
}

/** `required` for a subschema, with the keys declared as ajv's strict mode wants. */
export const requiring = (...keys: string[]): JsonSchema => ({
  properties: Object.fromEntries(keys.map((key) => [key, true])),
  required: keys,
});
