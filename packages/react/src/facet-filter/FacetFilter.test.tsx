import { describe, expect, it } from 'vitest';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { renderToStringStrict } from '../testing/ssr';
import { FacetFilter, type FacetOption } from './FacetFilter';

// The recruitment statuses of the core trial model, with counts a portal would compute.
const options: FacetOption[] = [
  { value: 'not-yet-recruiting', label: 'Not yet recruiting', count: 12 },
  { value: 'recruiting', label: 'Recruiting', count: 1204 },
  { value: 'active-not-recruiting', label: 'Active, not recruiting', count: 1 },
  { value: 'completed', label: 'Completed', count: 0 },
  { value: 'suspended', label: 'Suspended' },
  { value: 'terminated', label: 'Terminated', count: 3 },
  { value: 'withdrawn', label: 'Withdrawn', count: 2 },
  { value: 'unknown', label: 'Unknown', count: 40 },
];

const checkboxes = (html: string) => html.match(/type="checkbox"/g)?.length ?? 0;

describe('FacetFilter on the server', () => {
  it('renders a fieldset with a legend and a labelled checkbox per option', () => {
    const html = renderToStringStrict(
      <FacetFilter legend="Status" options={options.slice(0, 4)} />,
    );
    expect(html).toMatch(/^<fieldset[^>]*lang="en"/);
    expect(html).toContain('<legend class="nrw-facet-filter__legend">Status</legend>');
    expect(checkboxes(html)).toBe(4);
    for (const match of html.matchAll(/<input[^>]*id="([^"]+)"/g))
      expect(html).toContain(`for="${match[1]}"`);
    expect(html).not.toContain('aria-expanded');
  });

  it('shows counts for the locale, with a spoken unit', () => {
    const en = renderToStringStrict(<FacetFilter legend="Status" options={options} />);
    expect(en).toContain('<span aria-hidden="true">1,204</span>');
    expect(en).toContain('(1,204 matches)');
    expect(en).toContain('(1 match)');
    const de = renderToStringStrict(
      <NrwHealthProvider locale="de">
        <FacetFilter legend="Status" options={options} />
      </NrwHealthProvider>,
    );
    expect(de).toContain('<span aria-hidden="true">1.204</span>');
    expect(de).toContain('(1.204 Treffer)');
  });

  it('shows the first options and a "show more" button for the rest', () => {
    const html = renderToStringStrict(
      <FacetFilter legend="Status" options={options} visibleCount={5} />,
    );
    expect(checkboxes(html)).toBe(5);
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('Show 3 more options');
  });

  it('keeps checked options in view when collapsed', () => {
    const html = renderToStringStrict(
      <FacetFilter
        legend="Status"
        options={options}
        visibleCount={5}
        defaultValue={['unknown', 'recruiting']}
      />,
    );
    expect(checkboxes(html)).toBe(6);
    expect(html.match(/checked=""/g)).toHaveLength(2);
    expect(html).toContain('Show 2 more options');
  });

  it('follows a controlled value', () => {
    const html = renderToStringStrict(
      <FacetFilter legend="Status" options={options} value={['completed']} onChange={() => {}} />,
    );
    expect(html.match(/<input[^>]*value="completed"[^>]*>/)?.[0]).toContain('checked=""');
    expect(html.match(/checked=""/g)).toHaveLength(1);
  });
});
