import { regionByCode } from '@nrw-health/core';
import { actors, indicatorDefinitions, observations } from '@nrw-health/data';
import { RegionTileMap, type RegionTileMapProps, useNrwHealth } from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { longWords } from './data/synthetic';
import { expectWordsFit, kitText, localeOf, type Texts } from './play';

/** Which values a story shows: real actors per district, none, or real trial counts. */
type Dataset = 'actors' | 'none' | 'trials';

type MapArgs = Partial<RegionTileMapProps> & { readonly dataset?: Dataset };

/** The organisations of `@nrw-health/data` counted by district (the AGS's first five digits). */
function actorsByDistrict(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const actor of actors) {
    const district = actor.address?.district?.slice(0, 5);
    if (district) counts[district] = (counts[district] ?? 0) + 1;
  }
  return counts;
}

const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;

const texts = {
  title: {
    de: 'Akteure je Kreis (@nrw-health/data)',
    en: 'Actors per district (@nrw-health/data)',
  },
  unit: { de: 'Akteure', en: 'actors' },
  source: {
    de: 'Organisationen aus @nrw-health/data, nach Kreis gezählt',
    en: 'Organisations of @nrw-health/data, counted by district',
  },
  errorDetail: {
    de: 'Der Kartendienst antwortete mit HTTP 503 (Beispiel).',
    en: 'The map service answered HTTP 503 (example).',
  },
} satisfies Record<string, Texts>;

/** Texts follow the locale; the counts are made once. */
function StoryMap({ dataset = 'actors', ...props }: MapArgs) {
  const { locale } = useNrwHealth();
  const values = useMemo(() => (dataset === 'none' ? {} : actorsByDistrict()), [dataset]);
  const errorDetail = props.errorDetail && texts.errorDetail[locale];
  if (dataset === 'trials') {
    return (
      <RegionTileMap
        regions="ruhr"
        observations={observations}
        indicator={trials}
        {...props}
        errorDetail={errorDetail}
      />
    );
  }
  return (
    <RegionTileMap
      values={values}
      title={texts.title[locale]}
      unit={texts.unit[locale]}
      source={texts.source[locale]}
      {...props}
      errorDetail={errorDetail}
    />
  );
}

const meta: Meta<MapArgs> = {
  title: 'Maps/RegionTileMap',
  component: RegionTileMap,
  render: (args) => <StoryMap {...args} />,
  args: { dataset: 'actors', onViewChange: fn() },
  argTypes: {
    dataset: {
      description:
        'Story only: `actors` counts the organisations of `@nrw-health/data` by district; `trials` are its trial counts for the Ruhr.',
      control: 'select',
      options: ['actors', 'none', 'trials'],
      table: { category: 'Story' },
    },
  },
  parameters: {
    docs: {
      description: {
        component: `The 53 districts of NRW (\`regions="nrw"\`, the default) or the Ruhr's 15 (\`regions="ruhr"\`) as a grid of equal tiles laid out so that neighbours stay neighbours. Each tile shows the district's short name and value; its accessible name is the full name and the value with its unit. A missing value is hatched and "no value", never 0. The map is one tab stop; the arrow keys move to the tile that lies that way. "Map | Table" switches to a sortable table of the same data.

\`\`\`tsx
import { RegionTileMap } from '@nrw-health/react';

<RegionTileMap values={{ '05113': 22, '05911': 30 }} unit="actors" title="Actors per district" />
\`\`\`

Values come as \`values\` by AGS, or as core \`observations\` with their \`indicator\`. The counts here are real: the organisations of \`@nrw-health/data\` per district, and its trial counts. There is no 10,000-row story: a map shows at most 53 districts.`,
      },
    },
  },
};

export default meta;
type Story = StoryObj<MapArgs>;

