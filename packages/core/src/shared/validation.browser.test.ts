import { expect, it } from 'vitest';
import * as z from 'zod';
import { formatted } from './primitives';
import { createValidator } from './validation';

// core runs anywhere: the same validator in a real browser.
it('validates in Chromium', () => {
  expect(navigator.userAgent).toMatch(/Chrome/);
  const validate = createValidator(z.strictObject({ id: formatted('drks') }));
  expect(validate({ id: 'DRKS00012345' }).ok).toBe(true);
  expect(validate({ id: 'DRKS1' }, { locale: 'de' })).toMatchObject({
    ok: false,
    issues: [{ path: ['id'], code: 'invalid_format' }],
  });
});
