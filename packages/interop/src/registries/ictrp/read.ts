import {
  type AgeBound,
  type Condition,
  comparePartialDates,
  detectTrialIdentifier,
  formats,
  type Intervention,
  type IssuePath,
  type Outcome,
  type Sponsor,
  type StringFormat,
  type Trial,
  type TrialDate,
  type TrialIdentifier,
  type TrialStatus,
} from '@nrw-health/core';
import Papa from 'papaparse';
import type { TrialReader } from '../../formats';
import { finishTrial, unreadable } from '../../shared/finish';
import { registryOfScheme } from '../../shared/identifiers';
import { countryCode } from '../../shared/places';
import { IssueLog, type ReadOptions, type RecordResult } from '../../shared/result';
import { track } from '../../shared/track';
import { isEmail, isHttpUrl } from '../drks/fields';
import {
  ictrpDesignMap,
  ictrpEthicsMap,
  ictrpInterventionTypeMap,
  ictrpIpdPlanMap,
  ictrpOtherRegistries,
  ictrpStatusMap,
  ictrpStudyTypeLabels,
  ictrpStudyTypeRules,
  parseIctrpPhase,
  parseIctrpSex,
  valueKey,
} from './codes';
import { columnKey } from './columns';
import { cleanText, parseIctrpAge, parseIctrpDate, splitList } from './text';

/** What a cell should have held, for the messages of source issues. */
const expected = {
  age: {
    pattern: /^\d+\s*[A-Za-z]+$/,
    label: { de: 'Alter mit Einheit', en: 'age with a unit' },
    example: '18 Years',
  },
  perCommittee: {
    pattern: /;/,
    label: {
      de: 'eine Angabe je Ethikkommission, durch ; getrennt',
      en: 'one entry per ethics committee, separated by ;',
    },
    example: 'A;B',
  },
} as const satisfies Record<string, StringFormat>;

const countryNames = ['a country name in English or German', 'an ISO 3166-1 code'];
const phaseLabels = ['Phase 1', 'Phase 2/Phase 3', 'Phase II', 'Early Phase 1', 'N/A'];

// A lone surrogate cannot be percent-encoded: it becomes U+FFFD first.
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** The page of a trial in the ICTRP search portal. */
export const ictrpTrialUrl = (trialId: string) =>
  `https://trialsearch.who.int/Trial2.aspx?TrialID=${encodeURIComponent(wellFormed(trialId))}`;

/** ICTRP's texts come from the registries in English, the language of the TRDS. */
const language = 'en';

type Row = Record<string, unknown>;

/** The numbers of the model's registries, as ICTRP writes them in TrialID and Secondary ID. */
const modelRegistries: readonly {
  registry: TrialIdentifier['registry'];
  format: StringFormat;
  issuer: string;
  prefix: RegExp;
  pattern: RegExp;
}[] = [
  {
    registry: 'ctgov',
    format: formats.nct,
    issuer: 'ClinicalTrials.gov',
    prefix: /^NCT/i,
    pattern: /^(NCT\d{8})$/i,
  },
  {
    registry: 'drks',
    format: formats.drks,
    issuer: 'DRKS',
    prefix: /^DRKS/i,
    pattern: /^(DRKS\d{8})$/i,
  },
  // EUCTR records are per country: EUCTR2013-000615-24-BE.
  {
    registry: 'euctr',
    format: formats.eudract,
    issuer: 'EU Clinical Trials Register',
    prefix: /^EUCTR/i,
    pattern: /^EUCTR(\d{4}-\d{6}-\d{2})(?:-[\w/-]+)?$/i,
  },
  {
    registry: 'ctis',
    format: formats.euct,
    issuer: 'CTIS',
    prefix: /^CTIS/i,
    pattern: /^(?:CTIS)?(\d{4}-5\d{5}-\d{2}-\d{2})$/i,
  },
  {
    registry: 'isrctn',
    format: formats.isrctn,
    issuer: 'ISRCTN',
    prefix: /^ISRCTN/i,
    pattern: /^(ISRCTN\d{8})$/i,
  },
];

/**
 * A trial number of ICTRP: one of the model's registries when it has that registry's pattern,
 * else another WHO registry's by its prefix, else (with `issuer`) a number of that issuer.
 */
