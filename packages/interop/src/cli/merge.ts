// `nrw-health merge <files...>`: the records of any mix of formats, linked across all files, one
// Trial per trial out, and a report of the conflicts. Records are read once and spooled to a
// temporary file as NDJSON while only their link keys stay in memory; the second pass writes
// each trial as soon as its last record comes, so memory stays flat as the input grows.
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { Locale, Trial } from '@nrw-health/core';
import type { TrialFormatName } from '../formats';
import { linkKeys, TrialLinker } from '../harmonise/link';
import { type MergeConflict, mergeTrials } from '../harmonise/merge';
import {
  isMergeRule,
  type MergeOptions,
  type MergeRule,
  recordDate,
  sourceRegistries,
} from '../harmonise/rules';
import { trialReaders } from '../readers';
import { guessFormat, headSize } from './guess';
import { type CliIo, close, inputHead, outputStream, UsageError, write } from './io';
import { Progress } from './progress';
import { readTrialFile } from './read-trials';
import { countLost, pathText, place } from './report';
import { isStatsSource } from './stats-read';

export const mergeUsage = `Usage: nrw-health merge <files...> [-o <file>] [options]

Merges the records of one trial from several registries into one Trial. Records are linked
through their identifiers (NCT, DRKS, EU CT, EudraCT with or without its country suffix,
ISRCTN, the sponsor's own number together with the sponsor's name), also through other records;
never through titles. Each field comes from the record its rule prefers; provenance.sources
lists every record, provenance.fields which field came from which. Sites, identifiers,
conditions, interventions, keywords and the other lists are unioned, the same item spelled
differently once. Every value not taken is a conflict in the report.

Input files may be of any trial format, mixed: ctgov, ctgov-xml, drks, ctis, euctr, ictrp, fhir,
ndjson. The format of each is told from its name and content (as inspect does); --from gives
it for all. "-" reads stdin, as --from says or else as NDJSON of Trials.

Output: NDJSON, one Trial a line; a record linked to no other comes out as read.
Report: the merged trials, what linked them and their conflicts (field, values with their
sources, the rule that chose), as text on stderr; with --format json as JSON on stdout, and
then the trials must go to a file (-o).

Rules (defaults): the primary identifier by registry order; status, dates, enrolment, results
and a site's status from the most recent record; the registration date and the URL from the
record of the primary identifier; German texts from the registry of the sponsor's country (Germany: DRKS,
CTIS, EUCTR), English texts from CT.gov; all else by registry order: ctis, drks, ctgov, euctr,
isrctn, ictrp, fhir, other.

Options:
  -o, --output <file>      write the trials to a file (default: stdout)
  --from <format>          the format of every input file
  --format text|json       the report's form (default: text)
  --prefer <rule>          one rule for every field: most-recent, registry-order,
                           sponsor-country, primary-registry, or registries first to last,
                           comma-separated (drks,ctgov)
  --rule <field>=<rule>    a rule for one field, by JSON Pointer, * for array items; repeatable:
                           --rule /status=drks,ctgov --rule /title/public/en=most-recent
  --registry-order <list>  the order for registry-order and ties (default as above)
  --locale de|en           language of messages
  -q, --quiet              no progress, no summary of lost fields

"-" is stdin or stdout. Exit codes: 0 all good (conflicts too), 1 records could not be read
or merged (named on stderr), 2 bad usage or unreadable input.`;

