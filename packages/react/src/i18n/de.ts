import type { Catalogue } from './catalogue';

export const de = {
  'value.missing': 'keine Angabe',
} as const satisfies Partial<Catalogue>;
