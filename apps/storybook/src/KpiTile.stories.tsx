import { indicatorDefinitions, observations } from '@nrw-health/data';
import { KpiTile, type KpiTileProps, useNrwHealth } from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { longWords } from './data/synthetic';
import { expectWordsFit, kitText, localeOf, type Texts } from './play';

const definition = (id: string) => indicatorDefinitions.find((entry) => entry.id === id)!;

const errorDetail: Texts = {
  de: 'Der Datendienst antwortete mit HTTP 503 (Beispiel).',
  en: 'The data service answered HTTP 503 (example).',
};

/** The error detail follows the locale, as a portal's own words would. */
function LocalisedTile(props: KpiTileProps) {
  const { locale } = useNrwHealth();
  return <KpiTile {...props} errorDetail={props.errorDetail && errorDetail[locale]} />;
}

const meta = {
  title: 'Indicators/KpiTile',
  component: KpiTile,
  args: { definition: definition('health-economy-revenue'), observations, region: 'RVR' },
  render: (args) => (
    <div style={{ maxWidth: '24rem' }}>
      <KpiTile {...args} />
    </div>
  ),
  parameters: {
    docs: {
      description: {
        component: `One figure of an indicator: the value in compact notation ("19,9 Mrd. €", "€19.9bn"; screen readers get the whole number), the unit, region and reference period, its flag, the change against an earlier period in words (the arrow only repeats it), notes and sources. \`region\`, \`period\` and \`comparePeriod\` choose; by default the first region, its latest value and the latest earlier one.

\`\`\`tsx
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { KpiTile } from '@nrw-health/react';

const revenue = indicatorDefinitions.find((definition) => definition.id === 'health-economy-revenue');

<KpiTile definition={revenue} observations={observations} region="RVR" />
\`\`\`

The figures here are the real observations and definitions of \`@nrw-health/data\`. A tile has nothing to operate (no keyboard story) and shows one figure (no 10,000-row story).`,
      },
    },
  },
} satisfies Meta<typeof KpiTile>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Revenue of the Ruhr's health economy (seed documents), in compact notation. */
export const RealFigures: Story = {
  name: 'Real figures',
  play: async ({ canvasElement }) => {
    // The whole number for the ear, next to the compact one for the eye.
    await expect(canvasElement.querySelector('.nrw-visually-hidden')?.textContent).toMatch(/\d/);
  },
};

/** Gross value added, 2023 against 2019: the change in words. */
export const WithChange: Story = {
  name: 'With change',
  args: { definition: definition('health-economy-gross-value-added') },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const word = kitText(locale, 'kpiTile.up', { change: '', period: '' }).split(' ')[0]!;
    await expect(within(canvasElement).getByRole('article')).toHaveTextContent(word);
  },
};

export const German: Story = {
  globals: { locale: 'de' },
};

export const English: Story = {
  globals: { locale: 'en' },
};

/** No observation for the region: "no value", never 0. */
export const Empty: Story = {
  args: { observations: [] },
  play: async ({ canvasElement, globals }) => {
    const tile = within(canvasElement).getByRole('article');
    await expect(tile).toHaveTextContent(kitText(localeOf(globals), 'value.missing'));
    await expect(tile.querySelector('.nrw-kpi-tile__value')).not.toHaveTextContent(/^0/);
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('article')).toHaveAttribute('aria-busy', 'true');
    await expect(
      within(canvasElement).getByText(kitText(localeOf(globals), 'dataTable.loading')),
    ).toBeVisible();
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorDetail: errorDetail.en },
  render: (args) => <LocalisedTile {...args} />,
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(kitText(locale, 'dataTable.error'))).toBeVisible();
    await expect(canvas.getByText(errorDetail[locale])).toBeVisible();
  },
};

/** A long German title, in a 20rem (320 px) column. */
export const LongGermanWords: Story = {
  name: 'Long German words',
  args: { title: longWords.labels[4] },
  // Long German words wrap at 320 px: nothing may stick out.
  parameters: { wordsFit: 'error' },
  globals: { locale: 'de' },
  render: (args) => (
    <div style={{ maxWidth: '20rem' }}>
      <KpiTile {...args} />
    </div>
  ),
  play: ({ canvasElement, parameters }) => expectWordsFit(canvasElement, parameters),
};
