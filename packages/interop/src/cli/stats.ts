// `convert` and `inspect` for observations: statistics formats (and NDJSON of Observations) in,
// tidy CSV, JSON-stat or NDJSON out.
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Writable } from 'node:stream';
import type { Locale, Observation } from '@nrw-health/core';
import { dimensionIds } from '../stats/csv/columns';
import { writeCsvwMetadata } from '../stats/csv/csvw';
import { type OmittedCell, observationsCsvChunks } from '../stats/csv/write';
import type { Dataset } from '../stats/dataset';
import { writeJsonStat, writeJsonStatCollection } from '../stats/jsonstat/write';
import { type CliIo, close, outputStream, UsageError, write } from './io';
import { Progress } from './progress';
import { countCodes, countLost, pathText, summaryLines } from './report';
import {
  observationTargets,
  readStatsFile,
  type StatsRead,
  type StatsReadFlags,
} from './stats-read';

export interface ObservationConvertFlags extends StatsReadFlags {
  readonly to: string;
  readonly output?: string;
  /** Whether `--locale` was given: only then is JSON-stat's one language chosen. */
  readonly language?: Locale;
  readonly quiet: boolean;
}

/** Observations per write of NDJSON: few writes, little held. */
const linesPerWrite = 1000;

/** The observations of all datasets, counted on the progress line as they are written. */
function* observationsOf(
  datasets: readonly Dataset[],
  progress?: Progress,
): Generator<Observation> {
  let count = 0;
  for (const dataset of datasets) {
    for (const observation of dataset.observations) {
      yield observation;
      if (++count % linesPerWrite === 0) progress?.tick(count);
    }
  }
}

/** One JSON-stat document: a dataset, or a collection of several (or of none). */
async function writeJsonStatDocument(
  out: Writable,
  datasets: readonly Dataset[],
  flags: ObservationConvertFlags,
): Promise<void> {
  const options = {
    ...(flags.language !== undefined && { language: flags.language }),
    ...(flags.indicator !== undefined && { indicator: flags.indicator }),
  };
  const document =
    datasets.length === 1
      ? writeJsonStat(datasets[0]!, options)
      : writeJsonStatCollection(datasets, options);
  await write(out, `${JSON.stringify(document)}\n`);
}

/** One Observation per line, written a thousand lines at a time. */
async function writeNdjson(out: Writable, observations: Iterable<Observation>): Promise<void> {
  let lines = '';
  let count = 0;
  for (const observation of observations) {
    lines += `${JSON.stringify(observation)}\n`;
    if (++count % linesPerWrite === 0) {
      await write(out, lines);
      lines = '';
    }
  }
  await write(out, lines);
}

/**
 * Tidy CSV in chunks, in the dialect of the locale; with `-o`, its CSVW metadata next to it.
 * Resolves to the cells the CSV could not hold.
 */
async function writeCsv(
  out: Writable,
  datasets: readonly Dataset[],
  flags: ObservationConvertFlags,
  progress: Progress,
): Promise<OmittedCell[]> {
  const omitted: OmittedCell[] = [];
  const dimensions = dimensionIds(observationsOf(datasets));
  const options = {
    dialect: flags.locale,
    dimensions,
    onOmitted: (cell: OmittedCell) => omitted.push(cell),
  };
  for await (const chunk of observationsCsvChunks(observationsOf(datasets, progress), options)) {
    await write(out, chunk);
  }
  if (flags.output !== undefined && flags.output !== '-') {
    // The CSVW convention: metadata for x.csv is found at x.csv-metadata.json.
    const metadata = writeCsvwMetadata({
      dialect: flags.locale,
      dimensions,
      url: basename(flags.output),
      ...(datasets.length === 1 && { dataset: datasets[0] }),
    });
    await writeFile(`${flags.output}-metadata.json`, `${JSON.stringify(metadata, null, 2)}\n`);
  }
  return omitted;
}