function identifierOf(
  raw: string,
  issuer: string | undefined,
  strict: boolean,
): { identifier?: TrialIdentifier; malformed?: StringFormat } {
  for (const known of modelRegistries) {
    const id = known.pattern.exec(raw)?.[1];
    if (id)
      return { identifier: { registry: known.registry, id: id.toUpperCase() } as TrialIdentifier };
    if (!strict && known.prefix.test(raw)) {
      return {
        identifier: { registry: 'other', id: raw, issuer: issuer ?? known.issuer },
        malformed: known.format,
      };
    }
  }
  for (const other of ictrpOtherRegistries) {
    if ((strict ? other.pattern : other.prefix).test(raw)) {
      return { identifier: { registry: 'other', id: raw, issuer: issuer ?? other.issuer } };
    }
  }
  const found = detectTrialIdentifier(raw);
  if (found) {
    return {
      identifier: { registry: registryOfScheme[found.scheme], id: found.value } as TrialIdentifier,
    };
  }
  if (strict) return {};
  const letters = /^[A-Za-z]+/.exec(raw)?.[0];
  const name = issuer ?? letters;
  return name ? { identifier: { registry: 'other', id: raw, issuer: name } } : {};
}

/** A country as registries name it in ICTRP. */
function countryOf(name: string): string | undefined {
  return countryCode(name);
}

const statusesThatStarted = new Set<TrialStatus['code']>([
  'recruiting',
  'enrolling-by-invitation',
  'active-not-recruiting',
  'suspended',
  'terminated',
  'completed',
]);

/** Reads one row of an ICTRP export through the tracker. */
class IctrpRow {
  /** Each column's header in the row, by the name the reader matches (`columnKey`). */
  private readonly headers = new Map<string, string>();

  constructor(
    private readonly root: Row,
    private readonly log: IssueLog,
  ) {
    for (const header of Object.keys(root)) {
      const key = columnKey(header);
      if (!this.headers.has(key)) this.headers.set(key, header);
    }
  }

  private path(column: string): IssuePath {
    return [this.headers.get(columnKey(column)) ?? column];
  }

  /** A cell as the export has it, trimmed; the writer's formula guard (`'=`) taken off. */
  raw(column: string): string | undefined {
    const header = this.headers.get(columnKey(column));
    if (header === undefined) return undefined;
    const value = this.root[header];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.log.source([header], 'invalid_type', { expected: 'string' });
      return undefined;
    }
    const trimmed = value.replace(/^'(?=[=+\-@\t\r])/, '').trim();
    return trimmed === '' ? undefined : trimmed;
  }

  /** A cell as plain text (no `<br>`, no entities). */
  text(column: string): string | undefined {
    const raw = this.raw(column);
    const text = raw === undefined ? undefined : cleanText(raw);
    return text === '' ? undefined : text;
  }

  list(column: string, separator?: RegExp): string[] {
    const text = this.text(column);
    return text === undefined ? [] : splitList(text, separator);
  }

  /** The items of a `;`-list by position: empty items kept, repeats too. */
  positional(column: string): string[] {
    const text = this.text(column);
    return text === undefined ? [] : text.split(';').map((entry) => entry.trim());
  }

  date(column: string, order?: 'dmy' | 'mdy'): string | undefined {
    const raw = this.raw(column);
    if (raw === undefined) return undefined;
    const date = parseIctrpDate(raw, order);
    if (date === undefined) {
      this.log.source(this.path(column), 'invalid_format', { format: formats.partialDate });
    }
    return date;
  }

  read(): Record<string, unknown> {
    const trialId = this.raw('TrialID');
    const register = this.text('Source Register');
    const primary = this.primary(trialId, register);
    const status = this.status();
    const lastRefreshed = this.date('Last Refreshed on');
    // "6/22/2023 11:15:32 AM": the export date is written month first.
    const exported = this.date('Export date', 'mdy');
    const url = this.raw('web address');
    if (url !== undefined && !isHttpUrl(url)) {
      this.log.source(this.path('web address'), 'invalid_format', { format: formats.httpUrl });
    }
    const completed = this.date('results date completed');

    return {
      identifiers: { primary, secondary: this.secondary(primary) },
      title: {
        public: this.localised('Public title'),
        scientific: this.localised('Scientific title'),
        acronym: this.text('Acronym'),
      },
      status,
      phase: this.phase(),
      studyType: this.studyType(),
      design: this.design(),
      dates: {
        registered: this.registered(),
        start: this.start(status, lastRefreshed ?? exported),
        completion: completed && { date: completed, kind: 'actual' },
        resultsPosted: this.date('results date posted'),
      },
      conditions: this.list('Condition').map((text): Condition => ({ text })),
      interventions: this.list('Intervention').map((text) => this.intervention(text)),
      sponsors: this.sponsors(),
      countries: this.countries(),
      enrolment: { target: this.targetSize() },
      eligibility: this.eligibility(),
      outcomes: this.outcomes(),
      ethics: this.ethics(),
      ipdSharing: this.ipdSharing(),
      results: {
        summary: this.localised('results summary'),
        url: this.httpUrl('results url link'),
      },
      url: url !== undefined && isHttpUrl(url) ? url : undefined,
      provenance: {
        sources: [
          {
            registry: 'ictrp',
            producer: register,
            recordId: trialId,
            url: trialId === undefined ? undefined : ictrpTrialUrl(trialId),
            lastUpdated: lastRefreshed,
            retrieved: exported,
          },
        ],
      },
    };
  }