/** The organisations of `@nrw-health/data`, counted by district, on NRW's 53 tiles. */
export const RealCounts: Story = {
  name: 'Real counts',
  play: async ({ canvasElement }) => {
    const tiles = canvasElement.querySelectorAll('.nrw-region-map__tile');
    await expect(tiles).toHaveLength(53);
    const essen = regionByCode('05113')!.name.en;
    const named = [...tiles].map((tile) => tile.getAttribute('aria-label') ?? '');
    await expect(named.some((name) => name.includes(`: ${actorsByDistrict()['05113']}`))).toBe(
      true,
    );
    await expect(named.some((name) => name.startsWith(essen))).toBe(true);
  },
};

/** Trials 2013–2022 in the Ruhr's 15 districts (seed document 002): four have a value. */
export const RuhrTrials: Story = {
  name: 'Ruhr: trials',
  args: { dataset: 'trials' },
};

export const German: Story = {
  globals: { locale: 'de' },
};

export const English: Story = {
  globals: { locale: 'en' },
};

export const Empty: Story = {
  args: { dataset: 'none' },
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByText(kitText(localeOf(globals), 'regionMap.empty')),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByText(kitText(localeOf(globals), 'regionMap.loading')),
    ).toBeVisible();
    await expect(canvasElement.querySelector('[aria-busy="true"]')).not.toBeNull();
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorDetail: texts.errorDetail.en },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(kitText(locale, 'regionMap.error'))).toBeVisible();
    await expect(canvas.getByText(texts.errorDetail[locale])).toBeVisible();
  },
};

/** A long German title and unit, in a 20rem (320 px) column. */
export const LongGermanWords: Story = {
  name: 'Long German words',
  args: { title: longWords.caption, unit: longWords.labels[5] },
  // The title and the legend wrap long words at 320 px. The tiles do not shrink below 44 px: the
  // grid scrolls sideways by design (a map, like a data table, may), and the layout check, which
  // cannot tell a scroll area from an overflow, reports its tiles: hence a warning, not an error.
  parameters: { wordsFit: 'todo' },
  globals: { locale: 'de' },
  render: (args) => (
    <div style={{ maxWidth: '20rem' }}>
      <StoryMap {...args} />
    </div>
  ),
  play: ({ canvasElement, parameters }) => expectWordsFit(canvasElement, parameters),
};

/** Keyboard alone: Tab into the map; the arrow keys move to the neighbouring tiles. */
export const KeyboardTiles: Story = {
  name: 'Keyboard: tiles',
  args: { dataset: 'trials' },
  play: async ({ canvasElement }) => {
    const first = () => canvasElement.querySelector('.nrw-region-map__tile[tabindex="0"]');
    for (let step = 0; step < 12 && document.activeElement !== first(); step++) {
      await userEvent.tab();
    }
    const start = document.activeElement!;
    await expect(start).toHaveClass('nrw-region-map__tile');
    await userEvent.keyboard('{End}');
    const end = document.activeElement!;
    await expect(end).not.toBe(start);
    await expect(end).toHaveClass('nrw-region-map__tile');
    await userEvent.keyboard('{ArrowLeft}');
    await expect(document.activeElement).not.toBe(end);
    await expect(document.activeElement).toHaveClass('nrw-region-map__tile');
    // The line under the map names the tile in focus.
    await expect(canvasElement.querySelector('.nrw-region-map__readout')).toHaveTextContent(
      document.activeElement!.getAttribute('aria-label')!,
    );
  },
};

/** Keyboard alone: Tab to "Table", Enter shows the same values as a sortable table. */
export const KeyboardTable: Story = {
  name: 'Keyboard: table view',
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', {
      name: kitText(localeOf(globals), 'regionMap.viewTable'),
    });
    for (let step = 0; step < 12 && document.activeElement !== button; step++) {
      await userEvent.tab();
    }
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onViewChange).toHaveBeenLastCalledWith('table');
    const table = await waitFor(() => canvas.getByRole('table'));
    // A row per district, plus the header row.
    await expect(within(table).getAllByRole('row')).toHaveLength(54);
  },
};
