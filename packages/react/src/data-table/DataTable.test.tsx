import { type Municipality, municipalities } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { renderToStringStrict } from '../testing/ssr';
import { DataTable } from './DataTable';
import type { DataTableColumn, DataTableProps } from './types';

// Real rows: the 396 Gemeinden of NRW from the core region registry.
const columns: DataTableColumn<Municipality>[] = [
  { id: 'name', header: 'Name', value: (row) => row.name, rowHeader: true },
  { id: 'ags', header: 'AGS', value: (row) => row.ags },
  { id: 'qualified', header: 'Qualified name', value: (row) => row.qualifiedName, sortable: false },
];

const props: DataTableProps<Municipality> = {
  caption: 'Municipalities of NRW',
  columns,
  rows: municipalities.slice(0, 20),
  rowKey: (row) => row.ags,
};

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('DataTable on the server', () => {
  it('renders a native table with caption, header buttons and every row', () => {
    const html = renderToStringStrict(<DataTable {...props} />);
    expect(html).toContain('<caption');
    expect(html).toContain('Municipalities of NRW</caption>');
    expect(count(html, /<th scope="col"/g)).toBe(3);
    expect(count(html, /<button type="button"/g)).toBe(2);
    expect(count(html, /<th scope="row"/g)).toBe(20);
    expect(html).not.toContain('aria-rowcount');
    expect(html).not.toContain('aria-sort');
    expect(html).toContain('lang="en"');
  });

  it('shows a missing value as "no value", in the locale', () => {
    expect(renderToStringStrict(<DataTable {...props} />)).toContain('>no value</td>');
    const german = renderToStringStrict(
      <NrwHealthProvider locale="de">
        <DataTable {...props} />
      </NrwHealthProvider>,
    );
    expect(german).toContain('>keine Angabe</td>');
    expect(german).toContain('lang="de"');
  });

  it('renders sorted with aria-sort on the sorted column', () => {
    const html = renderToStringStrict(
      <DataTable {...props} defaultSort={{ column: 'name', direction: 'descending' }} />,
    );
    expect(count(html, /aria-sort=/g)).toBe(1);
    expect(html).toContain('aria-sort="descending"');
    const names = [...html.matchAll(/<th scope="row"[^>]*>([^<]+)</g)].map((match) => match[1]);
    const expected = props.rows
      .map((row) => row.name)
      .sort(new Intl.Collator('en', { numeric: true }).compare)
      .reverse();
    expect(names).toEqual(expected);
  });

  it.each([
    ['loading', 'Loading…', 'Wird geladen …'],
    ['error', 'The data could not be loaded.', 'Die Daten konnten nicht geladen werden.'],
  ] as const)('renders the %s state in both locales', (status, english, german) => {
    const html = renderToStringStrict(
      <DataTable {...props} status={status} errorDetail="Timeout" />,
    );
    expect(html).toContain(english);
    expect(count(html, /<th scope="row"/g)).toBe(0);
    expect(html.includes('aria-busy="true"')).toBe(status === 'loading');
    expect(html.includes('Timeout')).toBe(status === 'error');
    const de = renderToStringStrict(
      <NrwHealthProvider locale="de">
        <DataTable {...props} status={status} />
      </NrwHealthProvider>,
    );
    expect(de).toContain(german);
  });

  it('renders the empty state, or the portal own text for it', () => {
    expect(renderToStringStrict(<DataTable {...props} rows={[]} />)).toContain('No entries.');
    expect(
      renderToStringStrict(<DataTable {...props} rows={[]} emptyText="No trials match." />),
    ).toContain('No trials match.');
  });

  it('virtualises large data: the first screen of rows, indexed, in a named focusable region', () => {
    const html = renderToStringStrict(<DataTable {...props} rows={municipalities} height={400} />);
    expect(html).toContain(`aria-rowcount="${municipalities.length + 1}"`);
    expect(html).toMatch(/<div[^>]*tabindex="0"[^>]*role="region"[^>]*aria-labelledby="([^"]+)"/);
    const region = html.match(/aria-labelledby="([^"]+)"/)![1];
    expect(html).toContain(`<caption id="${region}"`);
    const rendered = count(html, /<th scope="row"/g);
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(50);
    expect(html).toContain('aria-rowindex="1"');
    expect(html).toContain('aria-rowindex="2"');
    expect(html).not.toContain(`aria-rowindex="${municipalities.length + 1}"`);
  });

  it('virtualises on request, and not when told not to', () => {
    expect(renderToStringStrict(<DataTable {...props} virtualize />)).toContain(
      'aria-rowcount="21"',
    );
    const all = renderToStringStrict(
      <DataTable {...props} rows={municipalities} virtualize={false} />,
    );
    expect(count(all, /<th scope="row"/g)).toBe(municipalities.length);
  });
});
