// Reading the statistics formats for the CLI: every input file becomes its datasets, the
// problems found (each with its place in the file), and the source fields that had no place.
import { existsSync } from 'node:fs';
import { type Locale, type Observation, validateObservation } from '@nrw-health/core';
import type { LostField, ReadIssue } from '../shared/result';
import { readObservationsCsv } from '../stats/csv/read';
import type { Dataset, DatasetResult } from '../stats/dataset';
import { readGenesisCsv } from '../stats/genesis/read';
import { readJsonStat } from '../stats/jsonstat/read';
import { readSdmxJson } from '../stats/sdmx/read';
import { jsonValues } from '../streams/json-values';
import { type CliIo, inputBytes, inputStream, UsageError } from './io';

/** The statistics formats `--from` reads; `ndjson` reads Observations besides. */
export const statsSources = ['jsonstat', 'sdmx-json', 'genesis-csv', 'csv'] as const;
/** The formats observations are written in. */
export const observationTargets = ['csv', 'jsonstat', 'ndjson'] as const;

export const isStatsSource = (format: string) =>
  (statsSources as readonly string[]).includes(format);

export interface StatsReadFlags {
  readonly locale: Locale;
  /** `--region`: the region of observations whose source has none. */
  readonly region?: string;
  /** `--indicator`: the indicator of observations whose source has none. */
  readonly indicator?: string;
}

/** An issue, and where in the file it is: a dataset, a row, a record ('' for the file). */
export interface Problem {
  readonly place: string;
  readonly issue: Pick<ReadIssue, 'path' | 'code' | 'message'>;
}

/** What one input file gave. */
export interface StatsRead {
  readonly datasets: readonly Dataset[];
  readonly problems: readonly Problem[];
  readonly lost: readonly LostField[];
  /** Datasets of the source that could not be read at all (their issues say why). */
  readonly unreadable: number;
  /** Advice on options that would read more of the file. */
  readonly hints?: readonly string[];
}

/** Bytes a text file never has: a NUL says binary data (or UTF-16, which no format here is). */
const isBinary = (bytes: Uint8Array) => bytes.subarray(0, 64 * 1024).includes(0);

const whiteSpace = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Whether the bytes hold nothing but white space, after a UTF-8 byte-order mark. */
function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let index = start; index < bytes.length; index++) {
    if (!whiteSpace.has(bytes[index]!)) return false;
  }
  return true;
}

/** The file's content, or a usage error (exit 2) when there is nothing to read in it. */
async function contentOf(file: string, format: string, io: CliIo): Promise<Uint8Array> {
  const bytes = await inputBytes(file, io);
  if (isBlank(bytes)) throw new UsageError(`${file}: empty file, no ${format} to read`);
  if (isBinary(bytes)) throw new UsageError(`${file}: binary data, not ${format}`);
  return bytes;
}

/** The parsed JSON of a file, or a usage error naming the file. */
async function jsonOf(file: string, format: string, io: CliIo): Promise<unknown> {
  const text = new TextDecoder().decode(await contentOf(file, format, io));
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not JSON, so no ${format} (${(error as Error).message})`);
  }
}

/** CSVW metadata found by the CSVW convention: `<file>-metadata.json` next to the CSV. */
async function csvwMetadataOf(file: string, io: CliIo): Promise<unknown> {
  const metadata = `${file}-metadata.json`;
  if (file === '-' || !existsSync(metadata)) return undefined;
  return jsonOf(metadata, 'CSVW metadata', io);
}

const datasetPlace = (index: number, count: number, dataset?: Dataset) =>
  count > 1 ? `dataset ${index + 1}${dataset?.id ? ` (${dataset.id})` : ''}` : '';

/** A problem without a place of its own: the dataset's, or none. */
const unplaced = (issue: ReadIssue): Problem => ({ place: '', issue });

/** A CSV issue's path starts with its row (spreadsheet numbering): that is its place. */
function csvProblem(issue: ReadIssue): Problem {
  const [row, ...path] = issue.path;
  return typeof row === 'number' && row > 0
    ? { place: `row ${row}`, issue: { ...issue, path } }
    : unplaced(issue);
}

/** Dataset results as a read: each issue with its place (the dataset, when there are several). */
function fromResults(
  results: readonly DatasetResult[],
  document: Pick<DatasetResult, 'lost' | 'issues'> = { lost: [], issues: [] },
  problemOf: (issue: ReadIssue) => Problem = unplaced,
): StatsRead {
  const problems: Problem[] = document.issues.map(unplaced);
  results.forEach((result, index) => {
    const place = datasetPlace(index, results.length, result.value);
    for (const issue of result.issues) problems.push(place ? { place, issue } : problemOf(issue));
  });
  return {
    datasets: results.flatMap((result) => (result.value ? [result.value] : [])),
    problems,
    lost: [...document.lost, ...results.flatMap((result) => result.lost)],
    unreadable: results.filter((result) => !result.value).length,
  };
}

/** Observations of NDJSON (or JSON arrays), each checked with core's validator. */
async function readObservationsNdjson(
  file: string,
  flags: StatsReadFlags,
  io: CliIo,
): Promise<StatsRead> {
  const observations: Observation[] = [];
  const problems: Problem[] = [];
  let records = 0;
  for await (const value of jsonValues(inputStream(file, io))) {
    const placed = `record ${++records}`;
    if (!value.ok) {
      const message = `not JSON: ${value.error}`;
      problems.push({ place: placed, issue: { path: [], code: 'invalid_input', message } });
      continue;
    }
    const result = validateObservation(value.value, { locale: flags.locale });
    if (result.ok) observations.push(result.value);
    else for (const issue of result.issues) problems.push({ place: placed, issue });
  }
  const datasets =
    observations.length > 0 ? [{ dimensions: [], definitions: [], observations }] : [];
  return { datasets, problems, lost: [], unreadable: 0 };
}

/**
 * Reads one input file of a statistics format (or NDJSON of Observations). Never throws but
 * for input it cannot read at all (missing, empty, binary, not JSON): a `UsageError`, exit 2.
 */
export async function readStatsFile(
  file: string,
  format: string,
  flags: StatsReadFlags,
  io: CliIo,
): Promise<StatsRead> {
  const options = {
    locale: flags.locale,
    ...(flags.indicator !== undefined && { indicator: flags.indicator }),
  };
  const region = flags.region !== undefined ? { region: flags.region } : {};
  switch (format) {
    case 'jsonstat': {
      const result = readJsonStat(await jsonOf(file, format, io), options);
      return fromResults(result.datasets, result);
    }
    case 'sdmx-json': {
      const result = readSdmxJson(await jsonOf(file, format, io), { ...options, ...region });
      const geo = result.value?.dimensions.some((dimension) => dimension.role === 'geo');
      const read = fromResults([result]);
      // Exchange rates and other national series have no region of their own.
      return result.value && !geo && flags.region === undefined
        ? {
            ...read,
            hints: [
              'the data have no region dimension (REF_AREA): give their region with --region <code>',
            ],
          }
        : read;
    }
    case 'genesis-csv':
      return fromResults([
        readGenesisCsv(await contentOf(file, format, io), { ...options, ...region }),
      ]);
    case 'csv': {
      const bytes = await contentOf(file, format, io);
      const metadata = await csvwMetadataOf(file, io);
      const result = readObservationsCsv(bytes, {
        ...options,
        ...(metadata !== undefined && { metadata }),
      });
      return fromResults([result], undefined, csvProblem);
    }
    case 'ndjson':
      return readObservationsNdjson(file, flags, io);
    default:
      throw new UsageError(`format "${format}" cannot be read as observations`);
  }
}
