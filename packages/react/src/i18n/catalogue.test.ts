import { locales } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { dataTableMessages } from '../data-table/messages';
import type { Catalogue, MessageKey } from './catalogue';
import { catalogues } from './catalogues';
import { formatMessage, isMessage, messageFor } from './translate';

const keys = (catalogue: Catalogue) => Object.keys(catalogue).sort() as MessageKey[];
const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const forms = (message: Catalogue[MessageKey]) =>
  typeof message === 'string' ? [message] : Object.values(message);

describe('the catalogues', () => {
  it('have the same keys in German and English', () => {
    expect(keys(catalogues.de)).toEqual(keys(catalogues.en));
    expect(keys(catalogues.en).length).toBeGreaterThan(0);
  });

  describe.each(locales)('%s', (locale) => {
    const catalogue = catalogues[locale];
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

    it.each(keys(catalogue))('%s is a non-empty text', (key) => {
      const message = catalogue[key];
      expect(isMessage(message)).toBe(true);
      for (const form of forms(message)) expect(form.trim()).not.toBe('');
    });

    it.each(keys(catalogue).filter((key) => typeof catalogue[key] !== 'string'))(
      '%s has a form for every plural category of the locale, each with {count}',
      (key) => {
        const message = catalogue[key] as Record<string, string>;
        for (const category of categories) {
          expect(message[category], category).toBeTypeOf('string');
          expect(message[category]).toContain('{count}');
        }
      },
    );
  });

  it.each(keys(catalogues.en))('%s has the same parameters in both locales', (key) => {
    const de = forms(catalogues.de[key]).map(placeholders);
    const en = forms(catalogues.en[key]).map(placeholders);
    expect(new Set(de.map(String))).toEqual(new Set(en.map(String)));
  });
});

describe('formatMessage', () => {
  const plain = (value: number) => String(value);

  it('fills in parameters and leaves unknown ones visible', () => {
    expect(formatMessage('en', 'Sorted by {column}, {x}', { column: 'Name' }, plain)).toBe(
      'Sorted by Name, {x}',
    );
  });

  it('picks the plural form by the locale rules', () => {
    const message = catalogues.de['dataTable.rowCount'];
    const german = (value: number) => new Intl.NumberFormat('de').format(value);
    expect(formatMessage('de', message, { count: 1 }, german)).toBe('1 Zeile');
    expect(formatMessage('de', message, { count: 0 }, german)).toBe('0 Zeilen');
    expect(formatMessage('de', message, { count: 10_000 }, german)).toBe('10.000 Zeilen');
    expect(formatMessage('en', catalogues.en['dataTable.rowCount'], { count: 1.5 }, plain)).toBe(
      '1.5 rows',
    );
  });

  it('falls back to the "other" form without a count', () => {
    expect(formatMessage('en', catalogues.en['dataTable.rowCount'], undefined, plain)).toBe(
      '{count} rows',
    );
  });

  it('inserts text as it is, never as markup', () => {
    expect(formatMessage('en', '{column}', { column: '<b>$&</b>' }, plain)).toBe('<b>$&</b>');
  });
});

describe('messageFor', () => {
  it('takes a usable override and ignores empty ones', () => {
    const overrides = {
      en: { 'dataTable.empty': 'No trials.', 'dataTable.loading': '  ' },
      de: { 'dataTable.rowCount': { other: '{count} Studien' } },
    };
    expect(messageFor('en', 'dataTable.empty', overrides, [dataTableMessages])).toBe('No trials.');
    expect(messageFor('en', 'dataTable.loading', overrides, [dataTableMessages])).toBe('Loading…');
    expect(messageFor('de', 'dataTable.empty', overrides, [dataTableMessages])).toBe(
      'Keine Einträge.',
    );
    expect(messageFor('de', 'dataTable.rowCount', overrides, [dataTableMessages])).toEqual({
      other: '{count} Studien',
    });
  });

  it('ignores overrides of the wrong shape', () => {
    const overrides = {
      en: { 'dataTable.empty': 42, 'dataTable.rowCount': { one: 'x' } },
    } as never;
    expect(messageFor('en', 'dataTable.empty', overrides, [dataTableMessages])).toBe('No entries.');
    expect(messageFor('en', 'dataTable.rowCount', overrides, [dataTableMessages])).toBe(
      catalogues.en['dataTable.rowCount'],
    );
  });
});
