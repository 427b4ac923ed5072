import { defineMessages } from '../i18n/messages';

export const kpiTileMessages = /* @__PURE__ */ defineMessages({
  de: {
    'kpiTile.up': 'Gestiegen um {change} gegenüber {period}',
    'kpiTile.down': 'Gesunken um {change} gegenüber {period}',
    'kpiTile.unchanged': 'Unverändert gegenüber {period}',
    'kpiTile.noComparison': 'Kein Vergleichswert für {period}',
    'kpiTile.points': { one: '{count} Prozentpunkt', other: '{count} Prozentpunkte' },
  },
  en: {
    'kpiTile.up': 'Up {change} on {period}',
    'kpiTile.down': 'Down {change} on {period}',
    'kpiTile.unchanged': 'Unchanged on {period}',
    'kpiTile.noComparison': 'No value for {period} to compare with',
    'kpiTile.points': { one: '{count} percentage point', other: '{count} percentage points' },
  },
});
