import { describe, expect, it } from 'vitest';
import { type PageData, pageDataScript, readPageData } from './page-data';
import type { SiteData } from './site-data';

const site: SiteData = {
  builtAt: '2026-12-05T06:00:00.000Z',
  builtOn: { de: '5. Dezember 2026', en: 'December 5, 2026' },
  trials: { source: { kind: 'none' }, count: 0, inNrw: 0, byDistrict: {}, byCity: [] },
  downloads: [],
};

/** A document holding the given HTML in its body, as the browser parses it. */
function documentWith(html: string): Document {
  const scripts = [
    ...html.matchAll(/<script type="application\/json" id="([^"]+)">(.*?)<\/script>/gs),
  ];
  return {
    getElementById: (id: string) => {
      const match = scripts.find((script) => script[1] === id);
      return match ? ({ textContent: match[2] } as HTMLElement) : null;
    },
  } as Document;
}

describe('page data', () => {
  it('round-trips through the page', () => {
    const data: PageData = { page: 'research', locale: 'de', site };
    expect(readPageData(documentWith(pageDataScript(data)))).toEqual(data);
  });

  it('cannot end its script early, whatever the data holds', () => {
    const hostile = { ...site, builtAt: '</script><script>alert(1)</script><!--' };
    const html = pageDataScript({ page: 'overview', locale: 'en', site: hostile });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    expect(readPageData(documentWith(html))?.site.builtAt).toBe(hostile.builtAt);
  });

  it('reads nothing from a page that is not the site’s', () => {
    const bad = [
      '',
      '<script type="application/json" id="page-data">{not json</script>',
      '<script type="application/json" id="page-data">null</script>',
      '<script type="application/json" id="page-data">{"page":"admin","locale":"en"}</script>',
      '<script type="application/json" id="page-data">{"page":"data","locale":"fr"}</script>',
    ];
    for (const html of bad) expect(readPageData(documentWith(html))).toBeUndefined();
  });
});
