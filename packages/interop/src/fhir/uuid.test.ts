import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha1, urlNamespace, uuidV5 } from './uuid';

describe('sha1', () => {
  it('agrees with node:crypto', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const expected = createHash('sha1').update(bytes).digest('hex');
        expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('uuidV5', () => {
  it('gives the RFC 9562 result', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com')
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(uuidV5(urlNamespace, 'https://nrw-health.github.io/fhir')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('is stable, and different names give different UUIDs', () => {
    expect(uuidV5(urlNamespace, 'a')).toBe(uuidV5(urlNamespace, 'a'));
    expect(uuidV5(urlNamespace, 'a')).not.toBe(uuidV5(urlNamespace, 'b'));
  });
});
