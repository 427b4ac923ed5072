// The rules that choose between the values registries give for one field: which source comes
// first. Every rule is a total order of the sources, so the choice never depends on the order
// in which the records came.
import type { Source } from '@nrw-health/core';

/** A registry a record came from (`provenance.sources[].registry`). */
export type SourceRegistry = NonNullable<Source['registry']>;

/**
 * How a field's value is chosen among the records of one trial:
 * - `registry-order`: the first registry of `registryOrder`;
 * - `most-recent`: the record updated last (`lastUpdated`, else `published`, else `retrieved`);
 * - `sponsor-country`: the registry of the primary sponsor's country (Germany: DRKS, then CTIS
 *   and EUCTR; other EU/EEA countries: CTIS, EUCTR; US: CT.gov; UK: ISRCTN), then `registryOrder`;
 * - `primary-registry`: the record that gave the merged trial's primary identifier, then its
 *   registry, then `registryOrder`;
 * - a list of registries: those first, in that order, then `registryOrder`.
 *
 * Ties go to `registryOrder`, then to the more recent record, then to the value that sorts first.
 */
export type MergeRule =
  | 'registry-order'
  | 'most-recent'
  | 'sponsor-country'
  | 'primary-registry'
  | readonly SourceRegistry[];

export interface MergeOptions {
  /** One rule for every field, instead of the defaults (`rules` still wins for its fields). */
  readonly prefer?: MergeRule;
  /**
   * Rules per field, by JSON Pointer with `*` for any array index: `'/status'`,
   * `'/title/public/de'`, a site's status by `/sites`, `*`, `status`. A rule for a field also
   * holds for the fields inside it (`'/dates'`).
   */
  readonly rules?: Readonly<Record<string, MergeRule>>;
  /** The order of registries for `registry-order` and for ties (default: `defaultRegistryOrder`). */
  readonly registryOrder?: readonly SourceRegistry[];
  /**
   * The records are valid Trials already, as the readers return them: they are not checked
   * again (which costs about as much as merging), only when they break the merge or its result.
   */
  readonly trusted?: boolean;
}

export const sourceRegistries: readonly SourceRegistry[] = [
  'ctgov',
  'drks',
  'ctis',
  'euctr',
  'isrctn',
  'ictrp',
  'fhir',
  'other',
];

/**
 * The default order of registries: CTIS (the EU's register of record for drug trials), DRKS (the
 * German primary registry), CT.gov, EUCTR (closed to new trials, often not updated), ISRCTN, then
 * the secondary sources ICTRP and FHIR, then others.
 */
export const defaultRegistryOrder: readonly SourceRegistry[] = [
  'ctis',
  'drks',
  'ctgov',
  'euctr',
  'isrctn',
  'ictrp',
  'fhir',
  'other',
];

/**
 * The default rules by field; fields not named take the rule of the nearest field around them,
 * texts the rule of their language (`defaultLanguageRules`), all others `registry-order`.
 */
export const defaultMergeRules: Readonly<Record<string, MergeRule>> = {
  '/identifiers/primary': 'registry-order',
  '/status': 'most-recent',
  '/whyStopped': 'most-recent',
  '/dates': 'most-recent',
  '/dates/registered': 'primary-registry',
  '/enrolment': 'most-recent',
  '/results': 'most-recent',
  '/sites/*/status': 'most-recent',
  '/url': 'primary-registry',
};

/**
 * The default rules of texts by language: German from the registry of the sponsor's country,
 * English from CT.gov; any other language (`*`) from the registry of the sponsor's country.
 */
export const defaultLanguageRules: Readonly<Record<string, MergeRule>> = {
  de: 'sponsor-country',
  en: ['ctgov'],
  '*': 'sponsor-country',
};

// The EU and EEA: CTIS and EUCTR register their sponsors' trials.
const eea = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(
    ' ',
  ),
);

/** The registries of a sponsor's country, first first (`sponsor-country`). */
export function registriesOfCountry(country: string | undefined): SourceRegistry[] {
  if (country === 'DE') return ['drks', 'ctis', 'euctr'];
  if (country && eea.has(country)) return ['ctis', 'euctr'];
  if (country === 'US') return ['ctgov'];
  if (country === 'GB') return ['isrctn'];
  return [];
}

const namedRules = new Set([
  'registry-order',
  'most-recent',
  'sponsor-country',
  'primary-registry',
]);

/** Whether a value is a rule: a rule's name or a list of registries. */
export function isMergeRule(value: unknown): value is MergeRule {
  if (typeof value === 'string') return namedRules.has(value);
  return (
    Array.isArray(value) &&
    value.every((item) => (sourceRegistries as readonly unknown[]).includes(item))
  );
}

/** Checks options before a merge: a rule that is none is a programming error, named. */
export function checkMergeOptions(options: MergeOptions): void {
  const bad = (what: string, value: unknown) =>
    new TypeError(
      `${what}: ${JSON.stringify(value)} is no merge rule; rules: ${[...namedRules].join(', ')}, or a list of registries (${sourceRegistries.join(', ')})`,
    );
  if (options.prefer !== undefined && !isMergeRule(options.prefer))
    throw bad('prefer', options.prefer);
  for (const [field, rule] of Object.entries(options.rules ?? {})) {
    if (!field.startsWith('/')) {
      throw new TypeError(`rules: "${field}" is no JSON Pointer (it starts with "/")`);
    }
    if (!isMergeRule(rule)) throw bad(`rules["${field}"]`, rule);
  }
  if (options.registryOrder !== undefined && !isMergeRule([...options.registryOrder])) {
    throw bad('registryOrder', options.registryOrder);
  }
}

