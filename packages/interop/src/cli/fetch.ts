// `nrw-health fetch ctgov|fhir`: trials live from ClinicalTrials.gov or a FHIR R4 server, written
// as NDJSON. The sources take options of their own, so fetch parses its arguments itself.
import { parseArgs } from 'node:util';
import { type Locale, ruhrDistricts } from '@nrw-health/core';
import { type CtgovQuery, searchCtgov } from '../clients/ctgov';
import { HttpError, NetworkError, ProtocolError } from '../clients/errors';
import { type FhirSearchParams, searchFhirResearchStudies } from '../clients/fhir';
import type { ClientOptions } from '../clients/http';
import { nrwCtgovQueries } from '../clients/nrw';
import type { TrialSearch } from '../clients/search';
import { toNdjsonLine } from '../ndjson';
import { type CliIo, close, outputStream, UsageError, write } from './io';
import { Progress } from './progress';
import { countLost, pathText } from './report';

export const fetchUsage = `Usage: nrw-health fetch ctgov [options]
       nrw-health fetch fhir <base-url> [options]

Fetches trials live and writes them as NDJSON, one Trial a line, each read by the kit's reader
(ctgov: ClinicalTrials.gov API v2; fhir: ResearchStudy search on a FHIR R4 server). Retries
429, 5xx and network errors with backoff (honouring Retry-After), at most --rate requests a
minute; Ctrl-C stops cleanly.

ctgov:
  --condition <text>    conditions or disease (query.cond)
  --term <text>         other terms (query.term)
  --location <text>     location terms (query.locn), e.g. "Essen, Germany"
  --nrw                 sites in NRW: every Gemeinde of NRW by name, in a few queries
  --ruhr                sites in the Ruhr (the 15 districts of the RVR), the same way
  --advanced <expr>     an Essie expression (filter.advanced)
  --status <codes>      recruitment status, comma-separated: recruiting, not-yet-recruiting,
                        active-not-recruiting, completed, ... or the API's RECRUITING, ...
  --page-size <n>       studies a page, 1 to 1000 (default 100)
  --base-url <url>      the API (default https://clinicaltrials.gov/api/v2)

fhir:
  <base-url>            the server's base URL, e.g. https://fhir.example.org/r4
  --status <codes>      the kit's codes (recruiting is FHIR active, ...) or FHIR's own
  --title <text>        title starts with
  --identifier <token>  [system|]value, e.g. https://clinicaltrials.gov|NCT01234567
  --keyword <token>     keyword
  --condition <token>   condition
  --since <date>        changed since (_lastUpdated=ge<date>)
  --param <name=value>  any other search parameter; repeatable
  --token <token>       bearer token (default: $NRW_HEALTH_FHIR_TOKEN), sent to that server only
  --page-size <n>       _count

Both:
  -o, --output <file>   write to a file (default: stdout)
  --limit <n>           stop after n trials
  --max-pages <n>       fail after n pages (default 10000): a guard against paging forever
  --rate <n>            requests a minute at most (default 50)
  --retries <n>         retries of a failed request (default 5)
  --locale de|en        language of messages
  -q, --quiet           no progress, no summary

Exit codes: 0 all good, 1 records could not be read (named on stderr), 2 bad usage or a source
that failed (one line: the HTTP status and URL, or what went wrong), 130 interrupted. What was
fetched before a failure stays in the output.`;

