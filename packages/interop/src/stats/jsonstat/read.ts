import type { IssuePath } from '@nrw-health/core';
import { IssueLog, type LostField, type ReadIssue } from '../../shared/result';
import type { DatasetResult, StatsReadOptions } from '../dataset';
import { dotPath, isObject, type Json, own, patternOf } from './json';
import { readDataset, readErrors } from './read-dataset';
import { logReason, reasons } from './reasons';
import type { Layout } from './structure';

/** What reading a JSON-stat document gives: a result per dataset, and what is left around them. */
export interface JsonStatResult {
  /** One result per dataset of the document, in the document's order. */
  readonly datasets: readonly DatasetResult[];
  /**
   * Parts of the document outside its datasets that have no place in the model: a collection's
   * own label, links to datasets it does not embed, keys of a bundle that are no dataset.
   */
  readonly lost: readonly LostField[];
  /** Problems of the document as a whole: not JSON-stat, a version other than 2.x, an error response. */
  readonly issues: readonly ReadIssue[];
}

const classes = ['dataset', 'collection', 'dimension', 'bundle'];
/** Collections in collections: deeper than this is no real document. */
const deepest = 16;

const looksLikeDataset = (node: Json) => isObject(own(node, 'dimension'));

/** 2.0 puts `id` and `size` on the dataset, 1.x inside `dimension`. */
function layoutOf(node: Json, fallback: Layout): Layout {
  if (Array.isArray(own(node, 'id'))) return '2.0';
  const dimension = own(node, 'dimension');
  if (isObject(dimension) && Array.isArray(own(dimension, 'id'))) return '1.x';
  return fallback;
}

class DocumentReader {
  readonly datasets: DatasetResult[] = [];
  readonly lost: LostField[] = [];
  readonly log: IssueLog;

  constructor(private readonly options: StatsReadOptions) {
    this.log = new IssueLog(options);
  }

  private lose(at: IssuePath, value: unknown): void {
    if (value !== undefined && value !== null) {
      this.lost.push({ path: dotPath(at), pattern: patternOf(at), value });
    }
  }

  private dataset(node: Json, at: IssuePath, layout: Layout, name?: string): void {
    this.datasets.push(
      readDataset(
        node,
        { at, layout: layoutOf(node, layout), ...(name !== undefined && { name }) },
        this.options,
      ),
    );
  }

  read(node: Json, at: IssuePath, depth: number): void {
    const log = this.log;
    const version = own(node, 'version');
    const kind = own(node, 'class');
    if (version !== undefined && !(typeof version === 'string' && /^2\.\d+$/.test(version))) {
      log.source([...at, 'version'], 'unknown_code', { value: version, allowed: ['2.0'] });
      this.lose(at, node);
      return;
    }
    if (kind !== undefined && !classes.includes(kind as string)) {
      log.source([...at, 'class'], 'unknown_code', { value: kind, allowed: classes });
      this.lose(at, node);
      return;
    }
    if (kind === 'dataset') {
      this.dataset(node, at, '2.0');
      return;
    }
    if (kind === 'collection') {
      this.collection(node, at, depth);
      return;
    }
    if (kind === 'dimension') {
      logReason(log, [...at, 'class'], reasons.noData);
      this.lose(at, node);
      return;
    }
    if (kind === undefined && looksLikeDataset(node)) {
      this.dataset(node, at, version === undefined ? '1.x' : '2.0');
      return;
    }
    if (kind === undefined && version !== undefined) {
      // A 2.0 response without a class: an error response, or nothing we know.
      if (own(node, 'error') !== undefined) readErrors(node, at, log);
      else logReason(log, at, reasons.notJsonStat);
      this.loseExcept(node, at, ['version', 'error']);
      return;
    }
    this.bundle(node, at);
  }

  private loseExcept(node: Json, at: IssuePath, kept: readonly string[]): void {
    for (const key of Object.keys(node)) {
      if (!kept.includes(key)) this.lose([...at, key], node[key]);
    }
  }

  /** A 1.x response: datasets by name, e.g. `{ "oecd": {...}, "canada": {...} }`. */
  private bundle(node: Json, at: IssuePath): void {
    const before = this.datasets.length;
    for (const key of Object.keys(node)) {
      const item = node[key];
      if (key === 'error') readErrors(node, at, this.log);
      else if (key === 'class' || key === 'version') continue;
      else if (isObject(item) && looksLikeDataset(item))
        this.dataset(item, [...at, key], '1.x', key);
      else this.lose([...at, key], item);
    }
    if (this.datasets.length === before && own(node, 'error') === undefined) {
      logReason(this.log, at, reasons.notJsonStat);
    }
  }

  /** A 2.0 collection: its embedded datasets (and collections); links to others stay links. */
  private collection(node: Json, at: IssuePath, depth: number): void {
    if (depth >= deepest) {
      logReason(this.log, at, reasons.tooDeep);
      this.lose(at, node);
      return;
    }
    readErrors(node, at, this.log);
    this.loseExcept(node, at, ['version', 'class', 'link', 'error']);
    const link = own(node, 'link');
    if (!isObject(link)) {
      this.lose([...at, 'link'], link);
      return;
    }
    for (const relation of Object.keys(link)) {
      const items = link[relation];
      if (relation !== 'item' || !Array.isArray(items)) {
        this.lose([...at, 'link', relation], items);
        continue;
      }
      for (let index = 0; index < items.length; index++) {
        const item: unknown = items[index];
        const itemAt = [...at, 'link', 'item', index];
        const kind = isObject(item) ? own(item, 'class') : undefined;
        if (isObject(item) && kind === 'dataset' && looksLikeDataset(item)) {
          this.dataset(item, itemAt, '2.0');
        } else if (isObject(item) && kind === 'collection' && isObject(own(item, 'link'))) {
          this.collection(item, itemAt, depth + 1);
        } else {
          this.lose(itemAt, item);
        }
      }
    }
  }
}

/**
 * Reads a JSON-stat document: a 2.0 dataset, a 2.0 collection (its embedded datasets) or a 1.x
 * response (each dataset of the bundle). Takes parsed JSON or its text. Never throws: what it
 * cannot read comes back as issues, and what has no place in the model as `lost`.
 */
export function readJsonStat(input: unknown, options: StatsReadOptions = {}): JsonStatResult {
  const reader = new DocumentReader(options);
  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch {
      logReason(reader.log, [], reasons.notJson);
      return { datasets: [], lost: [], issues: reader.log.issues };
    }
  }
  if (!isObject(document)) {
    reader.log.source([], 'invalid_type', { expected: 'object' });
    if (document !== undefined && document !== null) {
      reader.lost.push({ path: '', pattern: '', value: document });
    }
  } else {
    reader.read(document, [], 0);
  }
  return { datasets: reader.datasets, lost: reader.lost, issues: reader.log.issues };
}
