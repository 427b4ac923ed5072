import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useNrwHealth } from '../provider/use-nrw-health';
import { useControllable } from '../shared/use-controllable';
import { dataTableMessages } from './messages';
import { BodyRow, HeaderRow, MessageRow } from './Rows';
import { nextSort, type SortState, sortRows } from './sort';
import type { DataTableProps, DataTableStatus } from './types';
import { VirtualBody } from './VirtualBody';

/** From this many rows, a table renders only the rows in view unless told otherwise. */
export const virtualizeFrom = 200;

/**
 * A native `<table>` with a caption, sortable columns (a button in each header, `aria-sort` on
 * the sorted one, the new order announced politely), empty, loading and error states, and
 * virtualisation for large data. Sort controlled (`sort`) or uncontrolled (`defaultSort`).
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const helpers = useNrwHealth(dataTableMessages);
  const { t, locale } = helpers;
  const { columns, rows, caption } = props;
  const status = props.status ?? 'ready';
  const captionId = useId();
  const scrollElement = useRef<HTMLDivElement | null>(null);
  const [sort, setSort] = useControllable<SortState | null>(
    props.sort,
    props.defaultSort ?? null,
    props.onSortChange as ((sort: SortState | null) => void) | undefined,
  );

  const sortedColumn = columns.find((column) => column.id === sort?.column);
  const sorted = useMemo(
    () =>
      sortedColumn && sort
        ? sortRows(rows, sortedColumn.value, sort.direction, helpers.compare)
        : rows,
    [rows, sortedColumn, sort, helpers.compare],
  );

  const announcement = useAnnouncement(
    locale,
    sort && sortedColumn
      ? t(
          sort.direction === 'ascending'
            ? 'dataTable.sortedAscending'
            : 'dataTable.sortedDescending',
          {
            column: sortedColumn.header,
          },
        )
      : '',
    status,
    status === 'error' ? t('dataTable.error') : t('dataTable.rowCount', { count: rows.length }),
  );

  const virtual =
    status === 'ready' && rows.length > 0 && (props.virtualize ?? rows.length >= virtualizeFrom);
  const height = props.height ?? 480;
  const onSort = (column: string) => setSort(nextSort(sort, column));

  let body: ReactNode;
  if (status === 'loading') {
    body = <MessageRow span={columns.length}>{t('dataTable.loading')}</MessageRow>;
  } else if (status === 'error') {
    body = (
      <MessageRow span={columns.length}>
        <strong className="nrw-data-table__error">{t('dataTable.error')}</strong>
        {props.errorDetail ? (
          <span className="nrw-data-table__detail">{props.errorDetail}</span>
        ) : null}
      </MessageRow>
    );
  } else if (rows.length === 0) {
    body = <MessageRow span={columns.length}>{props.emptyText || t('dataTable.empty')}</MessageRow>;
  } else if (!virtual) {
    body = sorted.map((row, index) => (
      <BodyRow key={props.rowKey(row, index)} row={row} columns={columns} helpers={helpers} />
    ));
  }

  return (
    <div
      className={['nrw', 'nrw-data-table', props.className].filter(Boolean).join(' ')}
      lang={locale}
    >
      <div
        ref={scrollElement}
        className={
          virtual
            ? 'nrw-data-table__scroll nrw-data-table__scroll--virtual'
            : 'nrw-data-table__scroll'
        }
        // A focusable, named scroll region: keyboard users scroll it with the arrow keys.
        {...(virtual
          ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId, style: { height } }
          : {})}
      >
        <table
          className="nrw-data-table__table"
          aria-busy={status === 'loading' || undefined}
          aria-rowcount={virtual ? rows.length + 1 : undefined}
        >
          <caption id={captionId} className="nrw-data-table__caption">
            {caption}
          </caption>
          <thead>
            <HeaderRow
              columns={columns}
              sort={sort}
              onSort={onSort}
              rowIndex={virtual ? 1 : undefined}
            />
          </thead>
          {virtual ? (
            <VirtualBody
              scrollElement={scrollElement}
              columns={columns}
              rows={sorted}
              rowKey={props.rowKey}
              helpers={helpers}
              height={height}
              estimatedRowHeight={props.estimatedRowHeight ?? 41}
            />
          ) : (
            <tbody>{body}</tbody>
          )}
        </table>
      </div>
      <p role="status" className="nrw-visually-hidden">
        {announcement}
      </p>
    </div>
  );
}

/**
 * The text for the polite live region: the new sort order, or the outcome when loading ends
 * (the row count, or the error). The first render and a change of locale announce nothing.
 */
function useAnnouncement(
  locale: string,
  sortText: string,
  status: DataTableStatus,
  statusText: string,
): string {
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef({ locale, sortText, status });
  useEffect(() => {
    const before = previous.current;
    previous.current = { locale, sortText, status };
    if (locale !== before.locale) return;
    if (sortText !== before.sortText && sortText !== '') setAnnouncement(sortText);
    else if (status !== before.status && status !== 'loading') setAnnouncement(statusText);
  }, [locale, sortText, status, statusText]);
  return announcement;
}