  private localised(column: string) {
    const text = this.text(column);
    return text === undefined ? undefined : { [language]: text };
  }

  private httpUrl(column: string): string | undefined {
    const url = this.raw(column);
    if (url === undefined || isHttpUrl(url)) return url;
    this.log.source(this.path(column), 'invalid_format', { format: formats.httpUrl });
    return undefined;
  }

  private primary(trialId: string | undefined, register: string | undefined) {
    if (trialId === undefined) {
      this.log.source(this.path('TrialID'), 'required');
      return undefined;
    }
    const { identifier, malformed } = identifierOf(trialId, register, false);
    if (malformed) {
      this.log.source(this.path('TrialID'), 'invalid_format', { format: malformed });
    }
    return identifier;
  }

  private secondary(primary: TrialIdentifier | undefined): TrialIdentifier[] {
    const found: TrialIdentifier[] = [];
    const seen = new Set(primary ? [`${primary.registry}:${primary.id}`] : []);
    for (const raw of this.list('Secondary ID', /[;\n]/)) {
      // Not a registry's number: the sponsor's (or another body's) own.
      const identifier = identifierOf(raw, undefined, true).identifier ?? {
        registry: 'sponsor' as const,
        id: raw,
      };
      const key = `${identifier.registry}:${identifier.id}`;
      if (!seen.has(key)) found.push(identifier);
      seen.add(key);
    }
    return found;
  }

  private status(): TrialStatus {
    const original = this.text('Recruitment Status');
    if (original === undefined) return { code: 'unknown' };
    const key = valueKey(original);
    if (Object.hasOwn(ictrpStatusMap, key)) {
      return { code: ictrpStatusMap[key as keyof typeof ictrpStatusMap], original };
    }
    this.log.source(this.path('Recruitment Status'), 'unknown_code', {
      value: original,
      allowed: Object.keys(ictrpStatusMap),
    });
    return { code: 'unknown', original };
  }

  private phase() {
    const original = this.text('Phase');
    if (original === undefined) return undefined;
    const codes = parseIctrpPhase(original);
    if (codes === undefined) {
      this.log.source(this.path('Phase'), 'unknown_code', {
        value: original,
        allowed: phaseLabels,
      });
    }
    return codes && codes.length > 0 ? { codes, original } : undefined;
  }

  private studyType() {
    const original = this.text('Study type');
    if (original === undefined) return undefined;
    const rule = ictrpStudyTypeRules.find((candidate) => candidate.match.test(original));
    if (rule) return { code: rule.code, original };
    this.log.source(this.path('Study type'), 'unknown_code', {
      value: original,
      allowed: Object.values(ictrpStudyTypeLabels),
    });
    return { code: 'other', original };
  }

  private design() {
    const text = this.text('Study design');
    if (text === undefined) return undefined;
    const fields = {
      allocation: 'allocation',
      'intervention model': 'model',
      masking: 'masking',
      'primary purpose': 'purpose',
    } as const;
    const design: Record<string, unknown> = { description: { [language]: text } };
    for (const [label, field] of Object.entries(fields)) {
      const value = new RegExp(`${label}\\s*:\\s*([^.:;\\n]+)`, 'i').exec(text)?.[1];
      if (value === undefined) continue;
      const table: Readonly<Record<string, string>> = ictrpDesignMap[label as keyof typeof fields];
      // "Double (Participant, Investigator)": the roles in brackets are not part of the code.
      const key = valueKey(value);
      const match = [key, key.replace(/\s*\(.*\)$/, '')].find((candidate) =>
        Object.hasOwn(table, candidate),
      );
      if (match !== undefined) design[field] = table[match];
    }
    return design;
  }

  /** TRDS 2: "Date registration3" (YYYYMMDD) is unambiguous; "Date registration" is the same date. */
  private registered(): string | undefined {
    const compact = this.date('Date registration3');
    const written = this.date('Date registration');
    return compact ?? written;
  }

