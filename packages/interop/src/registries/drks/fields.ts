import { formats, type IssuePath } from '@nrw-health/core';
import type { IssueLog } from '../../shared/result';

/** A JSON object of the source, as the tracker hands it out. */
export type Node = Record<string, unknown>;

export const isNode = (value: unknown): value is Node =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const dateLike = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads typed values out of a parsed JSON record and reports every value of the wrong type or
 * format as a source issue, so a reader never has to trust the record's shape. Only own
 * properties are read: `constructor` or `toString` of a record are never taken from a prototype.
 */
export class JsonFields {
  constructor(readonly log: IssueLog) {}

  private get(parent: Node | undefined, key: string): unknown {
    return parent !== undefined && Object.hasOwn(parent, key) ? parent[key] : undefined;
  }

  /** An object, or undefined when missing or null. */
  node(parent: Node | undefined, key: string, path: IssuePath): Node | undefined {
    const value = this.get(parent, key);
    if (value === undefined || value === null) return undefined;
    if (isNode(value)) return value;
    this.log.source([...path, key], 'invalid_type', { expected: 'object' });
    return undefined;
  }

  /** An array, or undefined when missing or null. */
  list(parent: Node | undefined, key: string, path: IssuePath): readonly unknown[] | undefined {
    const value = this.get(parent, key);
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value)) return value;
    this.log.source([...path, key], 'invalid_type', { expected: 'array' });
    return undefined;
  }

  /** The objects of an array, each with its path; other items are reported. */
  nodes(parent: Node | undefined, key: string, path: IssuePath): { node: Node; path: IssuePath }[] {
    const items = this.list(parent, key, path) ?? [];
    const found: { node: Node; path: IssuePath }[] = [];
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      const at = [...path, key, index];
      if (isNode(item)) found.push({ node: item, path: at });
      else if (item !== null) this.log.source(at, 'invalid_type', { expected: 'object' });
    }
    return found;
  }

  /** A trimmed, non-empty string. */
  text(parent: Node | undefined, key: string, path: IssuePath): string | undefined {
    const value = this.get(parent, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.log.source([...path, key], 'invalid_type', { expected: 'string' });
      return undefined;
    }
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  flag(parent: Node | undefined, key: string, path: IssuePath): boolean | undefined {
    const value = this.get(parent, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    this.log.source([...path, key], 'invalid_type', { expected: 'boolean' });
    return undefined;
  }

  /** A whole number of at least 0. */
  count(parent: Node | undefined, key: string, path: IssuePath): number | undefined {
    const value = this.get(parent, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.log.source([...path, key], 'invalid_type', { expected: 'number' });
    } else if (!Number.isInteger(value)) {
      this.log.source([...path, key], 'not_integer');
    } else if (value < 0) {
      this.log.source([...path, key], 'too_small', { limit: 0, origin: 'number' });
    } else {
      return value;
    }
    return undefined;
  }

  /** A date at the precision given (`2024`, `2024-05`, `2024-05-17`); a time is cut off. */
  date(parent: Node | undefined, key: string, path: IssuePath): string | undefined {
    const value = this.text(parent, key, path);
    if (value === undefined) return undefined;
    const date = dateLike.exec(value)?.[1];
    if (date && formats.partialDate.pattern.test(date)) return date;
    this.log.source([...path, key], 'invalid_format', { format: formats.partialDate });
    return undefined;
  }

  /**
   * A value of a registry code list and what the table maps it to. A value the table does not
   * know is reported as `unknown_code` and gives undefined.
   */
  code<T>(
    parent: Node | undefined,
    key: string,
    path: IssuePath,
    table: Readonly<Record<string, T>>,
  ): { value: T; original: string } | undefined {
    const original = this.text(parent, key, path);
    if (original === undefined) return undefined;
    if (Object.hasOwn(table, original)) return { value: table[original] as T, original };
    this.log.source([...path, key], 'unknown_code', {
      value: original,
      allowed: Object.keys(table),
    });
    return undefined;
  }
}

// The model's URL and e-mail patterns take time that grows with the square of a string's
// length when it does not match; no real address is this long, so longer ones are refused first.
const maxUrl = 2048;
const maxEmail = 254;

/** An http(s) URL in the model's sense, of a sane length. */
export const isHttpUrl = (text: string) =>
  text.length <= maxUrl && formats.httpUrl.pattern.test(text);

/** An e-mail address in the model's sense, of a sane length. */
export const isEmail = (text: string) =>
  text.length <= maxEmail && formats.email.pattern.test(text);
