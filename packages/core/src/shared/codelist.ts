import type { Labels, Locale } from './locale';

/** One entry of a code list: its labels, and whatever else the list records about a code. */
export interface CodeEntry {
  readonly label: Labels;
  readonly description?: Labels;
}

/**
 * A closed list of codes with German and English labels. Codes are stable, lower-case, kebab-case
 * identifiers; labels may change. The zod enum of a list is `codeEnum(list)`, kept apart so that
 * code which only shows labels (a widget, say) never loads zod.
 */
export interface CodeList<C extends string = string, E extends CodeEntry = CodeEntry> {
  readonly id: string;
  readonly title: Labels;
  readonly codes: readonly [C, ...C[]];
  readonly entries: Readonly<Record<C, E>>;
  /** The code's label in the locale; an unknown code is returned as it is, never dropped. */
  label(code: string, locale: Locale): string;
  has(value: unknown): value is C;
}

export function defineCodeList<const T extends Record<string, CodeEntry>>(
  id: string,
  title: Labels,
  entries: T,
): CodeList<Extract<keyof T, string>, T[keyof T]> {
  type C = Extract<keyof T, string>;
  const codes = Object.keys(entries) as [C, ...C[]];
  const known = new Set<string>(codes);
  return {
    id,
    title,
    codes,
    entries,
    label: (code, locale) => (known.has(code) ? entries[code as C]!.label[locale] : code),
    has: (value): value is C => typeof value === 'string' && known.has(value),
  };
}

/** The code type of a code list. */
export type CodeOf<L> = L extends CodeList<infer C, CodeEntry> ? C : never;
