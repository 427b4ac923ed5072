import type { LostField } from './result';

/**
 * The keys a reader read, per object of a parsed source record, so that everything it never
 * read can be reported as lost instead of vanishing. A reader marks what it reads (`mark`), or
 * reads through a `track` proxy that marks for it.
 */
export class ReadMarks {
  // Per object, not per path: no path strings on the hot path of reading. A Map, not a WeakMap
  // (faster): the marks live as long as the reading of one record.
  readonly #keys = new Map<object, Set<string>>();

  /** Marks `key` of `object` (an index, for an array) as read. */
  mark(object: object, key: string | number): void {
    let keys = this.#keys.get(object);
    if (!keys) {
      keys = new Set();
      this.#keys.set(object, keys);
    }
    keys.add(typeof key === 'number' ? String(key) : key);
  }

  /** The keys read of `object`, created empty on first use. */
  keysOf(object: object): Set<string> {
    let keys = this.#keys.get(object);
    if (!keys) {
      keys = new Set();
      this.#keys.set(object, keys);
    }
    return keys;
  }

  /**
   * What was never read of `source`: leaves (strings, numbers, booleans; not nulls), and objects
   * and arrays never looked into, each as one field with its whole value (`resultsSection`, not
   * its thousand leaves).
   */
  unread(source: unknown): LostField[] {
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
      const keys = this.#keys.get(value);
      const isArray = Array.isArray(value);
      const record = value as Record<string, unknown>;
      const names = Object.keys(record);
      // Pushed in reverse, so lost fields come out in the order of the source.
      for (let index = names.length - 1; index >= 0; index--) {
        const key = names[index]!;
        const child = record[key];
        const isObject = child !== null && typeof child === 'object';
        if (!isObject && (child === null || keys?.has(key))) continue;
        const unseen = isObject && !this.#keys.get(child)?.size;
        // Empty objects and arrays hold nothing to lose.
        if (unseen && !hasAny(child)) continue;
        const at = isArray ? `${path}[${key}]` : path ? `${path}.${key}` : key;
        const childPattern = isArray ? `${pattern}[*]` : pattern ? `${pattern}.${key}` : key;
        stack.push([child, at, childPattern, unseen]);
      }
    }
    return lost;
  }
}

function hasAny(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}

/**
 * A source record read through a proxy that marks every key the reader reads. The reader reads
 * through `root` as it would read the record itself; it must copy primitives out, never the
 * wrapped objects.
 */
export interface Tracked<T> {
  readonly root: T;
  /** What the reader never read (see `ReadMarks.unread`). */
  unread(): LostField[];
}

export function track<T>(source: T): Tracked<T> {
  const marks = new ReadMarks();
  const wrappers = new WeakMap<object, object>();

  function wrap(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const cached = wrappers.get(value);
    if (cached) return cached;
    const isArray = Array.isArray(value);
    const real = value as Record<PropertyKey, unknown>;
    const keys = marks.keysOf(value);
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

  return { root: wrap(source) as T, unread: () => marks.unread(source) };
}
