import { indicatorDefinitions, observations } from '@nrw-health/data';
import { IndicatorChart, type IndicatorChartProps, useNrwHealth } from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { longWords } from './data/synthetic';
import { expectWordsFit, kitText, localeOf, type Texts } from './play';

// Real figures of seed document 002: trials with a site in five cities of the Ruhr, 2013–2022.
const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;
const cities = observations.filter(
  (observation) => observation.indicator === trials.id && /^05(1|9)/.test(observation.region),
);
// A municipality key: core's registry names districts only.
const regionNames = { '05954036': 'Witten' };

const errorDetail: Texts = {
  de: 'Der Datendienst antwortete mit HTTP 503 (Beispiel).',
  en: 'The data service answered HTTP 503 (example).',
};

/** The error detail follows the locale, as a portal's own words would. */
function LocalisedChart(props: IndicatorChartProps) {
  const { locale } = useNrwHealth();
  return <IndicatorChart {...props} errorDetail={props.errorDetail && errorDetail[locale]} />;
}

/** Tab (at most `limit` times) until `target()` has focus. */
async function tabTo(target: () => Element | null | undefined, limit = 12) {
  for (let step = 0; step < limit && document.activeElement !== target(); step++) {
    await userEvent.tab();
  }
  await expect(target()).toHaveFocus();
}

const meta = {
  title: 'Indicators/IndicatorChart',
  component: IndicatorChart,
  args: { definition: trials, observations: cities, regionNames, onViewChange: fn() },
  parameters: {
    docs: {
      description: {
        component: `An indicator of \`@nrw-health/core\` as a \`<figure>\`: title, a summary written from the data, a line chart (several periods) or bars (one period), a table view and a CSV download, then numbered notes, the definition, the unit and the sources. One series per region in the Okabe-Ito palette, each with its own marker, so nothing depends on colour. The chart is one tab stop; the arrow keys move between points, Home and End to the ends.

\`\`\`tsx
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { IndicatorChart } from '@nrw-health/react';

const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials');

<IndicatorChart definition={trials} observations={observations} regionNames={{ '05954036': 'Witten' }} />
\`\`\`

The figures here are the real observations and definitions of \`@nrw-health/data\`. There is no 10,000-row story: a chart shows a handful of series, not records.`,
      },
    },
  },
} satisfies Meta<typeof IndicatorChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Trials with a site in five cities of the Ruhr, 2013–2022 (seed document 002). */
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
  render: (args) => <LocalisedChart {...args} />,
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(kitText(locale, 'dataTable.error'))).toBeVisible();
    await expect(canvas.getByText(errorDetail[locale])).toBeVisible();
  },
};

/** A long German title and region names, in a 20rem (320 px) column. */
export const LongGermanWords: Story = {
  name: 'Long German words',
  args: {
    title: longWords.caption,
    regionNames: Object.fromEntries(
      cities.map((observation, index) => [
        observation.region,
        longWords.labels[index % longWords.labels.length]!,
      ]),
    ),
  },
  // Long German words wrap at 320 px: nothing may stick out.
  parameters: { wordsFit: 'error' },
  globals: { locale: 'de' },
  render: (args) => (
    <div style={{ maxWidth: '20rem' }}>
      <IndicatorChart {...args} />
    </div>
  ),
  play: ({ canvasElement, parameters }) => expectWordsFit(canvasElement, parameters),
};

/** Keyboard alone: Tab into the chart, the arrow keys and End move from point to point. */
export const KeyboardPoints: Story = {
  name: 'Keyboard: points',
  play: async ({ canvasElement }) => {
    const points = () => [...canvasElement.querySelectorAll('[data-point]')];
    await expect(points()).toHaveLength(cities.length);
    await tabTo(() => canvasElement.querySelector('[data-point][tabindex="0"]'));
    const first = document.activeElement!;
    await expect(first.getAttribute('aria-label')).toMatch(/\d/);

    await userEvent.keyboard('{ArrowRight}');
    await expect(document.activeElement).not.toBe(first);
    await expect(points()).toContain(document.activeElement);

    await userEvent.keyboard('{End}');
    await expect(document.activeElement).toBe(points().at(-1));
    await userEvent.keyboard('{Home}');
    await expect(document.activeElement).toBe(first);
  },
};

/** Keyboard alone: Tab to "Table", Enter shows the same figures as a table. */
export const KeyboardTable: Story = {
  name: 'Keyboard: table view',
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const locale = localeOf(globals);
    const button = canvas.getByRole('button', {
      name: kitText(locale, 'indicatorChart.showTable'),
    });
    await tabTo(() => button);
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onViewChange).toHaveBeenLastCalledWith('table');
    const table = await waitFor(() => canvas.getByRole('table'));
    // One row per observation, plus the header row.
    await expect(within(table).getAllByRole('row')).toHaveLength(cities.length + 1);
  },
};