const common = {
  output: { type: 'string', short: 'o' },
  limit: { type: 'string' },
  'max-pages': { type: 'string' },
  'page-size': { type: 'string' },
  rate: { type: 'string' },
  retries: { type: 'string' },
  locale: { type: 'string' },
  status: { type: 'string' },
  condition: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const ctgovOptions = {
  ...common,
  term: { type: 'string' },
  location: { type: 'string' },
  nrw: { type: 'boolean' },
  ruhr: { type: 'boolean' },
  advanced: { type: 'string' },
  'base-url': { type: 'string' },
} as const;

const fhirOptions = {
  ...common,
  title: { type: 'string' },
  identifier: { type: 'string' },
  keyword: { type: 'string' },
  since: { type: 'string' },
  param: { type: 'string', multiple: true },
  token: { type: 'string' },
} as const;

type Values = Record<string, string | boolean | string[] | undefined>;

/** A whole number option, at least `min`; undefined when not given. */
function count(values: Values, name: string, min: number): number | undefined {
  const text = values[name];
  if (typeof text !== 'string') return undefined;
  const value = Number(text);
  if (!(/^\d+$/.test(text.trim()) && value >= min)) {
    throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${text}"`);
  }
  return value;
}

const statuses = (values: Values) =>
  typeof values.status === 'string'
    ? values.status
        .split(',')
        .map((status) => status.trim())
        .filter(Boolean)
    : undefined;

function localeOf(value: unknown): Locale {
  if (value === undefined || value === 'en' || value === 'de') return (value as Locale) ?? 'en';
  throw new UsageError(`--locale must be de or en, not "${value}"`);
}

/** What both sources take: retries, rate, signal. */
function clientOptions(values: Values, signal: AbortSignal): ClientOptions {
  const rate = count(values, 'rate', 0);
  const retries = count(values, 'retries', 0);
  return {
    signal,
    ...(rate !== undefined && { rateLimit: rate === 0 ? false : { requests: rate, per: 60_000 } }),
    ...(retries !== undefined && { retry: { retries } }),
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function ctgovSearch(values: Values, signal: AbortSignal, locale: Locale): TrialSearch {
  const query: CtgovQuery = {
    ...(text(values.condition) && { condition: text(values.condition) }),
    ...(text(values.term) && { term: text(values.term) }),
    ...(text(values.location) && { location: text(values.location) }),
    ...(text(values.advanced) && { advanced: text(values.advanced) }),
    ...(statuses(values) && { status: statuses(values) }),
  };
  if (values.nrw && values.ruhr) throw new UsageError('--nrw and --ruhr: give one of them');
  const queries = values.nrw
    ? nrwCtgovQueries(query)
    : values.ruhr
      ? nrwCtgovQueries(query, { districts: ruhrDistricts })
      : query;
  const pageSize = count(values, 'page-size', 1);
  const maxPages = count(values, 'max-pages', 1);
  return searchCtgov(queries, {
    ...clientOptions(values, signal),
    locale,
    ...(text(values['base-url']) && { baseUrl: text(values['base-url']) }),
    ...(pageSize !== undefined && { pageSize }),
    ...(maxPages !== undefined && { maxPages }),
  });
}

function fhirSearch(
  baseUrl: string,
  values: Values,
  signal: AbortSignal,
  locale: Locale,
): TrialSearch {
  if (!/^https?:\/\//i.test(baseUrl)) {
    throw new UsageError(
      `fetch fhir: the base URL must start with http:// or https://, not "${baseUrl}"`,
    );
  }
  const params: Record<string, string[]> = {};
  for (const pair of (values.param as string[] | undefined) ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError(`--param must be name=value, not "${pair}"`);
    const name = pair.slice(0, at);
    params[name] = [...(params[name] ?? []), pair.slice(at + 1)];
  }
  const search: FhirSearchParams = {
    ...(statuses(values) && { status: statuses(values) }),
    ...(text(values.title) && { title: text(values.title) }),
    ...(text(values.identifier) && { identifier: text(values.identifier) }),
    ...(text(values.keyword) && { keyword: text(values.keyword) }),
    ...(text(values.condition) && { condition: text(values.condition) }),
    ...(text(values.since) && { lastUpdated: `ge${text(values.since)}` }),
    params,
  };
  const token = text(values.token) ?? process.env.NRW_HEALTH_FHIR_TOKEN;
  const pageSize = count(values, 'page-size', 1);
  const maxPages = count(values, 'max-pages', 1);
  return searchFhirResearchStudies(baseUrl, search, {
    ...clientOptions(values, signal),
    locale,
    ...(token && { token }),
    ...(pageSize !== undefined && { count: pageSize }),
    ...(maxPages !== undefined && { maxPages }),
  });
}

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** Runs `nrw-health fetch <source> …`; resolves to the exit code. Usage errors throw. */
export async function fetchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [source, ...rest] = args;
  if (source === undefined) throw new UsageError('fetch: which source? ctgov or fhir');
  if (source === '--help' || source === '-h') {
    await write(io.stdout, `${fetchUsage}\n`);
    return 0;
  }
  if (source !== 'ctgov' && source !== 'fhir') {
    throw new UsageError(`fetch: unknown source "${source}"; sources: ctgov, fhir`);
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: source === 'ctgov' ? ctgovOptions : fhirOptions,
  }) as { values: Values; positionals: string[] };
  if (values.help) {
    await write(io.stdout, `${fetchUsage}\n`);
    return 0;
  }
  const locale = localeOf(values.locale);
  const limit = count(values, 'limit', 1);
  const controller = new AbortController();
  let search: TrialSearch;
  try {
    if (source === 'ctgov') {
      if (positionals.length > 0)
        throw new UsageError(`fetch ctgov takes no arguments: "${positionals[0]}"`);
      search = ctgovSearch(values, controller.signal, locale);
    } else {
      if (positionals.length !== 1) throw new UsageError('fetch fhir takes one base URL');
      search = fhirSearch(positionals[0]!, values, controller.signal, locale);
    }
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }

  const out = await outputStream(text(values.output), io);
  const quiet = Boolean(values.quiet);
  const progress = new Progress(io.stderr, quiet);
  const lost = new Map<string, number>();
  let written = 0;
  let failed = 0;
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  try {
    for await (const result of search) {
      countLost(lost, result.lost);
      if (result.value) {
        await write(out, toNdjsonLine(result.value));
        written++;
      } else {
        failed++;
        const place = `${source}: page ${result.page}, record${result.id ? ` ${result.id}` : ''}`;
        for (const issue of result.issues) {
          await write(io.stderr, `${place}: ${pathText(issue)}: ${issue.message}\n`);
        }
      }
      progress.tick(written + failed);
      if (limit !== undefined && written + failed >= limit) break;
    }
  } catch (error) {
    progress.done();
    const after = `after ${plural(written, 'trial')}`;
    if (controller.signal.aborted) {
      await write(io.stderr, `nrw-health: fetch ${source}: interrupted ${after}\n`);
      return 130;
    }
    if (
      error instanceof HttpError ||
      error instanceof NetworkError ||
      error instanceof ProtocolError
    ) {
      throw new UsageError(`fetch ${source}: ${error.message} (${after})`);
    }
    throw error;
  } finally {
    process.off('SIGINT', interrupt);
    await close(out, io);
  }
  progress.done();
  if (!quiet) {
    const { stats, totalCount, warnings } = search;
    const parts = [
      `${plural(written, 'trial')} from ${plural(stats.pages, 'page')}`,
      ...(totalCount !== undefined ? [`${totalCount.toLocaleString('en')} matched`] : []),
      ...(stats.retries > 0
        ? [`${stats.retries} ${stats.retries === 1 ? 'retry' : 'retries'}`]
        : []),
      ...(stats.duplicates > 0 ? [`${plural(stats.duplicates, 'duplicate')} skipped`] : []),
      ...(failed > 0 ? [`${failed.toLocaleString('en')} unreadable`] : []),
      ...(limit !== undefined && written + failed >= limit ? [`stopped at --limit ${limit}`] : []),
    ];
    await write(io.stderr, `fetch ${source}: ${parts.join(', ')}\n`);
    for (const warning of warnings) await write(io.stderr, `fetch ${source}: server: ${warning}\n`);
    if (lost.size > 0) {
      await write(
        io.stderr,
        `fetch ${source}: ${lost.size} source field(s) had no place in the model (listed in each trial's provenance.unmapped)\n`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}
