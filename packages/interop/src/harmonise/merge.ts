// One Trial from the records of one trial in several registries: every field from the source its
// rule prefers, the source of each field kept in `provenance.fields`, and every value that lost
// listed as a conflict, so that nothing any registry said is dropped.
import {
  type Source,
  type Trial,
  type TrialIdentifier,
  type ValidationIssue,
  validateTrial,
} from '@nrw-health/core';
import { identifierKey } from './normalise';
import {
  checkMergeOptions,
  defaultRegistryOrder,
  type MergeOptions,
  type MergeRule,
  orderOf,
  Ranking,
  recordDate,
  ruleFor,
  type SourceRegistry,
} from './rules';
import { type FieldSpec, meaningOf, trialSpec } from './spec';
import { canonical, equal, parentPointer, step } from './values';

/** One of the values the records of a trial give for a field. */
export interface ConflictValue {
  readonly value: unknown;
  /** The sources that give it: indices into the merged trial's `provenance.sources`. */
  readonly sources: readonly number[];
}

/** A field for which the records of a trial give different values. */
export interface MergeConflict {
  /**
   * JSON Pointer of the field in the merged trial; list items by their index there. Values
   * chosen together (a date range, a code with its wording) are reported at the object that
   * holds them, with only those fields in `values`.
   */
  readonly field: string;
  /** `value`: the values differ; `wording`: they mean the same, written differently. */
  readonly kind: 'value' | 'wording';
  /** The values, the chosen one first. */
  readonly values: readonly ConflictValue[];
  /** The rule that chose. */
  readonly rule: MergeRule;
  /** The order of registries the rule applied (none for `most-recent`). */
  readonly order?: readonly SourceRegistry[];
}

export interface MergeResult {
  /** The merged trial: `provenance.sources` holds every record's source, `fields` which field came from which. */
  readonly value: Trial;
  /** Every field where the records disagree, in the order of the trial's fields. */
  readonly conflicts: readonly MergeConflict[];
  /** Issues of the merged trial with core's validator (none when the inputs were valid). */
  readonly issues: readonly ValidationIssue[];
}

/** A record given to `mergeTrials` is not a valid Trial. */
export class MergeInputError extends TypeError {
  override name = 'MergeInputError';

  constructor(
    readonly index: number,
    readonly issues: readonly ValidationIssue[],
  ) {
    const first = issues[0];
    super(
      `trial ${index} is not a valid Trial: ${first ? `${first.path.join('.') || '(record)'}: ${first.message}` : 'invalid'}`,
    );
  }
}

/** A record as merged: its trial, where its sources went, and which field came from which. */
interface Input {
  readonly trial: Trial;
  /** Its sources' indices among the merged sources. */
  readonly sources: readonly number[];
  /** For a record merged before: its `provenance.fields`, to merged source indices. */
  readonly fields: ReadonlyMap<string, number> | undefined;
}

/** A value of one record for a field. */
interface Candidate {
  readonly value: unknown;
  readonly input: number;
  /** Its JSON Pointer in its record. */
  readonly at: string;
}

interface Scored extends Candidate {
  readonly source: number;
  readonly rank: number;
  text?: string;
}

const registryOfIdentifier: Readonly<Partial<Record<TrialIdentifier['registry'], SourceRegistry>>> =
  {
    ctgov: 'ctgov',
    drks: 'drks',
    ctis: 'ctis',
    euctr: 'euctr',
    isrctn: 'isrctn',
  };

/** Sources sorted: by the registry order, then record id, date and content; equal ones once. */
function mergedSources(inputs: readonly Trial[], order: readonly SourceRegistry[]) {
  const byText = new Map<string, Source>();
  for (const trial of inputs) {
    for (const source of trial.provenance.sources) byText.set(canonical(source), source);
  }
  const position = (source: Source) =>
    source.registry === undefined ? order.length : order.indexOf(source.registry);
  const sorted = [...byText].sort(([textA, a], [textB, b]) => {
    const byRegistry = position(a) - position(b);
    if (byRegistry !== 0) return byRegistry;
    const [idA, idB] = [a.recordId ?? '', b.recordId ?? ''];
    if (idA !== idB) return idA < idB ? -1 : 1;
    const [dateA, dateB] = [recordDate(a) ?? '', recordDate(b) ?? ''];
    if (dateA !== dateB) return dateA < dateB ? 1 : -1;
    return textA < textB ? -1 : textA > textB ? 1 : 0;
  });
  return {
    sources: sorted.map(([, source]) => source),
    indexOf: new Map(sorted.map(([text], index) => [text, index])),
  };
}

