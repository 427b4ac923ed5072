import { z } from 'zod';
import Ajv2020 from 'ajv/dist/2020.js';
import { Trial } from '../src/trial/schema';
import { LocalizedText } from '../src/shared/primitives';
import { fullTrial, minimalTrial } from '../src/trial/trial.examples';
const trials = Array.from({ length: 10000 }, (_, i) => structuredClone(i % 2 ? minimalTrial : fullTrial));
function time(name: string, f: (x: unknown) => unknown) {
  for (const x of trials.slice(0, 2000)) f(x);
  const t = performance.now();
  for (let r = 0; r < 5; r++) for (const x of trials) f(x);
  console.log(name.padEnd(30), ((performance.now() - t) / 5).toFixed(0), 'ms');
}
const ajv = new Ajv2020({ allErrors: true, strict: false });
const v = ajv.compile(z.toJSONSchema(Trial, { target: 'draft-2020-12', reused: 'ref' }) as object);
time('ajv', (x) => v(x));
time('zod Trial', (x) => Trial.safeParse(x));
const lt = Array.from({length: 10000}, () => ({ de: 'Hallo', en: 'Hello' }));
const LT2 = z.strictObject({ de: z.string().min(1).optional(), en: z.string().min(1).optional() });
const LT3 = z.record(z.string().regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/), z.string().min(1));
const LT4 = z.record(z.string(), z.string());
let t = performance.now(); for (let r=0;r<20;r++) for (const x of lt) LocalizedText.safeParse(x); console.log('LT record+refine x200k', (performance.now()-t).toFixed(0));
t = performance.now(); for (let r=0;r<20;r++) for (const x of lt) LT3.safeParse(x); console.log('LT record x200k', (performance.now()-t).toFixed(0));
t = performance.now(); for (let r=0;r<20;r++) for (const x of lt) LT4.safeParse(x); console.log('LT plain record x200k', (performance.now()-t).toFixed(0));
t = performance.now(); for (let r=0;r<20;r++) for (const x of lt) LT2.safeParse(x); console.log('LT strictObject x200k', (performance.now()-t).toFixed(0));
const vlt = ajv.compile(z.toJSONSchema(LocalizedText) as object);
t = performance.now(); for (let r=0;r<20;r++) for (const x of lt) vlt(x); console.log('LT ajv x200k', (performance.now()-t).toFixed(0));
