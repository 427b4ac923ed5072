import * as z from 'zod/mini';
import type { CodeEntry, CodeList } from './codelist';

/** The zod schema that accepts exactly the codes of `list`. */
export function codeEnum<C extends string>(list: CodeList<C, CodeEntry>): z.ZodMiniType<C, C> {
  return z.enum(list.codes) as unknown as z.ZodMiniType<C, C>;
}
