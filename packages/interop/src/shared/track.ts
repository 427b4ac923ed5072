import type { LostField } from './result';

/**
 * Watches which parts of a parsed source record a reader reads, so that everything it never read
 * can be reported as lost instead of vanishing. The reader reads through `root` as it would read
 * the record itself; it must copy primitives out, never the wrapped objects.
 */
export interface Tracked<T> {
  readonly root: T;
  /** The leaves of the source that were never read: strings, numbers, booleans, nulls. */
  unread(): LostField[];
}

const childPath = (path: string, key: string, isArray: boolean) =>
  isArray ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export function track<T>(source: T): Tracked<T> {
  const read = new Set<string>();
  const wrappers = new WeakMap<object, object>();

  function wrap(value: unknown, path: string): unknown {
    if (value === null || typeof value !== 'object') return value;
    const cached = wrappers.get(value);
    if (cached) return cached;
    const isArray = Array.isArray(value);
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        const child = Reflect.get(target, key, receiver);
        // Methods and `length` come from the prototype or are not data: pass them through.
        if (
          typeof key === 'symbol' ||
          !Object.hasOwn(target, key) ||
          (isArray && key === 'length')
        ) {
          return child;
        }
        const at = childPath(path, key, isArray);
        read.add(at);
        return wrap(child, at);
      },
    });
    wrappers.set(value, proxy);
    return proxy;
  }

  function unread(): LostField[] {
    const lost: LostField[] = [];
    const walk = (value: unknown, path: string) => {
      if (value !== null && typeof value === 'object') {
        const isArray = Array.isArray(value);
        for (const [key, child] of Object.entries(value))
          walk(child, childPath(path, key, isArray));
      } else if (!read.has(path)) {
        lost.push({ path, value });
      }
    };
    walk(source, '');
    return lost;
  }

  return { root: wrap(source, '') as T, unread };
}
