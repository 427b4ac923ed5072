// Build step: writes the JSON Schema of every entity next to the bundles, generated from zod.
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemaEntities, toJsonSchema } from '../dist/index.js';

const out = new URL('../dist/schemas/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const entity of Object.keys(jsonSchemaEntities)) {
  const schema = toJsonSchema(entity);
  writeFileSync(new URL(`${entity}.schema.json`, out), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(jsonSchemaEntities).length} JSON Schemas to dist/schemas`);
