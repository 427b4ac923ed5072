import type { LostField } from './result';

/**
 * Watches which parts of a parsed source record a reader reads, so that everything it never read
 * can be reported as lost instead of vanishing. The reader reads through `root` as it would read
 * the record itself; it must copy primitives out, never the wrapped objects.
 */
export interface Tracked<T> {
  readonly root: T;
  /**
   * What the reader never read: leaves (strings, numbers, booleans; not nulls), and objects and
   * arrays it never looked into, each as one field with its whole value (`resultsSection`, not
   * its thousand leaves).
   */
  unread(): LostField[];
}

export function track<T>(source: T): Tracked<T> {
  // The keys read, per object of the source: no path strings on the hot path of reading.
  const readKeys = new WeakMap<object, Set<string>>();
  const wrappers = new WeakMap<object, object>();

  function wrap(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const cached = wrappers.get(value);
    if (cached) return cached;
    const isArray = Array.isArray(value);
    const real = value as Record<PropertyKey, unknown>;
    const keys = new Set<string>();
    readKeys.set(value, keys);
    // The proxy stands on an empty shadow, not on the record itself: a frozen record's
    // properties could not be handed out wrapped (proxy invariants), and records may be frozen.
    const proxy = new Proxy(isArray ? [] : {}, {
      get(_shadow, key) {
        const child = Reflect.get(real, key);
        // Methods and `length` come from the prototype or are not data: pass them through.
        if (typeof key === 'symbol' || !Object.hasOwn(real, key) || (isArray && key === 'length')) {
          return child;
        }
        keys.add(key);
        return wrap(child);
      },
      has: (_shadow, key) => Reflect.has(real, key),
      ownKeys: () => Reflect.ownKeys(real),
      getOwnPropertyDescriptor(shadow, key) {
        // Array `length` must match the shadow's own non-configurable `length`.
        if (isArray && key === 'length') return Reflect.getOwnPropertyDescriptor(shadow, key);
        const descriptor = Reflect.getOwnPropertyDescriptor(real, key);
        return descriptor && { ...descriptor, configurable: true };
      },
      getPrototypeOf: () => Object.getPrototypeOf(real),
    });
    wrappers.set(value, proxy);
    return proxy;
  }

  function unread(): LostField[] {
    // Iterative: a hostile record may nest deeper than the call stack goes. Paths are built for
    // objects and lost leaves only; the leaves that were read cost a set lookup.
    const lost: LostField[] = [];
    // `whole`: an object or array never looked into, lost as one field.
    type Item = [value: unknown, path: string, pattern: string, whole: boolean];
    const stack: Item[] = [];
    if (source !== null && typeof source === 'object') stack.push([source, '', '', false]);
    while (stack.length > 0) {
      const [value, path, pattern, whole] = stack.pop()!;
      if (whole || value === null || typeof value !== 'object') {
        lost.push({ path, pattern, value });
        continue;
      }
      const keys = readKeys.get(value);
      const isArray = Array.isArray(value);
      const entries = Object.entries(value);
      // Pushed in reverse, so lost fields come out in the order of the source.
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index]!;
        const isObject = child !== null && typeof child === 'object';
        if (!isObject && (child === null || keys?.has(key))) continue;
        const unseen = isObject && !readKeys.get(child)?.size;
        // Empty objects and arrays hold nothing to lose.
        if (unseen && !hasAny(child)) continue;
        const at = isArray ? `${path}[${key}]` : path ? `${path}.${key}` : key;
        stack.push([
          child,
          at,
          isArray ? `${pattern}[*]` : pattern ? `${pattern}.${key}` : key,
          unseen,
        ]);
      }
    }
    return lost;
  }

  return { root: wrap(source) as T, unread };
}

function hasAny(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}
