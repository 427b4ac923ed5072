import { parseArgs } from 'node:util';
import {
  type Locale,
  type ValidationIssue,
  validateActor,
  validateIndicatorDefinition,
  validateObservation,
  validateTrial,
} from '@nrw-health/core';
import type { TrialFormatName, TrialReader } from '../formats';
import { trialReaders } from '../readers';
import { jsonValues } from '../streams/json-values';
import { fetchCommand } from './fetch';
import { guessFormat, headSize } from './guess';
import { type CliIo, close, inputHead, inputStream, outputStream, UsageError, write } from './io';
import { mergeCommand } from './merge';
import { Progress } from './progress';
import { readTrialFile } from './read-trials';
import { countCodes, countLost, pathText, place, summaryLines } from './report';
import { convertObservations, inspectStats } from './stats';
import { isStatsSource, type StatsReadFlags } from './stats-read';
import { trialTargets, trialWriterFor } from './trial-writers';
import { allFormats, usageOf } from './usage';

type Values = Record<string, string | boolean | undefined>;

function readerFor(format: string | undefined): TrialReader {
  if (!format) throw new UsageError('--from <format> is required');
  if (!(allFormats as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}"; formats: ${allFormats.join(', ')}`);
  }
  const reader = trialReaders[format as TrialFormatName];
  if (!reader) throw new UsageError(`format "${format}" cannot be read as trials`);
  return reader;
}

function localeOf(value: string | undefined): Locale {
  if (value === undefined || value === 'en' || value === 'de') return value ?? 'en';
  throw new UsageError(`--locale must be de or en, not "${value}"`);
}

/** `convert` of trials: read record by record, written record by record. */
async function convertTrials(
  files: string[],
  reader: TrialReader,
  to: string,
  values: Values,
  io: CliIo,
): Promise<number> {
  const locale = localeOf(values.locale as string | undefined);
  const writer = trialWriterFor(to, locale);
  const out = await outputStream(values.output as string | undefined, io);
  const progress = new Progress(io.stderr, Boolean(values.quiet));
  let failed = 0;
  let written = 0;
  const lostByFile = new Map<string, Map<string, number>>();
  if (writer.start) await write(out, writer.start());
  for (const file of files) {
    const lost = new Map<string, number>();
    lostByFile.set(file, lost);
    let index = 0;
    for await (const result of readTrialFile(file, reader, locale, io)) {
      countLost(lost, result.lost);
      if (result.value) {
        await write(out, writer.record(result.value, written++));
      } else {
        failed++;
        for (const issue of result.issues) {
          await write(io.stderr, `${place(file, index)}: ${pathText(issue)}: ${issue.message}\n`);
        }
      }
      index++;
      progress.tick(written + failed);
    }
  }
  if (writer.end) await write(out, writer.end());
  await close(out, io);
  progress.done();
  if (!values.quiet) {
    for (const [file, lost] of lostByFile) {
      if (lost.size > 0) {
        await write(
          io.stderr,
          `${file}: ${lost.size} source field(s) had no place in the model (listed in each trial's provenance.unmapped; see \`nrw-health inspect\`)\n`,
        );
      }
    }
    const summary = writer.summary?.();
    if (summary) await write(io.stderr, `${summary}\n`);
  }
  return failed > 0 ? 1 : 0;
}

function knownFormat(value: unknown, option: string): string {
  if (typeof value !== 'string') throw new UsageError(`${option} <format> is required`);
  if (!(allFormats as readonly string[]).includes(value)) {
    throw new UsageError(`unknown format "${value}"; formats: ${allFormats.join(', ')}`);
  }
  return value;
}

/** The statistics options of the command line. */
const statsFlags = (values: Values): StatsReadFlags => ({
  locale: localeOf(values.locale as string | undefined),
  ...(typeof values.region === 'string' && { region: values.region }),
  ...(typeof values.indicator === 'string' && { indicator: values.indicator }),
});

/**
 * `convert`: the target decides the kind of record. csv and jsonstat are observation formats,
 * and so is anything read from a statistics format; all else is trials.
 */
async function convert(files: string[], values: Values, io: CliIo): Promise<number> {
  const from = knownFormat(values.from, '--from');
  const to = knownFormat(values.to, '--to');
  // ndjson holds either kind; csv and jsonstat hold observations only.
  const observations = isStatsSource(from) || to === 'csv' || to === 'jsonstat';
  if (!observations) return convertTrials(files, readerFor(from), to, values, io);
  if (!isStatsSource(from) && from !== 'ndjson') {
    throw new UsageError(
      `format "${from}" holds trials, and ${to} is written from observations; trials are written as ${trialTargets.join(', ')}`,
    );
  }
  const locale = values.locale as string | undefined;
  return convertObservations(
    files,
    from,
    {
      ...statsFlags(values),
      to,
      ...(typeof values.output === 'string' && { output: values.output }),
      ...(locale !== undefined && { language: localeOf(locale) }),
      quiet: Boolean(values.quiet),
    },
    io,
  );
}