/** Writes the observations as the target format; resolves to the cells it could not hold. */
async function writeObservations(
  datasets: readonly Dataset[],
  flags: ObservationConvertFlags,
  io: CliIo,
): Promise<OmittedCell[]> {
  const out = await outputStream(flags.output, io);
  const progress = new Progress(io.stderr, flags.quiet);
  let omitted: OmittedCell[] = [];
  if (flags.to === 'jsonstat') await writeJsonStatDocument(out, datasets, flags);
  else if (flags.to === 'ndjson') await writeNdjson(out, observationsOf(datasets, progress));
  else omitted = await writeCsv(out, datasets, flags, progress);
  await close(out, io);
  progress.done();
  return omitted;
}

const problemLine = (
  file: string,
  place: string,
  issue: { path: readonly (string | number)[]; message: string },
) => `${file}: ${place ? `${place}: ` : ''}${pathText(issue)}: ${issue.message}\n`;

/**
 * `convert` of observations: reads every file, reports each problem (file, place, path,
 * message) on stderr, writes one output. Exit 1 when any observation or cell failed.
 */
export async function convertObservations(
  files: readonly string[],
  from: string,
  flags: ObservationConvertFlags,
  io: CliIo,
): Promise<number> {
  if (!(observationTargets as readonly string[]).includes(flags.to)) {
    throw new UsageError(
      `format "${flags.to}" cannot be written from observations; observations are written as ${observationTargets.join(', ')}`,
    );
  }
  // Everything is read before the output is opened: input that cannot be read (exit 2) leaves
  // no half-written file behind.
  const reads: [string, StatsRead][] = [];
  for (const file of files) reads.push([file, await readStatsFile(file, from, flags, io)]);
  let failed = 0;
  for (const [file, read] of reads) {
    for (const { place, issue } of read.problems) {
      failed++;
      await write(io.stderr, problemLine(file, place, issue));
    }
  }
  const omitted = await writeObservations(
    reads.flatMap(([, read]) => read.datasets),
    flags,
    io,
  );
  for (const cell of omitted) {
    failed++;
    await write(
      io.stderr,
      `${flags.output ?? '-'}: observation ${cell.index + 1}: ${cell.field}: not written (${cell.reason})\n`,
    );
  }
  if (!flags.quiet) {
    for (const [file, read] of reads) {
      for (const hint of read.hints ?? []) await write(io.stderr, `${file}: ${hint}\n`);
      const patterns = new Set(read.lost.map((field) => field.pattern)).size;
      if (read.lost.length > 0) {
        await write(
          io.stderr,
          `${file}: ${read.lost.length} source value(s) in ${patterns} field(s) had no place in the model (see \`nrw-health inspect\`)\n`,
        );
      }
    }
  }
  return failed > 0 ? 1 : 0;
}

/** One dataset's lines of `inspect`: id and label, dimensions, observations. */
function datasetLines(dataset: Dataset, index: number): string[] {
  const label = dataset.label ? Object.values(dataset.label)[0] : undefined;
  const name = [dataset.id, label].filter(Boolean).join(': ');
  const dimensions = dataset.dimensions.map(
    (dimension) =>
      `${dimension.id} (${dimension.role ? `${dimension.role}, ` : ''}${dimension.categories.length})`,
  );
  return [
    `  dataset ${index + 1}${name ? `: ${name}` : ''}`,
    `    dimensions: ${dimensions.length > 0 ? dimensions.join(', ') : '(none)'}`,
    `    observations: ${dataset.observations.length}`,
  ];
}

/** `inspect` of a statistics file: format, datasets, dimensions, observations, issues, lost fields. */
export async function inspectStats(
  file: string,
  format: string,
  flags: StatsReadFlags,
  io: CliIo,
): Promise<number> {
  const read = await readStatsFile(file, format, flags, io);
  const observations = read.datasets.reduce((sum, dataset) => sum + dataset.observations.length, 0);
  const codes = new Map<string, number>();
  countCodes(
    codes,
    read.problems.map((problem) => problem.issue),
  );
  const lost = new Map<string, number>();
  countLost(lost, read.lost);
  const lines = [
    file,
    `  format: ${format}`,
    `  datasets: ${read.datasets.length}${read.unreadable > 0 ? ` (${read.unreadable} unreadable)` : ''}, observations: ${observations}`,
    ...read.datasets.flatMap(datasetLines),
    ...(read.hints ?? []).map((hint) => `  hint: ${hint}`),
    ...summaryLines(codes, lost),
  ];
  await write(io.stdout, `${lines.join('\n')}\n`);
  return 0;
}
