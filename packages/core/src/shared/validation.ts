import * as z from 'zod/mini';
import { prepareSchema } from '#compile';
import { formatByPattern } from './formats';
import { defaultLocale, type Locale } from './locale';
import { type IssueCode, type IssueParams, issueCodes, issueMessage } from './messages';

export type IssuePath = readonly (string | number)[];

/** One reason why a record is not valid: where, what (a stable code) and a message to show. */
export interface ValidationIssue {
  readonly path: IssuePath;
  readonly code: IssueCode;
  readonly message: string;
}

/** Validation never throws: it either hands back the typed value or says everything wrong. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export interface ValidateOptions {
  /** Language of the messages; codes and paths do not change with it. Default: `en`. */
  readonly locale?: Locale;
}

export type Validator<T> = (input: unknown, options?: ValidateOptions) => ValidationResult<T>;

export function issue(
  path: IssuePath,
  code: IssueCode,
  params: IssueParams,
  locale: Locale,
): ValidationIssue {
  return { path, code, message: issueMessage(code, params, locale) };
}

/** Reports one broken cross-field rule: where, which rule, and what the message needs. */
export type Report = (code: IssueCode, path: IssuePath, params?: IssueParams) => void;

/**
 * A cross-field rule of an entity, such as "completion not before start". Rules run after the
 * structure is valid, so they read a typed value. Keeping them out of the zod schema keeps the
 * schema equal to the exported JSON Schema, and lets zod compile the schema to fast code.
 */
export type Rule<T> = (value: T, report: Report) => void;

const knownCodes = new Set<string>(issueCodes);

type ZodIssue = z.core.$ZodIssue & { input?: unknown };

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

function fromZod(raw: ZodIssue, locale: Locale, prefix: IssuePath = []): ValidationIssue[] {
  const path = [...prefix, ...toPath(raw.path)];
  const make = (code: IssueCode, params: IssueParams = {}, at: IssuePath = path) => [
    issue(at, code, params, locale),
  ];
  switch (raw.code) {
    case 'invalid_type':
      if (raw.input === undefined) return make('required');
      if (raw.expected === 'int') return make('not_integer');
      return make('invalid_type', { expected: raw.expected });
    case 'invalid_value':
      return make('unknown_code', { value: raw.input, allowed: raw.values });
    case 'invalid_format': {
      const format = 'pattern' in raw && raw.pattern ? formatByPattern(raw.pattern) : undefined;
      return make('invalid_format', { format });
    }
    case 'too_small':
      return make('too_small', {
        limit: raw.minimum,
        origin: raw.origin,
        inclusive: raw.inclusive,
      });
    case 'too_big':
      return make('too_big', { limit: raw.maximum, origin: raw.origin, inclusive: raw.inclusive });
    case 'unrecognized_keys':
      return raw.keys.map((key) => issue([...path, key], 'unrecognized_key', { key }, locale));
    case 'invalid_key':
      return make('invalid_key', { key: raw.input });
    case 'invalid_union': {
      if ('discriminator' in raw && raw.discriminator) {
        const allowed = 'options' in raw ? raw.options : [];
        return make('unknown_code', { value: raw.input, allowed });
      }
      // No branch fits: report the branch that got furthest, the likeliest intent.
      const branches = (raw.errors ?? []) as ZodIssue[][];
      const depth = (issues: ZodIssue[]) => Math.max(0, ...issues.map((i) => i.path.length));
      const best = [...branches].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
      return best?.length
        ? best.flatMap((inner) => fromZod(inner, locale, path))
        : make('invalid_input');
    }
    case 'custom': {
      const params = (raw.params ?? {}) as IssueParams;
      const code = String(params.code);
      return make(knownCodes.has(code) ? (code as IssueCode) : 'invalid_input', params);
    }
    default:
      return make('invalid_input');
  }
}

/**
 * Turns a zod schema and the entity's cross-field rules into a validator that returns typed
 * results and never throws. On first use the schema is prepared for the environment: compiled
 * to JavaScript in Node, interpreted in browsers (see `#compile` in package.json).
 */
export function createValidator<S extends z.core.$ZodType>(
  schema: S,
  rules: readonly Rule<z.output<S>>[] = [],
): Validator<z.output<S>> {
  let prepared: S | undefined;
  return (input, options) => {
    const locale = options?.locale ?? defaultLocale;
    try {
      prepared ??= prepareSchema(schema);
      const result = z.safeParse(prepared, input);
      if (!result.success) {
        // Parse again, reporting the inputs that failed, which our messages use. Only failures
        // pay for it: asking for inputs on every parse slows valid records down by a third.
        const reported = z.safeParse(prepared, input, { reportInput: true });
        const raws = (reported.error ?? result.error).issues as ZodIssue[];
        return { ok: false, issues: raws.flatMap((raw) => fromZod(raw, locale)) };
      }
      const issues: ValidationIssue[] = [];
      const report: Report = (code, path, params = {}) => {
        issues.push(issue(path, code, params, locale));
      };
      for (const rule of rules) rule(result.data, report);
      return issues.length === 0 ? { ok: true, value: result.data } : { ok: false, issues };
    } catch {
      // Only exotic inputs get here (throwing getters, revoked proxies); JSON never does.
      return { ok: false, issues: [issue([], 'invalid_input', {}, locale)] };
    }
  };
}
