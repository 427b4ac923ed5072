import { locales } from '@nrw-health/core';
import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { safeHref } from '../shared/url';
import { expectNoAxeViolations } from '../testing/axe';
import { type DrksTrialRow, drksTrials } from '../testing/fixtures';
import { expectFocusKept, expectFocusVisible } from '../testing/keyboard';
import { expectNoXss, resetXss, xssPayloads } from '../testing/xss';
import { DataTable } from './DataTable';
import type { SortState } from './sort';
import type { DataTableColumn, DataTableProps } from './types';

const columns: DataTableColumn<DrksTrialRow>[] = [
  {
    id: 'id',
    header: 'Trial',
    value: (row) => row.id,
    rowHeader: true,
    render: (row) => {
      const href = safeHref(`https://drks.de/search/de/trial/${row.id}`);
      return href ? <a href={href}>{row.id}</a> : row.id;
    },
  },
  { id: 'status', header: 'Status', value: (row) => row.status },
  { id: 'phase', header: 'Phase', value: (row) => row.phase },
  {
    id: 'start',
    header: 'Start',
    value: (row) => row.start,
    render: (row, { formatDate }) => formatDate(row.start),
  },
  { id: 'enrolment', header: 'Participants', value: (row) => row.enrolment, align: 'end' },
];

let trials: DrksTrialRow[] = [];
beforeAll(async () => {
  trials = await drksTrials(10_000);
});

function Table(props: Partial<DataTableProps<DrksTrialRow>> & { locale?: 'de' | 'en' }) {
  const { locale = 'en', ...rest } = props;
  return (
    <NrwHealthProvider locale={locale} timeZone="UTC">
      <DataTable
        caption="DRKS trials"
        columns={columns}
        rows={trials.slice(0, 20)}
        rowKey={(row) => row.id}
        {...rest}
      />
    </NrwHealthProvider>
  );
}

/** A parent that owns the sort and accepts every wish. */
function ControlledTable(props: { onWish: (sort: SortState) => void }) {
  const [sort, setSort] = useState<SortState | null>(null);
  return (
    <Table
      sort={sort}
      onSortChange={(next) => {
        props.onWish(next);
        setSort(next);
      }}
    />
  );
}

const liveRegion = (container: Element) => container.querySelector('[role="status"]')!;
const bodyRows = (container: Element) => container.querySelectorAll('tbody tr:not([aria-hidden])');
const header = (container: Element, name: string) =>
  [...container.querySelectorAll('th[scope="col"]')].find((th) =>
    th.textContent?.startsWith(name),
  )!;

