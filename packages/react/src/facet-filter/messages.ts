import { defineMessages } from '../i18n/messages';

export const facetFilterMessages = /* @__PURE__ */ defineMessages({
  de: {
    'facetFilter.count': { one: '{count} Treffer', other: '{count} Treffer' },
    'facetFilter.showMore': {
      one: '{count} weitere Option zeigen',
      other: '{count} weitere Optionen zeigen',
    },
    'facetFilter.showFewer': 'Weniger Optionen zeigen',
  },
  en: {
    'facetFilter.count': { one: '{count} match', other: '{count} matches' },
    'facetFilter.showMore': { one: 'Show {count} more option', other: 'Show {count} more options' },
    'facetFilter.showFewer': 'Show fewer options',
  },
});
