import { describe, expect, it } from 'vitest';
import * as core from './index';
import { codeEnum } from './shared/code-enum';
import type { CodeList } from './shared/codelist';
import { locales } from './shared/locale';

const isCodeList = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  'codes' in value &&
  'entries' in value &&
  'label' in value;

const codeLists = Object.entries(core)
  .filter(([, value]) => isCodeList(value))
  .map(([name, value]) => [name, value as unknown as CodeList] as const);

describe('code lists', () => {
  it('are all exported, each with its own id', () => {
    const ids = codeLists.map(([, list]) => list.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'trial-status',
        'trial-phase',
        'study-type',
        'actor-kind',
        'topic',
        'health-economy-sector',
        'observation-status',
        'indicator-group',
      ]),
    );
  });

  describe.each(codeLists)('%s', (_, list) => {
    it('has stable kebab-case codes', () => {
      for (const code of list.codes) expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    });

    it.each(locales)(
      'is complete in %s: a title, and a distinct label for every code',
      (locale) => {
        expect(list.title[locale].trim()).not.toBe('');
        const labels = list.codes.map((code) => list.entries[code]!.label[locale]);
        for (const label of labels) expect(label.trim()).not.toBe('');
        expect(new Set(labels).size).toBe(labels.length);
        for (const code of list.codes) {
          const description = list.entries[code]!.description;
          if (description) expect(description[locale].trim()).not.toBe('');
          expect(list.label(code, locale)).toBe(list.entries[code]!.label[locale]);
        }
      },
    );

    it('accepts exactly its codes', () => {
      for (const code of list.codes) expect(codeEnum(list).safeParse(code).success).toBe(true);
      expect(codeEnum(list).safeParse('no-such-code').success).toBe(false);
      expect(list.has('no-such-code')).toBe(false);
      expect(list.label('no-such-code', 'de')).toBe('no-such-code');
    });
  });
});