const modelValidators = {
  trial: validateTrial,
  actor: validateActor,
  indicator: validateIndicatorDefinition,
  observation: validateObservation,
} as const;

async function validate(files: string[], values: Values, io: CliIo): Promise<number> {
  const as = values.as as string | undefined;
  if (!as || !(as in modelValidators)) {
    throw new UsageError('--as must be one of trial, actor, indicator, observation');
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  const locale = localeOf(values.locale as string | undefined);
  const validator = modelValidators[as as keyof typeof modelValidators];
  const report: { file: string; record: number; path: string; code: string; message: string }[] =
    [];
  let records = 0;
  for (const file of files) {
    let index = 0;
    for await (const value of jsonValues(inputStream(file, io))) {
      records++;
      const issues: readonly ValidationIssue[] = value.ok
        ? ((result) => (result.ok ? [] : result.issues))(validator(value.value, { locale }))
        : [{ path: [], code: 'invalid_input', message: `not JSON: ${value.error}` }];
      for (const issue of issues) {
        report.push({
          file,
          record: index + 1,
          path: pathText(issue),
          code: issue.code,
          message: issue.message,
        });
      }
      index++;
    }
  }
  if (format === 'json') {
    await write(
      io.stdout,
      `${JSON.stringify({ records, valid: report.length === 0, issues: report }, null, 2)}\n`,
    );
  } else {
    for (const entry of report) {
      await write(
        io.stdout,
        `${entry.file}: record ${entry.record}: ${entry.path}: ${entry.message} [${entry.code}]\n`,
      );
    }
    const invalid = new Set(report.map((entry) => `${entry.file}#${entry.record}`)).size;
    await write(
      io.stdout,
      `${records} record(s), ${records - invalid} valid, ${invalid} invalid\n`,
    );
  }
  return report.length > 0 ? 1 : 0;
}

async function inspect(files: string[], values: Values, io: CliIo): Promise<number> {
  if (files.length !== 1) throw new UsageError('inspect takes exactly one file');
  const file = files[0]!;
  const format =
    (values.from as string | undefined) ?? guessFormat(file, await inputHead(file, headSize));
  if (!format)
    throw new UsageError(`${file}: cannot tell the format; give it with --from <format>`);
  if (isStatsSource(format)) return inspectStats(file, format, statsFlags(values), io);
  const reader = readerFor(format);
  const lost = new Map<string, number>();
  const codes = new Map<string, number>();
  let records = 0;
  let valid = 0;
  for await (const result of readTrialFile(
    file,
    reader,
    localeOf(values.locale as string | undefined),
    io,
  )) {
    records++;
    if (result.value) valid++;
    countLost(lost, result.lost);
    countCodes(codes, result.issues);
  }
  const lines = [
    `${file}`,
    `  format: ${format}`,
    `  records: ${records}, valid trials: ${valid}, failed: ${records - valid}`,
    ...summaryLines(codes, lost),
  ];
  await write(io.stdout, `${lines.join('\n')}\n`);
  return 0;
}

/** Runs the CLI with its arguments; resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      // `nrw-health help convert` is `nrw-health convert --help`.
      await write(io.stdout, `${usageOf(command === 'help' ? rest[0] : undefined)}\n`);
      return command ? 0 : 2;
    }
    // fetch reads from a source, not files, and its sources take options of their own.
    if (command === 'fetch') return await fetchCommand(rest, io);
    // merge takes rules of its own, some of them repeated.
    if (command === 'merge') return await mergeCommand(rest, io);
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        locale: { type: 'string' },
        as: { type: 'string' },
        format: { type: 'string' },
        region: { type: 'string' },
        indicator: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      await write(io.stdout, `${usageOf(command)}\n`);
      return 0;
    }
    const files = positionals.length > 0 ? positionals : [];
    if (files.length === 0) throw new UsageError(`${command}: no input files (use - for stdin)`);
    switch (command) {
      case 'convert':
        return await convert(files, values, io);
      case 'validate':
        return await validate(files, values, io);
      case 'inspect':
        return await inspect(files, values, io);
      default:
        throw new UsageError(
          `unknown command "${command}"; commands: convert, validate, inspect, merge, fetch`,
        );
    }
  } catch (error) {
    const message =
      error instanceof UsageError ||
      (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')
        ? (error as Error).message
        : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    await write(io.stderr, `nrw-health: ${message}\n`);
    return 2;
  }
}
