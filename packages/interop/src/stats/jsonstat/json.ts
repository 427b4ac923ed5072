import type { IssuePath, LocalizedText } from '@nrw-health/core';
import type { IssueLog } from '../../shared/result';

/** A JSON object of the source, read through the tracker. */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** An own property only: `label["__proto__"]` must not find Object.prototype. */
export const own = (node: Json, key: string): unknown =>
  Object.hasOwn(node, key) ? node[key] : undefined;

/** An object of the source, or undefined with an issue when something else stands there. */
export function objectAt(
  node: Json,
  key: string,
  path: IssuePath,
  log: IssueLog,
): Json | undefined {
  const value = own(node, key);
  if (value === undefined || value === null) return undefined;
  if (isObject(value)) return value;
  log.source([...path, key], 'invalid_type', { expected: 'object' });
  return undefined;
}

/** A text of the source, or undefined (with an issue when something else than text stands there). */
export function textAt(
  node: Json,
  key: string,
  path: IssuePath,
  log: IssueLog,
): string | undefined {
  const value = own(node, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  log.source([...path, key], 'invalid_type', { expected: 'string' });
  return undefined;
}

/** A text of the source as a LocalizedText in the dataset's language. */
export function localizedAt(
  node: Json,
  key: string,
  path: IssuePath,
  log: IssueLog,
  language: string,
): LocalizedText | undefined {
  const text = textAt(node, key, path, log);
  return text === undefined ? undefined : { [language]: text };
}

/** Turns an issue path into the dot path with indices that LostField uses. */
export function dotPath(path: IssuePath, wildcard = false): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += wildcard ? '[*]' : `[${part}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text;
}

/** The LostField pattern of a path: array indices as `[*]`. */
export const patternOf = (path: IssuePath) => dotPath(path, true);
