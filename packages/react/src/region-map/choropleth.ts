import { isKnownAgs } from '@nrw-health/core';
import { useMemo } from 'react';
import type { NrwHealth } from '../provider/use-nrw-health';
import type { RegionRow } from './RegionTable';
import { type Classification, type ClassifyOptions, classify, type ValueClass } from './scale';
import {
  defaultTitle,
  type MapValueProps,
  mapValues,
  rangeText,
  sourceText,
  type ValueFormat,
  valueFormat,
} from './values';

/** An area of a map before values: its key, its name, and the codes its value may be found by. */
export interface AreaInput {
  readonly key: string;
  readonly name: string;
  /** The key first, then e.g. the AGS or NUTS code the registry knows the area by. */
  readonly lookup: readonly string[];
}

/** An area with its value, formatted, and its class. */
export interface MapArea extends RegionRow {
  /** What a screen reader says: "Essen: 1.041 Studien". */
  readonly label: string;
  readonly valueClass: ValueClass | undefined;
}

export interface ChoroplethProps extends MapValueProps, ClassifyOptions {
  readonly source?: string;
  readonly title?: string;
}

// Core's regionCode format: AGS of 2, 3, 5 or 8 digits, NUTS, ISO country codes, RVR.
const regionCode = /^(?:\d{2}|\d{3}|\d{5}|\d{8}|[A-Z]{2}[A-Z0-9]{0,3}|RVR)$/;

/**
 * A value the map leaves out on purpose: one for a real region that is not an area of this map
 * (NRW, the Ruhr, another state, a country, a municipality). A key that is no region code, or
 * an AGS in NRW that names nothing (a typo such as `5113`), is reported instead.
 */
const elsewhere = (key: string) => regionCode.test(key) && isKnownAgs(key);

/** Keys shown in a note: the first ten, then "…". */
export const listKeys = (keys: readonly string[]) =>
  keys.length > 10 ? `${keys.slice(0, 10).join(', ')}, …` : keys.join(', ');

/**
 * Values, classes, texts and notes of a choropleth over `inputs`. Values whose key matches no
 * area are reported in a note (nothing is dropped silently), unless they belong to a real
 * region elsewhere.
 */
export function useChoropleth(
  props: ChoroplethProps,
  inputs: readonly AreaInput[],
  helpers: NrwHealth,
): {
  areas: readonly MapArea[];
  classification: Classification | undefined;
  format: ValueFormat;
  missing: number;
  notes: string[];
  title: string | undefined;
  source: string | undefined;
} {
  const { values: valueProp, observations, indicator, period: periodProp, unit } = props;
  const { classes, thresholds, source } = props;
  const { values, period } = useMemo(
    () => mapValues({ values: valueProp, observations, indicator, period: periodProp }),
    [valueProp, observations, indicator, periodProp],
  );
  const format = useMemo(() => valueFormat(helpers, indicator, unit), [helpers, indicator, unit]);

  return useMemo(() => {
    const { t } = helpers;
    const used = new Set<string>();
    const found = inputs.map((input) => {
      const key = input.lookup.find((code) => values.has(code));
      if (key !== undefined) used.add(key);
      return key === undefined ? null : values.get(key)!;
    });
    const classification = classify(
      found.filter((value): value is number => value !== null),
      { classes, thresholds },
    );
    const areas = inputs.map((input, index): MapArea => {
      const value = found[index]!;
      const valueClass = value === null ? undefined : classification?.classOf(value);
      const valueText = format.full(value);
      return {
        key: input.key,
        name: input.name,
        value,
        valueText,
        label: t('regionMap.area', { name: input.name, value: valueText }),
        valueClass,
        classIndex: valueClass?.index,
        classText:
          valueClass && rangeText(valueClass, classification!.integer, helpers, format.bound),
      };
    });
    const notes: string[] = [];
    if (areas.length > 0 && areas.every((area) => area.value === null)) {
      notes.push(t('regionMap.empty'));
    }
    const unknown = [...values.keys()].filter((key) => !used.has(key) && !elsewhere(key)).sort();
    if (unknown.length > 0) {
      notes.push(t('regionMap.unknownKeys', { count: unknown.length, keys: listKeys(unknown) }));
    }
    return {
      areas,
      classification,
      format,
      missing: areas.filter((area) => area.value === null).length,
      notes,
      title: props.title?.trim() || defaultTitle(indicator, period, helpers.locale),
      source: sourceText(indicator, source),
    };
  }, [
    values,
    period,
    format,
    inputs,
    helpers,
    classes,
    thresholds,
    indicator,
    source,
    props.title,
  ]);
}