const options = {
  output: { type: 'string', short: 'o' },
  from: { type: 'string' },
  format: { type: 'string' },
  prefer: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'registry-order': { type: 'string' },
  locale: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const readable = Object.keys(trialReaders);

/** A rule as the command line writes it: a name, or registries comma-separated. */
function ruleOf(text: string, option: string): MergeRule {
  const rule = isMergeRule(text) ? text : text.split(',').map((registry) => registry.trim());
  if (!isMergeRule(rule)) {
    throw new UsageError(
      `${option}: "${text}" is no rule; rules: most-recent, registry-order, sponsor-country, primary-registry, or registries comma-separated (${sourceRegistries.join(', ')})`,
    );
  }
  return rule;
}

/** The merge options of the command line. */
function mergeOptions(values: { prefer?: string; rule?: string[]; 'registry-order'?: string }) {
  const rules: Record<string, MergeRule> = {};
  for (const entry of values.rule ?? []) {
    const at = entry.indexOf('=');
    if (at < 1 || !entry.startsWith('/')) {
      throw new UsageError(
        `--rule must be <field>=<rule>, the field a JSON Pointer: not "${entry}"`,
      );
    }
    rules[entry.slice(0, at)] = ruleOf(entry.slice(at + 1), '--rule');
  }
  const order = values['registry-order'];
  const registryOrder = order === undefined ? undefined : ruleOf(order, '--registry-order');
  if (typeof registryOrder === 'string') {
    throw new UsageError(`--registry-order: registries comma-separated, not "${order}"`);
  }
  return {
    ...(values.prefer !== undefined && { prefer: ruleOf(values.prefer, '--prefer') }),
    ...(Object.keys(rules).length > 0 && { rules }),
    ...(registryOrder && { registryOrder }),
    trusted: true,
  } satisfies MergeOptions;
}

function localeOf(value: string | undefined): Locale {
  if (value === undefined || value === 'en' || value === 'de') return value ?? 'en';
  throw new UsageError(`--locale must be de or en, not "${value}"`);
}

/** The trial format of an input file: --from, else told from its name and start. */
async function formatOf(file: string, from: string | undefined): Promise<TrialFormatName> {
  const format =
    from ?? (file === '-' ? 'ndjson' : guessFormat(file, await inputHead(file, headSize)));
  if (format === undefined) {
    throw new UsageError(`${file}: cannot tell the format; give it with --from <format>`);
  }
  if (!readable.includes(format)) {
    const what = isStatsSource(format) ? 'holds statistics, not trials' : 'cannot be read';
    throw new UsageError(`${file}: format "${format}" ${what}; merge reads ${readable.join(', ')}`);
  }
  return format as TrialFormatName;
}

/** A value in a line of the report: JSON, cut after 70 characters. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

const ruleText = (conflict: MergeConflict) =>
  `${conflict.kind === 'wording' ? 'wording, ' : ''}${typeof conflict.rule === 'string' ? conflict.rule : `${conflict.rule.join(', ')} first`}`;

/** Where a record came from, for the report. */
interface Origin {
  readonly file: string;
  /** 1 for the first record of the file. */
  readonly record: number;
}

/** The report of one trial merged from several records. */
interface MergedReport {
  readonly trial: string;
  readonly records: readonly Origin[];
  readonly via: readonly string[];
  readonly sources: Trial['provenance']['sources'];
  readonly conflicts: readonly MergeConflict[];
}

function textReport(report: MergedReport): string {
  const sourceText = (index: number) => {
    const source = report.sources[index];
    return [source?.registry ?? 'source', source && recordDate(source)].filter(Boolean).join(' ');
  };
  const lines = [
    `${report.trial}: merged ${report.records.length} records (${report.records.map((origin) => `${origin.file} record ${origin.record}`).join(', ')}), linked by ${report.via.join(', ')}`,
    ...report.conflicts.map(
      (conflict) =>
        `  ${conflict.field} [${ruleText(conflict)}]: ${conflict.values
          .map((entry) => `${shown(entry.value)} (${entry.sources.map(sourceText).join(', ')})`)
          .join(' | ')}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** Text for a stream, written in chunks of about 256 kB: one write per record costs more. */
class Chunked {
  private text = '';

  constructor(private readonly stream: Writable) {}

  async add(text: string): Promise<void> {
    this.text += text;
    if (this.text.length >= 256 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.text === '') return;
    const text = this.text;
    this.text = '';
    await write(this.stream, text);
  }
}

/** Runs `nrw-health merge …`; resolves to the exit code. Usage errors throw. */
export async function mergeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: files } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options,
  });
  if (values.help) {
    await write(io.stdout, `${mergeUsage}\n`);
    return 0;
  }
  if (files.length === 0) throw new UsageError('merge: no input files (use - for stdin)');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  const toFile = values.output !== undefined && values.output !== '-';
  if (format === 'json' && !toFile) {
    throw new UsageError(
      '--format json writes the report to stdout: give the merged trials a file with -o <file>',
    );
  }
  const locale = localeOf(values.locale);
  const merging = mergeOptions(values);
  // The output is opened once all input is read (so it may be an input file), but a directory
  // that is not there is told now.
  if (toFile) {
    await access(dirname(values.output!), constants.W_OK).catch((error: NodeJS.ErrnoException) => {
      const reason = error.code === 'ENOENT' ? 'no such directory' : 'permission denied';
      throw new UsageError(`${values.output}: cannot write the output: ${reason}`);
    });
  }
  if (values.from !== undefined && !readable.includes(values.from)) {
    throw new UsageError(`--from: merge reads ${readable.join(', ')}, not "${values.from}"`);
  }
  // Every file's format first: a usage error before anything is written.
  const formats: TrialFormatName[] = [];
  for (const file of files) formats.push(await formatOf(file, values.from));

  const quiet = Boolean(values.quiet);
  const progress = new Progress(io.stderr, quiet);
  const spoolDir = await mkdtemp(join(tmpdir(), 'nrw-health-merge-'));
  try {
    // Pass 1: read every record, keep its link keys and where it came from, spool the trial.
    const spoolFile = join(spoolDir, 'trials.ndjson');
    const spoolStream = createWriteStream(spoolFile);
    const spool = new Chunked(spoolStream);
    const linker = new TrialLinker();
    const fileOf: number[] = [];
    const recordOf: number[] = [];
    let failed = 0;
    const lostByFile = new Map<string, Map<string, number>>();
    try {
      for (const [fileIndex, file] of files.entries()) {
        const lost = new Map<string, number>();
        lostByFile.set(file, lost);
        let index = 0;
        for await (const result of readTrialFile(
          file,
          trialReaders[formats[fileIndex]!]!,
          locale,
          io,
        )) {
          countLost(lost, result.lost);
          if (result.value) {
            linker.addKeys(linkKeys(result.value));
            fileOf.push(fileIndex);
            recordOf.push(index + 1);
            await spool.add(`${JSON.stringify(result.value)}\n`);
          } else {
            failed++;
            for (const issue of result.issues) {
              await write(
                io.stderr,
                `${place(file, index)}: ${pathText(issue)}: ${issue.message}\n`,
              );
            }
          }
          index++;
          progress.tick(linker.count + failed);
        }
      }
    } finally {
      await spool.flush();
      await new Promise<void>((resolve, reject) =>
        spoolStream.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
    }

    // Pass 2: a record alone is written as read; the records of a trial wait for its last one.
    const outStream = await outputStream(values.output, io);
    const out = new Chunked(outStream);
    const pending = new Map<number, { record: number; trial: Trial }[]>();
    let trials = 0;
    let merged = 0;
    let conflicts = 0;
    let wording = 0;
    let unmerged = 0;
    if (format === 'json') await write(io.stdout, '{"trials":[');
    let record = 0;
    const lines = createInterface({ input: createReadStream(spoolFile), crlfDelay: Infinity });
    for await (const line of lines) {
      const at = record++;
      progress.tick(at);
      if (linker.sizeOf(at) === 1) {
        await out.add(`${line}\n`);
        trials++;
        continue;
      }
      const group = linker.groupOf(at);
      const waiting = pending.get(group) ?? [];
      waiting.push({ record: at, trial: JSON.parse(line) as Trial });
      pending.set(group, waiting);
      if (waiting.length < linker.sizeOf(at)) continue;
      pending.delete(group);
      const result = mergeTrials(
        waiting.map((entry) => entry.trial),
        merging,
      );
      const origins = waiting.map((entry) => ({
        file: files[fileOf[entry.record]!]!,
        record: recordOf[entry.record]!,
      }));
      const id = `${result.value.identifiers.primary.id}`;
      if (result.issues.length > 0) {
        unmerged++;
        for (const issue of result.issues) {
          await write(
            io.stderr,
            `merge: ${id} (${origins.map((origin) => `${origin.file} record ${origin.record}`).join(', ')}): ${pathText(issue)}: ${issue.message}\n`,
          );
        }
        continue;
      }
      await out.add(`${JSON.stringify(result.value)}\n`);
      const counts = new Map<string, number>();
      for (const entry of waiting) {
        for (const key of linkKeys(entry.trial)) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const report: MergedReport = {
        trial: id,
        records: origins,
        via: [...counts]
          .filter(([, count]) => count > 1)
          .map(([key]) => key)
          .sort(),
        sources: result.value.provenance.sources,
        conflicts: result.conflicts,
      };
      if (format === 'json') {
        await write(io.stdout, `${merged > 0 ? ',' : ''}\n${JSON.stringify(report)}`);
      } else await write(io.stderr, textReport(report));
      trials++;
      merged++;
      conflicts += result.conflicts.length;
      wording += result.conflicts.filter((conflict) => conflict.kind === 'wording').length;
    }
    await out.flush();
    await close(outStream, io);
    progress.done();
    const summary = {
      records: record + failed,
      unreadable: failed,
      trials,
      merged,
      conflicts,
      wording,
      ...(unmerged > 0 && { unmerged }),
    };
    if (format === 'json') {
      await write(io.stdout, `\n],"summary":${JSON.stringify(summary)}}\n`);
    } else {
      await write(
        io.stderr,
        `merge: ${summary.records} record(s) → ${trials} trial(s), ${merged} of them merged from several records; ${conflicts} conflict(s), ${wording} of wording only${failed > 0 ? `; ${failed} record(s) unreadable` : ''}${unmerged > 0 ? `; ${unmerged} trial(s) could not be merged` : ''}\n`,
      );
    }
    if (!quiet) {
      for (const [file, lost] of lostByFile) {
        if (lost.size > 0) {
          await write(
            io.stderr,
            `${file}: ${lost.size} source field(s) had no place in the model (listed in each trial's provenance.unmapped; see \`nrw-health inspect\`)\n`,
          );
        }
      }
    }
    return failed > 0 || unmerged > 0 ? 1 : 0;
  } finally {
    await rm(spoolDir, { recursive: true, force: true });
  }
}
