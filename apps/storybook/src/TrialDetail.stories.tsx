import { exampleFullTrial, exampleMinimalTrial } from '@nrw-health/core/examples';
import { TrialDetail } from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { longWordTrial, sparseTrial } from './data/synthetic';
import { expectWordsFit, kitText, localeOf } from './play';

const meta = {
  title: 'Trials/TrialDetail',
  component: TrialDetail,
  args: { trial: exampleFullTrial },
  render: (args) => (
    <div style={{ maxWidth: '48rem' }}>
      <TrialDetail {...args} />
    </div>
  ),
  parameters: {
    docs: {
      description: {
        component: `The whole record of a trial: titles, summary, status, phase and type, dates (each "actual" or "estimated"), conditions, interventions, eligibility (criteria keep their line breaks, folded in native \`<details>\`), enrolment, sponsors, contacts (\`mailto:\` and \`tel:\` only when they look like one), sites, outcomes and provenance. Texts come in the provider's locale where the record has it, else in another language, marked with \`lang\`.

\`\`\`tsx
import { TrialDetail } from '@nrw-health/react';

<TrialDetail trial={trial} headingLevel={1} />
\`\`\`

It shows one record of \`@nrw-health/core\`'s \`Trial\` model; empty, loading and error states belong to the page around it. The trials here are core's synthetic examples ("Beispiel").`,
      },
    },
  },
} satisfies Meta<typeof TrialDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Core's example that fills every field, the 24 WHO items included. */
export const Full: Story = {};

export const Minimal: Story = {
  args: { trial: exampleMinimalTrial },
};

export const Sparse: Story = {
  args: { trial: sparseTrial },
};

export const German: Story = {
  globals: { locale: 'de' },
};

export const English: Story = {
  globals: { locale: 'en' },
};

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
      <TrialDetail {...args} />
    </div>
  ),
};

/**
 * The folded criteria are reached with Tab, like every link inside. (Enter and Space on a
 * `<summary>` are the browser's own; synthetic key events cannot press them, so the play
 * function opens the fold with a click.)
 */
export const KeyboardFold: Story = {
  name: 'Keyboard: reach criteria',
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const locale = localeOf(globals);
    const summary = canvas.getByText(kitText(locale, 'trialDetail.inclusion'));
    const fold = summary.closest('details')!;
    await expect(fold.open).toBe(false);
    // Tab through the links before it; a trial has a few dozen focusable things at most.
    for (let step = 0; step < 40 && document.activeElement !== summary; step++) {
      await userEvent.tab();
    }
    await expect(summary).toHaveFocus();
    await userEvent.click(summary);
    await expect(fold.open).toBe(true);
    await expect(within(fold).getByText('Heart attack within 4 weeks')).toBeVisible();
  },
};
