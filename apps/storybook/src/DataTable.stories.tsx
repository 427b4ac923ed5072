import type { Trial } from '@nrw-health/core';
import { DataTable, type DataTableProps, useNrwHealth } from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ComponentType, useMemo } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  type ObservationRow,
  observationCaption,
  observationColumns,
  observationRows,
} from './data/observations';
import {
  exampleTrialCaption,
  longWordColumns,
  longWordRows,
  longWords,
  tenThousandTrials,
  trialColumns,
} from './data/synthetic';
import { expectWordsFit, kitText, localeOf, startingWith, type Texts } from './play';

/** Which rows a story shows: real figures, none, 10,000 made-up trials, or long German words. */
type Dataset = 'figures' | 'none' | 'examples' | 'long-words';

type TableArgs = Partial<Omit<DataTableProps<unknown>, 'columns' | 'rows' | 'rowKey'>> & {
  readonly dataset?: Dataset;
};

const errorDetail: Texts = {
  de: 'Der Datendienst antwortete mit HTTP 503 (Beispiel).',
  en: 'The data service answered HTTP 503 (example).',
};

function FiguresTable({ empty, ...props }: TableArgs & { readonly empty: boolean }) {
  const { locale } = useNrwHealth();
  // Columns and rows stay stable per locale, as the DataTable asks.
  const columns = useMemo(() => observationColumns(locale), [locale]);
  const rows = useMemo(() => (empty ? [] : observationRows(locale)), [locale, empty]);
  return (
    <DataTable<ObservationRow>
      {...props}
      caption={props.caption || observationCaption[locale]}
      errorDetail={props.errorDetail ?? errorDetail[locale]}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
    />
  );
}

function ExamplesTable(props: TableArgs) {
  const { locale } = useNrwHealth();
  const columns = useMemo(() => trialColumns(locale), [locale]);
  return (
    <DataTable<Trial>
      {...props}
      caption={props.caption || exampleTrialCaption[locale]}
      columns={columns}
      rows={tenThousandTrials()}
      rowKey={(trial) => trial.identifiers.primary.id}
    />
  );
}

function StoryTable({ dataset = 'figures', ...props }: TableArgs) {
  if (dataset === 'examples') return <ExamplesTable {...props} />;
  if (dataset === 'long-words') {
    return (
      <div style={{ maxWidth: '36rem' }}>
        <DataTable
          {...props}
          caption={props.caption || longWords.caption}
          columns={longWordColumns}
          rows={longWordRows}
          rowKey={(row) => row.label}
        />
      </div>
    );
  }
  return <FiguresTable {...props} empty={dataset === 'none'} />;
}

const meta: Meta<TableArgs> = {
  title: 'Data/DataTable',
  // Data and texts come in through render, by locale; the args set the rest of the props.
  component: DataTable as ComponentType<TableArgs>,
  render: (args) => <StoryTable {...args} />,
  args: { dataset: 'figures', onSortChange: fn() },
  argTypes: {
    dataset: {
      description:
        'Story only: the rows to show. `figures` are the real observations of `@nrw-health/data`; `examples` are 10,000 made-up trials.',
      control: 'select',
      options: ['figures', 'none', 'examples', 'long-words'],
      table: { category: 'Story' },
    },
  },
  parameters: {
    docs: {
      description: {
        component: `A native \`<table>\` with a caption and sortable columns: a button in each header, \`aria-sort\` on the sorted one, and the new order announced in a polite live region. Empty, loading and error states replace the rows with a message. From 200 rows only the rows in view are rendered, inside a focusable scroll region, with \`aria-rowcount\` and \`aria-rowindex\`.

\`\`\`tsx
import '@nrw-health/tokens/tokens.css';
import '@nrw-health/react/styles.css';
import { DataTable, NrwHealthProvider } from '@nrw-health/react';

const columns = [
  { id: 'name', header: 'Name', value: (row) => row.name, rowHeader: true },
  { id: 'beds', header: 'Beds', value: (row) => row.beds, align: 'end' },
];

<NrwHealthProvider locale="en">
  <DataTable caption="Hospitals" columns={columns} rows={hospitals} rowKey={(row) => row.id} />
</NrwHealthProvider>
\`\`\`

Keep \`columns\` stable (a module constant or \`useMemo\`): the sort is recomputed when they change. Sort is controlled (\`sort\`, \`onSortChange\`) or uncontrolled (\`defaultSort\`).`,
      },
    },
  },
};

export default meta;
type Story = StoryObj<TableArgs>;

/** The real figures of `@nrw-health/data`, each with the document and lines it comes from. */
export const RealFigures: Story = {
  name: 'Real figures',
};

