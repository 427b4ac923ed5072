// The help texts: one general, and one per command with the formats it takes.
import { fetchUsage } from './fetch';
import { mergeUsage } from './merge';

/** Every format name `--from` and `--to` know. */
export const allFormats = [
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

const footer = `"-" is stdin or stdout. Exit codes: 0 all good, 1 records failed validation, 2 bad usage or unreadable input.`;

export const generalUsage = `Usage:
  nrw-health convert <files...> --from <format> --to <format> [-o <file>] [--locale de|en] [--quiet]
  nrw-health validate <files...> --as <trial|actor|indicator|observation> [--format text|json] [--locale de|en]
  nrw-health inspect <file> [--from <format>]
  nrw-health merge <files...> [-o <file>] [--format text|json] [--prefer <rule>] [--rule <field>=<rule>]
  nrw-health fetch ctgov [--condition <text>] [--location <text>|--nrw] [--status <codes>] [-o <file>]
  nrw-health fetch fhir <base-url> [--status <codes>] [--token <token>] [-o <file>]
  nrw-health <command> --help     the usage of one command

Formats: ${allFormats.join(', ')}
${footer}`;

const convertUsage = `Usage: nrw-health convert <files...> --from <format> --to <format> [options]

Converts trials or observations. The target decides which: csv and jsonstat are observation
formats; ictrp, fhir and geojson are trial formats; ndjson to ndjson stays trials unless the
source is a statistics format, and from a statistics format --to ndjson writes one Observation
per line.

  trials        --from ctgov, ctgov-xml, drks, ctis, euctr, ictrp, fhir, ndjson
                --to   ndjson, ictrp (CSV), fhir (a Bundle), geojson (the sites as points)
  observations  --from jsonstat, sdmx-json, genesis-csv, csv (tidy), ndjson (Observations)
                --to   csv (tidy), jsonstat, ndjson

Several input files give one output; JSON-stat output is a collection when there is more than
one dataset, else one dataset.

Options:
  -o, --output <file>   write to a file (default: stdout); -o x.csv also writes the CSVW
                        metadata x.csv-metadata.json
  --locale de|en        language of messages and labels; de writes the German CSV dialect
                        (";", decimal comma, byte-order mark), en the English one
  --region <code>       region of every observation of a source that has none
                        (sdmx-json, genesis-csv), e.g. DE
  --indicator <id>      indicator id (a slug) of a statistics source that has none
  -q, --quiet           no progress, no summary of lost fields

${footer}`;

const validateUsage = `Usage: nrw-health validate <files...> --as <trial|actor|indicator|observation> [options]

Validates the kit's own records (NDJSON, JSON values or arrays) against the model.

Options:
  --as <kind>           trial, actor, indicator or observation
  --format text|json    the report's form (default: text)
  --locale de|en        language of messages

${footer}`;

const inspectUsage = `Usage: nrw-health inspect <file> [--from <format>] [--locale de|en]

Reads a file and tells what is in it. Trials: records, valid ones, issue codes and the source
fields that have no place in the model. Statistics: datasets, their dimensions (id, role,
number of categories), observations, issue codes and lost fields.

Formats: ${allFormats.filter((format) => format !== 'geojson').join(', ')}
Without --from the format is told from the file: its name, and its content where that is safe
(JSON-stat "class", SDMX "dataSets", FHIR "resourceType"; a CSV by its first line: GENESIS
title lines with ";", a tidy header with indicator, region, period; ICTRP's TrialID). NDJSON
files are read as trials.

${footer}`;

const commandUsage: Readonly<Record<string, string>> = {
  convert: convertUsage,
  validate: validateUsage,
  inspect: inspectUsage,
  merge: mergeUsage,
  fetch: fetchUsage,
};

/** The usage of a command, for `nrw-health <command> --help`; the general one for others. */
export const usageOf = (command: string | undefined): string =>
  command !== undefined && Object.hasOwn(commandUsage, command)
    ? commandUsage[command]!
    : generalUsage;
