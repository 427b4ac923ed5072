import { type ReactNode, useMemo, useState } from 'react';
import { BodyRow, HeaderRow, MessageRow } from '../data-table/Rows';
import { nextSort, type SortState, sortRows } from '../data-table/sort';
import type { DataTableColumn } from '../data-table/types';
import type { NrwHealth } from '../provider/use-nrw-health';

/**
 * The results as a table: DataTable's header and body rows (sortable, missing values last) and
 * its styles, without its virtualisation, which would cost about 10 kB of TanStack Virtual. A
 * region has a few hundred actors; for thousands, the cards view is the one to use.
 */
export function ActorTable<Row>(props: {
  readonly caption: string;
  readonly columns: readonly DataTableColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row, index: number) => string;
  readonly helpers: NrwHealth;
  /** Replaces the rows while loading, on an error, or when there are none. */
  readonly message: ReactNode;
}) {
  const { columns, helpers } = props;
  const { t } = helpers;
  const [sort, setSort] = useState<SortState | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const column = columns.find((candidate) => candidate.id === sort?.column);
  const rows = useMemo(
    () =>
      sort && column
        ? sortRows(props.rows, column.value, sort.direction, helpers.compare)
        : props.rows,
    [props.rows, column, sort, helpers.compare],
  );

  // The new order is announced politely, as DataTable does it.
  const onSort = (id: string) => {
    const next = nextSort(sort, id);
    const header = columns.find((candidate) => candidate.id === id)?.header ?? '';
    setSort(next);
    setAnnouncement(
      t(
        next.direction === 'ascending' ? 'dataTable.sortedAscending' : 'dataTable.sortedDescending',
        { column: header },
      ),
    );
  };

  return (
    <div className="nrw-data-table">
      <div className="nrw-data-table__scroll">
        <table className="nrw-data-table__table">
          <caption className="nrw-data-table__caption">{props.caption}</caption>
          <thead>
            <HeaderRow columns={columns} sort={sort} onSort={onSort} />
          </thead>
          <tbody>
            {props.message ? (
              <MessageRow span={columns.length}>{props.message}</MessageRow>
            ) : (
              rows.map((row, index) => (
                <BodyRow
                  key={props.rowKey(row, index)}
                  row={row}
                  columns={columns}
                  helpers={helpers}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
      <p role="status" className="nrw-visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
