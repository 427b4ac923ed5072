import { z } from 'zod';
import Ajv2020 from 'ajv/dist/2020.js';
z.config({ jitless: true });
import { Trial } from '../src/trial/schema';
import { fullTrial, minimalTrial } from '../src/trial/trial.examples';
const ajv = new Ajv2020({ allErrors: true, strict: false });
const v = ajv.compile(z.toJSONSchema(Trial, { target: 'draft-2020-12', reused: 'ref' }) as object);
for (const [name, base] of [['minimal', minimalTrial], ['full', fullTrial]] as const) {
  const xs = Array.from({ length: 10000 }, () => structuredClone(base));
  for (const [lib, f] of [['ajv', (x: unknown) => v(x)], ['zod', (x: unknown) => Trial.safeParse(x)]] as const) {
    for (const x of xs) f(x);
    const t = performance.now();
    for (let r = 0; r < 5; r++) for (const x of xs) f(x);
    console.log(name, lib, ((performance.now() - t) / 5).toFixed(0), 'ms');
  }
}
