import type { Locale } from '@nrw-health/core';
import { actorDirectoryMessages } from '../actor-directory/messages';
import { dataTableMessages } from '../data-table/messages';
import { facetFilterMessages } from '../facet-filter/messages';
import { indicatorChartMessages } from '../indicator-chart/messages';
import { kpiTileMessages } from '../kpi-tile/messages';
import { localeSwitcherMessages } from '../locale-switcher/messages';
import { regionComparisonMessages } from '../region-comparison/messages';
import { geoChoroplethMessages, regionMapMessages } from '../region-map/messages';
import { trialCardMessages } from '../trial-card/messages';
import { trialFinderMessages } from '../trial-finder/messages';
import type { Catalogue } from './catalogue';
import { de } from './de';
import { en } from './en';

/**
 * Every text of every widget, per locale: for a portal that translates or reviews the wording as
 * a whole. Widgets do not use it; each loads only its own texts. `satisfies` makes a key that no
 * widget defines, in either language, a type error.
 */
// Built in a pure call, so a bundle that never reads it drops it and every widget's texts with it.
export const catalogues: Readonly<Record<Locale, Catalogue>> = /* @__PURE__ */ (() => ({
  de: {
    ...de,
    ...dataTableMessages.de,
    ...facetFilterMessages.de,
    ...localeSwitcherMessages.de,
    ...trialCardMessages.de,
    ...trialFinderMessages.de,
    ...actorDirectoryMessages.de,
    ...regionMapMessages.de,
    ...geoChoroplethMessages.de,
    ...indicatorChartMessages.de,
    ...kpiTileMessages.de,
    ...regionComparisonMessages.de,
  } satisfies Catalogue,
  en: {
    ...en,
    ...dataTableMessages.en,
    ...facetFilterMessages.en,
    ...localeSwitcherMessages.en,
    ...trialCardMessages.en,
    ...trialFinderMessages.en,
    ...actorDirectoryMessages.en,
    ...regionMapMessages.en,
    ...geoChoroplethMessages.en,
    ...indicatorChartMessages.en,
    ...kpiTileMessages.en,
    ...regionComparisonMessages.en,
  } satisfies Catalogue,
}))();
