import { defineMessages } from '../i18n/messages';

// The texts both maps show (frame, legend, table, notes); GeoChoropleth adds its own below, so
// the tile map's bundle does not carry them.
export const regionMapMessages = /* @__PURE__ */ defineMessages({
  de: {
    'regionMap.view': 'Ansicht',
    'regionMap.viewMap': 'Karte',
    'regionMap.viewTable': 'Tabelle',
    'regionMap.titleRuhr': 'Kreise und kreisfreie Städte im Ruhrgebiet',
    'regionMap.titleNrw': 'Kreise und kreisfreie Städte in Nordrhein-Westfalen',
    'regionMap.area': '{name}: {value}',
    'regionMap.missingShort': 'k. A.',
    'regionMap.hint': 'Mit den Pfeiltasten von Gebiet zu Gebiet wechseln.',
    'regionMap.legend': 'Legende',
    'regionMap.legendUnit': 'Legende ({unit})',
    'regionMap.rangeBetween': '{from} bis unter {to}',
    'regionMap.rangeInclusive': '{from} bis {to}',
    'regionMap.rangeBelow': 'unter {to}',
    'regionMap.rangeAtLeast': '{from} und mehr',
    'regionMap.regionCount': { one: '{count} Gebiet', other: '{count} Gebiete' },
    'regionMap.columnDistrict': 'Kreis oder kreisfreie Stadt',
    'regionMap.columnAgs': 'AGS',
    'regionMap.columnValue': 'Wert',
    'regionMap.columnClass': 'Bereich',
    'regionMap.source': 'Quelle: {source}',
    'regionMap.loading': 'Die Karte wird geladen …',
    'regionMap.error': 'Die Karte konnte nicht geladen werden.',
    'regionMap.empty': 'Für keines der Gebiete liegt ein Wert vor.',
    'regionMap.unknownKeys': {
      one: '{count} Wert gehört zu keinem Gebiet der Karte: {keys}',
      other: '{count} Werte gehören zu keinem Gebiet der Karte: {keys}',
    },
  },
  en: {
    'regionMap.view': 'View',
    'regionMap.viewMap': 'Map',
    'regionMap.viewTable': 'Table',
    'regionMap.titleRuhr': 'Districts of the Ruhr',
    'regionMap.titleNrw': 'Districts of North Rhine-Westphalia',
    'regionMap.area': '{name}: {value}',
    'regionMap.missingShort': 'n/a',
    'regionMap.hint': 'Use the arrow keys to move from area to area.',
    'regionMap.legend': 'Legend',
    'regionMap.legendUnit': 'Legend ({unit})',
    'regionMap.rangeBetween': '{from} to under {to}',
    'regionMap.rangeInclusive': '{from} to {to}',
    'regionMap.rangeBelow': 'under {to}',
    'regionMap.rangeAtLeast': '{from} or more',
    'regionMap.regionCount': { one: '{count} area', other: '{count} areas' },
    'regionMap.columnDistrict': 'District',
    'regionMap.columnAgs': 'AGS',
    'regionMap.columnValue': 'Value',
    'regionMap.columnClass': 'Range',
    'regionMap.source': 'Source: {source}',
    'regionMap.loading': 'Loading the map…',
    'regionMap.error': 'The map could not be loaded.',
    'regionMap.empty': 'None of the areas has a value.',
    'regionMap.unknownKeys': {
      one: '{count} value belongs to no area of the map: {keys}',
      other: '{count} values belong to no area of the map: {keys}',
    },
  },
});

/** GeoChoropleth's own texts: its title, columns, and what is wrong with the boundaries. */
export const geoChoroplethMessages = /* @__PURE__ */ defineMessages({
  de: {
    'regionMap.titleAreas': 'Karte der Gebiete',
    'regionMap.columnRegion': 'Gebiet',
    'regionMap.columnKey': 'Schlüssel',
    'geoChoropleth.notGeo': 'Die Gebietsgrenzen sind weder GeoJSON noch TopoJSON.',
    'geoChoropleth.noObject': 'Das TopoJSON enthält kein Objekt „{object}“.',
    'geoChoropleth.noAreas': 'Die Gebietsgrenzen enthalten keine Flächen.',
    'geoChoropleth.missingKey': {
      one: '{count} Gebiet ohne die Eigenschaft „{property}“ wurde nicht gezeichnet.',
      other: '{count} Gebiete ohne die Eigenschaft „{property}“ wurden nicht gezeichnet.',
    },
    'geoChoropleth.noGeometry': {
      one: '{count} Gebiet ohne Fläche wurde nicht gezeichnet: {keys}',
      other: '{count} Gebiete ohne Fläche wurden nicht gezeichnet: {keys}',
    },
  },
  en: {
    'regionMap.titleAreas': 'Map of the areas',
    'regionMap.columnRegion': 'Area',
    'regionMap.columnKey': 'Code',
    'geoChoropleth.notGeo': 'The boundaries are neither GeoJSON nor TopoJSON.',
    'geoChoropleth.noObject': 'The TopoJSON has no object “{object}”.',
    'geoChoropleth.noAreas': 'The boundaries contain no areas.',
    'geoChoropleth.missingKey': {
      one: '{count} area without the property “{property}” was not drawn.',
      other: '{count} areas without the property “{property}” were not drawn.',
    },
    'geoChoropleth.noGeometry': {
      one: '{count} area without a polygon was not drawn: {keys}',
      other: '{count} areas without a polygon were not drawn: {keys}',
    },
  },
});
