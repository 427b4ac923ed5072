// @nrw-health/react: accessible widgets for German and English. The built entry starts with
// 'use client' (see tsup.config.ts); the stylesheet is `@nrw-health/react/styles.css`.
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
export { catalogues } from './i18n/translate';
export { LocaleSwitcher, type LocaleSwitcherProps } from './locale-switcher/LocaleSwitcher';
export type { DateInput, NumberInput } from './provider/format';
export { NrwHealthProvider, type NrwHealthProviderProps } from './provider/NrwHealthProvider';
export { type NrwHealth, useNrwHealth } from './provider/use-nrw-health';
export type { HeadingLevel } from './trial-card/Heading';
export { TrialCard, type TrialCardProps } from './trial-card/TrialCard';
export { TrialDetail, type TrialDetailProps } from './trial-card/TrialDetail';
