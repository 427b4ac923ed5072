import { defineMessages } from '../i18n/messages';

export const indicatorChartMessages = /* @__PURE__ */ defineMessages({
  de: {
    'indicatorChart.view': 'Ansicht',
    'indicatorChart.showChart': 'Diagramm',
    'indicatorChart.showTable': 'Tabelle',
    'indicatorChart.download': 'CSV herunterladen',
    'indicatorChart.unit': 'Einheit: {unit}',
    'indicatorChart.sources': { one: 'Quelle ({count})', other: 'Quellen ({count})' },
    'indicatorChart.notes': 'Anmerkungen',
    'indicatorChart.noteRef': 'Anmerkung {number}',
    'indicatorChart.skipped': {
      one: '{count} Datensatz dieses Indikators ist nicht lesbar und wird nicht gezeigt.',
      other: '{count} Datensätze dieses Indikators sind nicht lesbar und werden nicht gezeigt.',
    },
    'indicatorChart.empty': 'Keine Daten zu diesem Indikator.',
    'indicatorChart.region': 'Region',
    'indicatorChart.series': 'Reihe',
    'indicatorChart.period': 'Zeitraum',
    'indicatorChart.value': 'Wert',
    'indicatorChart.point': '{series}, {period}: {value}',
    'indicatorChart.quarter': '{number}. Quartal {year}',
    'indicatorChart.half': '{number}. Halbjahr {year}',
    'indicatorChart.summaryOne': '{series}, {period}: {value}.',
    'indicatorChart.summaryRange':
      '{period}: am höchsten {max} mit {maxValue}, am niedrigsten {min} mit {minValue}.',
    'indicatorChart.summaryRose':
      '{series} ist von {from} ({fromPeriod}) auf {to} ({toPeriod}) gestiegen.',
    'indicatorChart.summaryFell':
      '{series} ist von {from} ({fromPeriod}) auf {to} ({toPeriod}) gesunken.',
    'indicatorChart.summaryUnchanged':
      '{series} ist von {fromPeriod} bis {toPeriod} bei {to} geblieben.',
    'indicatorChart.summaryTrend':
      'Von {fromPeriod} bis {toPeriod} sind {rose} von {count} Reihen gestiegen und {fell} gesunken.',
    'indicatorChart.summaryMissing': { one: '{count} Wert fehlt.', other: '{count} Werte fehlen.' },
  },
  en: {
    'indicatorChart.view': 'View',
    'indicatorChart.showChart': 'Chart',
    'indicatorChart.showTable': 'Table',
    'indicatorChart.download': 'Download CSV',
    'indicatorChart.unit': 'Unit: {unit}',
    'indicatorChart.sources': { one: 'Source ({count})', other: 'Sources ({count})' },
    'indicatorChart.notes': 'Notes',
    'indicatorChart.noteRef': 'note {number}',
    'indicatorChart.skipped': {
      one: '{count} record of this indicator could not be read and is not shown.',
      other: '{count} records of this indicator could not be read and are not shown.',
    },
    'indicatorChart.empty': 'No data for this indicator.',
    'indicatorChart.region': 'Region',
    'indicatorChart.series': 'Series',
    'indicatorChart.period': 'Period',
    'indicatorChart.value': 'Value',
    'indicatorChart.point': '{series}, {period}: {value}',
    'indicatorChart.quarter': 'Q{number} {year}',
    'indicatorChart.half': 'H{number} {year}',
    'indicatorChart.summaryOne': '{series}, {period}: {value}.',
    'indicatorChart.summaryRange':
      '{period}: highest {max} with {maxValue}, lowest {min} with {minValue}.',
    'indicatorChart.summaryRose':
      '{series} rose from {from} in {fromPeriod} to {to} in {toPeriod}.',
    'indicatorChart.summaryFell':
      '{series} fell from {from} in {fromPeriod} to {to} in {toPeriod}.',
    'indicatorChart.summaryUnchanged':
      '{series} was unchanged at {to} from {fromPeriod} to {toPeriod}.',
    'indicatorChart.summaryTrend':
      'From {fromPeriod} to {toPeriod}, {rose} of {count} series rose and {fell} fell.',
    'indicatorChart.summaryMissing': {
      one: '{count} value is missing.',
      other: '{count} values are missing.',
    },
  },
});
