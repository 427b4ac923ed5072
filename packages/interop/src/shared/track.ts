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
    // The proxy stands on an empty shadow, not on the record itself: a frozen record's
    // properties could not be handed out wrapped (proxy invariants), and records may be frozen.
    const real = value as Record<PropertyKey, unknown>;
    const proxy = new Proxy(isArray ? [] : {}, {
      get(_shadow, key) {
        const child = Reflect.get(real, key);
        // Methods and `length` come from the prototype or are not data: pass them through.
        if (typeof key === 'symbol' || !Object.hasOwn(real, key) || (isArray && key === 'length')) {
          return child;
        }
        const at = childPath(path, key, isArray);
        read.add(at);
        return wrap(child, at);
      },
      has: (_shadow, key) => Reflect.has(real, key),
      ownKeys: () => Reflect.ownKeys(real),
      getOwnPropertyDescriptor(_shadow, key) {
        const descriptor = Reflect.getOwnPropertyDescriptor(real, key);
        // Array `length` must match the shadow's own non-configurable `length`.
        if (isArray && key === 'length') return Reflect.getOwnPropertyDescriptor(_shadow, key);
        return descriptor && { ...descriptor, configurable: true };
      },
      getPrototypeOf: () => Object.getPrototypeOf(real),
    });
    wrappers.set(value, proxy);
    return proxy;
  }

  function unread(): LostField[] {
    // Iterative: a hostile record may nest deeper than the call stack goes.
    const lost: LostField[] = [];
    const stack: [value: unknown, path: string][] = [[source, '']];
    while (stack.length > 0) {
      const [value, path] = stack.pop()!;
      if (value !== null && typeof value === 'object') {
        const isArray = Array.isArray(value);
        const children = Object.entries(value);
        for (let index = children.length - 1; index >= 0; index--) {
          const [key, child] = children[index]!;
          stack.push([child, childPath(path, key, isArray)]);
        }
      } else if (value !== null && !read.has(path)) {
        // A null says nothing, so an unread null is not a loss.
        lost.push({ path, value });
      }
    }
    return lost;
  }

  return { root: wrap(source, '') as T, unread };
}
