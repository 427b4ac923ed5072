import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { corpus, mutants, zodOnlyCodes } from './corpus';
import { type JsonSchemaEntity, jsonSchemaEntities, toJsonSchema } from './generate';

const entities = Object.keys(jsonSchemaEntities) as JsonSchemaEntity[];
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false });

describe.each(entities)('the JSON Schema of %s', (entity) => {
  const schema = toJsonSchema(entity);
  const ajvValidate = ajv.compile(schema);
  const { validate, valid, semantic } = corpus[entity];

  it('is a draft 2020-12 schema that ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('is the file the package exports', () => {
    const file = new URL(`../../dist/schemas/${entity}.schema.json`, import.meta.url);
    expect(existsSync(file), 'run `pnpm build` first: the schemas are written at build time').toBe(
      true,
    );
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(schema);
  });

  it('accepts every valid record that zod accepts', () => {
    expect(valid.length).toBeGreaterThan(0);
    for (const record of valid) {
      expect(validate(record)).toMatchObject({ ok: true });
      expect(ajvValidate(record), JSON.stringify(ajvValidate.errors)).toBe(true);
    }
  });

  it('agrees with zod on every structural mutant of the valid records', () => {
    let compared = 0;
    let rejected = 0;
    for (const record of valid) {
      for (const mutant of mutants(record)) {
        const result = validate(mutant);
        const zodStructurallyValid =
          result.ok || result.issues.every((issue) => zodOnlyCodes.has(issue.code));
        const ajvValid = ajvValidate(mutant);
        if (ajvValid !== zodStructurallyValid) {
          throw new Error(
            `${entity}: ajv ${ajvValid ? 'accepts' : 'rejects'}, zod ${zodStructurallyValid ? 'accepts' : 'rejects'}:\n${JSON.stringify(mutant)}\nzod: ${JSON.stringify(result)}\najv: ${JSON.stringify(ajvValidate.errors)}`,
          );
        }
        compared++;
        if (!ajvValid) rejected++;
      }
    }
    expect(compared).toBeGreaterThan(valid.length * 5);
    expect(rejected).toBeGreaterThan(compared / 4);
  });

  it('leaves the cross-field rules it cannot express to zod, and says so', () => {
    for (const { record, code } of semantic) {
      const result = validate(record);
      expect(result.ok || result.issues.map((issue) => issue.code)).toEqual([code]);
      expect(ajvValidate(record)).toBe(zodOnlyCodes.has(code));
    }
  });
});
