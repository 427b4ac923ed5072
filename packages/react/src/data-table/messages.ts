import { defineMessages } from '../i18n/messages';

export const dataTableMessages = /* @__PURE__ */ defineMessages({
  de: {
    'dataTable.sortedAscending': 'Sortiert nach {column}, aufsteigend',
    'dataTable.sortedDescending': 'Sortiert nach {column}, absteigend',
    'dataTable.rowCount': { one: '{count} Zeile', other: '{count} Zeilen' },
    'dataTable.empty': 'Keine Einträge.',
    'dataTable.loading': 'Wird geladen …',
    'dataTable.error': 'Die Daten konnten nicht geladen werden.',
  },
  en: {
    'dataTable.sortedAscending': 'Sorted by {column}, ascending',
    'dataTable.sortedDescending': 'Sorted by {column}, descending',
    'dataTable.rowCount': { one: '{count} row', other: '{count} rows' },
    'dataTable.empty': 'No entries.',
    'dataTable.loading': 'Loading…',
    'dataTable.error': 'The data could not be loaded.',
  },
});
