import { readFileSync } from 'node:fs';
import { type Locale, locales } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { describe, expect, it } from 'vitest';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { renderToStringStrict } from '../testing/ssr';
import { GeoChoropleth, type GeoChoroplethProps } from './GeoChoropleth';

// Real boundaries from /work/shared/fixtures (BKG, dl-de/by-2-0), read at test time only.
const fixtures = new URL('../../../../../shared/fixtures/geo/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, fixtures), 'utf8'));
const nrw = read('kreise-geojson/landkreise_NRW.geojson');
const germany = read('kreise-topojson/landkreise_DE.topojson');
const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;

const render = (locale: Locale, props: GeoChoroplethProps) =>
  renderToStringStrict(
    <NrwHealthProvider locale={locale}>
      <GeoChoropleth {...props} />
    </NrwHealthProvider>,
  );
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const labels = (html: string) =>
  [...html.matchAll(/role="img" aria-label="([^"]+)"/g)].map((match) => match[1]!);
const notes = (html: string) => [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((match) => match[1]!);

describe('GeoChoropleth on the server', () => {
  it.each(locales)('draws the 53 districts of the NRW GeoJSON with real values in %s', (locale) => {
    const html = render(locale, { boundaries: nrw, observations, indicator: trials });
    expect(html).toMatch(/^<figure class="nrw nrw-region-map nrw-geo-choropleth"/);
    expect(count(html, /<path class="nrw-region-map__shape" d="M[\d.,LMZ-]+"/g)).toBe(53);
    expect(count(html, /tabindex="0"/g)).toBe(1);
    expect(labels(html)).toContain(
      locale === 'de' ? 'Essen: 1.041 Studien' : 'Essen: 1,041 studies',
    );
    expect(labels(html)).toContain(locale === 'de' ? 'Köln: keine Angabe' : 'Cologne: no value');
    expect(html).not.toContain('NaN');
    // A viewBox about as wide as NRW is tall, 600 units across.
    const [, , width, height] = html
      .match(/viewBox="([^"]+)"/)![1]!
      .split(' ')
      .map(Number);
    expect(width).toBe(608);
    expect(height! / width!).toBeGreaterThan(0.7);
    expect(height! / width!).toBeLessThan(1.2);
  });

  it('keys by NUTS, and finds values given by AGS for the same districts', () => {
    const html = render('en', {
      boundaries: nrw,
      keyProperty: 'NUTS',
      values: { '05113': 5, DEA52: 7 },
    });
    expect(labels(html)).toContain('Essen: 5');
    expect(labels(html)).toContain('Dortmund: 7');
    const table = render('en', {
      boundaries: nrw,
      keyProperty: 'NUTS',
      values: { '05113': 5 },
      defaultView: 'table',
    });
    expect(table).toMatch(/>Essen<\/th><td[^>]*>DEA13<\/td><td[^>]*>5<\/td>/);
  });

  it('draws a TopoJSON object, filtered to NRW, names from the registry or the file', () => {
    const html = render('de', {
      boundaries: germany,
      include: (key) => key.startsWith('05'),
      values: { '05113': 1 },
    });
    expect(count(html, /role="img"/g)).toBe(53);
    const all = render('en', { boundaries: germany, values: { '05113': 1 } });
    expect(count(all, /role="img"/g)).toBeGreaterThan(390);
    // Outside NRW the registry has no names: the file's GEN property gives them.
    expect(labels(all)).toContain('Flensburg: no value');
    expect(all).not.toContain('NaN');
  });

  it('shows a note, never a crash, for boundaries it cannot read', () => {
    for (const boundaries of [null, 'nrw.geojson', { type: 'Point', coordinates: [7, 51] }, []]) {
      const html = render('en', { boundaries, values: { '05113': 1 } });
      expect(notes(html)).toEqual(['The boundaries are neither GeoJSON nor TopoJSON.']);
      expect(html).not.toContain('<svg class="nrw-region-map__svg');
    }
    expect(notes(render('de', { boundaries: germany, object: 'kreise' }))).toEqual([
      'Das TopoJSON enthält kein Objekt „kreise“.',
    ]);
    expect(notes(render('en', { boundaries: nrw, keyProperty: 'KEY' }))).toEqual([
      'The boundaries contain no areas.',
      '53 areas without the property “KEY” were not drawn.',
    ]);
  });

  it('draws what it can and notes what it left out', () => {
    const features = nrw.features
      .slice(0, 5)
      .map((feature: { properties: object }, index: number) =>
        index === 1
          ? { ...feature, properties: {} }
          : index === 2
            ? { ...feature, geometry: null }
            : feature,
      );
    const html = render('en', {
      boundaries: { type: 'FeatureCollection', features },
      values: { '05111': 1, '05999': 2 },
    });
    expect(count(html, /role="img"/g)).toBe(3);
    expect(notes(html)).toEqual([
      '1 area without the property “AGS” was not drawn.',
      '1 area without a polygon was not drawn: 05113',
      '1 value belongs to no area of the map: 05999',
    ]);
  });

  it('survives areas without extent and a Mercator wish for projected coordinates', () => {
    const point = {
      type: 'Polygon',
      coordinates: [
        [
          [7, 51],
          [7, 51],
          [7, 51],
          [7, 51],
        ],
      ],
    };
    const flat = render('en', {
      boundaries: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { AGS: '05113' }, geometry: point }],
      },
    });
    expect(flat).not.toContain('NaN');
    expect(notes(flat)).toContain('The boundaries contain no areas.');
    const projected = render('en', {
      boundaries: {
        type: 'Feature',
        properties: { AGS: '05113' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [360_000, 5_700_000],
              [361_000, 5_700_000],
              [361_000, 5_701_000],
              [360_000, 5_700_000],
            ],
          ],
        },
      },
      projection: 'mercator',
    });
    expect(projected).not.toContain('NaN');
    expect(count(projected, /role="img"/g)).toBe(1);
  });

  it('draws projected coordinates as they are, north up', () => {
    const square = (x: number, y: number, key: string) => ({
      type: 'Feature',
      properties: { AGS: key },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 1000, y],
            [x + 1000, y + 1000],
            [x, y + 1000],
            [x, y],
          ],
        ],
      },
    });
    const html = render('en', {
      boundaries: {
        type: 'FeatureCollection',
        features: [square(360_000, 5_700_000, '05113'), square(360_000, 5_701_000, '05513')],
      },
      values: { '05113': 1, '05513': 2 },
    });
    const paths = [...html.matchAll(/class="nrw-region-map__shape" d="M([\d.]+),([\d.]+)/g)];
    expect(paths).toHaveLength(2);
    // Gelsenkirchen's square lies north of Essen's: drawn above it.
    expect(Number(paths[1]![2])).toBeLessThan(Number(paths[0]![2]));
  });
});
