import type { IssuePath } from '@nrw-health/core';
import { IssueLog, type LostField } from '../../shared/result';
import { track } from '../../shared/track';
import { type Dataset, type DatasetResult, indicatorIdOf } from '../dataset';
import { datasetDimensions } from './dimensions';
import { DataSetReader } from './observations';
import type { SdmxReadOptions } from './options';
import { isNode, labelOf, type Node, readStructure, type Structure } from './structure';

/*
 * SDMX-JSON data messages, read: version 2.0 (`data.structures[]`, SDMX 3.0) and 1.0
 * (`data.structure`, or the draft layout with `structure` and `dataSets` at the top), in series (time series or
 * cross-section) and flat layouts. Field guide: github.com/sdmx-twg/sdmx-json, data-message/docs.
 *
 * Attributes: OBS_STATUS gives the status and the flag (SDMX CL_OBS_STATUS), CONF_STATUS or
 * OBS_CONF the status too when it says confidential (CL_CONF_STATUS; the more severe of the two
 * wins), OBS_PRE_BREAK the pre-break value. Every other attribute, at whatever level, and every
 * annotation of a series or an observation becomes a footnote "name: value" of the observations
 * it applies to. A dataSet with action `Delete` lists data to remove, not data: an issue, and
 * its content is lost.
 */

export type { SdmxReadOptions } from './options';

/** Where the structures and data sets are, by version of the message. */
interface Layout {
  readonly structures: readonly { node: unknown; path: IssuePath }[];
  readonly dataSets: unknown;
  readonly dataSetsPath: IssuePath;
  readonly language: string;
  readonly producer?: string;
}

function layoutOf(root: Node, log: IssueLog): Layout | undefined {
  const meta = isNode(root.meta) ? root.meta : isNode(root.header) ? root.header : undefined;
  const languages = meta?.contentLanguages;
  const language =
    Array.isArray(languages) && typeof languages[0] === 'string' ? languages[0] : 'en';
  const sender = meta && isNode(meta.sender) ? labelOf(meta.sender, language) : undefined;
  const producer = sender ? Object.values(sender)[0] : undefined;

  if (Array.isArray(root.errors)) {
    root.errors.forEach((error: unknown, index: number) => {
      const text = isNode(error) ? (labelOf(error, language, 'title', 'titles') ?? {}) : {};
      log.source(['errors', index], 'invalid_input', {
        reason: Object.values(text)[0] ?? 'the message reports an error',
      });
    });
  }
  const data = isNode(root.data) ? root.data : root;
  const path: IssuePath = data === root ? [] : ['data'];
  if (Array.isArray(data.structures)) {
    return {
      structures: data.structures.map((node: unknown, index: number) => ({
        node,
        path: [...path, 'structures', index],
      })),
      dataSets: data.dataSets,
      dataSetsPath: [...path, 'dataSets'],
      language,
      producer,
    };
  }
  if (data.structure !== undefined || data.dataSets !== undefined) {
    return {
      structures: [{ node: data.structure, path: [...path, 'structure'] }],
      dataSets: data.dataSets,
      dataSetsPath: [...path, 'dataSets'],
      language,
      producer,
    };
  }
  if (!Array.isArray(root.errors)) {
    log.source(['data'], 'required');
  }
  return undefined;
}

/** The indicator id of each measure of a structure (one, OBS_VALUE, when it lists none). */
function indicatorIds(
  structure: Structure,
  options: SdmxReadOptions,
  path: IssuePath,
  log: IssueLog,
): (string | undefined)[] {
  const base = structure.dataflow ?? 'sdmx';
  const measures = structure.measures ?? [{ id: 'OBS_VALUE', roles: [] }];
  return measures.map((measure, index) => {
    const category = measures.length > 1 ? measure.id : base;
    const id =
      measures.length > 1
        ? indicatorIdOf(options, measure.id, base, measures.length)
        : typeof options.indicator === 'function'
          ? indicatorIdOf(options, category, base)
          : (indicatorIdOf({ ...options, indicator: options.indicator ?? base }, category, base) ??
            indicatorIdOf({}, '', base));
    if (id === undefined)
      log.source([...path, 'measures', index], 'invalid_format', { field: 'indicator' });
    return id;
  });
}

function emptyResult(tracked: { unread(): LostField[] }, log: IssueLog): DatasetResult {
  return { value: undefined, lost: tracked.unread(), issues: log.issues };
}

/**
 * Reads an SDMX-JSON data message into one Dataset per dataSet, in the message's order. A dataSet
 * with action `Delete` gives `value: undefined` and an issue. Never throws.
 */
