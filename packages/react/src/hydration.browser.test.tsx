import { type Locale, locales, municipalities } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { DataTable } from './data-table/DataTable';
import { FacetFilter } from './facet-filter/FacetFilter';
import { LocaleSwitcher } from './locale-switcher/LocaleSwitcher';
import { NrwHealthProvider } from './provider/NrwHealthProvider';
import { hydrationErrors } from './testing/hydrate';

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
