import {
  formats,
  type LocalizedText,
  type Observation,
  observationStatuses,
  type Source,
  sexes,
} from '@nrw-health/core';
import type { IssueLog } from '../../shared/result';
import type { Dataset } from '../dataset';
import {
  type CsvColumnSpec,
  type CsvField,
  type CsvStandardField,
  isCsvField,
  type ResolvedColumn,
} from './columns';
import { type CsvDialectName, csvDialects } from './dialect';
import type { ObservationsCsvReadOptions } from './read';
import { type ObservationsCsvOptions, observationsCsvColumns } from './write';

/*
 * CSVW metadata (W3C "Metadata Vocabulary for Tabular Data", https://www.w3.org/TR/tabular-metadata/)
 * for the tidy CSV: the same columns and dialect as the CSV that `writeObservationsCsv` writes
 * with the same options, so that the pair can be published and read back together.
 */

const CSVW = 'http://www.w3.org/ns/csvw';

/** What a column holds, in words, for `dc:description`. */
const descriptions: Readonly<Record<CsvStandardField, { de: string; en: string }>> = {
  indicator: { de: 'Kennung des Indikators', en: 'Identifier of the indicator' },
  region: {
    de: 'Regionscode: AGS, NUTS, ISO-Ländercode oder RVR',
    en: 'Region code: AGS, NUTS, ISO country code or RVR',
  },
  region_name: { de: 'Name der Region', en: 'Name of the region' },
  period: {
    de: 'Zeitraum: JJJJ, JJJJ-Qn, JJJJ-Hn, JJJJ-MM, JJJJ-MM-TT oder von/bis',
    en: 'Period: YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM-DD or start/end',
  },
  value: {
    de: 'Wert; leer, wenn es keinen gibt (der Status sagt, warum)',
    en: 'Value; empty when there is none (the status says why)',
  },
  status: { de: 'Status der Beobachtung', en: 'Observation status' },
  flag: { de: 'Kennzeichen der Quelle, wie angegeben', en: "The source's flag, as given" },
  pre_break_value: {
    de: 'Wert nach der Methode vor dem Zeitreihenbruch',
    en: 'Value by the method before the break in series',
  },
  sex: { de: 'Geschlecht', en: 'Sex' },
  age_group: { de: 'Altersgruppe (Eurostat-Code)', en: 'Age group (Eurostat code)' },
  sector: { de: 'Sektor oder Branche', en: 'Sector or branch' },
  footnotes: {
    de: 'Fußnoten als JSON-Liste von Texten nach Sprache',
    en: 'Footnotes as a JSON list of texts by language',
  },
  source: { de: 'Quelle der Zahl als JSON-Objekt', en: 'Source of the figure as a JSON object' },
};

const codes = (list: readonly string[]) => `^(?:${list.join('|')})$`;
const pattern = (name: keyof typeof formats) => formats[name].pattern.source;

type Datatype = string | { base: string; format?: unknown };

function datatypeOf(field: CsvField, decimal: '.' | ','): Datatype {
  switch (field) {
    case 'indicator':
      return { base: 'string', format: pattern('slug') };
    case 'region':
      return { base: 'string', format: pattern('regionCode') };
    case 'period':
      return { base: 'string', format: pattern('period') };
    case 'value':
    case 'pre_break_value':
      return { base: 'number', format: { decimalChar: decimal } };
    case 'status':
      return { base: 'string', format: codes(observationStatuses.codes) };
    case 'sex':
      return { base: 'string', format: codes(sexes.codes) };
    case 'age_group':
      return { base: 'string', format: pattern('ageGroup') };
    case 'footnotes':
    case 'source':
      return 'json';
    default:
      return 'string';
  }
}

// The source is part of the key: the same cell may come from two documents (see collect.ts).
const keyFields = new Set<string>([
  'indicator',
  'region',
  'period',
  'sex',
  'age_group',
  'sector',
  'source',
]);

/**
 * A column name as CSVW wants it (a URI template variable: letters, digits, `_`, dots between
 * them): `dim.<id>` keeps its first dot; `-` and further dots of the id are percent-encoded.
 */
