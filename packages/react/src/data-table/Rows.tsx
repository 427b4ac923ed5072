import type { ReactNode, Ref } from 'react';
import type { NrwHealth } from '../provider/use-nrw-health';
import { type CellValue, isMissing, type SortState } from './sort';
import type { DataTableColumn } from './types';

function display(value: CellValue, helpers: NrwHealth): ReactNode {
  if (isMissing(value)) return helpers.t('value.missing');
  if (typeof value === 'number') return helpers.formatNumber(value);
  if (value instanceof Date) return helpers.formatDate(value);
  return value;
}

const alignClass = (align: 'start' | 'end' | undefined) =>
  align === 'end' ? 'nrw-data-table__cell nrw-data-table__cell--end' : 'nrw-data-table__cell';

const sortIcons = { ascending: '↑', descending: '↓', none: '↕' } as const;

export function HeaderRow<Row>(props: {
  columns: readonly DataTableColumn<Row>[];
  sort: SortState | null;
  onSort: (column: string) => void;
  rowIndex?: number;
}) {
  return (
    <tr aria-rowindex={props.rowIndex}>
      {props.columns.map((column) => {
        const direction = props.sort?.column === column.id ? props.sort.direction : undefined;
        return (
          <th
            key={column.id}
            scope="col"
            aria-sort={direction}
            className={alignClass(column.align)}
          >
            {column.sortable === false ? (
              column.header
            ) : (
              <button
                type="button"
                className="nrw-data-table__sort"
                onClick={() => props.onSort(column.id)}
              >
                <span>{column.header}</span>
                <span aria-hidden="true" className="nrw-data-table__sort-icon">
                  {sortIcons[direction ?? 'none']}
                </span>
              </button>
            )}
          </th>
        );
      })}
    </tr>
  );
}

export function BodyRow<Row>(props: {
  row: Row;
  columns: readonly DataTableColumn<Row>[];
  helpers: NrwHealth;
  rowIndex?: number;
  dataIndex?: number;
  rowRef?: Ref<HTMLTableRowElement>;
}) {
  const { row, helpers } = props;
  return (
    <tr aria-rowindex={props.rowIndex} data-index={props.dataIndex} ref={props.rowRef}>
      {props.columns.map((column) => {
        const content = column.render
          ? column.render(row, helpers)
          : display(column.value(row), helpers);
        return column.rowHeader ? (
          <th key={column.id} scope="row" className={alignClass(column.align)}>
            {content}
          </th>
        ) : (
          <td key={column.id} className={alignClass(column.align)}>
            {content}
          </td>
        );
      })}
    </tr>
  );
}

/** One row across the table that says why there are no rows. */
export function MessageRow(props: { span: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={props.span} className="nrw-data-table__message">
        {props.children}
      </td>
    </tr>
  );
}
