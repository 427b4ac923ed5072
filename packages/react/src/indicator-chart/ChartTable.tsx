import { useEffect, useRef, useState } from 'react';
import { dataTableMessages } from '../data-table/messages';
import { BodyRow, HeaderRow, MessageRow } from '../data-table/Rows';
import { nextSort, type SortState, sortRows } from '../data-table/sort';
import type { DataTableColumn } from '../data-table/types';
import { useNrwHealth } from '../provider/use-nrw-health';

/**
 * The table view of a chart: DataTable's rows, header buttons, sorting and styles, without its
 * virtualisation. A chart has tens of rows, and TanStack Virtual (10.5 kB gzip) would take half
 * of the chart's size budget.
 */
export function ChartTable<Row>(props: {
  readonly caption: string;
  readonly columns: readonly DataTableColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row, index: number) => string | number;
  readonly captionClassName?: string;
}) {
  const helpers = useNrwHealth(dataTableMessages);
  const { t, locale } = helpers;
  const { columns, rows } = props;
  const [sort, setSort] = useState<SortState | null>(null);
  const column = columns.find((candidate) => candidate.id === sort?.column);
  const sorted =
    column && sort ? sortRows(rows, column.value, sort.direction, helpers.compare) : rows;

  // The new order is announced politely, as DataTable does; the first render says nothing.
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(sort);
  useEffect(() => {
    if (previous.current === sort || !sort || !column) return;
    previous.current = sort;
    setAnnouncement(
      t(
        sort.direction === 'ascending' ? 'dataTable.sortedAscending' : 'dataTable.sortedDescending',
        {
          column: column.header,
        },
      ),
    );
  }, [sort, column, t]);

  return (
    <div className="nrw-data-table" lang={locale}>
      <div className="nrw-data-table__scroll">
        <table className="nrw-data-table__table">
          <caption className={props.captionClassName ?? 'nrw-data-table__caption'}>
            {props.caption}
          </caption>
          <thead>
            <HeaderRow columns={columns} sort={sort} onSort={(id) => setSort(nextSort(sort, id))} />
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <MessageRow span={columns.length}>{t('dataTable.empty')}</MessageRow>
            ) : (
              sorted.map((row, index) => (
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