function columnName(field: CsvField): string {
  if (!field.startsWith('dim.')) return field;
  const id = field
    .slice(4)
    .replace(/[.-]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `dim.${id}`;
}

const described = (text: { de: string; en: string } | LocalizedText) =>
  Object.entries(text).map(([language, value]) => ({ '@value': value, '@language': language }));

export interface CsvwMetadataOptions extends Omit<ObservationsCsvOptions, 'onOmitted'> {
  /** The CSV file's address, relative to the metadata file. Default: `observations.csv`. */
  readonly url?: string;
  /** The observations the CSV holds, to find its dimension columns as the writer does. */
  readonly observations?: readonly Observation[];
  /** The dataset the CSV holds: its observations, title, source (dc:source, dc:license), update. */
  readonly dataset?: Pick<Dataset, 'label' | 'source' | 'updated' | 'observations'>;
}

/**
 * CSVW metadata for the CSV that `writeObservationsCsv(observations, options)` writes: `url`,
 * `dialect` (delimiter, encoding, header, line terminator), `tableSchema` (columns with name,
 * titles, datatype, required, description; primary key), and `dc:` properties from the
 * dataset's source. `readObservationsCsv(csv, { metadata })` reads the CSV by it.
 */
export function writeCsvwMetadata(options: CsvwMetadataOptions = {}): Record<string, unknown> {
  const name: CsvDialectName = options.dialect === 'de' ? 'de' : 'en';
  const dialect = csvDialects[name];
  const observations = options.observations ?? options.dataset?.observations ?? [];
  const columns = observationsCsvColumns(observations, options);
  const required = new Set(['indicator', 'region', 'period', 'status']);
  return {
    '@context': CSVW,
    url: options.url ?? 'observations.csv',
    ...datasetProperties(options.dataset),
    'rdfs:comment': described({
      de: "Eine Zeile je Beobachtung. Textzellen, die mit = + - @, Tabulator oder Wagenrücklauf beginnen, tragen davor ein ' gegen Formel-Injektion in Tabellenprogrammen.",
      en: "One row per observation. Text cells that start with = + - @, tab or carriage return have a ' in front, against formula injection in spreadsheets.",
    }),
    dialect: {
      delimiter: dialect.delimiter,
      encoding: 'utf-8',
      header: true,
      headerRowCount: 1,
      lineTerminators: [dialect.newline],
      quoteChar: '"',
      doubleQuote: true,
      // Cells are written as they are: spaces at the ends of a text belong to it.
      trim: false,
    },
    tableSchema: {
      columns: columns.map((column) => columnDescription(column, dialect.decimal, required)),
      primaryKey: columns
        .filter((column) => keyFields.has(column.field) || column.dimension)
        .map((column) => columnName(column.field)),
    },
  };
}

function columnDescription(
  column: ResolvedColumn,
  decimal: '.' | ',',
  required: ReadonlySet<string>,
): Record<string, unknown> {
  const standard = descriptions[column.field as CsvStandardField];
  const text = standard ?? {
    de: `Kategorie der Dimension ${column.dimension}`,
    en: `Category of the dimension ${column.dimension}`,
  };
  return {
    name: columnName(column.field),
    titles: column.title,
    datatype: datatypeOf(column.field, decimal),
    required: required.has(column.field),
    'dc:description': described(text),
  };
}

function datasetProperties(dataset: CsvwMetadataOptions['dataset']): Record<string, unknown> {
  if (!dataset) return {};
  const properties: Record<string, unknown> = {};
  if (dataset.label) properties['dc:title'] = described(dataset.label);
  const source: Source | undefined = dataset.source;
  if (source?.url) properties['dc:source'] = { '@id': source.url };
  else if (source?.title) properties['dc:source'] = source.title;
  if (source?.licence) {
    properties['dc:license'] = /^https?:\/\//.test(source.licence)
      ? { '@id': source.licence }
      : source.licence;
  }
  if (source?.producer) properties['dc:publisher'] = source.producer;
  if (dataset.updated) properties['dc:modified'] = dataset.updated;
  return properties;
}

// ----- reading ---------------------------------------------------------------------------------

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The first title of a CSVW `titles`: a string, a list, or a map of languages to either. */
function firstTitle(titles: unknown): string | undefined {
  if (typeof titles === 'string') return titles;
  if (Array.isArray(titles)) return titles.find((title) => typeof title === 'string');
  if (isObject(titles)) {
    for (const value of Object.values(titles)) {
      const title = firstTitle(value);
      if (title !== undefined) return title;
    }
  }
  return undefined;
}

function decodedName(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Reader options from CSVW metadata: separator, encoding, header, the columns and their
 * titles, the decimal and grouping marks of number columns. What cannot be used is an issue.
 */
export function csvwReadOptions(metadata: unknown, log: IssueLog): ObservationsCsvReadOptions {
  if (!isObject(metadata)) {
    log.source(['metadata'], 'invalid_type', { expected: 'object' });
    return {};
  }
  const options: {
    -readonly [K in keyof ObservationsCsvReadOptions]: ObservationsCsvReadOptions[K];
  } = {};
  const dialect = isObject(metadata.dialect) ? metadata.dialect : {};
  if (typeof dialect.delimiter === 'string') options.delimiter = dialect.delimiter;
  if (typeof dialect.encoding === 'string') options.encoding = dialect.encoding;
  if (dialect.header === false || dialect.headerRowCount === 0) options.header = false;
  const schema = isObject(metadata.tableSchema) ? metadata.tableSchema : undefined;
  const described = Array.isArray(schema?.columns) ? schema.columns : undefined;
  if (!described) {
    log.source(['metadata', 'tableSchema', 'columns'], 'required');
    return options;
  }
  const columns: CsvColumnSpec[] = [];
  described.forEach((column, index) => {
    const at = ['metadata', 'tableSchema', 'columns', index];
    if (!isObject(column) || column.virtual === true) return;
    const field = decodedName(column.name);
    const title = firstTitle(column.titles) ?? field;
    if (!isCsvField(field) || title === undefined) {
      // Its cells are kept as lost, by the title the header gives them.
      if (options.header === false) log.source([...at, 'name'], 'unknown_code', { value: field });
      return;
    }
    columns.push({ field, title });
    const format = isObject(column.datatype) ? column.datatype.format : undefined;
    if (field === 'value' && isObject(format)) {
      if (format.decimalChar === '.' || format.decimalChar === ',') {
        options.decimal = format.decimalChar;
      }
      if (typeof format.groupChar === 'string') {
        options.thousands = format.groupChar as ObservationsCsvReadOptions['thousands'];
      }
    }
  });
  options.columns = columns;
  return options;
}

/** The dataset's title and source from the `dc:` properties of CSVW metadata. */
export function datasetInfoFromCsvw(
  metadata: unknown,
): Pick<Dataset, 'label' | 'source' | 'updated'> {
  if (!isObject(metadata)) return {};
  const info: { label?: LocalizedText; source?: Source; updated?: string } = {};
  const label: Record<string, string> = {};
  const titles = metadata['dc:title'];
  for (const entry of Array.isArray(titles) ? titles : [titles]) {
    if (typeof entry === 'string' && entry) label.en ??= entry;
    if (isObject(entry) && typeof entry['@value'] === 'string' && entry['@value']) {
      label[typeof entry['@language'] === 'string' ? entry['@language'] : 'en'] = entry['@value'];
    }
  }
  if (Object.keys(label).length > 0) info.label = label;
  const text = (value: unknown) =>
    typeof value === 'string' && value
      ? value
      : isObject(value) && typeof value['@id'] === 'string' && value['@id']
        ? value['@id']
        : undefined;
  const source: Record<string, string> = {};
  const origin = text(metadata['dc:source']);
  if (origin) source[/^https?:\/\/\S+$/.test(origin) ? 'url' : 'title'] = origin;
  const licence = text(metadata['dc:license']);
  if (licence) source.licence = licence;
  const producer = text(metadata['dc:publisher']);
  if (producer) source.producer = producer;
  if (Object.keys(source).length > 0) info.source = source;
  const updated = text(metadata['dc:modified']);
  if (updated) info.updated = updated;
  return info;
}
