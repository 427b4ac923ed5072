import type { IssuePath } from '@nrw-health/core';
import type { IssueLog } from '../../shared/result';
import type { Category, Dimension, DimensionRole } from '../dataset';
import { isObject, type Json, localizedAt, objectAt, own, textAt } from './json';
import { logReason, reasons } from './reasons';

/** The dimensions of a dataset, and where each category stands in the source. */
export interface Structure {
  readonly dimensions: readonly Dimension[];
  readonly sizes: readonly number[];
  /** The source path of each category, by dimension and category index (for issues). */
  readonly categoryPaths: readonly (readonly IssuePath[])[];
}

/**
 * Where the structure stands: JSON-stat 2.0 puts `id`, `size` and `role` on the dataset, 1.x
 * inside `dimension`.
 */
export type Layout = '2.0' | '1.x';

const roles: readonly DimensionRole[] = ['time', 'geo', 'metric'];

/** A size: a whole number, also as a numeric string (CSO's 1.x responses write `"37"`). */
function sizeOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0
    ? number
    : undefined;
}

class StructureReader {
  constructor(
    private readonly log: IssueLog,
    private readonly language: string,
  ) {}

  read(root: Json, layout: Layout, at: IssuePath): Structure | undefined {
    const log = this.log;
    const dimensions = objectAt(root, 'dimension', at, log);
    if (!dimensions) {
      log.source([...at, 'dimension'], 'required');
      return undefined;
    }
    const home = layout === '2.0' ? root : dimensions;
    const homePath = layout === '2.0' ? at : [...at, 'dimension'];
    const ids = this.ids(own(home, 'id'), [...homePath, 'id']);
    const sizes = this.sizes(own(home, 'size'), [...homePath, 'size'], ids?.length);
    if (!ids || !sizes) return undefined;
    const roleOf = this.roles(objectAt(home, 'role', homePath, log), [...homePath, 'role'], ids);

    const read: Dimension[] = [];
    const categoryPaths: IssuePath[][] = [];
    for (const [index, id] of ids.entries()) {
      const path = [...at, 'dimension', id];
      const dimension = objectAt(dimensions, id, [...at, 'dimension'], log);
      if (!dimension) {
        log.source(path, 'required');
        return undefined;
      }
      const categories = this.categories(dimension, path, sizes[index]!);
      if (!categories) return undefined;
      const label = localizedAt(dimension, 'label', path, log, this.language);
      const role = roleOf.get(id);
      read.push({
        id,
        ...(label && { label }),
        ...(role && { role }),
        categories: categories.categories,
      });
      categoryPaths.push(categories.paths);
    }
    return { dimensions: read, sizes, categoryPaths };
  }

  private ids(value: unknown, path: IssuePath): string[] | undefined {
    if (!Array.isArray(value)) {
      this.log.source(path, value === undefined ? 'required' : 'invalid_type', {
        expected: 'array',
      });
      return undefined;
    }
    const ids: string[] = [];
    for (let index = 0; index < value.length; index++) {
      const id: unknown = value[index];
      if (typeof id !== 'string' || id === '') {
        this.log.source([...path, index], 'invalid_type', { expected: 'string' });
        return undefined;
      }
      if (ids.includes(id)) {
        this.log.source([...path, index], 'duplicate', { value: id });
        return undefined;
      }
      ids.push(id);
    }
    return ids;
  }

  private sizes(value: unknown, path: IssuePath, count: number | undefined): number[] | undefined {
    if (!Array.isArray(value)) {
      this.log.source(path, value === undefined ? 'required' : 'invalid_type', {
        expected: 'array',
      });
      return undefined;
    }
    if (count !== undefined && value.length !== count) {
      this.log.source(path, 'too_small', { origin: 'array', limit: count });
      return undefined;
    }
    const sizes: number[] = [];
    for (let index = 0; index < value.length; index++) {
      const size = sizeOf(value[index]);
      if (size === undefined) {
        this.log.source([...path, index], 'invalid_type', { expected: 'int' });
        return undefined;
      }
      sizes.push(size);
    }
    return sizes;
  }

  /** The role of each dimension; a dimension named twice keeps its first role. */
  private roles(
    role: Json | undefined,
    path: IssuePath,
    ids: readonly string[],
  ): Map<string, DimensionRole> {
    const found = new Map<string, DimensionRole>();
    if (!role) return found;
    for (const name of roles) {
      const members = own(role, name);
      if (members === undefined) continue;
      if (!Array.isArray(members)) {
        this.log.source([...path, name], 'invalid_type', { expected: 'array' });
        continue;
      }
      for (let index = 0; index < members.length; index++) {
        const id: unknown = members[index];
        if (typeof id !== 'string' || !ids.includes(id)) {
          this.log.source([...path, name, index], 'unknown_code', { value: id, allowed: ids });
        } else if (found.has(id)) {
          this.log.source([...path, name, index], 'duplicate', { value: id });
        } else {
          found.set(id, name);
        }
      }
    }
    return found;
  }

