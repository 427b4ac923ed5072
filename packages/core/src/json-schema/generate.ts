import * as z from 'zod/mini';
import { Actor } from '../actor/schema';
import { IndicatorDefinition, Observation } from '../indicator/schema';
import { Region } from '../regions/schema';
import { Trial } from '../trial/schema';

/** The entities exported as JSON Schema, by file name: `@nrw-health/core/schemas/<name>.schema.json`. */
export const jsonSchemaEntities = {
  trial: Trial,
  actor: Actor,
  indicator: IndicatorDefinition,
  observation: Observation,
  region: Region,
} as const;

export type JsonSchemaEntity = keyof typeof jsonSchemaEntities;

/**
 * The JSON Schema (draft 2020-12) of an entity, for consumers that do not use TypeScript or zod.
 * It checks structure, formats and code lists; the cross-field rules that JSON Schema cannot
 * express (check digits, date and age order, known AGS, duplicates) are checked by the validators
 * of this package only, and listed in the schema's description.
 */
export function toJsonSchema(entity: JsonSchemaEntity): Record<string, unknown> {
  return z.toJSONSchema(jsonSchemaEntities[entity], {
    target: 'draft-2020-12',
    reused: 'ref',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
}
