import { describe, expect, it } from 'vitest';
import { xssPayloads } from '../testing/xss';
import { safeHref } from './url';

describe('safeHref', () => {
  it('passes absolute http and https addresses', () => {
    expect(safeHref('https://drks.de/search/de/trial/DRKS00000001')).toBe(
      'https://drks.de/search/de/trial/DRKS00000001',
    );
    expect(safeHref(' http://example.org ')).toBe('http://example.org/');
  });

  it('refuses every other scheme, relative addresses and non-text', () => {
    for (const value of ['mailto:a@b.de', 'ftp://x.de', '/relative', 'www.example.org', 42, null]) {
      expect(safeHref(value), String(value)).toBeUndefined();
    }
  });

  it.each(xssPayloads)('refuses the payload %j', (payload) => {
    expect(safeHref(payload)).toBeUndefined();
  });
});
