// In Node the validators run zod's compiled schemas, in browsers zod's interpreter. Both must
// give the same answer on every record of the corpus and every mutant of it.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { corpus, mutants } from './corpus';
import { type JsonSchemaEntity, jsonSchemaEntities } from './generate';

const verdict = (result: ReturnType<typeof z.safeParse>) =>
  result.success ? { ok: true, value: result.data } : { ok: false, issues: result.error.issues };

describe.each(Object.keys(jsonSchemaEntities) as JsonSchemaEntity[])('%s', (entity) => {
  it('is validated alike by zod compiled and zod interpreted', () => {
    const schema = jsonSchemaEntities[entity];
    const compiled = z.compile(schema);
    let compared = 0;
    for (const record of corpus[entity].valid) {
      for (const input of [record, ...mutants(record)]) {
        expect(verdict(z.safeParse(compiled, input))).toEqual(verdict(z.safeParse(schema, input)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
