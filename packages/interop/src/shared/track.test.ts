import { describe, expect, it } from 'vitest';
import { ReadMarks, track } from './track';

describe('track', () => {
  it('reports every leaf the reader never read, with its path, pattern and value', () => {
    const source = JSON.parse(
      '{"a":{"b":1,"c":"x"},"list":[{"d":true},{"d":false,"e":null}],"empty":{}}',
    );
    const { root, unread } = track(source);
    const read = { b: root.a.b, ds: root.list.map((item: { d: boolean }) => item.d) };
    expect(read).toEqual({ b: 1, ds: [true, false] });
    expect(unread()).toEqual([{ path: 'a.c', pattern: 'a.c', value: 'x' }]);
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
    expect(unread()).toEqual([{ path: '__proto__', pattern: '__proto__', value: { x: 1 } }]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('track, objects never looked into', () => {
  it('reports an object or array the reader never looked into as one field, whole', () => {
    const source = {
      a: { b: 1 },
      list: [{ x: 1 }, { x: 2 }],
      seen: { c: 2, d: { e: 3 } },
      none: {},
    };
    const { root, unread } = track(source);
    expect(root.seen.c).toBe(2);
    expect(unread()).toEqual([
      { path: 'a', pattern: 'a', value: { b: 1 } },
      { path: 'list', pattern: 'list', value: [{ x: 1 }, { x: 2 }] },
      { path: 'seen.d', pattern: 'seen.d', value: { e: 3 } },
    ]);
  });

  it('reports the elements of an array it looked into one by one', () => {
    const source: { list: unknown[] } = { list: [{ x: 1, y: 'a' }, { y: 'b' }, ['z']] };
    const { root, unread } = track(source);
    expect((root.list[0] as { x: number }).x).toBe(1);
    expect(unread().map((field) => [field.path, field.pattern])).toEqual([
      ['list[0].y', 'list[*].y'],
      ['list[1]', 'list[*]'],
      ['list[2]', 'list[*]'],
    ]);
  });
});

describe('ReadMarks', () => {
  it('reports what a reader that marks its reads never read, as the proxy does', () => {
    const source = { a: { b: 1, c: 'x' }, list: [{ d: true }, { d: false }], rest: { e: 1 } };
    const marks = new ReadMarks();
    marks.mark(source, 'a');
    marks.mark(source.a, 'b');
    marks.mark(source, 'list');
    source.list.forEach((item, index) => {
      marks.mark(source.list, index);
      marks.mark(item, 'd');
    });
    const { root, unread } = track(source);
    expect([root.a.b, root.list.map((item) => item.d)]).toEqual([1, [true, false]]);
    expect(marks.unread(source)).toEqual(unread());
    expect(unread()).toEqual([
      { path: 'a.c', pattern: 'a.c', value: 'x' },
      { path: 'rest', pattern: 'rest', value: { e: 1 } },
    ]);
  });
});

describe('track on frozen records', () => {
  it('reads a deep-frozen record like any other', () => {
    const deepFreeze = <T>(value: T): T => {
      if (value && typeof value === 'object') {
        for (const child of Object.values(value)) deepFreeze(child);
        Object.freeze(value);
      }
      return value;
    };
    const source = deepFreeze({ a: { b: 1, c: [1, 2] }, d: 'x' });
    const { root, unread } = track(source);
    expect(root.a.c.map((n: number) => n * 2)).toEqual([2, 4]);
    expect(Object.keys(root.a)).toEqual(['b', 'c']);
    expect(Array.isArray(root.a.c)).toBe(true);
    expect(unread()).toEqual([
      { path: 'a.b', pattern: 'a.b', value: 1 },
      { path: 'd', pattern: 'd', value: 'x' },
    ]);
  });
});

describe('track on hostile records', () => {
  it('walks records nested deeper than the call stack', () => {
    const deep = JSON.parse(`${'['.repeat(20_000)}1${']'.repeat(20_000)}`);
    expect(track(deep).unread()).toHaveLength(1);
  });

  it('gives one pattern per field, whatever the array index', () => {
    const { root, unread } = track({
      sites: [
        { city: 'Essen', zip: '1' },
        { city: 'Bonn', zip: '2' },
      ],
    });
    expect(root.sites.map((site: { city: string }) => site.city)).toEqual(['Essen', 'Bonn']);
    expect(unread().map((field) => [field.path, field.pattern])).toEqual([
      ['sites[0].zip', 'sites[*].zip'],
      ['sites[1].zip', 'sites[*].zip'],
    ]);
  });
});

describe('compact', () => {
  it('drops empty values at any depth and keeps a __proto__ key as a key', async () => {
    const { compact } = await import('./finish');
    expect(compact({ a: '', b: [undefined, ' '], c: { d: undefined }, e: 0, f: false })).toEqual({
      e: 0,
      f: false,
    });
    const kept = compact(JSON.parse('{"__proto__": {"x": 1}, "y": 2}')) as Record<string, unknown>;
    expect(Object.keys(kept)).toEqual(['__proto__', 'y']);
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
  });
});