class Merger {
  readonly conflicts: MergeConflict[] = [];
  /** Out pointer → source index: where each merged field came from. */
  readonly fields = new Map<string, number>();

  private readonly rules = new Map<string, MergeRule>();

  constructor(
    private readonly inputs: readonly Input[],
    private readonly ranking: Ranking,
    private readonly options: MergeOptions,
  ) {}

  /** The rule of a field (`ruleFor`), once per pattern. */
  ruleFor(pattern: string, language?: string): MergeRule {
    const key = language === undefined ? pattern : `${pattern}\u0000${language}`;
    let rule = this.rules.get(key);
    if (rule === undefined) {
      rule = ruleFor(pattern, this.options, language);
      this.rules.set(key, rule);
    }
    return rule;
  }

  /**
   * Whether the candidates are one value of records with one source each (or one candidate of
   * such a record): nothing to merge inside it, and no field inside with a source of its own.
   */
  whole(candidates: readonly Candidate[]): boolean {
    const first = candidates[0]!;
    for (const candidate of candidates) {
      if (this.inputs[candidate.input]!.fields !== undefined) return false;
    }
    for (let index = 1; index < candidates.length; index++) {
      if (!equal(candidates[index]!.value, first.value)) return false;
    }
    return true;
  }

  /** The source of a record's value at `at`: its own entry or its nearest parent's in `fields`. */
  sourceAt(input: number, at: string): number {
    const { fields, sources } = this.inputs[input]!;
    if (fields) {
      for (let pointer: string | undefined = at; pointer; pointer = parentPointer(pointer)) {
        const found = fields.get(pointer);
        if (found !== undefined) return found;
      }
    }
    return sources[0]!;
  }

  /** Candidates best first under a rule; ties by the value's canonical text. */
  rank(candidates: readonly Candidate[], rule: MergeRule): Scored[] {
    const scored: Scored[] = candidates.map((candidate) => {
      const source = this.sourceAt(candidate.input, candidate.at);
      return { ...candidate, source, rank: this.ranking.rank(rule, source) };
    });
    const textOf = (item: Scored) => {
      item.text ??= canonical(item.value);
      return item.text;
    };
    return scored.sort((a, b) => {
      if (a.rank !== b.rank) return a.rank - b.rank;
      const [textA, textB] = [textOf(a), textOf(b)];
      return textA < textB ? -1 : textA > textB ? 1 : 0;
    });
  }

  /**
   * Settles a field: `chosen` (default: the best) is the value; the others, when they differ,
   * are a conflict at `field`. `pointers` are the fields that take the chosen value's source.
   */
  settle(
    scored: readonly Scored[],
    field: string,
    rule: MergeRule,
    meaning: (value: unknown) => string,
    pointers: readonly string[],
    chosen: Scored = scored[0]!,
  ): unknown {
    const values: { value: unknown; sources: Set<number> }[] = [
      { value: chosen.value, sources: new Set() },
    ];
    for (const item of scored) {
      const same = values.find((entry) => equal(entry.value, item.value));
      if (same) same.sources.add(item.source);
      else values.push({ value: item.value, sources: new Set([item.source]) });
    }
    if (values.length > 1) {
      const meanings = new Set(values.map((entry) => meaning(entry.value)));
      const order = orderOf(rule, this.ranking.context);
      this.conflicts.push({
        field,
        kind: meanings.size === 1 ? 'wording' : 'value',
        values: values.map((entry) => ({
          value: entry.value,
          sources: [...entry.sources].sort((a, b) => a - b),
        })),
        rule,
        ...(order && { order }),
      });
    }
    for (const pointer of pointers) this.fields.set(pointer, chosen.source);
    return chosen.value;
  }

