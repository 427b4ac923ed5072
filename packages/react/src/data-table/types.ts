import type { ReactNode } from 'react';
import type { NrwHealth } from '../provider/use-nrw-health';
import type { CellValue, SortState } from './sort';

export interface DataTableColumn<Row> {
  /** Unique among the columns; a `SortState` names the column by it. */
  readonly id: string;
  /** The header text; it is also the sort button's name and part of the sort announcement. */
  readonly header: string;
  /** The cell's value: shown formatted for the locale (numbers, dates, "no value") and sorted by. */
  readonly value: (row: Row) => CellValue;
  /** Own cell content, such as a link; `value` still decides the order. */
  readonly render?: (row: Row, helpers: NrwHealth) => ReactNode;
  /** Default true. */
  readonly sortable?: boolean;
  /** `end` for numbers, so digits line up. Default `start`. */
  readonly align?: 'start' | 'end';
  /** The cells of this column name their row (`<th scope="row">`), as a name column does. */
  readonly rowHeader?: boolean;
}

export type DataTableStatus = 'ready' | 'loading' | 'error';

export interface DataTableProps<Row> {
  /** What the table shows; it names the table and, when virtualised, its scroll region. */
  readonly caption: string;
  readonly columns: readonly DataTableColumn<Row>[];
  readonly rows: readonly Row[];
  /** A stable key per row, such as its identifier. */
  readonly rowKey: (row: Row, index: number) => string | number;
  /** The sort, controlled (`null`: unsorted). */
  readonly sort?: SortState | null;
  /** The first sort, uncontrolled. */
  readonly defaultSort?: SortState | null;
  readonly onSortChange?: (sort: SortState) => void;
  /** `loading` and `error` replace the rows with a message. Default `ready`. */
  readonly status?: DataTableStatus;
  /** Shown under the error message: what went wrong, in the portal's words. */
  readonly errorDetail?: string;
  /** Replaces the default "No entries." for an empty table. */
  readonly emptyText?: string;
  /**
   * Render only the rows in view, inside a scroll container of `height` pixels. Default: on from
   * `virtualizeFrom` rows.
   */
  readonly virtualize?: boolean;
  /** Height of the virtualised scroll container in pixels. Default 480. */
  readonly height?: number;
  /** A row's height before it is measured, in pixels. Default 41. */
  readonly estimatedRowHeight?: number;
  readonly className?: string;
}