export const German: Story = {
  globals: { locale: 'de' },
};

export const English: Story = {
  globals: { locale: 'en' },
};

export const Empty: Story = {
  args: { dataset: 'none' },
  play: async ({ canvasElement, globals }) => {
    const cell = within(canvasElement).getByText(kitText(localeOf(globals), 'dataTable.empty'));
    await expect(cell.closest('td')).toHaveAttribute('colspan', '6');
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('table')).toHaveAttribute('aria-busy', 'true');
    await expect(
      within(canvasElement).getByText(kitText(localeOf(globals), 'dataTable.loading')),
    ).toBeVisible();
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error' },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    await expect(within(canvasElement).getByText(kitText(locale, 'dataTable.error'))).toBeVisible();
    await expect(within(canvasElement).getByText(errorDetail[locale])).toBeVisible();
  },
};

/**
 * Headers, caption and cells of long German compound words, in a 36rem column: they must wrap
 * there. (Narrower, a data table may scroll sideways: WCAG 1.4.10 exempts two-dimensional tables.)
 */
export const LongGermanWords: Story = {
  name: 'Long German words',
  args: { dataset: 'long-words' },
  globals: { locale: 'de' },
  play: ({ canvasElement, parameters }) => expectWordsFit(canvasElement, parameters),
};

/**
 * 10,000 made-up trials: only the rows in view are rendered. Sorted by keyboard, then scrolled
 * to the last row with End.
 */
export const TenThousandRows: Story = {
  name: '10,000 rows',
  args: { dataset: 'examples' },
  play: async ({ canvasElement, globals, args, step }) => {
    const canvas = within(canvasElement);
    const locale = localeOf(globals);
    const table = canvas.getByRole('table');
    await expect(table).toHaveAttribute('aria-rowcount', '10001');
    const rendered = () =>
      canvas.getAllByRole('row').filter((row) => row.hasAttribute('data-index'));
    await expect(rendered().length).toBeLessThan(100);

    const header = locale === 'de' ? 'Teilnehmende' : 'Participants';
    await step('sort by participants, descending, with the keyboard', async () => {
      canvas.getByRole('button', { name: startingWith(header) }).focus();
      await userEvent.keyboard('{Enter}');
      await userEvent.keyboard('{Enter}');
      await expect(args.onSortChange).toHaveBeenLastCalledWith({
        column: 'enrolment',
        direction: 'descending',
      });
      const sorted = canvas.getByRole('columnheader', { name: startingWith(header) });
      await expect(sorted).toHaveAttribute('aria-sort', 'descending');
      await expect(canvas.getByRole('status')).toHaveTextContent(
        kitText(locale, 'dataTable.sortedDescending', { column: header }),
      );
      const most = Math.max(...tenThousandTrials().map((trial) => trial.enrolment?.target ?? 0));
      const firstRow = rendered()[0]!;
      await expect(firstRow).toHaveAttribute('aria-rowindex', '2');
      await expect(within(firstRow).getAllByRole('cell').at(-1)).toHaveTextContent(
        new Intl.NumberFormat(locale).format(most),
      );
    });

    await step('End in the scroll region brings the last row', async () => {
      canvas.getByRole('region').focus();
      await userEvent.keyboard('{End}');
      await waitFor(() =>
        expect(canvas.getAllByRole('row').at(-1)).toHaveAttribute('aria-rowindex', '10001'),
      );
    });
  },
};

/** Sorting by keyboard alone: Tab to a column's button, Enter to sort, Enter to reverse. */
export const KeyboardSort: Story = {
  name: 'Keyboard: sort',
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const locale = localeOf(globals);
    const header = locale === 'de' ? 'Indikator' : 'Indicator';
    await userEvent.tab();
    const button = canvas.getByRole('button', { name: startingWith(header) });
    await expect(button).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    const column = canvas.getByRole('columnheader', { name: startingWith(header) });
    await expect(column).toHaveAttribute('aria-sort', 'ascending');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      kitText(locale, 'dataTable.sortedAscending', { column: header }),
    );
    const firstAscending = canvas.getAllByRole('rowheader')[0]!.textContent;

    await userEvent.keyboard('{Enter}');
    await expect(column).toHaveAttribute('aria-sort', 'descending');
    await expect(args.onSortChange).toHaveBeenLastCalledWith({
      column: 'indicator',
      direction: 'descending',
    });
    await expect(canvas.getAllByRole('rowheader')[0]!.textContent).not.toBe(firstAscending);
    await expect(button).toHaveFocus();
  },
};
