import { parseArgs } from 'node:util';
import {
  type Locale,
  type Trial,
  type ValidationIssue,
  validateActor,
  validateIndicatorDefinition,
  validateObservation,
  validateTrial,
} from '@nrw-health/core';
import { fhirEntryWriter } from '../fhir/write';
import type { TrialFormatName, TrialReader } from '../formats';
import { toNdjsonLine } from '../ndjson';
import { trialReaders } from '../readers';
import { createIctrpCsvWriter } from '../registries/ictrp/write';
import type { LostField, ReadIssue, RecordResult } from '../shared/result';
import { jsonValues } from '../streams/json-values';
import { type CliIo, close, inputStream, inputText, outputStream, UsageError, write } from './io';
import { Progress } from './progress';

const usage = `Usage:
  nrw-health convert <files...> --from <format> --to <format> [-o <file>] [--locale de|en] [--quiet]
  nrw-health validate <files...> --as <trial|actor|indicator|observation> [--format text|json] [--locale de|en]
  nrw-health inspect <file> [--from <format>]
  nrw-health merge <files...> [-o <file>]

Formats: ctgov, ctgov-xml, drks, ctis, euctr, ictrp, fhir, jsonstat, sdmx-json, genesis-csv, csv, ndjson, geojson
"-" is stdin or stdout. Exit codes: 0 all good, 1 records failed validation, 2 bad usage or unreadable input.`;

const allFormats = [
  'ctgov',
  'ctgov-xml',
  'drks',
  'ctis',
  'euctr',
  'ictrp',
  'fhir',
  'jsonstat',
  'sdmx-json',
  'genesis-csv',
  'csv',
  'ndjson',
  'geojson',
] as const;

/** Trial output formats of `convert --to`. */
export interface TrialWriter {
  start?(): string;
  record(trial: Trial, index: number): string;
  end?(): string;
}

/**
 * A FHIR collection Bundle written entry by entry, so memory stays flat: sponsors and sites that
 * trials share are written once.
 */
function fhirBundleWriter(): TrialWriter {
  const entriesOf = fhirEntryWriter();
  let first = true;
  return {
    start: () => '{"resourceType":"Bundle","type":"collection","entry":[\n',
    record(trial) {
      let text = '';
      for (const entry of entriesOf(trial)) {
        text += `${first ? '' : ',\n'}${JSON.stringify(entry)}`;
        first = false;
      }
      return text;
    },
    end: () => '\n]}\n',
  };
}

/** The writer of a `--to` format; `--locale de` picks the German CSV dialect. */
function writerFor(format: string, locale: Locale): TrialWriter {
  switch (format) {
    case 'ndjson':
      return { record: (trial) => toNdjsonLine(trial) };
    case 'ictrp':
      return createIctrpCsvWriter({ dialect: locale });
    case 'fhir':
      return fhirBundleWriter();
    default:
      throw new UsageError(`format "${format}" cannot be written from trials`);
  }
}

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

/** The results of reading the records of one input file with a reader. */
async function* readFile(
  file: string,
  reader: TrialReader,
  locale: Locale,
  io: CliIo,
): AsyncGenerator<RecordResult<Trial>> {
  const readDocument = function* (document: unknown) {
    for (const record of reader.records(document)) yield reader.read(record, { locale });
  };
  if (reader.input === 'text') {
    yield* readDocument(await inputText(file, io));
    return;
  }
  for await (const value of jsonValues(inputStream(file, io))) {
    if (value.ok) yield* readDocument(value.value);
    else {
      const issue: ReadIssue = {
        in: 'source',
        path: [],
        code: 'invalid_input',
        message: `not JSON: ${value.error}`,
      };
      yield { value: undefined, lost: [], issues: [issue] };
    }
  }
}

const place = (file: string, index: number, id?: string) =>
  `${file}: record ${index + 1}${id ? ` (${id})` : ''}`;

const pathText = (issue: ValidationIssue) =>
  issue.path.length > 0 ? issue.path.join('.') : '(record)';

async function convert(
  files: string[],
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<number> {
  const reader = readerFor(values.from as string | undefined);
  const to = values.to as string | undefined;
  if (!to) throw new UsageError('--to <format> is required');
  const locale = localeOf(values.locale as string | undefined);
  const writer = writerFor(to, locale);
  const out = outputStream(values.output as string | undefined, io);
  const progress = new Progress(io.stderr, Boolean(values.quiet));
  let failed = 0;
  let written = 0;
  const lostByFile = new Map<string, Map<string, number>>();
  if (writer.start) await write(out, writer.start());
  for (const file of files) {
    const lost = new Map<string, number>();
    lostByFile.set(file, lost);
    let index = 0;
    for await (const result of readFile(file, reader, locale, io)) {
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
  }
  return failed > 0 ? 1 : 0;
}

function countLost(counts: Map<string, number>, lost: readonly LostField[]): void {
  for (const field of lost) {
    counts.set(field.pattern, (counts.get(field.pattern) ?? 0) + 1);
  }
}

const modelValidators = {
  trial: validateTrial,
  actor: validateActor,
  indicator: validateIndicatorDefinition,
  observation: validateObservation,
} as const;

async function validate(
  files: string[],
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<number> {
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

async function inspect(
  files: string[],
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<number> {
  if (files.length !== 1) throw new UsageError('inspect takes exactly one file');
  const file = files[0]!;
  const format = (values.from as string | undefined) ?? guessFormat(file);
  if (!format)
    throw new UsageError(`${file}: cannot tell the format; give it with --from <format>`);
  const reader = readerFor(format);
  const lost = new Map<string, number>();
  const codes = new Map<string, number>();
  let records = 0;
  let valid = 0;
  for await (const result of readFile(
    file,
    reader,
    localeOf(values.locale as string | undefined),
    io,
  )) {
    records++;
    if (result.value) valid++;
    countLost(lost, result.lost);
    for (const issue of result.issues) codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
  }
  const lines = [
    `${file}`,
    `  format: ${format}`,
    `  records: ${records}, valid trials: ${valid}, failed: ${records - valid}`,
  ];
  if (codes.size > 0)
    lines.push(`  issues: ${[...codes].map(([code, count]) => `${code} ${count}`).join(', ')}`);
  if (lost.size > 0) {
    lines.push(`  fields with no place in the model (${lost.size}):`);
    for (const [path, count] of [...lost].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      lines.push(`    ${path} (${count}×)`);
    }
    if (lost.size > 20) lines.push(`    … and ${lost.size - 20} more`);
  }
  await write(io.stdout, `${lines.join('\n')}\n`);
  return 0;
}

/** The format by file name, for `inspect` without --from. */
function guessFormat(file: string): string | undefined {
  const name = file.toLowerCase();
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'ndjson';
  if (name.endsWith('.xml')) return 'ctgov-xml';
  if (name.endsWith('.csv')) return 'ictrp';
  if (/(^|[/_-])drks/.test(name)) return 'drks';
  if (/(^|[/_-])ctis/.test(name)) return 'ctis';
  if (/(^|[/_-])euctr/.test(name)) return 'euctr';
  if (/fhir|bundle/.test(name)) return 'fhir';
  if (name.endsWith('.json')) return 'ctgov';
  return undefined;
}

/** Runs the CLI with its arguments; resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      await write(io.stdout, `${usage}\n`);
      return command ? 0 : 2;
    }
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
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      await write(io.stdout, `${usage}\n`);
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
      case 'merge':
        throw new UsageError(
          'merge is not available yet: it comes with the harmonisation of trials',
        );
      default:
        throw new UsageError(
          `unknown command "${command}"; commands: convert, validate, inspect, merge`,
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
