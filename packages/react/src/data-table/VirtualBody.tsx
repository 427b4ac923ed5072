import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  type FocusEvent,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { NrwHealth } from '../provider/use-nrw-health';
import { BodyRow } from './Rows';
import type { DataTableColumn } from './types';

// useLayoutEffect warns when rendered on a server; there, nothing needs measuring.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? () => {} : useLayoutEffect;

/** Space for the rows out of view, so the scrollbar tells where the reader is. */
function Spacer(props: { height: number; span: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a row with one empty cell is not focusable; hidden, it is not read as an empty row
    <tr aria-hidden="true" className="nrw-data-table__spacer">
      <td colSpan={props.span} style={{ height: props.height }} />
    </tr>
  );
}

/**
 * The body of a virtualised table: only the rows in view of `scrollElement` (and a few more),
 * each with its `aria-rowindex`. The row that holds focus stays rendered when it scrolls out of
 * view, so focus is never lost.
 */
export function VirtualBody<Row>(props: {
  scrollElement: RefObject<HTMLDivElement | null>;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  helpers: NrwHealth;
  height: number;
  estimatedRowHeight: number;
}) {
  const { rows, rowKey, columns } = props;
  const { scrollElement } = props;
  const bodyElement = useRef<HTMLTableSectionElement | null>(null);
  const [bodyOffset, setBodyOffset] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);

  // Where the first row starts inside the scroll container: below the caption and header.
  useIsomorphicLayoutEffect(() => {
    const container = scrollElement.current;
    const body = bodyElement.current;
    if (!container || !body) return;
    const offset =
      body.getBoundingClientRect().top -
      container.getBoundingClientRect().top +
      container.scrollTop;
    setBodyOffset(Math.max(0, Math.round(offset)));
  });

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes;
      return [...indexes, focused].sort((a, b) => a - b);
    },
    [focused],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => props.estimatedRowHeight,
    getItemKey: (index) => rowKey(rows[index]!, index),
    overscan: 10,
    scrollMargin: bodyOffset,
    // On a server there is no container to measure: render the rows that fill its height.
    initialRect: { width: 0, height: props.height },
    rangeExtractor,
  });

  // End in the focused region goes to the last row. The browser's own End stops short when rows
  // turn out taller than estimated; scrollToIndex measures its way there.
  useEffect(() => {
    const container = scrollElement.current;
    if (!container) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'End' || event.target !== container) return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      virtualizer.scrollToIndex(rows.length - 1, { align: 'end' });
    };
    container.addEventListener('keydown', onKeyDown);
    return () => container.removeEventListener('keydown', onKeyDown);
  }, [scrollElement, virtualizer, rows.length]);

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const row = (event.target as Element).closest<HTMLElement>('tr[data-index]');
    if (row) setFocused(Number(row.dataset.index));
  };
  const onBlur = (event: FocusEvent<HTMLTableSectionElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
  };

  const body: ReactNode[] = [];
  let end = bodyOffset;
  for (const item of virtualizer.getVirtualItems()) {
    if (item.start > end) {
      body.push(<Spacer key={`gap-${item.key}`} height={item.start - end} span={columns.length} />);
    }
    body.push(
      <BodyRow
        key={item.key}
        row={rows[item.index]!}
        columns={columns}
        helpers={props.helpers}
        rowIndex={item.index + 2}
        dataIndex={item.index}
        rowRef={virtualizer.measureElement}
      />,
    );
    end = item.end;
  }
  const total = virtualizer.getTotalSize() + bodyOffset;
  if (total > end) body.push(<Spacer key="gap-end" height={total - end} span={columns.length} />);
  return (
    <tbody ref={bodyElement} onFocus={onFocus} onBlur={onBlur}>
      {body}
    </tbody>
  );
}
