import type { IssuePath, LocalizedText } from '@nrw-health/core';
import type { IssueLog } from '../../shared/result';

/*
 * The structure part of an SDMX-JSON data message (1.0 `structure`, 2.0 `structures[]`): its
 * components (dimensions, measures, attributes) at the levels where the message presents them,
 * with their values and labels. Read through the tracker: what is read here is not lost.
 */

export type Node = Record<string, unknown>;

export const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value of a component: a code with its label, or (for uncoded components) a raw value. */
export interface ComponentValue {
  readonly id?: string;
  readonly label?: LocalizedText;
  readonly value?: unknown;
}

export interface Component {
  readonly id: string;
  readonly label?: LocalizedText;
  /** Roles in upper case: 2.0 `roles` (array) or 1.0 `role` (string). */
  readonly roles: readonly string[];
  readonly keyPosition?: number;
  /** The coded values; undefined for an uncoded component, whose values stand in the data. */
  readonly values?: readonly ComponentValue[];
  readonly default?: unknown;
}

export type Level = 'dataSet' | 'dimensionGroup' | 'series' | 'observation';

export interface Structure {
  readonly dimensions: Readonly<Record<Level, readonly Component[]>>;
  readonly attributes: Readonly<Record<Level, readonly Component[]>>;
  /** Undefined when the message has no `measures` object: one measure, OBS_VALUE (spec 2.0). */
  readonly measures?: readonly Component[];
  readonly annotations: readonly unknown[];
  readonly label?: LocalizedText;
  /** The dataflow (or structure) the data belong to, e.g. `ECB:EXR(1.0)`. */
  readonly dataflow?: string;
}

const languageTag = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** The label of a node: its localised `names` (or `texts`), else its `name` in the message language. */
export function labelOf(
  node: Node,
  language: string,
  single = 'name',
  many = 'names',
): LocalizedText | undefined {
  const text: Record<string, string> = {};
  const localised = node[many];
  if (isNode(localised)) {
    for (const lang of Object.keys(localised)) {
      const value = localised[lang];
      if (languageTag.test(lang) && typeof value === 'string' && value.trim() !== '') {
        text[lang] = value;
      }
    }
  }
  // Read even when `names` has it: the best-language match repeats one of them.
  const plain = node[single];
  if (Object.keys(text).length === 0 && typeof plain === 'string' && plain.trim() !== '') {
    text[language] = plain;
  }
  return Object.keys(text).length > 0 ? text : undefined;
}

function readValue(node: unknown, language: string): ComponentValue {
  if (!isNode(node)) return { value: node };
  const id = typeof node.id === 'string' ? node.id : undefined;
  const label = labelOf(node, language);
  return { id, label, ...(node.value !== undefined ? { value: node.value } : {}) };
}

function readComponent(
  node: unknown,
  path: IssuePath,
  language: string,
  log: IssueLog,
): Component | undefined {
  if (!isNode(node)) {
    log.source(path, 'invalid_type', { expected: 'object' });
    return undefined;
  }
  const id = node.id;
  if (typeof id !== 'string' || id === '') {
    log.source([...path, 'id'], 'required');
    return undefined;
  }
  const roles: string[] = [];
  for (const role of [node.roles, node.role].flat()) {
    if (typeof role === 'string') roles.push(role.toUpperCase());
  }
  const values = Array.isArray(node.values)
    ? node.values.map((value: unknown) => readValue(value, language))
    : undefined;
  const keyPosition = Number.isInteger(node.keyPosition) ? (node.keyPosition as number) : undefined;
  return {
    id,
    label: labelOf(node, language),
    roles,
    keyPosition,
    values,
    ...(node.default !== undefined ? { default: node.default } : {}),
  };
}

const levels: readonly Level[] = ['dataSet', 'dimensionGroup', 'series', 'observation'];

function readLevels(
  node: unknown,
  path: IssuePath,
  language: string,
  log: IssueLog,
): Record<Level, Component[]> {
  const found: Record<Level, Component[]> = {
    dataSet: [],
    dimensionGroup: [],
    series: [],
    observation: [],
  };
  if (node === undefined || node === null) return found;
  if (!isNode(node)) {
    log.source(path, 'invalid_type', { expected: 'object' });
    return found;
  }
  for (const level of levels) {
    const list = node[level];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      log.source([...path, level], 'invalid_type', { expected: 'array' });
      continue;
    }
    list.forEach((item: unknown, index: number) => {
      const component = readComponent(item, [...path, level, index], language, log);
      // Null marks the place of a component absent from this message: keep the positions.
      found[level].push(component ?? { id: '', roles: [] });
    });
  }
  return found;
}

/** The dataflow a structure's links name: the URN's `Agency:Id(Version)`, else the href's tail. */
function dataflowOf(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  for (const link of links) {
    if (!isNode(link) || typeof link.rel !== 'string') continue;
    const rel = link.rel.toLowerCase();
    if (rel !== 'dataflow' && rel !== 'datastructure') continue;
    const urn = typeof link.urn === 'string' ? /=([^=]+)$/.exec(link.urn)?.[1] : undefined;
    if (urn) return urn;
    if (typeof link.href === 'string') {
      const tail = /\/(?:dataflow|datastructure)\/(.+?)\/?$/i.exec(link.href)?.[1];
      if (tail) return tail.split('/').join(':');
    }
  }
  return undefined;
}

export function readStructure(
  node: unknown,
  path: IssuePath,
  language: string,
  log: IssueLog,
): Structure | undefined {
  if (!isNode(node)) {
    log.source(path, node === undefined ? 'required' : 'invalid_type', { expected: 'object' });
    return undefined;
  }
  const measuresNode = node.measures;
  const measures = isNode(measuresNode)
    ? readLevels(measuresNode, [...path, 'measures'], language, log).observation
    : undefined;
  return {
    dimensions: readLevels(node.dimensions, [...path, 'dimensions'], language, log),
    attributes: readLevels(node.attributes, [...path, 'attributes'], language, log),
    measures,
    annotations: Array.isArray(node.annotations) ? node.annotations : [],
    label: labelOf(node, language),
    dataflow: dataflowOf(node.links),
  };
}
