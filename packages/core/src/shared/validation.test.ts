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

describe('messages', () => {
  it('leave out the allowed values where none are known, and give the reason of bad input', async () => {
    const { issueMessage } = await import('./messages');
    expect(issueMessage('unknown_code', { value: 'Atlantis' }, 'en')).toBe(
      'Unknown value "Atlantis".',
    );
    expect(issueMessage('unknown_code', { value: 'x', allowed: ['a'] }, 'de')).toBe(
      'Unbekannter Wert "x". Erlaubt: "a".',
    );
    expect(issueMessage('invalid_input', { reason: 'unclosed tag at line 3' }, 'en')).toBe(
      'Invalid input: unclosed tag at line 3',
    );
    expect(issueMessage('invalid_input', {}, 'de')).toBe('Ungültige Eingabe.');
  });
});

describe('string formats', () => {
  it('reject long non-matching input in linear time (no catastrophic backtracking)', async () => {
    const { formats } = await import('./formats');
    const long = 'a'.repeat(50_000);
    const started = performance.now();
    expect(formats.httpUrl.pattern.test(`https://${long} x`)).toBe(false);
    expect(formats.email.pattern.test(`${long}@${'b.'.repeat(20_000)}`)).toBe(false);
    expect(formats.email.pattern.test(`x@${long}`)).toBe(false);
    // Quadratic patterns take seconds on these inputs; linear ones a few milliseconds.
    expect(performance.now() - started).toBeLessThan(500);
    expect(formats.httpUrl.pattern.test('https://www.drks.de/search?x=1#y')).toBe(true);
    expect(formats.email.pattern.test('studien@uk-essen.example.org')).toBe(true);
  });
});
