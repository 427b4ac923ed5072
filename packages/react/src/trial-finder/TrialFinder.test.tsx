import { type Locale, locales } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { renderToStringStrict } from '../testing/ssr';
import { exampleTrials } from './examples';
import { TrialFinder, type TrialFinderProps } from './TrialFinder';

const trials = exampleTrials(25);

const html = (locale: Locale, props: Partial<TrialFinderProps> = {}) =>
  renderToStringStrict(
    <NrwHealthProvider locale={locale}>
      <TrialFinder trials={trials} {...props} />
    </NrwHealthProvider>,
  );

// Tags read as a space; React's markers between adjacent texts as nothing.
const text = (markup: string) =>
  markup
    .replaceAll('<!-- -->', '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('TrialFinder on the server', () => {
  it.each(locales)('renders search, filters, results and pages in %s', (locale) => {
    const page = html(locale);
    expect(page).toMatch(new RegExp(`^<section class="nrw nrw-trial-finder" lang="${locale}"`));
    expect(page).toMatch(/<search aria-label="[^"]+" class="nrw-trial-finder__search">/);
    expect(page).toContain('type="search"');
    expect(page.match(/<article/g)).toHaveLength(10);
    expect(page).toMatch(/<h2[^>]*>/);
    expect(page.match(/<h4/g)).toHaveLength(10);
    expect(page).toContain('aria-current="page"');
    expect(page).toMatch(/<p role="status" class="nrw-visually-hidden"><\/p>/);
    const words = text(page);
    if (locale === 'de') {
      expect(words).toContain('Klinische Studien finden');
      expect(words).toContain('25 Studien gefunden');
      expect(words).toContain('Studien 1 bis 10 von 25');
      expect(words).toContain('Stand der Studie');
      expect(words).toContain('Ort (Kreis oder Stadt)');
    } else {
      expect(words).toContain('Find clinical trials');
      expect(words).toContain('25 trials found');
      expect(words).toContain('Trials 1 to 10 of 25');
      expect(words).toContain('Place (district or city)');
    }
  });

  it('names districts from the region registry and counts each value', () => {
    const words = text(html('en'));
    // Five places in turn over 25 trials: five trials each.
    for (const place of ['Essen', 'Cologne', 'Bochum', 'Münster', 'Utrecht']) {
      expect(words).toContain(`${place} 5 (5 matches)`);
    }
    expect(words).toContain('Recruiting 7 (7 matches)');
    expect(words).toContain('Only trials looking for participants now 7 (7 matches)');
  });

  it('applies a first state: search, facets, sort and page', () => {
    const words = text(
      html('en', {
        defaultValue: { query: 'example', status: ['recruiting'], sort: 'title', page: 2 },
        pageSize: 5,
      }),
    );
    expect(words).toContain('7 trials found');
    expect(words).toContain('Trials 6 to 7 of 7');
    // Titles from A to Z, numbers as numbers: 1, 5, 9, 13, 17 on page 1; 21, 25 on page 2.
    expect(words).toMatch(/Example trial 21 .*Example trial 25 /);
  });

  it('shows a controlled state and clamps a page past the end to the last', () => {
    const words = text(html('de', { value: { place: ['05315'], page: 9 }, pageSize: 2 }));
    expect(words).toContain('5 Studien gefunden');
    expect(words).toContain('Studien 5 bis 5 von 5');
  });

  it('says when nothing matches, and offers to clear the filters', () => {
    const none = html('en', { defaultValue: { query: 'zzz', phase: ['phase-4'] } });
    expect(text(none)).toContain('0 trials found No trial matches your search.');
    expect(none.match(/Clear all filters/g)).toHaveLength(2);
    expect(none).not.toContain('<nav');
    const queryOnly = html('en', { defaultValue: { query: 'zzz' } });
    // Only the search narrows: the filters' button is there but has nothing to clear.
    expect(queryOnly.match(/Clear all filters/g)).toHaveLength(1);
    expect(queryOnly).toMatch(/<button type="button" class="nrw-trial-finder__clear" disabled="">/);
  });

  it('keeps a checked value the data does not have, so it can be unchecked', () => {
    const words = text(html('en', { defaultValue: { condition: ['no such disease'] } }));
    expect(words).toContain('no such disease 0 (0 matches)');
  });

  it('shows loading and error states instead of results', () => {
    const loading = html('de', { status: 'loading', trials: [] });
    expect(loading).toContain('aria-busy="true"');
    expect(text(loading)).toContain('Ergebnisse Studien werden geladen …');
    expect(loading).not.toContain('<fieldset');
    const failed = html('en', { status: 'error', errorDetail: 'HTTP 503' });
    expect(text(failed)).toContain('Results The trials could not be loaded. HTTP 503');
    expect(failed).not.toContain('<article');
  });

  it('fits the portal’s outline: heading levels follow headingLevel, up to h6', () => {
    const three = html('en', { headingLevel: 3 });
    expect(three).toMatch(/^<section[^>]*><h3/);
    expect(three.match(/<h5/g)).toHaveLength(10);
    const five = html('en', { headingLevel: 5 });
    expect(five.match(/<h6/g)?.length).toBeGreaterThanOrEqual(12);
    expect(five).not.toContain('<h7');
  });

  it('links cards to the portal and offers details', () => {
    const page = html('en', {
      trialHref: (trial) => `/trials/${trial.identifiers.primary.id}`,
      onSelectTrial: () => {},
    });
    // Most recently updated first: December's trials (12 and 24) lead.
    expect(page).toContain('<a href="/trials/DRKS00000012">');
    expect(page.match(/<a href="\/trials\/DRKS\d{8}">/g)).toHaveLength(10);
    expect(page.match(/Show details/g)).toHaveLength(10);
  });

  it('takes label overrides from the provider', () => {
    const page = renderToStringStrict(
      <NrwHealthProvider locale="en" labels={{ en: { 'trialFinder.title': 'Studies in NRW' } }}>
        <TrialFinder trials={trials} />
      </NrwHealthProvider>,
    );
    expect(page).toContain('>Studies in NRW</h2>');
  });

  it('survives a state of the wrong kind, as from a hand-edited URL', () => {
    const words = text(
      html('en', {
        defaultValue: {
          query: 42,
          status: 'recruiting',
          sort: 'random',
          page: -3,
        } as never,
        pageSize: Number.NaN,
      }),
    );
    expect(words).toContain('25 trials found');
    expect(words).toContain('Trials 1 to 10 of 25');
  });
});
