import { GeoChoropleth, type GeoChoroplethProps, useNrwHealth } from '@nrw-health/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { kitText, localeOf, type Texts } from './play';

const errorDetail: Texts = {
  de: 'Die Gebietsgrenzen des Portals antworteten mit HTTP 503 (Beispiel).',
  en: "The portal's boundary file answered HTTP 503 (example).",
};

/** The error detail follows the locale, as a portal's own words would. */
function LocalisedMap(props: GeoChoroplethProps) {
  const { locale } = useNrwHealth();
  return <GeoChoropleth {...props} errorDetail={props.errorDetail && errorDetail[locale]} />;
}

// No boundary file is committed or loaded here: the states below need none. An empty
// FeatureCollection is what a portal's file gives when it holds no areas.
const noAreas = { type: 'FeatureCollection', features: [] };

const meta = {
  title: 'Maps/GeoChoropleth',
  component: GeoChoropleth,
  args: { boundaries: noAreas, values: { '05113': 22, '05911': 30 } },
  render: (args) => <LocalisedMap {...args} />,
  parameters: {
    docs: {
      description: {
        component: `A choropleth over **boundaries the portal supplies**: a GeoJSON FeatureCollection or a TopoJSON Topology, keyed by a feature property (\`keyProperty\`, default \`AGS\`), drawn as SVG paths with d3-geo and fitted to a 600-unit viewBox. Legend, classes, keyboard (one tab stop, arrow keys to the area that lies that way), the line naming the area in focus and the "Map | Table" switch are RegionTileMap's.

The kit ships no boundary file, and this workshop neither commits nor loads one: districts' boundaries (for example the BKG's VG250, under its own licence) come from the portal at run time. So this page shows only the states that need no boundaries: boundaries without areas, loading and error. For the districts without a boundary file, use \`RegionTileMap\`.

\`\`\`tsx
import { GeoChoropleth, readBoundaries } from '@nrw-health/react';

// The portal fetches its own file; the widget never fetches.
const boundaries = await fetch('/geo/nrw-districts.topo.json').then((response) => response.json());

<GeoChoropleth boundaries={boundaries} keyProperty="AGS" values={{ '05113': 22 }} unit="actors" />

readBoundaries(boundaries, { keyProperty: 'AGS' }); // the same verdict as data: never throws
\`\`\`

Input that is no GeoJSON or TopoJSON gives a note instead of a map. There is no 10,000-row or long-words story (they need drawn areas), nor a keyboard one (nothing to move between without areas).`,
      },
    },
  },
} satisfies Meta<typeof GeoChoropleth>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Boundaries without any area: the map says so instead of drawing nothing. */
export const Empty: Story = {
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getAllByText(kitText(localeOf(globals), 'geoChoropleth.noAreas'))[0],
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
  args: { status: 'error', errorDetail: errorDetail.en },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(kitText(locale, 'regionMap.error'))).toBeVisible();
    await expect(canvas.getByText(errorDetail[locale])).toBeVisible();
  },
};