export function readSdmxJsonDataSets(
  input: unknown,
  options: SdmxReadOptions = {},
): DatasetResult[] {
  const log = new IssueLog(options);
  const tracked = track(input);
  try {
    if (!isNode(input)) {
      log.source([], 'invalid_type', { expected: 'object' });
      return [emptyResult(tracked, log)];
    }
    const root = tracked.root as Node;
    const layout = layoutOf(root, log);
    if (!layout) return [emptyResult(tracked, log)];
    if (!Array.isArray(layout.dataSets)) {
      log.source(layout.dataSetsPath, layout.dataSets === undefined ? 'required' : 'invalid_type', {
        expected: 'array',
      });
      return [emptyResult(tracked, log)];
    }
    const structures = new Map<number, Structure | undefined>();
    const structureAt = (index: number) => {
      if (!structures.has(index)) {
        const found = layout.structures[index];
        structures.set(
          index,
          found ? readStructure(found.node, found.path, layout.language, log) : undefined,
        );
      }
      return structures.get(index);
    };
    // Issues of the message as a whole (its structure, its errors) go with the first dataSet.
    const results = layout.dataSets.map((dataSet: unknown, index: number) =>
      readOne(
        dataSet,
        [...layout.dataSetsPath, index],
        layout,
        structureAt,
        options,
        index === 0 ? log : new IssueLog(options),
      ),
    );
    const lost = tracked.unread();
    if (results.length === 0) return [{ value: undefined, lost, issues: log.issues }];
    // A field never read goes with the dataSet it lies in; fields outside all go with the first.
    const prefix = layout.dataSetsPath.join('.');
    const owner = (field: LostField) => {
      const match = field.path.startsWith(`${prefix}[`)
        ? /^\[(\d+)\]/.exec(field.path.slice(prefix.length))
        : null;
      return match ? Number(match[1]) : 0;
    };
    return results.map((result, index) => ({
      ...result,
      lost: [...result.lost, ...lost.filter((field) => owner(field) === index)],
    }));
  } catch {
    // Only exotic inputs get here (throwing getters, revoked proxies).
    log.source([], 'invalid_input', {});
    return [emptyResult(tracked, log)];
  }
}

function readOne(
  dataSet: unknown,
  path: IssuePath,
  layout: Layout,
  structureAt: (index: number) => Structure | undefined,
  options: SdmxReadOptions,
  log: IssueLog,
): DatasetResult {
  if (!isNode(dataSet)) {
    log.source(path, 'invalid_type', { expected: 'object' });
    return { value: undefined, lost: [], issues: log.issues };
  }
  const action = typeof dataSet.action === 'string' ? dataSet.action : 'Information';
  if (action.toLowerCase() === 'delete') {
    log.source([...path, 'action'], 'invalid_input', {
      reason: 'a dataSet with action "Delete" lists data to remove, not data',
    });
    return { value: undefined, lost: [], issues: log.issues };
  }
  const structureIndex = Number.isInteger(dataSet.structure) ? (dataSet.structure as number) : 0;
  const structure = structureAt(structureIndex);
  const structurePath = layout.structures[structureIndex]?.path ?? [...path, 'structure'];
  if (!structure) {
    if (!layout.structures[structureIndex])
      log.source([...path, 'structure'], 'unknown_code', { value: structureIndex });
    return { value: undefined, lost: [], issues: log.issues };
  }
  const ids = indicatorIds(structure, options, structurePath, log);
  const reader = new DataSetReader(structure, structurePath, ids, options, layout.language, log);
  reader.read(dataSet, path);
  const dataset: Dataset = {
    ...(structure.dataflow ? { id: structure.dataflow } : {}),
    ...(structure.label ? { label: structure.label } : {}),
    ...(layout.producer || structure.dataflow
      ? {
          source: {
            ...(layout.producer ? { producer: layout.producer } : {}),
            ...(structure.dataflow ? { table: structure.dataflow } : {}),
          },
        }
      : {}),
    dimensions: datasetDimensions(structure),
    definitions: [],
    observations: reader.observations,
  };
  return { value: dataset, lost: reader.lost, issues: log.issues };
}

/**
 * Reads an SDMX-JSON data message (2.0, or 1.0) into one Dataset: the observations of all its
 * dataSets, the dimensions of their structures. A dataSet with action `Delete` gives an issue,
 * not observations. For one Dataset per dataSet, use `readSdmxJsonDataSets`. Never throws.
 */
export function readSdmxJson(input: unknown, options: SdmxReadOptions = {}): DatasetResult {
  const results = readSdmxJsonDataSets(input, options);
  const read = results.filter((result) => result.value !== undefined);
  const issues = results.flatMap((result) => result.issues);
  const lost = results.flatMap((result) => result.lost);
  if (read.length === 0) return { value: undefined, lost, issues };
  const first = read[0]!.value!;
  const dimensions = new Map<string, Dataset['dimensions'][number]>();
  for (const { value } of read) {
    for (const dimension of value!.dimensions) {
      const known = dimensions.get(dimension.id);
      if (!known) {
        dimensions.set(dimension.id, dimension);
        continue;
      }
      const ids = new Set(known.categories.map((category) => category.id));
      const added = dimension.categories.filter((category) => !ids.has(category.id));
      if (added.length > 0) {
        dimensions.set(dimension.id, { ...known, categories: [...known.categories, ...added] });
      }
    }
  }
  return {
    value: {
      ...first,
      dimensions: [...dimensions.values()],
      observations: read.flatMap((result) => result.value!.observations),
    },
    lost,
    issues,
  };
}