  /**
   * TRDS 16. ICTRP does not say whether the date of first enrolment is actual or anticipated: a
   * date after the record's last refresh is anticipated; a trial whose status says enrolment
   * has begun has an actual date; otherwise the date is taken as anticipated.
   */
  private start(status: TrialStatus, reference: string | undefined): TrialDate | undefined {
    const date = this.date('Date enrollement');
    if (date === undefined) return undefined;
    const future = reference !== undefined && comparePartialDates(date, reference) > 0;
    const kind = !future && statusesThatStarted.has(status.code) ? 'actual' : 'estimated';
    return { date, kind };
  }

  private intervention(text: string): Intervention {
    const match = /^([A-Za-z /]{2,30}?)\s*:\s*([\s\S]+)$/.exec(text);
    const typeKey = match ? valueKey(match[1]!) : undefined;
    if (match && typeKey !== undefined && Object.hasOwn(ictrpInterventionTypeMap, typeKey)) {
      return {
        name: match[2]!.trim(),
        type: ictrpInterventionTypeMap[typeKey as keyof typeof ictrpInterventionTypeMap],
        originalType: match[1]!.trim(),
      };
    }
    return { name: text };
  }

  private sponsors(): Sponsor[] {
    const sponsors: Sponsor[] = [];
    const primary = this.text('Primary sponsor');
    if (primary !== undefined) sponsors.push({ name: primary, role: 'primary' });
    for (const name of this.list('Secondary Sponsor')) sponsors.push({ name, role: 'secondary' });
    for (const name of this.list('Source Name')) sponsors.push({ name, role: 'funder' });
    return sponsors;
  }

  private countries(): string[] {
    const codes = new Set<string>();
    for (const name of this.list('Countries', /[;\n]/)) {
      const code = countryOf(name);
      if (code) codes.add(code);
      else {
        this.log.source(this.path('Countries'), 'unknown_code', {
          value: name,
          allowed: countryNames,
        });
      }
    }
    return [...codes];
  }

  private targetSize(): number | undefined {
    const raw = this.raw('Target size');
    if (raw === undefined) return undefined;
    if (/^\d{1,9}$/.test(raw)) return Number(raw);
    this.log.source(this.path('Target size'), 'not_integer');
    return undefined;
  }

  private age(column: string): AgeBound | undefined {
    const raw = this.raw(column);
    if (raw === undefined) return undefined;
    const age = parseIctrpAge(raw);
    if (age === undefined) {
      this.log.source(this.path(column), 'invalid_format', { format: expected.age });
    }
    return age ?? undefined;
  }

  private eligibility() {
    const gender = this.text('Inclusion gender');
    const sex = gender === undefined ? undefined : parseIctrpSex(gender);
    if (gender !== undefined && sex === undefined) {
      this.log.source(this.path('Inclusion gender'), 'unknown_code', {
        value: gender,
        allowed: ['All', 'Both', 'Female', 'Male'],
      });
    }
    const inclusion = this.text('Inclusion Criteria');
    const exclusion = this.text('Exclusion Criteria');
    // Some registries (ClinicalTrials.gov among them) send both lists in "Inclusion Criteria".
    const combined =
      exclusion === undefined && inclusion !== undefined && /exclusion criteria/i.test(inclusion);
    return {
      sex,
      minimumAge: this.age('Inclusion agemin'),
      maximumAge: this.age('Inclusion agemax'),
      inclusion: combined || inclusion === undefined ? undefined : { [language]: inclusion },
      exclusion: exclusion === undefined ? undefined : { [language]: exclusion },
      criteria: combined && inclusion !== undefined ? { [language]: inclusion } : undefined,
    };
  }

  private outcomes(): Outcome[] {
    return [
      ...this.outcome('Primary outcome', 'primary'),
      ...this.outcome('Secondary outcome', 'secondary'),
    ];
  }

  /**
   * One outcome per column: registries write outcomes as prose in which a `;` is no separator,
   * so the column is not split.
   */
  private outcome(column: string, type: Outcome['type']): Outcome[] {
    const measure = this.text(column);
    return measure === undefined ? [] : [{ type, measure }];
  }