  /** The category ids in index order, and the path of each. */
  private order(
    category: Json,
    path: IssuePath,
  ): { ids: string[]; paths: IssuePath[] } | undefined {
    const log = this.log;
    const index = own(category, 'index');
    if (Array.isArray(index)) {
      const ids: string[] = [];
      const paths: IssuePath[] = [];
      const seen = new Set<string>();
      for (let position = 0; position < index.length; position++) {
        const id: unknown = index[position];
        const at = [...path, 'index', position];
        if (typeof id !== 'string' || id === '') {
          log.source(at, 'invalid_type', { expected: 'string' });
          return undefined;
        }
        if (seen.has(id)) {
          log.source(at, 'duplicate', { value: id });
          return undefined;
        }
        seen.add(id);
        ids.push(id);
        paths.push(at);
      }
      return { ids, paths };
    }
    if (isObject(index)) {
      const keys = Object.keys(index);
      const ids: string[] = new Array(keys.length);
      const paths: IssuePath[] = new Array(keys.length);
      for (const key of keys) {
        const position = index[key];
        if (
          typeof position !== 'number' ||
          !Number.isInteger(position) ||
          position < 0 ||
          position >= keys.length ||
          ids[position] !== undefined
        ) {
          logReason(log, [...path, 'index', key], reasons.categoryIndex(keys.length));
          return undefined;
        }
        ids[position] = key;
        paths[position] = [...path, 'index', key];
      }
      return { ids, paths };
    }
    if (index !== undefined) {
      log.source([...path, 'index'], 'invalid_type', { expected: 'array' });
      return undefined;
    }
    // Without an index, the labels name the categories (the spec allows it for one category).
    const labels = own(category, 'label');
    if (!isObject(labels)) {
      log.source([...path, 'index'], 'required');
      return undefined;
    }
    const ids = Object.keys(labels);
    return { ids, paths: ids.map((id) => [...path, 'label', id]) };
  }

  private categories(
    dimension: Json,
    path: IssuePath,
    size: number,
  ): { categories: Category[]; paths: IssuePath[] } | undefined {
    const log = this.log;
    const categoryPath = [...path, 'category'];
    const category = objectAt(dimension, 'category', path, log);
    if (!category) {
      log.source(categoryPath, 'required');
      return undefined;
    }
    const order = this.order(category, categoryPath);
    if (!order) return undefined;
    if (order.ids.length !== size) {
      logReason(
        log,
        categoryPath,
        reasons.sizeMismatch(path.at(-1) as string, size, order.ids.length),
      );
      return undefined;
    }
    const labels = objectAt(category, 'label', categoryPath, log);
    const units = objectAt(category, 'unit', categoryPath, log);
    const children = objectAt(category, 'child', categoryPath, log);
    const known = new Set(order.ids);
    const categories = order.ids.map((id): Category => {
      const label =
        labels && localizedAt(labels, id, [...categoryPath, 'label'], log, this.language);
      const unit =
        units &&
        this.unit(objectAt(units, id, [...categoryPath, 'unit'], log), [
          ...categoryPath,
          'unit',
          id,
        ]);
      const under =
        children && this.children(own(children, id), [...categoryPath, 'child', id], known);
      return {
        id,
        ...(label && { label }),
        ...(unit && { unit }),
        ...(under && { children: under }),
      };
    });
    return { categories, paths: order.paths };
  }

  private unit(unit: Json | undefined, path: IssuePath): Category['unit'] {
    if (!unit) return undefined;
    const log = this.log;
    const label = localizedAt(unit, 'label', path, log, this.language);
    const symbol = textAt(unit, 'symbol', path, log);
    let decimals: number | undefined;
    const rawDecimals = own(unit, 'decimals');
    if (rawDecimals !== undefined) {
      if (typeof rawDecimals === 'number' && Number.isInteger(rawDecimals) && rawDecimals >= 0) {
        decimals = rawDecimals;
      } else {
        log.source([...path, 'decimals'], 'invalid_type', { expected: 'int' });
      }
    }
    let position: 'start' | 'end' | undefined;
    const rawPosition = own(unit, 'position');
    if (rawPosition === 'start' || rawPosition === 'end') position = rawPosition;
    else if (rawPosition !== undefined) {
      log.source([...path, 'position'], 'unknown_code', {
        value: rawPosition,
        allowed: ['start', 'end'],
      });
    }
    const read = {
      ...(label && { label }),
      ...(decimals !== undefined && { decimals }),
      ...(symbol !== undefined && { symbol }),
      ...(position && { position }),
    };
    return Object.keys(read).length > 0 ? read : undefined;
  }

  private children(
    value: unknown,
    path: IssuePath,
    known: ReadonlySet<string>,
  ): string[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.log.source(path, 'invalid_type', { expected: 'array' });
      return undefined;
    }
    const children: string[] = [];
    for (let index = 0; index < value.length; index++) {
      const child: unknown = value[index];
      if (typeof child === 'string' && known.has(child)) children.push(child);
      else this.log.source([...path, index], 'unknown_code', { value: child });
    }
    return children.length > 0 ? children : undefined;
  }
}

/**
 * The dimensions of a dataset in the model's terms, or undefined (with issues) when they do not
 * make a cube: ids, sizes and categories that do not agree.
 */
export function readStructure(
  root: Json,
  layout: Layout,
  at: IssuePath,
  log: IssueLog,
  language: string,
): Structure | undefined {
  return new StructureReader(log, language).read(root, layout, at);
}
