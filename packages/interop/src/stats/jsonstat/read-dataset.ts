import { formats, type IssuePath, type LocalizedText } from '@nrw-health/core';
import { IssueLog, type LostField } from '../../shared/result';
import { track } from '../../shared/track';
import type { Dataset, DatasetResult, StatsReadOptions } from '../dataset';
import { fallbackIndicator, planAxes } from './axes';
import { cellNumber, type Flags, readCells, type Values } from './cells';
import { FlagMeanings } from './flags';
import {
  dotPath,
  isObject,
  type Json,
  localizedAt,
  objectAt,
  own,
  patternOf,
  textAt,
} from './json';
import { logReason, reasons } from './reasons';
import { type Layout, readStructure } from './structure';

/** Where a dataset stands in its document, and what the document says about it. */
export interface DatasetPlace {
  /** The path of the dataset in the document: `[]`, `["oecd"]`, `["link", "item", 2]`. */
  readonly at: IssuePath;
  readonly layout: Layout;
  /** The key of a 1.x bundle, which is the dataset's id. */
  readonly name?: string;
}

const languageTag = new RegExp(formats.languageTag.pattern);
const httpUrl = new RegExp(formats.httpUrl.pattern);

/** Lost fields of a part of the document, with paths from the document's root. */
function placed(lost: readonly LostField[], at: IssuePath): LostField[] {
  if (at.length === 0) return [...lost];
  const path = dotPath(at);
  const pattern = patternOf(at);
  const join = (head: string, tail: string) =>
    tail === '' ? head : tail.startsWith('[') ? head + tail : `${head}.${tail}`;
  return lost.map((field) => ({
    path: join(path, field.path),
    pattern: join(pattern, field.pattern),
    value: field.value,
  }));
}

/** The language of the dataset's texts, where the source says it (Eurostat does); else `und`. */
function languageOf(root: Json): string {
  const extension = own(root, 'extension');
  const stated = isObject(extension) ? own(extension, 'lang') : own(root, 'language');
  const tag = typeof stated === 'string' ? stated.toLowerCase() : undefined;
  return tag !== undefined && languageTag.test(tag) ? tag : 'und';
}

/** Eurostat's labels of its flags: `extension.status.label` (2.0) or `status.category.label` (1.x). */
function flagLabels(holder: unknown): Map<string, string> {
  const labels = new Map<string, string>();
  const found = isObject(holder) ? own(holder, 'label') : undefined;
  if (!isObject(found)) return labels;
  for (const flag of Object.keys(found)) {
    const label = found[flag];
    if (typeof label === 'string' && label.trim() !== '') labels.set(flag, label);
  }
  return labels;
}

/** The `value` of the dataset as dense or sparse cells, or undefined with an issue. */
function valuesOf(value: unknown, total: number, at: IssuePath, log: IssueLog): Values | undefined {
  if (Array.isArray(value)) {
    if (value.length === total) return { kind: 'dense', cells: value };
    logReason(log, [...at, 'value'], reasons.valueLength(value.length, total));
    return undefined;
  }
  if (isObject(value)) return { kind: 'sparse', cells: value };
  log.source([...at, 'value'], value === undefined ? 'required' : 'invalid_type', {
    expected: 'array',
  });
  return undefined;
}

/**
 * The `status` of the dataset in one of its forms. What cannot be placed goes to `lost`: a list
 * of the wrong length whole, keys that are no cell number one by one.
 */
function flagsOf(
  status: unknown,
  total: number,
  at: IssuePath,
  log: IssueLog,
  lost: LostField[],
): Flags {
  const path = [...at, 'status'];
  if (status === undefined || status === null) return { kind: 'none' };
  if (typeof status === 'string') return { kind: 'all', flag: status };
  let cells: unknown = status;
  let cellsPath: IssuePath = ['status'];
  // Eurostat's 1.x responses: `status: { value: [...], category: { label } }`.
  if (isObject(status) && Array.isArray(own(status, 'value'))) {
    cells = status.value;
    cellsPath = ['status', 'value'];
  }
  if (Array.isArray(cells)) {
    if (cells.length === 1) return { kind: 'all', flag: cells[0] };
    if (cells.length === total) return { kind: 'dense', cells, path: cellsPath };
    logReason(log, [...at, ...cellsPath], reasons.statusLength(cells.length, total));
    lost.push(
      ...placed([{ path: dotPath(cellsPath), pattern: dotPath(cellsPath), value: cells }], at),
    );
    return { kind: 'none' };
  }
  if (!isObject(cells)) {
    log.source(path, 'invalid_type', { expected: 'object' });
    lost.push(...placed([{ path: 'status', pattern: 'status', value: status }], at));
    return { kind: 'none' };
  }
  const byCell: [cell: number, flag: unknown][] = [];
  let outside = 0;
  for (const key of Object.keys(cells)) {
    const cell = cellNumber(key, total);
    if (cell === undefined) {
      outside++;
      lost.push(...placed([{ path: `status.${key}`, pattern: 'status.*', value: cells[key] }], at));
    } else byCell.push([cell, cells[key]]);
  }
  if (outside > 0) logReason(log, path, reasons.indexOutOfRange(outside));
  // Integer keys come in ascending order already; sorting keeps any other order safe.
  byCell.sort(([a], [b]) => a - b);
  return {
    kind: 'sparse',
    cells: Float64Array.from(byCell, ([cell]) => cell),
    flags: byCell.map(([, flag]) => flag),
  };
}

