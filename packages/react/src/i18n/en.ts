import type { Catalogue } from './catalogue';

export const en = {
  'value.missing': 'no value',
  'localeSwitcher.label': 'Language',
  'dataTable.sortedAscending': 'Sorted by {column}, ascending',
  'dataTable.sortedDescending': 'Sorted by {column}, descending',
  'dataTable.rowCount': { one: '{count} row', other: '{count} rows' },
  'dataTable.empty': 'No entries.',
  'dataTable.loading': 'Loading…',
  'dataTable.error': 'The data could not be loaded.',
  'facetFilter.count': { one: '{count} match', other: '{count} matches' },
  'facetFilter.showMore': { one: 'Show {count} more option', other: 'Show {count} more options' },
  'facetFilter.showFewer': 'Show fewer options',
} as const satisfies Catalogue;
