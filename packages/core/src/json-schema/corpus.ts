// The shared corpus for the JSON Schema tests: valid records of every entity, structurally broken
// mutants of them, and records that break one cross-field rule.
import { semanticViolations as actorViolations, validActors } from '../actor/actor.examples';
import { validateActor } from '../actor/validate';
import {
  semanticViolations as indicatorViolations,
  validIndicatorDefinitions,
  validObservations,
} from '../indicator/indicator.examples';
import { validateIndicatorDefinition, validateObservation } from '../indicator/validate';
import { regions } from '../regions/registry';
import { validateRegion } from '../regions/schema';
import type { IssueCode } from '../shared/messages';
import type { Validator } from '../shared/validation';
import { semanticViolations as trialViolations, validTrials } from '../trial/trial.examples';
import { validateTrial } from '../trial/validate';
import type { JsonSchemaEntity } from './generate';

export interface EntityCorpus {
  readonly validate: Validator<unknown>;
  readonly valid: readonly unknown[];
  readonly semantic: readonly { record: unknown; code: IssueCode }[];
}

export const corpus: Record<JsonSchemaEntity, EntityCorpus> = {
  trial: { validate: validateTrial, valid: validTrials, semantic: trialViolations },
  actor: { validate: validateActor, valid: validActors, semantic: actorViolations },
  indicator: {
    validate: validateIndicatorDefinition,
    valid: validIndicatorDefinitions,
    semantic: indicatorViolations.filter((violation) => violation.entity === 'indicator'),
  },
  observation: {
    validate: validateObservation,
    valid: validObservations,
    semantic: indicatorViolations.filter((violation) => violation.entity === 'observation'),
  },
  region: { validate: validateRegion, valid: regions, semantic: [] },
};

/** Cross-field rules that JSON Schema cannot express; only the zod validators check them. */
export const zodOnlyCodes: ReadonlySet<IssueCode> = new Set([
  'invalid_check_digit',
  'date_order',
  'age_order',
  'unknown_region',
  'unknown_source',
  'duplicate',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const replacements: Json[] = [null, true, 42, -1, 1.5, '', 'x', [], {}];

function setAt(
  root: Json,
  path: (string | number)[],
  update: (value: Json) => Json | undefined,
): Json {
  if (path.length === 0) return update(root) as Json;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = setAt(copy[head as number] as Json, rest, update);
    return copy;
  }
  const copy = { ...(root as Record<string, Json>) };
  const next = setAt(copy[head as string] as Json, rest, update);
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}

/**
 * Every single-point mutation of a record: each value replaced by values of other types and
 * edge values, each key removed, an unknown key added to each object.
 */
export function* mutants(record: unknown): Generator<unknown> {
  const root = record as Json;
  function* walk(node: Json, path: (string | number)[]): Generator<unknown> {
    for (const replacement of replacements) {
      if (JSON.stringify(replacement) !== JSON.stringify(node))
        yield setAt(root, path, () => replacement);
    }
    if (Array.isArray(node)) {
      for (const [index, child] of node.entries()) yield* walk(child, [...path, index]);
    } else if (node !== null && typeof node === 'object') {
      yield setAt(root, path, (value) => ({ ...(value as object), unknownField: 'x' }));
      for (const [key, child] of Object.entries(node)) {
        yield setAt(root, [...path, key], () => undefined);
        yield* walk(child, [...path, key]);
      }
    }
  }
  yield* walk(root, []);
}
