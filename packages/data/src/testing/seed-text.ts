// Test helper: the text a source points at in the seed documents (never copied into the repo).
import { existsSync, readFileSync } from 'node:fs';
import type { Source } from '@nrw-health/core';
import { seedLines } from '../sources';

const seedsDir = new URL('../../../../../shared/seeds/', import.meta.url);
const cache = new Map<string, string[]>();

export const seedsAvailable = existsSync(seedsDir);

/** The lines of a seed file, read once. */
export function seedFileLines(file: string): string[] {
  let lines = cache.get(file);
  if (!lines) {
    lines = readFileSync(new URL(file, seedsDir), 'utf8').split('\n');
    cache.set(file, lines);
  }
  return lines;
}

/**
 * The cited lines of a seed source as one searchable string: hyphenation at line ends joined,
 * white space collapsed. Undefined when the source has no seed locator or the lines do not exist.
 */
export function citedText(source: Source): string | undefined {
  const where = seedLines(source);
  if (!where) return undefined;
  const lines = seedFileLines(where.file);
  if (where.first < 1 || where.last < where.first || where.last > lines.length) return undefined;
  return lines
    .slice(where.first - 1, where.last)
    .join('\n')
    .replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ');
}

/** Case- and space-insensitive containment. */
export const mentions = (text: string, phrase: string) =>
  text.toLowerCase().replace(/\s+/g, ' ').includes(phrase.toLowerCase().replace(/\s+/g, ' '));
