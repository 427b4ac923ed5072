import { useMemo, useState } from 'react';
import { dataTableMessages } from '../data-table/messages';
import { BodyRow, HeaderRow, MessageRow } from '../data-table/Rows';
import { nextSort, type SortState, sortRows } from '../data-table/sort';
import type { DataTableColumn } from '../data-table/types';
import { useNrwHealth } from '../provider/use-nrw-health';
import { regionMapMessages } from './messages';

/** One region of a map, as its table shows it. */
export interface RegionRow {
  readonly key: string;
  readonly name: string;
  readonly value: number | null;
  readonly valueText: string;
  /** The legend class in words; undefined without a value. */
  readonly classText: string | undefined;
  readonly classIndex: number | undefined;
}

const initialSort: SortState = { column: 'name', direction: 'ascending' };

/**
 * The map as a table: DataTable's header and body rows (sortable, missing values last) and its
 * styles, without its virtualisation: a map has at most a few hundred regions, and TanStack
 * Virtual alone would take the tile map over its size budget.
 */
export function RegionTable(props: {
  readonly caption: string;
  readonly rows: readonly RegionRow[];
  readonly keyHeader: string;
  readonly regionHeader: string;
  readonly valueHeader: string;
}) {
  const helpers = useNrwHealth(regionMapMessages, dataTableMessages);
  const { t } = helpers;
  const [sort, setSort] = useState<SortState>(initialSort);
  const [announcement, setAnnouncement] = useState('');

  const columns = useMemo<DataTableColumn<RegionRow>[]>(
    () => [
      { id: 'name', header: props.regionHeader, value: (row) => row.name, rowHeader: true },
      { id: 'key', header: props.keyHeader, value: (row) => row.key },
      {
        id: 'value',
        header: props.valueHeader,
        value: (row) => row.value,
        render: (row) => row.valueText,
        align: 'end',
      },
      {
        id: 'class',
        header: t('regionMap.columnClass'),
        value: (row) => row.classIndex,
        render: (row) => row.classText ?? t('value.missing'),
      },
    ],
    [props.regionHeader, props.keyHeader, props.valueHeader, t],
  );
  const column = columns.find((candidate) => candidate.id === sort.column) ?? columns[0]!;
  const rows = useMemo(
    () => sortRows(props.rows, column.value, sort.direction, helpers.compare),
    [props.rows, column, sort.direction, helpers.compare],
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
            {rows.length === 0 ? (
              <MessageRow span={columns.length}>{t('dataTable.empty')}</MessageRow>
            ) : (
              rows.map((row) => (
                <BodyRow key={row.key} row={row} columns={columns} helpers={helpers} />
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
