import { type Actor, type Locale, locales, regionByAgs } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { renderToStringStrict } from '../testing/ssr';
import { ActorDirectory, type ActorDirectoryProps } from './ActorDirectory';
import { allActors, fullActor, longWordsActor, realActors } from './examples';
import { fold } from './filter';

const render = (locale: Locale, props: Partial<ActorDirectoryProps>) =>
  renderToStringStrict(
    <NrwHealthProvider locale={locale}>
      <ActorDirectory actors={realActors} {...props} />
    </NrwHealthProvider>,
  );

// Tags read as a space; React's markers between adjacent texts as nothing.
const text = (html: string) =>
  html
    .replaceAll('<!-- -->', '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const cardCount = (html: string) => html.match(/class="nrw-actor-directory__card"/g)?.length ?? 0;
const cardNames = (html: string) =>
  [...html.matchAll(/class="nrw-actor-directory__name"[^>]*><span[^>]*>([^<]+)</g)].map((match) =>
    match[1]!.replaceAll('&amp;', '&').replaceAll('&quot;', '"'),
  );

describe('ActorDirectory on the server', () => {
  it.each(locales)('renders every real actor as a card in %s', (locale) => {
    const html = render(locale, {});
    expect(html).toMatch(
      new RegExp(`^<section class="nrw nrw-actor-directory" lang="${locale}" aria-labelledby=`),
    );
    expect(cardCount(html)).toBe(realActors.length);
    expect(html).toMatch(/<search class="nrw-actor-directory__search"[^>]*><label/);
    expect(html).toContain('type="search"');
    // The view switch: native radios in a fieldset, no ARIA tab roles.
    expect(html).toMatch(
      /<fieldset class="nrw-actor-directory__views"><legend[^>]*>(View|Ansicht)</,
    );
    expect(html).toMatch(/type="radio"[^>]* checked="" value="cards"/);
    expect(html).not.toMatch(/checked="" value="table"/);
    expect(html).not.toContain('role="tab');
    const plain = text(html);
    expect(plain).toContain(
      locale === 'de'
        ? `${realActors.length} Akteure gefunden`
        : `${realActors.length} actors found`,
    );
    // Every card of a study centre says so, with its speciality in the locale.
    expect(plain).toContain(
      locale === 'de' ? 'Studienzentrum Krebsforschung' : 'Study centre Cancer research',
    );
  });

  it('sorts the cards by name in the locale', () => {
    const names = cardNames(render('de', {}));
    const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
    expect(names.length).toBe(realActors.length);
    expect(names).toEqual([...names].sort(collator.compare));
  });

  it('offers each facet value with its count, and district names from the region registry', () => {
    // A checked value always shows, also when "show more" hides the other rare ones.
    const html = text(render('de', { defaultFilters: { places: ['05562'] } }));
    const startUps = realActors.filter((actor) => actor.kind === 'start-up').length;
    const startUpsThere = realActors.filter(
      (actor) => actor.kind === 'start-up' && actor.address?.district === '05562',
    ).length;
    expect(startUps).toBeGreaterThan(startUpsThere);
    // Counts of the kinds apply the place filter; the place's count does not apply itself.
    expect(html).toContain(`Start-up ${startUpsThere} (${startUpsThere} Treffer)`);
    // The district of Gladbeck and Recklinghausen is Kreis Recklinghausen (AGS 05562).
    const inDistrict = realActors.filter((actor) => actor.address?.district === '05562').length;
    expect(regionByAgs('05562')?.name.de).toBe('Kreis Recklinghausen');
    expect(html).toContain(
      `Kreis Recklinghausen (Gladbeck, Recklinghausen) ${inDistrict} (${inDistrict} Treffer)`,
    );
    expect(text(render('en', { defaultFilters: { places: ['05562'] } }))).toContain(
      'Recklinghausen district (Gladbeck, Recklinghausen)',
    );
    // Unfiltered, the most frequent kind comes first, with its full count.
    expect(text(render('de', {}))).toMatch(
      new RegExp(
        `Art der Organisation Unternehmen ${realActors.filter((a) => a.kind === 'company').length} `,
      ),
    );
  });

  it('searches names, places and topics, whatever the case and accents', () => {
    const matchesWord = (actor: Actor, word: string) =>
      fold(JSON.stringify(actor)).includes(fold(word));
    for (const query of ['Köln', 'koeln', 'KOLN']) {
      const names = cardNames(render('de', { defaultQuery: query }));
      expect(names, query).toContain('Universitätsklinikum Köln');
      // Every hit mentions the place somewhere in its record; far from every actor does.
      const hits = realActors.filter((actor) => names.includes(actor.name.de!));
      expect(hits.length).toBe(names.length);
      expect(hits.every((actor) => matchesWord(actor, 'koln'))).toBe(true);
      expect(names.length).toBeLessThan(realActors.length / 4);
    }
    // A topic's label in either language finds the actors with that topic.
    const telemedicine = realActors.filter((actor) => actor.topics?.includes('telemedicine'));
    const found = cardNames(render('en', { defaultQuery: 'telemedizin' }));
    for (const actor of telemedicine) expect(found).toContain(actor.name.en ?? actor.name.de);
  });

  it('filters by kind, topic and district, and shows the clear-all button', () => {
    const html = render('en', {
      defaultFilters: { kinds: ['start-up', 'company'], places: ['05913'] },
    });
    const expected = realActors.filter(
      (actor) =>
        (actor.kind === 'start-up' || actor.kind === 'company') &&
        actor.address?.district === '05913',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(cardCount(html)).toBe(expected.length);
    expect(text(html)).toContain(`${expected.length} actor`);
    expect(html).toContain('>Clear all filters</button>');
    expect(render('en', {})).not.toContain('Clear all filters');
  });

  it("renders the table view with DataTable's rows, without its virtualiser", () => {
    const html = render('de', { defaultView: 'table' });
    expect(html).toContain('<caption');
    expect(text(html)).toContain('Gefundene Akteure');
    expect(html.match(/<tr/g)?.length).toBe(realActors.length + 1);
    expect(html).toMatch(/type="radio"[^>]* checked="" value="table"\/>Tabelle/);
    // Sortable headers, and no virtual scroll region even for many rows.
    expect(html.match(/class="nrw-data-table__sort"/g)?.length).toBe(4);
    expect(html).not.toContain('aria-rowcount');
    expect(cardCount(html)).toBe(0);
  });

  it.each(locales)('renders loading, error and empty states in %s', (locale) => {
    const loading = render(locale, { status: 'loading' });
    expect(loading).toContain('aria-busy="true"');
    expect(text(loading)).toContain(locale === 'de' ? 'werden geladen' : 'Loading the actors');
    expect(cardCount(loading)).toBe(0);
    expect(loading).not.toContain('nrw-facet-filter');

    const error = text(render(locale, { status: 'error', errorDetail: 'HTTP 503' }));
    expect(error).toContain(
      locale === 'de' ? 'konnten nicht geladen werden' : 'could not be loaded',
    );
    expect(error).toContain('HTTP 503');

    const empty = text(render(locale, { actors: [] }));
    expect(empty).toContain(locale === 'de' ? 'Noch keine Akteure.' : 'No actors yet.');
    const none = text(render(locale, { defaultQuery: 'zzzz-kein-treffer' }));
    expect(none).toContain(locale === 'de' ? 'Kein Akteur passt' : 'No actor matches');
  });

  it('sets the heading level and takes label overrides', () => {
    const html = renderToStringStrict(
      <NrwHealthProvider
        locale="en"
        labels={{ en: { 'actorDirectory.heading': 'Digital Health Ruhr: who is who' } }}
      >
        <ActorDirectory actors={[fullActor]} headingLevel={3} />
      </NrwHealthProvider>,
    );
    expect(html).toMatch(/<h3 id="[^"]+" class="nrw-actor-directory__heading">Digital Health Ruhr/);
    expect(html).toMatch(/<h4>Filters<\/h4>/);
    expect(html).toMatch(
      /<h5 id="[^"]+" class="nrw-actor-directory__name"><span>Example University/,
    );
  });

  it('shows a card with its place, website and study centre; the dialog closed on the server', () => {
    const html = render('en', {
      actors: [fullActor, longWordsActor],
      defaultSelected: fullActor.id,
    });
    const plain = text(html);
    expect(plain).toContain('Example University Hospital (EUH)');
    expect(plain).toContain('Place Essen');
    expect(plain).toContain('Study centre Onkologie , Cardiology');
    expect(html).toContain(
      '<a href="https://uk.beispiel.example/">https://uk.beispiel.example</a>',
    );
    expect(plain).toContain('Show study-centre profile');
    // German-only texts on an English page are marked as German.
    expect(html).toContain('lang="de">Beispielverband der');
    expect(plain).toContain('Mülheim an der Ruhr');
    // The dialog is rendered closed: showModal() opens it in the browser, after hydration.
    expect(html).toMatch(
      /<dialog class="nrw-actor-directory__modal" aria-labelledby="[^"]+" closedby="any">/,
    );
    expect(html).not.toMatch(/<dialog[^>]* open/);
    expect(plain).toContain('Close');
  });

  it('survives bad input: no crash, and every usable record shown', () => {
    const bad = [
      null,
      42,
      'text',
      { id: 'only-an-id' },
      { ...fullActor, name: {}, topics: 'digital-health', address: { district: 'x' } },
      { ...fullActor, id: 'odd', kind: 'no-such-kind', topics: ['no-such-topic', 7] },
      longWordsActor,
    ] as unknown as Actor[];
    const html = render('en', { actors: bad, defaultFilters: { kinds: 'start-up' as never } });
    expect(cardCount(html)).toBe(4);
    const plain = text(html);
    expect(plain).toContain('only-an-id');
    expect(plain).toContain('no-such-kind');
    expect(plain).toContain('no-such-topic');
    expect(render('de', { actors: null as never })).toContain('Noch keine Akteure.');
  });

  it('keeps a checked filter value that no actor has, so it can be unchecked', () => {
    const html = text(render('en', { defaultFilters: { places: ['Atlantis'] } }));
    expect(html).toContain('Atlantis 0 (0 matches)');
    expect(html).toContain('0 actors found');
    expect(allActors.length).toBeGreaterThan(realActors.length);
  });
});
