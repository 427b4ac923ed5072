import { type Locale, locales, municipalities } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { ActorDirectory } from './actor-directory/ActorDirectory';
import { allActors } from './actor-directory/examples';
import { DataTable } from './data-table/DataTable';
import { FacetFilter } from './facet-filter/FacetFilter';
import {
  beds,
  bedsPer100k,
  districtObservations,
  flaggedSeries,
  population,
} from './indicator-chart/examples';
import { IndicatorChart } from './indicator-chart/IndicatorChart';
import { KpiTile } from './kpi-tile/KpiTile';
import { LocaleSwitcher } from './locale-switcher/LocaleSwitcher';
import { NrwHealthProvider } from './provider/NrwHealthProvider';
import { RegionComparison } from './region-comparison/RegionComparison';
import { GeoChoropleth } from './region-map/GeoChoropleth';
import { RegionTileMap } from './region-map/RegionTileMap';
import { hydrationErrors } from './testing/hydrate';
import { exampleTrials } from './trial-finder/examples';
import { TrialFinder } from './trial-finder/TrialFinder';

// Server HTML must hydrate without a mismatch: the same ids, rows and texts in the browser.
const page = (locale: Locale, virtualize: boolean) => (
  <NrwHealthProvider locale={locale} timeZone="UTC" now="2024-05-17T12:00:00Z">
    <LocaleSwitcher />
    <FacetFilter
      legend="District"
      options={municipalities
        .slice(0, 10)
        .map((row) => ({ value: row.ags, label: row.name, count: 1 }))}
      defaultValue={[municipalities[8]!.ags]}
    />
    <DataTable
      caption="Municipalities"
      columns={[
        { id: 'name', header: 'Name', value: (row) => row.name, rowHeader: true },
        { id: 'ags', header: 'AGS', value: (row) => row.ags },
        { id: 'qualified', header: 'Qualified name', value: (row) => row.qualifiedName },
      ]}
      rows={municipalities}
      rowKey={(row) => row.ags}
      defaultSort={{ column: 'name', direction: 'descending' }}
      virtualize={virtualize}
      height={300}
    />
  </NrwHealthProvider>
);

// Both renders run in the browser here: the first one plays the server, and Flip differs.
let flips = 0;
const Flip = () => <p>{flips++ === 0 ? 'server' : 'browser'}</p>;

describe('hydration', () => {
  it('reports a mismatch when there is one', async () => {
    expect(await hydrationErrors(<p>same</p>)).toEqual([]);
    flips = 0;
    expect((await hydrationErrors(<Flip />)).length).toBeGreaterThan(0);
  });

  describe.each(locales)('%s', (locale) => {
    it.each([true, false])(
      'hydrates every widget without a mismatch (virtualised table: %s)',
      async (virtualize) => {
        expect(await hydrationErrors(page(locale, virtualize))).toEqual([]);
      },
    );
  });
});

describe('hydration of TrialFinder', () => {
  const trials = exampleTrials(25);
  const state = { query: 'beispiel', place: ['05113', '05315'], sort: 'title', page: 2 } as const;
  it.each(locales)('%s: search, facets, cards and pages hydrate alike', async (locale) => {
    const finder = (
      <NrwHealthProvider locale={locale} timeZone="UTC" now="2024-05-17T12:00:00Z">
        <TrialFinder
          trials={trials}
          pageSize={5}
          defaultValue={state}
          trialHref={(trial) => `/trials/${trial.identifiers.primary.id}`}
        />
      </NrwHealthProvider>
    );
    expect(await hydrationErrors(finder)).toEqual([]);
  });
});

describe('hydration of ActorDirectory', () => {
  it.each(locales)(
    '%s: search, facets, view switch, cards and table hydrate alike, with a profile open by default',
    async (locale) => {
      for (const view of ['cards', 'table'] as const) {
        const directory = (
          <NrwHealthProvider locale={locale} timeZone="UTC">
            <ActorDirectory
              actors={allActors}
              defaultView={view}
              defaultQuery="essen"
              defaultFilters={{ topics: ['clinical-research'] }}
              defaultSelected="uk-essen"
            />
          </NrwHealthProvider>
        );
        expect(await hydrationErrors(directory)).toEqual([]);
      }
    },
  );
});

describe('hydration of RegionTileMap and GeoChoropleth', () => {
  // Real figures from @nrw-health/data; real boundaries from /work/shared/fixtures.
  const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;
  let boundaries: unknown;
  beforeAll(async () => {
    boundaries = JSON.parse(
      await commands.readFile('../../../shared/fixtures/geo/kreise-geojson/landkreise_NRW.geojson'),
    );
  });

  it.each(locales)('%s: tiles, paths, legends and tables hydrate alike', async (locale) => {
    for (const view of ['map', 'table'] as const) {
      const maps = (
        <NrwHealthProvider locale={locale}>
          <RegionTileMap
            regions="ruhr"
            observations={observations}
            indicator={trials}
            defaultView={view}
          />
          <RegionTileMap regions="nrw" values={{ '05315': 12.5, '05113': 3, '5113': 1 }} />
          <GeoChoropleth
            boundaries={boundaries}
            observations={observations}
            indicator={trials}
            defaultView={view}
          />
          <GeoChoropleth boundaries={{ type: 'Point' }} />
        </NrwHealthProvider>
      );
      expect(await hydrationErrors(maps)).toEqual([]);
    }
  });
});

describe('hydration of IndicatorChart, KpiTile and RegionComparison', () => {
  // Real figures from @nrw-health/data, and core's synthetic examples with flags and gaps.
  const revenue = indicatorDefinitions.find((one) => one.id === 'health-economy-revenue')!;
  const trials = indicatorDefinitions.find((one) => one.id === 'clinical-trials')!;
  it.each(locales)('%s: the same SVG, summaries, tables and tiles', async (locale) => {
    for (const view of ['chart', 'table'] as const) {
      const charts = (
        <NrwHealthProvider locale={locale} timeZone="UTC">
          <IndicatorChart definition={beds} observations={flaggedSeries} defaultView={view} />
          <IndicatorChart definition={beds} observations={flaggedSeries} type="bar" />
          <IndicatorChart definition={trials} observations={observations} defaultView={view} />
          <KpiTile definition={revenue} observations={observations} region="RVR" />
          <KpiTile definition={beds} observations={flaggedSeries} region="05911" />
          <RegionComparison
            definition={bedsPer100k}
            observations={districtObservations}
            definitions={{ [beds.id]: beds, [population.id]: population }}
          />
          <RegionComparison definition={trials} observations={observations} />
        </NrwHealthProvider>
      );
      expect(await hydrationErrors(charts)).toEqual([]);
    }
  });
});
