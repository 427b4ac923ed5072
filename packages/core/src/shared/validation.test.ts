import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatted } from './primitives';
import { createValidator } from './validation';

const validate = createValidator(
  z.strictObject({ id: formatted('nct'), count: z.int().min(0), kind: z.enum(['a', 'b']) }),
);

describe('createValidator', () => {
  it('returns the typed value when the input is valid', () => {
    expect(validate({ id: 'NCT01234567', count: 3, kind: 'a' })).toEqual({
      ok: true,
      value: { id: 'NCT01234567', count: 3, kind: 'a' },
    });
  });

  it('reports every issue with path, stable code and a message in the asked language', () => {
    const result = validate({ count: 1.5, kind: 'c', extra: 1 }, { locale: 'de' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['id'], code: 'required' },
      { path: ['count'], code: 'not_integer' },
      { path: ['kind'], code: 'unknown_code' },
      { path: ['extra'], code: 'unrecognized_key' },
    ]);
    expect(result.issues[2]!.message).toBe('Unbekannter Wert "c". Erlaubt: "a", "b".');
  });

  it('names the expected format of a pattern in the message', () => {
    const result = validate({ id: 'NCT123', count: 0, kind: 'b' });
    expect(result.ok || result.issues[0]!.message).toBe(
      'Invalid format: expected NCT number (e.g. NCT04349592).',
    );
  });

  it('does not throw on inputs whose getters throw', () => {
    const hostile = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = validate(hostile);
    expect(result.ok).toBe(false);
  });
});
