import {
  catalogues,
  LocaleSwitcher,
  type LocaleSwitcherProps,
  useNrwHealth,
} from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { kitText, localeOf } from './play';

/** What the switch changes: a few texts of the surrounding provider, in its locale. */
function ProviderTexts() {
  const { t, locale, formatDate, formatNumber } = useNrwHealth(catalogues);
  return (
    <p lang={locale} data-testid="provider-texts">
      {[t('dataTable.rowCount', { count: 18573 }), formatDate('2024-05'), formatNumber(null)].join(
        ' · ',
      )}
    </p>
  );
}

const endonyms = { de: 'Deutsch', en: 'English' } as const;

const meta = {
  title: 'Foundation/LocaleSwitcher',
  component: LocaleSwitcher,
  args: { onChange: fn() },
  render: (args: LocaleSwitcherProps) => (
    <>
      <LocaleSwitcher {...args} />
      <ProviderTexts />
    </>
  ),
  parameters: {
    docs: {
      description: {
        component: `A \`<fieldset>\` of buttons, one per language, each named in its own language (\`Deutsch\`, \`English\`) with \`lang\` set, the current one \`aria-pressed\`. Uncontrolled it switches the surrounding \`NrwHealthProvider\`; with \`value\` it only shows that locale and reports the choice to \`onChange\`. Focus stays on the button when the page's language changes.

\`\`\`tsx
import { LocaleSwitcher, NrwHealthProvider } from '@nrw-health/react';

<NrwHealthProvider defaultLocale="en">
  <LocaleSwitcher />
  {/* every widget in here follows the switch */}
</NrwHealthProvider>
\`\`\`

It takes no data, so it has no empty, loading or error state, and its labels are the languages' own names.`,
      },
    },
  },
} satisfies Meta<typeof LocaleSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Uncontrolled: it switches the provider around it, and the texts below follow. */
export const Default: Story = {};

export const German: Story = {
  globals: { locale: 'de' },
};

export const English: Story = {
  globals: { locale: 'en' },
};

/** Controlled: it shows `value` and reports a choice, but switches nothing itself. */
export const Controlled: Story = {
  args: { value: 'de' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const english = canvas.getByRole('button', { name: 'English' });
    english.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onChange).toHaveBeenCalledWith('en');
    await expect(canvas.getByRole('button', { name: 'Deutsch' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(english).toHaveAttribute('aria-pressed', 'false');
  },
};

/** Switching by keyboard alone: Tab to the other language, Enter; focus stays on the button. */
export const KeyboardSwitch: Story = {
  name: 'Keyboard: switch',
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const from = localeOf(globals);
    const to = from === 'de' ? 'en' : 'de';
    const texts = canvas.getByTestId('provider-texts');
    await expect(texts).toHaveTextContent(kitText(from, 'dataTable.rowCount', { count: 18573 }));

    // Deutsch comes first, then English.
    await userEvent.tab();
    if (to === 'en') await userEvent.tab();
    const target = canvas.getByRole('button', { name: endonyms[to] });
    await expect(target).toHaveFocus();
    await expect(target).toHaveAttribute('lang', to);
    await userEvent.keyboard('{Enter}');

    await expect(args.onChange).toHaveBeenCalledWith(to);
    await expect(target).toHaveAttribute('aria-pressed', 'true');
    await expect(target).toHaveFocus();
    await expect(texts).toHaveAttribute('lang', to);
    await expect(texts).toHaveTextContent(kitText(to, 'dataTable.rowCount', { count: 18573 }));
    await expect(canvas.getByRole('group')).toHaveAttribute('lang', to);
  },
};
