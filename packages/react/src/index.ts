// @nrw-health/react: accessible widgets for German and English. The built entry starts with
// 'use client' (see tsup.config.ts); the stylesheet is `@nrw-health/react/styles.css`.
export {
  ActorDirectory,
  type ActorDirectoryProps,
  type ActorDirectoryStatus,
} from './actor-directory/ActorDirectory';
export type { ActorFilterState, ActorFilters } from './actor-directory/filter';
export type { ActorDirectoryView } from './actor-directory/ViewSwitch';
export { DataTable, virtualizeFrom } from './data-table/DataTable';
export type { CellValue, SortDirection, SortState } from './data-table/sort';
export type { DataTableColumn, DataTableProps, DataTableStatus } from './data-table/types';
export { FacetFilter, type FacetFilterProps, type FacetOption } from './facet-filter/FacetFilter';
export type {
  Catalogue,
  LabelOverrides,
  Message,
  MessageKey,
  MessageParams,
  PluralMessage,
} from './i18n/catalogue';
export { catalogues } from './i18n/catalogues';
export { defineMessages, type MessageSource, type Messages } from './i18n/messages';
export {
  type CsvDialectName,
  type IndicatorCsvOptions,
  indicatorCsv,
} from './indicator-chart/csv';
export {
  IndicatorChart,
  type IndicatorChartProps,
  type IndicatorChartStatus,
  type IndicatorChartType,
  type IndicatorChartView,
} from './indicator-chart/IndicatorChart';
export { KpiTile, type KpiTileProps } from './kpi-tile/KpiTile';
export { LocaleSwitcher, type LocaleSwitcherProps } from './locale-switcher/LocaleSwitcher';
export type { DateInput, NumberInput } from './provider/format';
export { NrwHealthProvider, type NrwHealthProviderProps } from './provider/NrwHealthProvider';
export { type NrwHealth, useNrwHealth } from './provider/use-nrw-health';
export {
  RegionComparison,
  type RegionComparisonProps,
} from './region-comparison/RegionComparison';
export {
  type AreaGeometry,
  type BoundaryArea,
  type BoundaryIssue,
  type BoundaryProblem,
  type BoundaryResult,
  type ReadBoundariesOptions,
  readBoundaries,
} from './region-map/boundaries';
export { GeoChoropleth, type GeoChoroplethProps } from './region-map/GeoChoropleth';
export {
  districtAbbreviations,
  type RegionSet,
  type TilePlace,
  tileLayouts,
} from './region-map/layout';
export type { MapStatus, MapView } from './region-map/parts';
export { RegionTileMap, type RegionTileMapProps } from './region-map/RegionTileMap';
export type { RegionValues } from './region-map/values';
export type { HeadingLevel } from './trial-card/Heading';
export { TrialCard, type TrialCardProps } from './trial-card/TrialCard';
export { TrialDetail, type TrialDetailProps } from './trial-card/TrialDetail';
export type { TrialSortKey } from './trial-finder/filter';
export { initialTrialFinderState, type TrialFinderState } from './trial-finder/state';
export {
  TrialFinder,
  type TrialFinderProps,
  type TrialFinderStatus,
} from './trial-finder/TrialFinder';