/** The error list of a response (`error: [{ status, id, label }]`), as issues. */
export function readErrors(root: Json, at: IssuePath, log: IssueLog): void {
  const errors = own(root, 'error');
  if (errors === undefined) return;
  const list = Array.isArray(errors) ? errors : [errors];
  for (let index = 0; index < list.length; index++) {
    const error: unknown = list[index];
    let text: string;
    if (isObject(error)) {
      const parts = ['status', 'id', 'label'].map((key) => own(error, key));
      text = parts.filter((part) => part !== undefined && part !== null).join(' ');
    } else text = String(error);
    logReason(log, [...at, 'error', index], reasons.sourceError(text));
  }
}

/** The dataset's source (JSON-stat `source` and `href`) as the model's Source. */
function sourceOf(root: Json, at: IssuePath, log: IssueLog): Dataset['source'] {
  const producer = textAt(root, 'source', at, log);
  const href = textAt(root, 'href', at, log);
  let url: string | undefined;
  if (href !== undefined) {
    if (httpUrl.test(href)) url = href;
    else log.source([...at, 'href'], 'invalid_format', { format: formats.httpUrl });
  }
  if (producer === undefined && url === undefined) return undefined;
  return { ...(producer && { producer }), ...(url && { url }) };
}

function notesOf(
  root: Json,
  at: IssuePath,
  log: IssueLog,
  language: string,
): LocalizedText[] | undefined {
  const note = own(root, 'note');
  if (note === undefined || note === null) return undefined;
  const list = Array.isArray(note) ? note : [note];
  const notes: LocalizedText[] = [];
  for (let index = 0; index < list.length; index++) {
    const text: unknown = list[index];
    if (typeof text === 'string') {
      if (text.trim() !== '') notes.push({ [language]: text });
    } else log.source([...at, 'note', index], 'invalid_type', { expected: 'string' });
  }
  return notes.length > 0 ? notes : undefined;
}

/**
 * Reads one JSON-stat dataset (2.0, or a dataset of a 1.x bundle) into the model: its
 * dimensions as they are, and each cell with a value or a flag as an observation.
 */
export function readDataset(
  raw: Json,
  place: DatasetPlace,
  options: StatsReadOptions,
): DatasetResult {
  const log = new IssueLog(options);
  const { at, layout } = place;
  // The cells are read directly, never through the tracker: a million cells must stay fast.
  const { value, status, ...described } = raw;
  const statusMeta =
    isObject(status) && Array.isArray(own(status, 'value')) ? { ...status } : undefined;
  if (statusMeta) delete statusMeta.value;
  const tracked = track(statusMeta ? { ...described, status: statusMeta } : described);
  const root = tracked.root as Json;
  const lost: LostField[] = [];
  const unreadable = (): DatasetResult => {
    lost.push(...placed(tracked.unread(), at));
    const whole = (key: string, found: unknown) => {
      if (found !== undefined && found !== null) {
        lost.push(...placed([{ path: key, pattern: key, value: found }], at));
      }
    };
    whole('value', value);
    if (!statusMeta) whole('status', status);
    return { value: undefined, lost, issues: log.issues };
  };

  own(root, 'version');
  own(root, 'class');
  readErrors(root, at, log);
  const language = languageOf(root);
  const structure = readStructure(root, layout, at, log, language);
  if (!structure) return unreadable();
  const total = structure.sizes.reduce((product, size) => product * size, 1);
  if (!Number.isSafeInteger(total)) {
    logReason(log, at, reasons.tooManyCells);
    return unreadable();
  }
  const values = valuesOf(value, total, at, log);
  if (!values) return unreadable();

  const label = localizedAt(root, 'label', at, log, language);
  const extension = objectAt(root, 'extension', at, log);
  const id =
    place.name ?? (extension ? textAt(extension, 'id', [...at, 'extension'], log) : undefined);
  const source = sourceOf(root, at, log);
  const updated = textAt(root, 'updated', at, log);
  const notes = notesOf(root, at, log, language);
  const labels = flagLabels(
    statusMeta ? own(root.status as Json, 'category') : extension && own(extension, 'status'),
  );
  const flags = new FlagMeanings(labels, language, (flag) =>
    log.source([...at, 'status'], 'unknown_code', { value: flag }),
  );

  const axes = planAxes(structure.dimensions, options);
  const labelText = label ? Object.values(label)[0] : undefined;
  const cells = readCells(
    {
      sizes: structure.sizes,
      total,
      axes,
      dimensions: structure.dimensions,
      categoryPaths: structure.categoryPaths,
      indicator: fallbackIndicator(options, id, labelText),
      source,
      flags,
      at,
    },
    values,
    flagsOf(status, total, at, log, lost),
    log,
  );
  const dataset: Dataset = {
    ...(id !== undefined && { id }),
    ...(label && { label }),
    ...(source && { source }),
    ...(updated !== undefined && { updated }),
    ...(notes && { notes }),
    dimensions: structure.dimensions,
    definitions: [],
    observations: cells.observations,
  };
  lost.push(...placed(tracked.unread(), at), ...cells.lost);
  return { value: dataset, lost, issues: log.issues };
}