  /** One value chosen among the candidates. */
  pick(
    candidates: readonly Candidate[],
    out: string,
    pattern: string,
    spec: FieldSpec & { kind: 'pick' },
    language?: string,
  ): unknown {
    const rule = this.ruleFor(pattern, language);
    return this.settle(this.rank(candidates, rule), out, rule, spec.meaning ?? meaningOf, [out]);
  }

  /** A field by its spec. */
  merge(spec: FieldSpec, candidates: readonly Candidate[], out: string, pattern: string): unknown {
    if (spec.kind !== 'pick' && !holdsTexts(spec) && this.whole(candidates)) {
      // One value, of single-source records: taken whole, from the source the rule prefers.
      // Not a value with texts by language: each language has a rule of its own (German texts
      // from the sponsor's country), and its text's source must be the one that rule prefers.
      const rule = this.ruleFor(pattern);
      let best: Scored | undefined;
      for (const candidate of candidates) {
        const source = this.sourceAt(candidate.input, candidate.at);
        const rank = this.ranking.rank(rule, source);
        if (!best || rank < best.rank) best = { ...candidate, source, rank };
      }
      this.fields.set(out, best!.source);
      return best!.value;
    }
    switch (spec.kind) {
      case 'pick':
        return this.pick(candidates, out, pattern, spec);
      case 'text':
        return this.text(candidates, out, pattern);
      case 'object':
        return this.object(spec, candidates, out, pattern);
      case 'list':
        return this.list(spec, candidates, out, pattern);
    }
  }

  /** A text by language: each language's text chosen by the rule for it. */
  text(candidates: readonly Candidate[], out: string, pattern: string): Record<string, string> {
    const languages = new Set<string>();
    for (const { value } of candidates) {
      for (const language of Object.keys(value as object)) languages.add(language);
    }
    const result: Record<string, string> = {};
    for (const language of [...languages].sort()) {
      const inLanguage = this.within(candidates, language);
      const chosen = this.pick(
        inLanguage,
        out + step(language),
        pattern + step(language),
        { kind: 'pick' },
        language,
      );
      define(result, language, chosen);
    }
    return result;
  }

  /** The candidates' values of a field of theirs (those that have it). */
  within(candidates: readonly Candidate[], key: string): Candidate[] {
    const found: Candidate[] = [];
    for (const candidate of candidates) {
      const value = (candidate.value as Record<string, unknown>)[key];
      if (value !== undefined && Object.hasOwn(candidate.value as object, key)) {
        found.push({ value, input: candidate.input, at: candidate.at + step(key) });
      }
    }
    return found;
  }

