// Real figures for the tables: the observations of @nrw-health/data, each with the document and
// lines it was drawn from. Texts come from the records and core's registries, in the locale.
import { type Locale, municipalities, regionByCode } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import type { DataTableColumn } from '@nrw-health/react';

export interface ObservationRow {
  readonly key: string;
  readonly indicator: string;
  readonly region: string;
  /** As the source states it: a year, a date or a span such as `2012/2022`. */
  readonly period: string;
  readonly value: number | null;
  readonly unit: string;
  readonly source: string;
}

const definitions = new Map(indicatorDefinitions.map((definition) => [definition.id, definition]));
const municipalityNames = new Map(municipalities.map((place) => [place.ags, place.name]));

/** Millions and billions, as the definitions' `unitMultiplier` gives them. */
const multiplierWords: Record<Locale, Record<number, string>> = {
  de: { 3: 'Tsd.', 6: 'Mio.', 9: 'Mrd.' },
  en: { 3: 'thousand', 6: 'million', 9: 'billion' },
};

function regionName(code: string, locale: Locale): string {
  const region = regionByCode(code);
  if (region) return region.name[locale];
  const municipality = municipalityNames.get(code);
  if (municipality) return municipality;
  // Countries by ISO code (DK, US, …); districts outside NRW keep their key.
  if (/^[A-Z]{2}$/.test(code)) {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  }
  return `AGS ${code}`;
}

/** The observations of @nrw-health/data as table rows, with texts in `locale`. */
export function observationRows(locale: Locale): ObservationRow[] {
  return observations.map((observation, index) => {
    const definition = definitions.get(observation.indicator);
    const multiplier = definition?.unitMultiplier;
    const unit = definition?.unit.label?.[locale] ?? definition?.unit.code ?? '';
    const scale = multiplier === undefined ? undefined : multiplierWords[locale][multiplier];
    const source = observation.source;
    return {
      key: `${index}-${observation.indicator}-${observation.region}-${observation.period}`,
      indicator: definition?.title[locale] ?? observation.indicator,
      region: regionName(observation.region, locale),
      period: observation.period,
      value: observation.value,
      unit: scale ? `${scale} ${unit}` : unit,
      source: [source?.cites ?? source?.producer, source?.locator].filter(Boolean).join(', '),
    };
  });
}

const headers: Record<Locale, Record<Exclude<keyof ObservationRow, 'key'>, string>> = {
  de: {
    indicator: 'Indikator',
    region: 'Region',
    period: 'Zeitraum',
    value: 'Wert',
    unit: 'Einheit',
    source: 'Quelle',
  },
  en: {
    indicator: 'Indicator',
    region: 'Region',
    period: 'Period',
    value: 'Value',
    unit: 'Unit',
    source: 'Source',
  },
};

/** The table's columns in `locale`; keep them stable with `useMemo`, as the DataTable asks. */
export function observationColumns(locale: Locale): DataTableColumn<ObservationRow>[] {
  const header = headers[locale];
  return [
    { id: 'indicator', header: header.indicator, value: (row) => row.indicator, rowHeader: true },
    { id: 'region', header: header.region, value: (row) => row.region },
    { id: 'period', header: header.period, value: (row) => row.period },
    { id: 'value', header: header.value, value: (row) => row.value, align: 'end' },
    { id: 'unit', header: header.unit, value: (row) => row.unit, sortable: false },
    { id: 'source', header: header.source, value: (row) => row.source, sortable: false },
  ];
}

export const observationCaption: Record<Locale, string> = {
  de: 'Kennzahlen aus den regionalen Strategiedokumenten (@nrw-health/data), mit Fundstelle',
  en: 'Figures from the regional strategy documents (@nrw-health/data), with their source',
};
