import {
  catalogues,
  DataTable,
  type DataTableColumn,
  LocaleSwitcher,
  NrwHealthProvider,
  type NrwHealthProviderProps,
  useNrwHealth,
} from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { kitText, localeOf } from './play';

/** What the provider hands to every widget inside: texts and formatting in its locale. */
function FormattingList() {
  const { t, locale, formatNumber, formatDate, formatRelativeTime } = useNrwHealth(catalogues);
  const rows: [string, string][] = [
    ["t('dataTable.rowCount', { count: 18573 })", t('dataTable.rowCount', { count: 18573 })],
    ['formatNumber(1234.5)', formatNumber(1234.5)],
    ['formatNumber(null)', formatNumber(null)],
    ["formatDate('2024-05')", formatDate('2024-05')],
    ["formatDate('2024-05-17')", formatDate('2024-05-17')],
    ["formatRelativeTime('2024-05-14T12:00:00Z')", formatRelativeTime('2024-05-14T12:00:00Z')],
  ];
  return (
    <dl
      lang={locale}
      style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '0.5rem 1rem' }}
    >
      {rows.map(([call, result]) => (
        <div key={call} style={{ display: 'contents' }}>
          <dt>
            <code>{call}</code>
          </dt>
          <dd style={{ margin: 0 }}>{result}</dd>
        </div>
      ))}
    </dl>
  );
}

const trialColumns: DataTableColumn<{ id: string }>[] = [
  { id: 'id', header: 'ID', value: (row) => row.id, rowHeader: true },
];

/** A table of trials with none in it: it shows the portal's "empty" text. */
function EmptyTrials() {
  const { locale } = useNrwHealth();
  return (
    <DataTable
      caption={locale === 'de' ? 'Studien' : 'Trials'}
      columns={trialColumns}
      rows={[]}
      rowKey={(row) => row.id}
    />
  );
}

const meta = {
  title: 'Foundation/NrwHealthProvider',
  component: NrwHealthProvider,
  // Inside the story decorator's provider: this one inherits its locale unless it sets one.
  args: { now: '2024-05-17T12:00:00Z' },
  render: (args: NrwHealthProviderProps) => (
    <NrwHealthProvider {...args}>
      <FormattingList />
    </NrwHealthProvider>
  ),
  parameters: {
    docs: {
      description: {
        component: `Hands locale, texts and formatting to every widget inside; it renders no element. Without a provider the widgets speak English. A provider inside another inherits what it does not set: locale (and switching it), labels, time zone and \`now\`. \`useNrwHealth()\` gives widgets and portals the same helpers; \`useNrwHealth(catalogues)\` also reads every text of the kit.

\`\`\`tsx
import '@nrw-health/tokens/tokens.css';
import '@nrw-health/react/styles.css';
import { LocaleSwitcher, NrwHealthProvider } from '@nrw-health/react';

export function Page() {
  return (
    <NrwHealthProvider defaultLocale="en" timeZone="Europe/Berlin">
      <LocaleSwitcher />
      {/* FacetFilter, DataTable, … all follow the switch */}
    </NrwHealthProvider>
  );
}
\`\`\`

Every story in this Storybook is wrapped in a provider whose locale is the toolbar's **Language**; the **Theme** sets \`data-nrw-theme\` around it. A missing value is never formatted as 0, a partial date shows as precisely as it is known.`,
      },
    },
  },
} satisfies Meta<typeof NrwHealthProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The helpers of `useNrwHealth()`, in the toolbar's locale. */
export const Formatting: Story = {
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText(kitText(locale, 'dataTable.rowCount', { count: 18573 })),
    ).toBeVisible();
    // A missing value is never 0.
    await expect(canvas.getAllByText(kitText(locale, 'value.missing'))).toHaveLength(1);
  },
};

/** The portal's own wording, per locale: here the empty table and the switch's legend. */
export const LabelOverrides: Story = {
  name: 'Label overrides',
  args: {
    labels: {
      de: {
        'dataTable.empty': 'Keine Studien gefunden.',
        'localeSwitcher.label': 'Sprache wählen',
      },
      en: { 'dataTable.empty': 'No trials found.', 'localeSwitcher.label': 'Choose a language' },
    },
  },
  render: (args) => (
    <NrwHealthProvider {...args}>
      <LocaleSwitcher />
      <EmptyTrials />
    </NrwHealthProvider>
  ),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const empty = locale === 'de' ? 'Keine Studien gefunden.' : 'No trials found.';
    await expect(within(canvasElement).getByText(empty)).toBeVisible();
  },
};