  object(
    spec: FieldSpec & { kind: 'object' },
    candidates: readonly Candidate[],
    out: string,
    pattern: string,
  ): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const known = new Set<string>();
    for (const [names, field] of spec.fields) {
      if (typeof names === 'string') {
        known.add(names);
        const inner = this.within(candidates, names);
        if (inner.length === 0) continue;
        define(result, names, this.merge(field, inner, out + step(names), pattern + step(names)));
        continue;
      }
      for (const name of names) known.add(name);
      this.together(names, candidates, out, pattern, result);
    }
    // Fields the spec does not know (a newer model): chosen whole, never dropped.
    const others = new Set<string>();
    for (const { value } of candidates) {
      for (const key of Object.keys(value as object)) if (!known.has(key)) others.add(key);
    }
    for (const key of [...others].sort()) {
      const inner = this.within(candidates, key);
      if (inner.length > 0) {
        define(
          result,
          key,
          this.pick(inner, out + step(key), pattern + step(key), { kind: 'pick' }),
        );
      }
    }
    return result;
  }

  /** Fields chosen as one: the values of one record, reported at the object that holds them. */
  together(
    names: readonly string[],
    candidates: readonly Candidate[],
    out: string,
    pattern: string,
    result: Record<string, unknown>,
  ): void {
    const grouped: Candidate[] = [];
    for (const candidate of candidates) {
      const record = candidate.value as Record<string, unknown>;
      const part: Record<string, unknown> = {};
      for (const name of names) {
        if (Object.hasOwn(record, name) && record[name] !== undefined)
          define(part, name, record[name]);
      }
      // The source of the group is that of its first field (a record merged before keeps one
      // source for the group).
      const first = Object.keys(part)[0];
      if (first !== undefined)
        grouped.push({ ...candidate, value: part, at: candidate.at + step(first) });
    }
    if (grouped.length === 0) return;
    const rule = this.ruleFor(pattern + step(names[0]!));
    const scored = this.rank(grouped, rule);
    const chosen = scored[0]!.value as Record<string, unknown>;
    const pointers = Object.keys(chosen).map((name) => out + step(name));
    this.settle(scored, out, rule, meaningOf, pointers);
    for (const name of names) if (Object.hasOwn(chosen, name)) define(result, name, chosen[name]);
  }

  list(
    spec: FieldSpec & { kind: 'list' },
    candidates: readonly Candidate[],
    out: string,
    pattern: string,
  ): unknown[] {
    const rule = this.ruleFor(pattern);
    const ordered = this.rank(candidates, rule);
    const slots = this.slots(ordered, spec.key as (item: unknown) => string);
    const result: unknown[] = [];
    for (const items of slots.values()) {
      const at = out + step(result.length);
      if (spec.item.kind !== 'pick') this.fields.set(at, this.rank(items, rule)[0]!.source);
      result.push(this.merge(spec.item, items, at, `${pattern}/*`));
    }
    this.fields.set(out, ordered[0]!.source);
    return result;
  }

  /**
   * The items of the lists, those with the same key in one slot: the first of a key in each list
   * together, then the second, … Lists in the order given; slots in order of first appearance.
   */
  slots(lists: readonly Candidate[], key: (item: unknown) => string): Map<string, Candidate[]> {
    const slots = new Map<string, Candidate[]>();
    for (const { value, input, at } of lists) {
      const seen = new Map<string, number>();
      (value as unknown[]).forEach((item, index) => {
        const itemKey = key(item);
        const occurrence = seen.get(itemKey) ?? 0;
        seen.set(itemKey, occurrence + 1);
        const slot = `${itemKey}#${occurrence}`;
        const candidate = { value: item, input, at: at + step(index) };
        const found = slots.get(slot);
        if (found) found.push(candidate);
        else slots.set(slot, [candidate]);
      });
    }
    return slots;
  }

  /**
   * The identifiers: the primary chosen among the records' primaries; every other number of every
   * record is kept as secondary, the same number written differently once.
   */
  identifiers(): { primary: TrialIdentifier; secondary?: TrialIdentifier[] } {
    const primaries = this.inputs.map((input, index) => ({
      value: input.trial.identifiers.primary,
      input: index,
      at: '/identifiers/primary',
    }));
    const configured = ruleFor('/identifiers/primary', this.options);
    // The primary registry is what this decides: it cannot decide it.
    const rule = configured === 'primary-registry' ? 'registry-order' : configured;
    const primary = this.rank(primaries, rule)[0]!;
    this.fields.set('/identifiers/primary', primary.source);
    const primaryKey = identifierKey(primary.value as TrialIdentifier);
    this.ranking.context.primaryRegistry =
      registryOfIdentifier[(primary.value as TrialIdentifier).registry];
    this.ranking.context.primarySource = primary.source;

    const pools = this.inputs.map((input, index) => ({
      value: [input.trial.identifiers.primary, ...(input.trial.identifiers.secondary ?? [])],
      input: index,
      at: '/identifiers',
    }));
    const listRule = ruleFor('/identifiers/secondary', this.options);
    const slots = this.slots(this.rank(pools, listRule), (item) =>
      identifierKey(item as TrialIdentifier),
    );
    const meaning = (value: unknown) => identifierKey(value as TrialIdentifier);
    // The model allows a registry's number once: slots whose numbers are the same for the model
    // (one number from two issuers) are settled together, the best of them kept.
    const primaryId = registryId(primary.value as TrialIdentifier);
    let primarySlot: Scored[] = [];
    const byNumber = new Map<string, Scored[][]>();
    for (const [slot, items] of slots) {
      // A pool's items sit at `/identifiers/<index>`: index 0 is the primary, the rest secondary.
      const located = items.map((item) => ({ ...item, at: poolPointer(item.at) }));
      if (slot === `${primaryKey}#0`) {
        primarySlot = [...this.rank(located, rule), ...primarySlot];
        continue;
      }
      const scored = typedFirst(this.rank(located, listRule));
      const id = registryId(scored[0]!.value as TrialIdentifier);
      if (id === primaryId) primarySlot.push(...scored);
      else byNumber.set(id, [...(byNumber.get(id) ?? []), scored]);
    }
    const chosen = primarySlot.find((item) => equal(item.value, primary.value)) ?? primary;
    this.settle(primarySlot, '/identifiers/primary', rule, meaning, [], chosen);
    const secondary: TrialIdentifier[] = [];
    for (const lists of byNumber.values()) {
      const best = lists.reduce((a, b) => (better(b[0]!, a[0]!) ? b : a));
      const others = lists.filter((list) => list !== best).flat();
      const at = `/identifiers/secondary/${secondary.length}`;
      secondary.push(
        this.settle([...best, ...others], at, listRule, meaning, [at]) as TrialIdentifier,
      );
    }
    return {
      primary: primary.value as TrialIdentifier,
      ...(secondary.length > 0 && { secondary }),
    };
  }
}

