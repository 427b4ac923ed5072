import type { Actor } from '@nrw-health/core';
import { exampleFullActor } from '@nrw-health/core/examples';
import { actors } from '@nrw-health/data';
import { ActorDirectory, type ActorDirectoryProps, useNrwHealth } from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { longWords } from './data/synthetic';
import { expectWordsFit, kitText, localeOf, startingWith, type Texts } from './play';

const errorDetail: Texts = {
  de: 'Der Akteursdienst antwortete mit HTTP 503 (Beispiel).',
  en: 'The actor service answered HTTP 503 (example).',
};

/** Core's full example actor, retold with long German compound words (made up, "Beispiel"). */
const longWordActor: Actor = {
  ...exampleFullActor,
  id: 'beispiel-lange-woerter',
  name: {
    de: `Beispiel-${longWords.labels[0]}`,
    en: 'Example hospital information system provider',
  },
  description: {
    de: `Erfunden: ${longWords.labels.slice(1, 4).join(', ')}.`,
    en: 'Made up, with long German compound words.',
  },
};

/** The error detail follows the locale, as a portal's own words would. */
function LocalisedDirectory(props: ActorDirectoryProps) {
  const { locale } = useNrwHealth();
  return <ActorDirectory {...props} errorDetail={props.errorDetail && errorDetail[locale]} />;
}

const meta = {
  title: 'Actors/ActorDirectory',
  component: ActorDirectory,
  args: { actors, onQueryChange: fn(), onSelectedChange: fn() },
  parameters: {
    docs: {
      description: {
        component: `The region's health and digital-health actors, as partner portals embed them: a search in a \`<search>\` landmark, filters with counts for kind, topic and place, the result count in a polite live region, cards or a table (a "View" fieldset of two native radios), and each actor's profile in a native modal \`<dialog>\`.

\`\`\`tsx
import { actors } from '@nrw-health/data';
import { ActorDirectory } from '@nrw-health/react';

<ActorDirectory actors={actors} defaultFilters={{ topics: ['clinical-research'] }} />
\`\`\`

The actors here are the real organisations of \`@nrw-health/data\`, each with its sources. There is no 10,000-row story: the directory is made for the few hundred actors of a region (its table is not virtualised).`,
      },
    },
  },
} satisfies Meta<typeof ActorDirectory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The real organisations of `@nrw-health/data`. */
export const RealActors: Story = {
  name: 'Real actors',
};

export const German: Story = {
  globals: { locale: 'de' },
};

export const English: Story = {
  globals: { locale: 'en' },
};

/** The table view, sorted like a DataTable. */
export const Table: Story = {
  args: { defaultView: 'table' },
};

export const Empty: Story = {
  args: { actors: [] },
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByText(kitText(localeOf(globals), 'actorDirectory.empty')),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByText(kitText(localeOf(globals), 'actorDirectory.loading')),
    ).toBeVisible();
    await expect(canvasElement.querySelector('[aria-busy="true"]')).not.toBeNull();
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorDetail: errorDetail.en },
  render: (args) => <LocalisedDirectory {...args} />,
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(kitText(locale, 'actorDirectory.error'))[0]).toBeVisible();
    await expect(canvas.getByText(errorDetail[locale])).toBeVisible();
  },
};

/** An actor of long German compound words, in a 20rem (320 px) column. */
export const LongGermanWords: Story = {
  name: 'Long German words',
  args: { actors: [longWordActor] },
  globals: { locale: 'de' },
  render: (args) => (
    <div style={{ maxWidth: '20rem' }}>
      <ActorDirectory {...args} />
    </div>
  ),
  play: ({ canvasElement, parameters }) => expectWordsFit(canvasElement, parameters),
};

/**
 * Keyboard alone: Tab to the search and type; then open a profile with Enter, close it with
 * Enter on its Close button, and focus is back on the button that opened it.
 */
export const KeyboardProfile: Story = {
  name: 'Keyboard: search and profile',
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const locale = localeOf(globals);
    await userEvent.tab();
    await expect(
      canvas.getByRole('searchbox', {
        name: startingWith(kitText(locale, 'actorDirectory.search')),
      }),
    ).toHaveFocus();
    await userEvent.keyboard('MedEcon');
    await expect(args.onQueryChange).toHaveBeenLastCalledWith('MedEcon');
    // Every card left names MedEcon somewhere; the first is the network itself.
    await waitFor(() => expect(canvas.getAllByRole('article')[0]).toHaveTextContent('MedEcon'));
    await expect(canvas.getAllByRole('article').length).toBeLessThan(actors.length);

    const button = canvas.getAllByRole('button', {
      name: new RegExp(
        `^(${kitText(locale, 'actorDirectory.showProfile')}|${kitText(locale, 'actorDirectory.showStudyCentre')})$`,
      ),
    })[0]!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await waitFor(() => canvas.getByRole('dialog'));
    await expect(dialog).toHaveAttribute('open');
    await expect(dialog.contains(document.activeElement)).toBe(true);
    await expect(args.onSelectedChange).toHaveBeenLastCalledWith(expect.any(String));

    // Escape closes a native dialog only on a trusted key press, which a play function's
    // simulated keyboard is not (the package's browser tests press it); Enter on Close is.
    const close = within(dialog).getByRole('button', {
      name: kitText(locale, 'actorDirectory.close'),
    });
    close.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    await expect(button).toHaveFocus();
  },
};
