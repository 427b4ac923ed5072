import { exampleFullTrial, exampleMinimalTrial, exampleTrials } from '@nrw-health/core/examples';
import { TrialCard } from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { longWordTrial, sparseTrial } from './data/synthetic';
import { expectWordsFit, kitText, localeOf } from './play';

const meta = {
  title: 'Trials/TrialCard',
  component: TrialCard,
  args: { trial: exampleFullTrial },
  render: (args) => (
    <div style={{ maxWidth: '40rem' }}>
      <TrialCard {...args} />
    </div>
  ),
  parameters: {
    docs: {
      description: {
        component: `A trial at a glance, in plain language: an \`<article>\` with a heading (\`headingLevel\`, default 3) and a short list of what is tested, the conditions, who can take part, where, status and phase as text, when it was last updated, and a link to its page in the registry. \`href\` links the title to the portal's details page (relative or http(s) only); \`onSelect\` adds a "Show details" button.

\`\`\`tsx
import { TrialCard } from '@nrw-health/react';

<TrialCard trial={trial} href={\`/trials/\${trial.identifiers.primary.id}\`} />
\`\`\`

A card shows one record of \`@nrw-health/core\`'s \`Trial\` model. Empty, loading and error states belong to the list around it (the trial finder). The trials here are core's synthetic examples ("Beispiel").`,
      },
    },
  },
} satisfies Meta<typeof TrialCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Core's example that fills every field. */
export const Full: Story = {};

/** Only the required fields: no phase, places, dates or registry page to show. */
export const Minimal: Story = {
  args: { trial: exampleMinimalTrial },
};

/** Optional parts missing or empty: no phase, no sites, a month-precise update. */
export const Sparse: Story = {
  args: { trial: sparseTrial },
};

export const German: Story = {
  globals: { locale: 'de' },
};

export const English: Story = {
  globals: { locale: 'en' },
};

/** Title, conditions, sponsor and places of long German compound words, in a narrow column. */
export const LongGermanWords: Story = {
  name: 'Long German words',
  args: { trial: longWordTrial },
  // Known and reported: long words stick out of the widget at 320 px (WCAG 1.4.10 reflow width).
  // Switch to 'error' once @nrw-health/react wraps them.
  parameters: { wordsFit: 'error' },
  globals: { locale: 'de' },
  play: ({ canvasElement, parameters }) => expectWordsFit(canvasElement, parameters),
  render: (args) => (
    <div style={{ maxWidth: '20rem' }}>
      <TrialCard {...args} />
    </div>
  ),
};

/** Several trials from different registries and in different states, as a list shows them. */
export const Several: Story = {
  render: (args) => (
    <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: '1rem', maxWidth: '40rem' }}>
      {exampleTrials.map((trial) => (
        <li key={trial.identifiers.primary.id}>
          <TrialCard {...args} trial={trial} />
        </li>
      ))}
    </ul>
  ),
};

/** With `href` and `onSelect`: Tab reaches the title link, the registry link and the button. */
export const KeyboardSelect: Story = {
  name: 'Keyboard: show details',
  args: { href: '#trial-details', onSelect: fn() },
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const locale = localeOf(globals);
    await userEvent.tab();
    await expect(canvas.getByRole('heading').querySelector('a')).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getAllByRole('link')[1]).toHaveFocus();
    await userEvent.tab();
    const button = canvas.getByRole('button', { name: kitText(locale, 'trialCard.showDetails') });
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(args.trial);
  },
};