const registryId = (identifier: TrialIdentifier) => `${identifier.registry}:${identifier.id}`;

/** Whether an identifier is a registry's number under its registry (not a sponsor's or other). */
const typed = (item: Scored) => {
  const { registry } = item.value as TrialIdentifier;
  return registry !== 'sponsor' && registry !== 'other';
};

/** A registry's number under its registry before the same number held as a sponsor's or other. */
const typedFirst = (scored: Scored[]): Scored[] => [
  ...scored.filter(typed),
  ...scored.filter((item) => !typed(item)),
];

/** Whether `a` is kept before `b`: typed first, then by rank, then by canonical text. */
function better(a: Scored, b: Scored): boolean {
  if (typed(a) !== typed(b)) return typed(a);
  if (a.rank !== b.rank) return a.rank < b.rank;
  return canonical(a.value) < canonical(b.value);
}

/** `/identifiers/0` is the primary, `/identifiers/<n>` secondary n - 1. */
function poolPointer(at: string): string {
  const index = Number(at.slice('/identifiers/'.length));
  return index === 0 ? '/identifiers/primary' : `/identifiers/secondary/${index - 1}`;
}

/** Defined, not assigned: a `__proto__` key stays a key. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else target[key] = value;
}

const textHolders = new WeakMap<FieldSpec, boolean>();

/** Whether values of a spec hold texts by language (`kind: 'text'`), at any depth. */
function holdsTexts(spec: FieldSpec): boolean {
  let holds = textHolders.get(spec);
  if (holds === undefined) {
    holds =
      spec.kind === 'text' ||
      (spec.kind === 'object' && spec.fields.some(([, field]) => holdsTexts(field))) ||
      (spec.kind === 'list' && holdsTexts(spec.item));
    textHolders.set(spec, holds);
  }
  return holds;
}

/** `provenance.fields` without the entries their parent already says, sorted. */
function compactFields(fields: ReadonlyMap<string, number>): Record<string, number> {
  const result: Record<string, number> = {};
  // Sorted step by step, a field comes right before the fields inside it: a stack holds its kept
  // parents.
  const parents: [string, number][] = [];
  const sorted = [...fields.keys()]
    .map((pointer) => [pointer.replaceAll('/', '\u0001'), pointer] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [, pointer] of sorted) {
    while (parents.length > 0 && !pointer.startsWith(`${parents.at(-1)![0]}/`)) parents.pop();
    const source = fields.get(pointer)!;
    if (parents.at(-1)?.[1] === source) continue;
    define(result, pointer, source);
    parents.push([pointer, source]);
  }
  return result;
}

/**
 * The primary sponsor's country, chosen as a sponsor's country is (by default the first record
 * in registry order that gives one).
 */
function sponsorCountry(
  merger: Merger,
  inputs: readonly Input[],
  options: MergeOptions,
): string | undefined {
  const candidates: Candidate[] = [];
  inputs.forEach((input, index) => {
    input.trial.sponsors?.forEach((sponsor, position) => {
      if (sponsor.role === 'primary' && sponsor.country) {
        const at = `/sponsors/${position}/country`;
        candidates.push({ value: sponsor.country, input: index, at });
      }
    });
  });
  const configured = ruleFor('/sponsors/*/country', options);
  // The country is what `sponsor-country` needs, and is known before the primary identifier.
  const rule =
    configured === 'sponsor-country' || configured === 'primary-registry'
      ? 'registry-order'
      : configured;
  return candidates.length > 0 ? (merger.rank(candidates, rule)[0]!.value as string) : undefined;
}

