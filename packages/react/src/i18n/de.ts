import type { Catalogue } from './catalogue';

export const de = {
  'value.missing': 'keine Angabe',
  'localeSwitcher.label': 'Sprache',
  'dataTable.sortedAscending': 'Sortiert nach {column}, aufsteigend',
  'dataTable.sortedDescending': 'Sortiert nach {column}, absteigend',
  'dataTable.rowCount': { one: '{count} Zeile', other: '{count} Zeilen' },
  'dataTable.empty': 'Keine Einträge.',
  'dataTable.loading': 'Wird geladen …',
  'dataTable.error': 'Die Daten konnten nicht geladen werden.',
  'facetFilter.count': { one: '{count} Treffer', other: '{count} Treffer' },
  'facetFilter.showMore': {
    one: '{count} weitere Option zeigen',
    other: '{count} weitere Optionen zeigen',
  },
  'facetFilter.showFewer': 'Weniger Optionen zeigen',
} as const satisfies Catalogue;