describe('DataTable in Chromium', () => {
  it('has 10,000 real trials to show', () => {
    expect(trials).toHaveLength(10_000);
    expect(trials.some((trial) => trial.enrolment === undefined)).toBe(true);
  });

  describe.each(locales)('axe, %s', (locale) => {
    it.each([
      ['sorted', { defaultSort: { column: 'enrolment', direction: 'descending' } as SortState }],
      ['loading', { status: 'loading' as const }],
      ['error', { status: 'error' as const, errorDetail: 'HTTP 503' }],
      ['empty', { rows: [] }],
    ])('finds no WCAG 2.2 AA violation when %s', async (_, props) => {
      const { container } = render(<Table locale={locale} {...props} />);
      await expectNoAxeViolations(container);
    });

    it('finds no WCAG 2.2 AA violation with 10,000 virtualised rows', async () => {
      const { container } = render(<Table locale={locale} rows={trials} />);
      expect(container.querySelector('table')!.getAttribute('aria-rowcount')).toBe('10001');
      await expectNoAxeViolations(container);
    });
  });

  it('is operated by keyboard alone: reach, sort with Enter and Space, leave', async () => {
    const { container, getByText } = render(
      <>
        <button type="button">before</button>
        <Table />
        <button type="button">after</button>
      </>,
    );
    await userEvent.tab();
    expect(document.activeElement).toBe(getByText('before'));
    await userEvent.tab();
    const trialButton = header(container, 'Trial').querySelector('button')!;
    expectFocusVisible(trialButton);

    await userEvent.keyboard('{Enter}');
    expect(header(container, 'Trial').getAttribute('aria-sort')).toBe('ascending');
    await vi.waitFor(() =>
      expect(liveRegion(container).textContent).toBe('Sorted by Trial, ascending'),
    );
    expectFocusVisible(trialButton);

    await userEvent.keyboard(' ');
    expect(header(container, 'Trial').getAttribute('aria-sort')).toBe('descending');
    await vi.waitFor(() =>
      expect(liveRegion(container).textContent).toBe('Sorted by Trial, descending'),
    );
    const ids = [...bodyRows(container)].map((row) => row.querySelector('th')!.textContent);
    expect(ids).toEqual(
      trials
        .slice(0, 20)
        .map((trial) => trial.id)
        .sort()
        .reverse(),
    );

    // On through the other sort buttons and the links in the rows, then out.
    for (const name of ['Status', 'Phase', 'Start', 'Participants']) {
      await userEvent.tab();
      expectFocusVisible(header(container, name).querySelector('button'));
    }
    await userEvent.tab();
    expectFocusVisible(bodyRows(container)[0]!.querySelector('a'));
    for (let index = 1; index < 20; index++) await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(getByText('after'));
    await userEvent.tab({ shift: true });
    expectFocusVisible(bodyRows(container)[19]!.querySelector('a'));
  });

  it('announces the sort in German', async () => {
    const { container } = render(<Table locale="de" />);
    await userEvent.click(header(container, 'Participants').querySelector('button')!);
    await vi.waitFor(() =>
      expect(liveRegion(container).textContent).toBe('Sortiert nach Participants, aufsteigend'),
    );
  });

  it('announces the outcome of loading, not the first render', async () => {
    const { container, rerender } = render(<Table status="loading" />);
    expect(container.querySelector('table')!.getAttribute('aria-busy')).toBe('true');
    expect(liveRegion(container).textContent).toBe('');
    rerender(<Table status="ready" />);
    await vi.waitFor(() => expect(liveRegion(container).textContent).toBe('20 rows'));
    rerender(<Table status="loading" />);
    rerender(<Table status="error" />);
    await vi.waitFor(() =>
      expect(liveRegion(container).textContent).toBe('The data could not be loaded.'),
    );
  });

  it('sorts controlled: reports the wish and shows what the parent decides', async () => {
    const wishes: SortState[] = [];
    const { container } = render(<ControlledTable onWish={(next) => wishes.push(next)} />);
    await userEvent.click(header(container, 'Status').querySelector('button')!);
    await userEvent.click(header(container, 'Status').querySelector('button')!);
    expect(wishes).toEqual([
      { column: 'status', direction: 'ascending' },
      { column: 'status', direction: 'descending' },
    ]);
    expect(header(container, 'Status').getAttribute('aria-sort')).toBe('descending');

    const fixed = render(
      <Table sort={{ column: 'phase', direction: 'ascending' }} onSortChange={() => {}} />,
    );
    await userEvent.click(header(fixed.container, 'Status').querySelector('button')!);
    expect(header(fixed.container, 'Phase').getAttribute('aria-sort')).toBe('ascending');
    expect(header(fixed.container, 'Status').hasAttribute('aria-sort')).toBe(false);
  });

  describe('10,000 rows', () => {
    it('renders only the rows in view, each with its index', () => {
      const { container } = render(<Table rows={trials} height={400} />);
      const rows = bodyRows(container);
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.length).toBeLessThan(60);
      expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
      expect(rows[0]!.querySelector('th')!.textContent).toBe(trials[0]!.id);
    });

    it('scrolls by keyboard in its focusable, named region, down to the last row', async () => {
      const { container, getByText } = render(
        <>
          <button type="button">before</button>
          <Table rows={trials} height={400} />
        </>,
      );
      const region = container.querySelector('[role="region"]') as HTMLElement;
      expect(region.getAttribute('aria-labelledby')).toBe(container.querySelector('caption')!.id);
      await userEvent.tab();
      await userEvent.tab();
      expectFocusVisible(region);
      await userEvent.keyboard('{End}');
      await vi.waitFor(
        () => {
          const rows = bodyRows(container);
          expect(rows[rows.length - 1]!.getAttribute('aria-rowindex')).toBe('10001');
        },
        { timeout: 5_000, interval: 250 },
      );
      expect(
        bodyRows(container)[bodyRows(container).length - 1]!.querySelector('th')!.textContent,
      ).toBe(trials[9_999]!.id);
      expectFocusVisible(region);
      await userEvent.tab({ shift: true });
      expect(document.activeElement).toBe(getByText('before'));
    });

    it('sorts all rows, missing values last, and keeps the header in place', async () => {
      const { container } = render(<Table rows={trials} height={400} />);
      const button = header(container, 'Participants').querySelector('button')!;
      await userEvent.click(button);
      await userEvent.click(button);
      const largest = Math.max(
        ...trials.flatMap((trial) => (trial.enrolment === undefined ? [] : [trial.enrolment])),
      );
      await vi.waitFor(() =>
        expect(bodyRows(container)[0]!.querySelector('td:last-child')!.textContent).toBe(
          new Intl.NumberFormat('en').format(largest),
        ),
      );
      const region = container.querySelector('[role="region"]') as HTMLElement;
      act(() => {
        region.scrollTop = region.scrollHeight;
      });
      await vi.waitFor(() => {
        const rows = bodyRows(container);
        const last = rows[rows.length - 1]!;
        expect(last.getAttribute('aria-rowindex')).toBe('10001');
        expect(last.querySelector('td:last-child')!.textContent).toBe('no value');
      });
      // The sticky header stays at the top of the scrolled region.
      const headerTop = header(container, 'Trial').getBoundingClientRect().top;
      expect(Math.abs(headerTop - region.getBoundingClientRect().top)).toBeLessThan(3);
    });

    it('keeps the focused row when it scrolls out of view, so focus is never lost', async () => {
      const { container } = render(<Table rows={trials} height={400} />);
      const link = bodyRows(container)[1]!.querySelector('a')!;
      link.focus();
      const region = container.querySelector('[role="region"]') as HTMLElement;
      act(() => {
        region.scrollTop = region.scrollHeight / 2;
      });
      await vi.waitFor(() =>
        expect(
          [...bodyRows(container)].some((row) => Number(row.getAttribute('aria-rowindex')) > 4_000),
        ).toBe(true),
      );
      expect(link.isConnected).toBe(true);
      expect(document.activeElement).toBe(link);
      expectFocusKept();
      expect(link.textContent).toBe(trials[1]!.id);
    });
  });

  describe('XSS', () => {
    it.each(xssPayloads)('renders %j as text in every prop and field', async (payload) => {
      resetXss();
      const evil: DrksTrialRow[] = [0, 1, 2].map((index) => ({
        id: `${payload}${index}`,
        status: payload,
        phase: payload,
        start: payload,
        lastUpdated: payload,
        enrolment: undefined,
      }));
      const evilColumns = columns.map((column) => ({ ...column, header: payload }));
      const { container } = render(
        <>
          <Table caption={payload} columns={evilColumns} rows={evil} />
          <Table caption={payload} columns={evilColumns} rows={evil} virtualize />
          <Table caption={payload} columns={evilColumns} status="error" errorDetail={payload} />
          <Table caption={payload} columns={evilColumns} rows={[]} emptyText={payload} />
        </>,
      );
      expect(container.textContent).toContain(payload);
      await expectNoXss(container);
    });
  });
});