/**
 * Merges the records of one trial into one Trial. Per field, the value of the source its rule
 * prefers (`MergeOptions`; defaults in `defaultMergeRules`); lists unioned, duplicates (same
 * site, condition, identifier, … however spelled) merged; every value not taken listed in
 * `conflicts`. `provenance.sources` holds every record's sources and `provenance.fields` which
 * field came from which. Records merged before can be merged again: their `provenance.fields`
 * tell their fields' sources.
 *
 * The result does not depend on the order of the records; a record merged with itself is
 * unchanged. Throws a `MergeInputError` for a record that is not a valid Trial (with `trusted`,
 * only when it breaks the merge or its result), a `TypeError` for no records or options that
 * are no rules.
 */
export function mergeTrials(trials: readonly Trial[], options: MergeOptions = {}): MergeResult {
  if (!Array.isArray(trials) || trials.length === 0) {
    throw new TypeError('mergeTrials needs one trial or more');
  }
  checkMergeOptions(options);
  if (!options.trusted) checkRecords(trials);
  let result: MergeResult;
  try {
    result = merge(trials, options);
  } catch (error) {
    // Trusted records are checked only when something went wrong.
    checkRecords(trials);
    throw error;
  }
  if (result.issues.length > 0) checkRecords(trials);
  return result;
}

/** Throws a `MergeInputError` for the first record that is not a valid Trial. */
function checkRecords(trials: readonly Trial[]): void {
  trials.forEach((trial, index) => {
    const checked = validateTrial(trial);
    if (!checked.ok) throw new MergeInputError(index, checked.issues);
  });
}

function merge(trials: readonly Trial[], options: MergeOptions): MergeResult {
  // The same record twice is one record.
  const distinct = [...new Map(trials.map((trial) => [canonical(trial), trial])).values()];
  if (distinct.length === 1) {
    const checked = validateTrial(distinct[0]);
    return { value: distinct[0]!, conflicts: [], issues: checked.ok ? [] : checked.issues };
  }

  const registryOrder = options.registryOrder ?? defaultRegistryOrder;
  const { sources, indexOf } = mergedSources(distinct, registryOrder);
  const inputs: Input[] = distinct.map((trial) => {
    const own = trial.provenance.sources.map((source) => indexOf.get(canonical(source))!);
    const fields =
      own.length > 1 && trial.provenance.fields
        ? new Map(
            Object.entries(trial.provenance.fields)
              .filter(([, index]) => index < own.length)
              .map(([pointer, index]) => [pointer, own[index]!]),
          )
        : undefined;
    return { trial, sources: own, fields };
  });
  const ranking = new Ranking({ sources, registryOrder });
  const merger = new Merger(inputs, ranking, options);
  ranking.context.sponsorCountry = sponsorCountry(merger, inputs, options);

  const whole = inputs.map((input, index) => ({ value: input.trial, input: index, at: '' }));
  const merged: Record<string, unknown> = {};
  if (trialSpec.kind !== 'object') throw new Error('unreachable');
  for (const [name, spec] of trialSpec.fields) {
    const field = name as string;
    if (field === 'identifiers') merged.identifiers = merger.identifiers();
    else if (field === 'provenance') {
      const unmapped = [
        ...new Set(distinct.flatMap((trial) => trial.provenance.unmapped ?? [])),
      ].sort();
      merged.provenance = {
        sources,
        fields: compactFields(merger.fields),
        ...(unmapped.length > 0 && { unmapped }),
      };
    } else {
      const inner = merger.within(whole, field);
      if (inner.length > 0) merged[field] = merger.merge(spec, inner, step(field), step(field));
    }
  }
  const value = merged as Trial;
  const checked = validateTrial(value);
  return { value, conflicts: merger.conflicts, issues: checked.ok ? [] : checked.issues };
}
