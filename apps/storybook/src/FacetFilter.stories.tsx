import type { Locale } from '@nrw-health/core';
import { FacetFilter, type FacetFilterProps, useNrwHealth } from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ComponentType, useMemo } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { actorKindOptions, districtOptions, facetLegends, topicOptions } from './data/actors';
import { longWordOptions, longWords } from './data/synthetic';
import { expectWordsFit, kitText, localeOf, startingWith } from './play';

/** Which options a story shows: the real organisations of `@nrw-health/data`, or long words. */
type Facet = keyof typeof facetLegends | 'none' | 'long-words';

type FilterArgs = Partial<FacetFilterProps> & { readonly facet?: Facet };

const facets: Record<keyof typeof facetLegends, (locale: Locale) => FacetFilterProps['options']> = {
  kind: actorKindOptions,
  topic: topicOptions,
  district: districtOptions,
};

function StoryFilter({ facet = 'kind', ...props }: FilterArgs) {
  const { locale } = useNrwHealth();
  const options = useMemo(() => {
    if (facet === 'none') return [];
    if (facet === 'long-words') return longWordOptions;
    return facets[facet](locale);
  }, [facet, locale]);
  const legend =
    facet === 'long-words'
      ? longWords.legend
      : facetLegends[facet === 'none' ? 'kind' : facet][locale];
  return (
    <div style={{ maxWidth: facet === 'long-words' ? '20rem' : '28rem' }}>
      <FacetFilter {...props} legend={props.legend || legend} options={options} />
    </div>
  );
}

const meta: Meta<FilterArgs> = {
  title: 'Data/FacetFilter',
  // Options and legend come in through render, by locale; the args set the rest of the props.
  component: FacetFilter as ComponentType<FilterArgs>,
  render: (args) => <StoryFilter {...args} />,
  args: { facet: 'kind', onChange: fn() },
  argTypes: {
    facet: {
      description:
        'Story only: the options to show, counted from the organisations of `@nrw-health/data`.',
      control: 'select',
      options: ['kind', 'topic', 'district', 'none', 'long-words'],
      table: { category: 'Story' },
    },
  },
  parameters: {
    docs: {
      description: {
        component: `Native checkboxes in a \`<fieldset>\` with a \`<legend>\`, each label with its count of matches. Long lists show \`visibleCount\` options (default 6) and a "Show 3 more options" button (\`aria-expanded\`); checked options stay in view when collapsed. Each checkbox is a 24 × 24 px target.

\`\`\`tsx
import { FacetFilter } from '@nrw-health/react';

<FacetFilter
  legend="Status"
  options={[
    { value: 'recruiting', label: 'Recruiting', count: 1204 },
    { value: 'completed', label: 'Completed', count: 873 },
  ]}
  defaultValue={['recruiting']}
  onChange={(checked) => setStatus(checked)}
/>
\`\`\`

Controlled with \`value\` and \`onChange\`, or uncontrolled with \`defaultValue\`; \`onChange\` gets the checked values in the order of \`options\`. It has no loading or error state of its own: those belong to the results it filters. The counts here are the real organisations of \`@nrw-health/data\`.`,
      },
    },
  },
};

export default meta;
type Story = StoryObj<FilterArgs>;

/** Kinds of organisation in `@nrw-health/data`, counted; the list folds after six. */
export const RealCounts: Story = {
  name: 'Real counts',
};

export const German: Story = {
  globals: { locale: 'de' },
};

export const English: Story = {
  globals: { locale: 'en' },
};

/** A checked option beyond the first six stays in view while the list is folded. */
export const WithSelection: Story = {
  name: 'With selection',
  args: { facet: 'district', defaultValue: ['05913', '05315'] },
  play: async ({ canvasElement }) => {
    const checked = within(canvasElement)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked);
    await expect(checked.map((box) => (box as HTMLInputElement).value)).toEqual(['05913', '05315']);
  },
};

export const Expanded: Story = {
  args: { facet: 'topic', visibleCount: 100 },
};

/** No options: the facet has nothing to offer for the current results. */
export const Empty: Story = {
  args: { facet: 'none' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryAllByRole('checkbox')).toHaveLength(0);
    await expect(within(canvasElement).getByRole('group')).toBeVisible();
  },
};

/** Labels and legend of long German compound words, in a narrow column. */
export const LongGermanWords: Story = {
  name: 'Long German words',
  args: { facet: 'long-words', visibleCount: 4 },
  // Known and reported: long words stick out of the widget at 320 px (WCAG 1.4.10 reflow width), and counts break over two lines.
  // Switch to 'error' once @nrw-health/react wraps them.
  parameters: { wordsFit: 'error' },
  globals: { locale: 'de' },
  play: ({ canvasElement, parameters }) => expectWordsFit(canvasElement, parameters),
};

/** Space toggles a checkbox; Enter on "show more" unfolds the list and keeps focus. */
export const KeyboardToggle: Story = {
  name: 'Keyboard: toggle',
  play: async ({ canvasElement, globals, args, step }) => {
    const canvas = within(canvasElement);
    const locale = localeOf(globals);
    const options = actorKindOptions(locale);

    await step('Tab to the first option, Space checks it, Space again clears it', async () => {
      await userEvent.tab();
      const first = canvas.getByRole('checkbox', { name: startingWith(options[0]!.label) });
      await expect(first).toHaveFocus();
      await userEvent.keyboard(' ');
      await expect(first).toBeChecked();
      await expect(args.onChange).toHaveBeenLastCalledWith([options[0]!.value]);
      await userEvent.keyboard(' ');
      await expect(first).not.toBeChecked();
      await expect(args.onChange).toHaveBeenLastCalledWith([]);
    });

    await step('Tab to "show more", Enter shows every option', async () => {
      const hidden = options.length - 6;
      const more = canvas.getByRole('button', {
        name: kitText(locale, 'facetFilter.showMore', { count: hidden }),
      });
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      // Past the five other options in view.
      for (let option = 0; option < 6; option++) await userEvent.tab();
      await expect(more).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      await expect(more).toHaveFocus();
      await expect(canvas.getAllByRole('checkbox')).toHaveLength(options.length);
    });

    await step('the seventh option, now in view, is checked with the keyboard', async () => {
      const seventh = canvas.getByRole('checkbox', { name: startingWith(options[6]!.label) });
      seventh.focus();
      await userEvent.keyboard(' ');
      await expect(args.onChange).toHaveBeenLastCalledWith([options[6]!.value]);
    });
  },
};