  private ethics() {
    const original = this.text('Ethics Status');
    const key = original === undefined ? undefined : valueKey(original);
    const status =
      key !== undefined && Object.hasOwn(ictrpEthicsMap, key)
        ? ictrpEthicsMap[key as keyof typeof ictrpEthicsMap]
        : undefined;
    if (original !== undefined && status === undefined && key !== 'not available') {
      this.log.source(this.path('Ethics Status'), 'unknown_code', {
        value: original,
        allowed: Object.keys(ictrpEthicsMap),
      });
    }
    // One committee per name; the other columns are matched to the names by position.
    const names = this.positional('Ethics Contact Name');
    const [addresses, phones, emails] = [
      'Ethics Contact Address',
      'Ethics Contact Phone',
      'Ethics Contact Email',
    ].map((column) => {
      const items = this.positional(column);
      if (items.length > 0 && items.length !== names.length) {
        this.log.source(this.path(column), 'invalid_format', { format: expected.perCommittee });
        return [];
      }
      return items;
    });
    const committees = [];
    for (const [index, name] of names.entries()) {
      if (name === '') continue;
      const email = emails?.[index] || undefined;
      const valid = email !== undefined && isEmail(email);
      if (email !== undefined && !valid) {
        this.log.source(this.path('Ethics Contact Email'), 'invalid_format', {
          format: formats.email,
        });
      }
      committees.push({
        name,
        address: addresses?.[index] || undefined,
        phone: phones?.[index] || undefined,
        email: valid ? email : undefined,
      });
    }
    return {
      status,
      originalStatus: status === undefined ? undefined : original,
      approved: this.date('Ethics Approval Date'),
      committees,
    };
  }

  private ipdSharing() {
    const original = this.text('results ipd plan');
    if (original === undefined) return undefined;
    const key = valueKey(original);
    if (!Object.hasOwn(ictrpIpdPlanMap, key)) {
      this.log.source(this.path('results ipd plan'), 'unknown_code', {
        value: original,
        allowed: Object.keys(ictrpIpdPlanMap),
      });
      return undefined;
    }
    return {
      plan: ictrpIpdPlanMap[key as keyof typeof ictrpIpdPlanMap],
      description: this.text('results ipd description'),
    };
  }
}

/** Sets a key as an own property, even `__proto__`. */
const put = (row: Row, key: string, value: unknown) =>
  Object.defineProperty(row, key, { value, enumerable: true, writable: true, configurable: true });

/** The cells of a row that hold a value: empty cells and "NA" are no value. */
function filledCells(record: Row): Row {
  const row: Row = {};
  for (const [header, value] of Object.entries(record)) {
    if (typeof value === 'string' && (value.trim() === '' || value.trim() === 'NA')) continue;
    Object.defineProperty(row, header, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return row;
}

/**
 * Reads one row of a WHO ICTRP export (the search portal's CSV, or a table with its columns) as
 * a Trial. Headers match whatever their case, spaces or underscores; columns the reader does not
 * know are reported as lost. ICTRP texts are taken as English. Never throws.
 */
export function readIctrpTrial(record: unknown, options?: ReadOptions): RecordResult<Trial> {
  const log = new IssueLog(options);
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    log.source([], 'invalid_type', { expected: 'object' });
    return unreadable(track(record), log);
  }
  const tracked = track(filledCells(record as Row));
  const candidate = new IctrpRow(tracked.root, log).read();
  return finishTrial(candidate, tracked, log);
}

/** `,`, `;` or tab: whichever the header line has most of, outside quotes. */
function delimiterOf(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/**
 * The rows of an ICTRP CSV export as records keyed by header. A byte-order mark is dropped; the
 * delimiter (`,` or `;`, also tab) is taken from the header line; quoted fields may span lines.
 * A repeated header gets a suffix (`Phase_1`); cells beyond the header are `__parsed_extra`.
 */
export function ictrpRows(text: string): Row[] {
  const content = text.replace(/^\uFEFF/, '');
  const { data } = Papa.parse<string[]>(content, {
    delimiter: delimiterOf(content),
    skipEmptyLines: 'greedy',
  });
  const [names = [], ...lines] = data;
  const seen = new Map<string, number>();
  const headers = names.map((name) => {
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    return count === 0 ? name : `${name}_${count}`;
  });
  return lines.map((cells) => {
    const row: Row = {};
    cells.forEach((cell, index) => {
      if (index < headers.length) put(row, headers[index]!, cell);
    });
    if (cells.length > headers.length) put(row, '__parsed_extra', cells.slice(headers.length));
    return row;
  });
}

/** WHO ICTRP / TRDS CSV: a document is the export's text, each row a trial. */
export const ictrpReader: TrialReader = {
  format: 'ictrp',
  input: 'text',
  records(document) {
    if (typeof document === 'string') return ictrpRows(document);
    if (document instanceof Uint8Array) return ictrpRows(new TextDecoder().decode(document));
    // Rows already parsed, e.g. by a spreadsheet library.
    if (Array.isArray(document)) return document;
    return [];
  },
  read: readIctrpTrial,
};
