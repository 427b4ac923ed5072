import { type Locale, locales } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { describe, expect, it } from 'vitest';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { renderToStringStrict } from '../testing/ssr';
import { RegionTileMap, type RegionTileMapProps } from './RegionTileMap';

// Real figures: clinical trials 2013–2022 (document 002), known for 4 of the 15 Ruhr districts.
const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;

const render = (locale: Locale, props: RegionTileMapProps) =>
  renderToStringStrict(
    <NrwHealthProvider locale={locale}>
      <RegionTileMap {...props} />
    </NrwHealthProvider>,
  );

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const labels = (html: string) =>
  [...html.matchAll(/role="img" aria-label="([^"]+)"/g)].map((match) => match[1]!);

describe('RegionTileMap on the server', () => {
  it.each(locales)('renders the 15 Ruhr tiles with real values in %s', (locale) => {
    const html = render(locale, { regions: 'ruhr', observations, indicator: trials });
    expect(html).toMatch(
      new RegExp(`^<figure class="nrw nrw-region-map nrw-region-tile-map" lang="${locale}"`),
    );
    expect(count(html, /role="img"/g)).toBe(15);
    expect(count(html, /tabindex="0"/g)).toBe(1);
    expect(count(html, /tabindex="-1"/g)).toBe(14);
    expect(html).toContain('<svg class="nrw-region-map__svg" viewBox="0 0 360 240" role="group"');
    const named = labels(html);
    if (locale === 'de') {
      expect(named).toContain('Essen: 1.041 Studien');
      expect(named).toContain('Kreis Wesel: keine Angabe');
      expect(html).toContain('Beteiligung an klinischen Studien, 2013–2022</figcaption>');
      expect(html).toContain('>k. A.</text>');
    } else {
      expect(named).toContain('Essen: 1,041 studies');
      expect(named).toContain('Wesel district: no value');
      expect(html).toContain('Participation in clinical trials, 2013–2022</figcaption>');
      expect(html).toContain('>n/a</text>');
    }
    // Eleven districts without a figure: never drawn as 0.
    expect(named.filter((name) => /keine Angabe|no value/.test(name))).toHaveLength(11);
    expect(html).not.toMatch(/>0<\/text>/);
  });

  it('shows short names and values on the tiles, classes by style and hatching for no value', () => {
    const html = render('en', { regions: 'ruhr', observations, indicator: trials });
    expect(html).toMatch(/nrw-region-map__step-5"[^>]*aria-label="Essen: 1,041 studies"/);
    expect(html).toMatch(/aria-label="Essen[^"]*"[^>]*>.*?>E<\/text><text[^>]*>1,041<\/text>/);
    expect(count(html, /nrw-region-map__missing/g)).toBe(11);
    expect(count(html, /fill="url\(#/g)).toBe(11 + 1); // the tiles and the legend's swatch
  });

  it('gives a legend with the class ranges, how many districts each holds, and the source', () => {
    const html = render('de', { regions: 'ruhr', observations, indicator: trials });
    const legend = html.slice(html.indexOf('nrw-region-map__legend'));
    const text = legend.replaceAll('<!-- -->', '').replace(/<[^>]+>/g, '|');
    expect(text).toContain('Legende (Studien)');
    expect(text).toContain('0 bis 239|(2 Gebiete)');
    expect(text).toContain('960 bis 1.199|(1 Gebiet)');
    expect(text).toContain('keine Angabe|(11 Gebiete)');
    expect(html).toContain('Quelle: Institut Arbeit und Technik (IAT)');
  });

  it('renders all 53 districts of NRW, named from the region registry', () => {
    const html = render('en', { values: { '05315': 12, '05113': 4 }, unit: 'actors' });
    expect(count(html, /role="img"/g)).toBe(53);
    expect(labels(html)).toContain('Cologne: 12 actors');
    expect(labels(html)).toContain('Hochsauerland district: no value');
    expect(html).toContain('Districts of North Rhine-Westphalia</figcaption>');
  });

  it('renders the table view on the server, missing values as "no value"', () => {
    const html = render('en', {
      regions: 'ruhr',
      observations,
      indicator: trials,
      defaultView: 'table',
    });
    expect(html).not.toContain('<svg class="nrw-region-map__svg"');
    expect(html).toContain('<table');
    expect(count(html, /<th scope="row"/g)).toBe(15);
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toMatch(
      />Essen<\/th><td[^>]*>05113<\/td><td[^>]*>1,041 studies<\/td><td[^>]*>960 to 1,199<\/td>/,
    );
    expect(html).toMatch(
      />Bottrop<\/th><td[^>]*>05512<\/td><td[^>]*>no value<\/td><td[^>]*>no value<\/td>/,
    );
    expect(html).toMatch(/aria-pressed="true"[^>]*>Table</);
  });

  it('notes values it cannot place; values of real regions elsewhere stay out quietly', () => {
    const html = render('en', {
      regions: 'ruhr',
      values: {
        '05113': 3,
        '5113': 4,
        '05999': 1,
        RVR: 40,
        '05': 9,
        '05315': 1,
        '11000': 2,
        US: 7,
        nowhere: 2,
      },
    });
    expect(html).toContain('3 values belong to no area of the map: 05999, 5113, nowhere');
    // The real observations hold Berlin, Hamburg, countries and a municipality: none is a mistake.
    expect(render('en', { regions: 'ruhr', observations, indicator: trials })).not.toContain(
      'nrw-region-map__notes',
    );
  });

  it('says so when no district has a value', () => {
    expect(render('de', { regions: 'ruhr', values: {} })).toContain(
      'Für keines der Gebiete liegt ein Wert vor.',
    );
  });

  it('shows loading and error states in place of the map', () => {
    const loading = render('de', { regions: 'ruhr', status: 'loading' });
    expect(loading).toContain('aria-busy="true"');
    expect(loading).toContain('Die Karte wird geladen …');
    expect(loading).not.toContain('<svg');
    const error = render('en', { regions: 'ruhr', status: 'error', errorDetail: 'HTTP 503' });
    expect(error).toContain('The map could not be loaded.');
    expect(error).toContain('HTTP 503');
  });

  it('takes labels from the provider and own class breaks', () => {
    const html = renderToStringStrict(
      <NrwHealthProvider locale="en" labels={{ en: { 'regionMap.viewTable': 'Data' } }}>
        <RegionTileMap
          regions="ruhr"
          observations={observations}
          indicator={trials}
          thresholds={[200, 500]}
        />
      </NrwHealthProvider>,
    );
    const text = html.replaceAll('<!-- -->', '');
    expect(text).toContain('>Data</button>');
    expect(text).toMatch(/under 200<span[^>]*>\(2 areas\)/);
    expect(text).toMatch(/500 or more<span[^>]*>\(1 area\)/);
  });
});
