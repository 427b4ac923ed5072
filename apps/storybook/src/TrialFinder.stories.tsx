import { exampleTrials } from '@nrw-health/core/examples';
import { TrialFinder } from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { longWordTrial, tenThousandTrials } from './data/synthetic';
import { expectWordsFit, kitText, localeOf, type Texts } from './play';

const errorDetail: Texts = {
  de: 'Der Studiendienst antwortete mit HTTP 503 (Beispiel).',
  en: 'The trial service answered HTTP 503 (example).',
};

const meta = {
  title: 'Trials/TrialFinder',
  component: TrialFinder,
  args: { trials: exampleTrials, onChange: fn() },
  parameters: {
    docs: {
      description: {
        component: `The trial finder of "Klinische-Forschung.NRW": a search in a \`<search>\` landmark, facets with counts (recruiting now, status, phase, place, condition), a sort, trial cards in pages and a pagination \`nav\`. The result count is the results' heading and is announced politely once typing pauses; Enter moves focus to it.

\`\`\`tsx
import { TrialFinder } from '@nrw-health/react';

<TrialFinder
  trials={trials}
  defaultValue={{ recruitingOnly: true }}
  trialHref={(trial) => \`/trials/\${trial.identifiers.primary.id}\`}
/>
\`\`\`

Keep \`trials\` stable (\`useMemo\`): it is indexed once per array. The state (\`value\`/\`onChange\` or \`defaultValue\`) is plain data a portal can keep in its URL. No real trials are shown here: core's synthetic examples and 10,000 made-up trials ("Beispielstudie").`,
      },
    },
  },
} satisfies Meta<typeof TrialFinder>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Core's synthetic example trials, from several registries and in several states. */
export const Default: Story = {};

export const German: Story = {
  globals: { locale: 'de' },
};

export const English: Story = {
  globals: { locale: 'en' },
};

export const Empty: Story = {
  args: { trials: [] },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    await expect(
      within(canvasElement).getByText(kitText(locale, 'trialFinder.empty')),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByText(kitText(localeOf(globals), 'trialFinder.loading')),
    ).toBeVisible();
    await expect(canvasElement.querySelector('[aria-busy="true"]')).not.toBeNull();
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorDetail: errorDetail.en },
  render: (args, { globals }) => (
    <TrialFinder {...args} errorDetail={errorDetail[localeOf(globals)]} />
  ),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(kitText(locale, 'trialFinder.error'))[0]).toBeVisible();
    await expect(canvas.getByText(errorDetail[locale])).toBeVisible();
  },
};

/** A trial of long German compound words, in a 20rem (320 px) column. */
export const LongGermanWords: Story = {
  name: 'Long German words',
  args: { trials: [longWordTrial] },
  globals: { locale: 'de' },
  render: (args) => (
    <div style={{ maxWidth: '20rem' }}>
      <TrialFinder {...args} />
    </div>
  ),
  play: ({ canvasElement, parameters }) => expectWordsFit(canvasElement, parameters),
};

/** 10,000 made-up trials: one page of cards, counts over all; a search by identifier finds one. */
export const TenThousandRows: Story = {
  name: '10,000 rows',
  args: { trials: tenThousandTrials() },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const locale = localeOf(globals);
    await expect(
      canvas.getByRole('heading', {
        name: kitText(locale, 'trialFinder.resultCount', { count: 10_000 }),
      }),
    ).toBeVisible();
    await expect(canvas.getAllByRole('article')).toHaveLength(10);

    await userEvent.type(
      canvas.getByRole('searchbox', { name: kitText(locale, 'trialFinder.searchLabel') }),
      'BSP-09999{Enter}',
    );
    const count = kitText(locale, 'trialFinder.resultCount', { count: 1 });
    await waitFor(() => expect(canvas.getByRole('heading', { name: count })).toHaveFocus());
    await expect(canvas.getAllByRole('article')).toHaveLength(1);
  },
};

/** Keyboard alone: Tab to the search, type, Enter; focus moves to the result count. */
export const KeyboardSearch: Story = {
  name: 'Keyboard: search',
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const locale = localeOf(globals);
    await userEvent.tab();
    const search = canvas.getByRole('searchbox', {
      name: kitText(locale, 'trialFinder.searchLabel'),
    });
    await expect(search).toHaveFocus();
    await userEvent.keyboard('NCT00000001');
    await userEvent.keyboard('{Enter}');
    const count = kitText(locale, 'trialFinder.resultCount', { count: 1 });
    await waitFor(() => expect(canvas.getByRole('heading', { name: count })).toHaveFocus());
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ query: 'NCT00000001' }),
    );
  },
};