/** The rule in `table` for a pattern or the nearest pattern around it. */
function nearest(
  table: Readonly<Record<string, MergeRule>> | undefined,
  pattern: string,
): MergeRule | undefined {
  if (!table) return undefined;
  for (let at = pattern; at.length > 0; at = at.slice(0, at.lastIndexOf('/'))) {
    if (Object.hasOwn(table, at)) return table[at];
  }
  return undefined;
}

/**
 * The rule of a field: the caller's rule for it (or a field around it), else `prefer`, else the
 * default of the field, of its language (for texts), of a field around it, else `registry-order`.
 */
export function ruleFor(pattern: string, options: MergeOptions, language?: string): MergeRule {
  const own = nearest(options.rules, pattern);
  if (own !== undefined) return own;
  if (options.prefer !== undefined) return options.prefer;
  if (Object.hasOwn(defaultMergeRules, pattern)) return defaultMergeRules[pattern]!;
  if (language !== undefined) {
    return Object.hasOwn(defaultLanguageRules, language)
      ? defaultLanguageRules[language]!
      : defaultLanguageRules['*']!;
  }
  return nearest(defaultMergeRules, pattern) ?? 'registry-order';
}

/** The date a source's record was last updated, published or retrieved (ISO text), if any. */
export const recordDate = (source: Source): string | undefined =>
  source.lastUpdated ?? source.published ?? source.retrieved;

/** What a ranking needs to know of the merge. */
export interface RankContext {
  /** The merged sources, in their final order. */
  readonly sources: readonly Source[];
  readonly registryOrder: readonly SourceRegistry[];
  /** The primary sponsor's country, for `sponsor-country`; set before that rule is used. */
  sponsorCountry?: string | undefined;
  /** The registry of the merged primary identifier, for `primary-registry`; set before it is used. */
  primaryRegistry?: SourceRegistry | undefined;
  /** The source that gave the merged primary identifier: first under `primary-registry`. */
  primarySource?: number | undefined;
}

/** The registry order a rule stands for; undefined for `most-recent`. */
export function orderOf(rule: MergeRule, context: RankContext): SourceRegistry[] | undefined {
  if (rule === 'most-recent') return undefined;
  const first: readonly (SourceRegistry | undefined)[] =
    typeof rule !== 'string'
      ? rule
      : rule === 'sponsor-country'
        ? registriesOfCountry(context.sponsorCountry)
        : rule === 'primary-registry'
          ? [context.primaryRegistry]
          : [];
  const order: SourceRegistry[] = [];
  for (const registry of [...first, ...context.registryOrder, ...sourceRegistries]) {
    if (registry !== undefined && !order.includes(registry)) order.push(registry);
  }
  return order;
}

/** Newer first; a source without a date after every dated one. */
function byDate(a: Source, b: Source): number {
  const dateA = recordDate(a);
  const dateB = recordDate(b);
  if (dateA === dateB) return 0;
  if (dateA === undefined) return 1;
  if (dateB === undefined) return -1;
  return dateA < dateB ? 1 : -1;
}

/** The rank of each source under each rule (0 first), computed once per rule and merge. */
export class Ranking {
  private readonly ranks = new Map<string, Int32Array>();

  constructor(readonly context: RankContext) {}

  /** The rank of source `index` under `rule`. */
  rank(rule: MergeRule, index: number): number {
    const key = typeof rule === 'string' ? rule : rule.join(',');
    let ranks = this.ranks.get(key);
    if (!ranks) {
      ranks = this.compute(rule);
      this.ranks.set(key, ranks);
    }
    return ranks[index]!;
  }

  private compute(rule: MergeRule): Int32Array {
    const { sources } = this.context;
    const order = orderOf(rule, this.context) ?? orderOf('registry-order', this.context)!;
    const position = (source: Source) =>
      source.registry === undefined ? order.length : order.indexOf(source.registry);
    const byRegistry = (a: Source, b: Source) => position(a) - position(b);
    const indices = sources.map((_, index) => index);
    // Under `primary-registry`, the record that gave the primary identifier comes first.
    const primary = rule === 'primary-registry' ? this.context.primarySource : undefined;
    const byPrimary = (a: number, b: number) => Number(b === primary) - Number(a === primary);
    indices.sort((a, b) => {
      const sourceA = sources[a]!;
      const sourceB = sources[b]!;
      const first = rule === 'most-recent' ? byDate : byRegistry;
      const second = rule === 'most-recent' ? byRegistry : byDate;
      // The sources are in a canonical order already: their index breaks the last tie.
      return byPrimary(a, b) || first(sourceA, sourceB) || second(sourceA, sourceB) || a - b;
    });
    const ranks = new Int32Array(sources.length);
    indices.forEach((source, rank) => {
      ranks[source] = rank;
    });
    return ranks;
  }
}
