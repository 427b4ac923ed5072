import { describe, expect, it } from 'vitest';
import { track } from './track';

describe('track', () => {
  it('reports every leaf the reader never read, with its path and value', () => {
    const source = JSON.parse(
      '{"a":{"b":1,"c":"x"},"list":[{"d":true},{"d":false,"e":null}],"empty":{}}',
    );
    const { root, unread } = track(source);
    const read = { b: root.a.b, ds: root.list.map((item: { d: boolean }) => item.d) };
    expect(read).toEqual({ b: 1, ds: [true, false] });
    expect(unread()).toEqual([
      { path: 'a.c', value: 'x' },
      { path: 'list[1].e', value: null },
    ]);
  });

  it('counts a value as read when the reader takes it whole', () => {
    const { root, unread } = track({ a: { b: [1, 2], c: { d: 'x' } } });
    JSON.stringify(root.a);
    expect(unread()).toEqual([]);
  });

  it('survives __proto__ and constructor keys from JSON', () => {
    const source = JSON.parse('{"__proto__":{"x":1},"constructor":"y"}');
    const { root, unread } = track(source);
    expect(root.constructor).toBe('y');
    expect(unread()).toEqual([{ path: '__proto__.x', value: 1 }]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
