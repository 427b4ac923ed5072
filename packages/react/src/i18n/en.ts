import type { Catalogue } from './catalogue';

export const en = {
  'value.missing': 'no value',
} as const satisfies Partial<Catalogue>;
