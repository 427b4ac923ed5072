import { indicatorDefinitions, observations } from '@nrw-health/data';
import { RegionComparison, type RegionComparisonProps, useNrwHealth } from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { longWords } from './data/synthetic';
import { expectWordsFit, kitText, localeOf, type Texts } from './play';

const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;

const errorDetail: Texts = {
  de: 'Der Datendienst antwortete mit HTTP 503 (Beispiel).',
  en: 'The data service answered HTTP 503 (example).',
};

/** The error detail follows the locale, as a portal's own words would. */
function LocalisedComparison(props: RegionComparisonProps) {
  const { locale } = useNrwHealth();
  return <RegionComparison {...props} errorDetail={props.errorDetail && errorDetail[locale]} />;
}

const meta = {
  title: 'Indicators/RegionComparison',
  component: RegionComparison,
  args: { definition: trials, observations },
  parameters: {
    docs: {
      description: {
        component: `The Ruhr next to North Rhine-Westphalia (\`05\`) and Germany (\`DE\`), then its 15 districts from the highest value down, as bars with a summary in words. The Ruhr's value is never taken from the data: core's \`aggregateRegion\` computes it from the districts (counts add up; rates are recomputed from numerator and denominator given in \`definitions\`). Where core refuses or a district lacks a value, the widget says so, with core's reasons.

\`\`\`tsx
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { RegionComparison } from '@nrw-health/react';

const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials');

<RegionComparison definition={trials} observations={observations} />
\`\`\`

The figures here are the real observations and definitions of \`@nrw-health/data\`: the seed names trial counts for four of the 15 districts, so no Ruhr total is invented. Its table sorts like a DataTable; it shows at most 18 regions (no 10,000-row story).`,
      },
    },
  },
} satisfies Meta<typeof RegionComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Trials 2013–2022: Germany's figure, four districts, and no Ruhr total invented. */
export const RealFigures: Story = {
  name: 'Real figures',
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    // Eleven of the 15 districts lack a value: the Ruhr's is "no value", never a sum of four.
    const summary = canvasElement.querySelector('.nrw-region-comparison__summary');
    await expect(summary).toHaveTextContent(kitText(locale, 'value.missing'));
  },
};

export const German: Story = {
  globals: { locale: 'de' },
};

export const English: Story = {
  globals: { locale: 'en' },
};

export const Empty: Story = {
  args: { observations: [] },
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByText(kitText(localeOf(globals), 'indicatorChart.empty')),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByText(kitText(localeOf(globals), 'dataTable.loading')),
    ).toBeVisible();
    await expect(canvasElement.querySelector('[aria-busy="true"]')).not.toBeNull();
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorDetail: errorDetail.en },
  render: (args) => <LocalisedComparison {...args} />,
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(kitText(locale, 'dataTable.error'))).toBeVisible();
    await expect(canvas.getByText(errorDetail[locale])).toBeVisible();
  },
};

/** A long German title and district names, in a 20rem (320 px) column. */
export const LongGermanWords: Story = {
  name: 'Long German words',
  args: {
    title: longWords.caption,
    regionNames: { '05113': longWords.labels[0]!, '05911': longWords.labels[1]! },
  },
  // Long German words wrap at 320 px: nothing may stick out.
  parameters: { wordsFit: 'error' },
  globals: { locale: 'de' },
  render: (args) => (
    <div style={{ maxWidth: '20rem' }}>
      <RegionComparison {...args} />
    </div>
  ),
  play: ({ canvasElement, parameters }) => expectWordsFit(canvasElement, parameters),
};

/** Keyboard alone: Tab to the table's first sort button, Enter sorts by that column. */
export const KeyboardSort: Story = {
  name: 'Keyboard: sort the table',
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    const button = within(table).getAllByRole('button')[0]!;
    for (let step = 0; step < 12 && document.activeElement !== button; step++) {
      await userEvent.tab();
    }
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(button.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.keyboard('{Enter}');
    await expect(button.closest('th')).toHaveAttribute('aria-sort', 'descending');
    await expect(button).toHaveFocus();
  },
};
