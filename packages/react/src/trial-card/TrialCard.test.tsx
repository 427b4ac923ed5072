import { type Locale, locales } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { renderToStringStrict } from '../testing/ssr';
import { full, minimal, sparse } from './examples';
import { TrialCard, type TrialCardProps } from './TrialCard';
import { TrialDetail } from './TrialDetail';

const card = (locale: Locale, props: TrialCardProps) =>
  renderToStringStrict(
    <NrwHealthProvider locale={locale}>
      <TrialCard {...props} />
    </NrwHealthProvider>,
  );

const detail = (locale: Locale, trial = full) =>
  renderToStringStrict(
    <NrwHealthProvider locale={locale}>
      <TrialDetail trial={trial} />
    </NrwHealthProvider>,
  );

// Tags read as a space; React's markers between adjacent texts as nothing.
const text = (html: string) =>
  html
    .replaceAll('<!-- -->', '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('TrialCard on the server', () => {
  it.each(locales)('renders a minimal trial in %s', (locale) => {
    const html = card(locale, { trial: minimal });
    expect(html).toMatch(new RegExp(`^<article class="nrw nrw-trial-card" lang="${locale}"`));
    expect(html).toContain('<h3');
    expect(html).toContain('Beispielstudie');
    // Only German text: marked as German on an English page.
    expect(html.includes('lang="de">Beispielstudie')).toBe(locale === 'en');
    expect(text(html)).toContain(locale === 'de' ? 'Status Rekrutiert' : 'Status Recruiting');
    expect(html).not.toContain('<a ');
  });

  it('falls back from the locale to English, German, then any language, and marks it', () => {
    const titled = (languages: Record<string, string>) => ({
      ...minimal,
      title: { public: languages },
    });
    expect(card('de', { trial: titled({ fr: 'Étude', en: 'Study' }) })).toContain(
      'lang="en">Study',
    );
    expect(card('en', { trial: titled({ fr: 'Étude', de: 'Studie' }) })).toContain(
      'lang="de">Studie',
    );
    expect(card('de', { trial: titled({ fr: 'Étude' }) })).toContain('lang="fr">Étude');
    expect(card('de', { trial: titled({ en: 'Study', de: 'Studie' }) })).toMatch(
      /<h3 id="[^"]+" class="[^"]+">Studie</,
    );
  });

  it('shows the essentials of a full trial in plain English', () => {
    const html = text(card('en', { trial: full, headingLevel: 2 }));
    expect(html).toContain('Example study of exercise after heart attack');
    expect(html).toContain('Status Terminated');
    expect(html).toContain('Phase Phase 2 / Phase 3');
    expect(html).toContain('What is tested Supervised exercise, Beispielin');
    expect(html).toContain('Conditions Myocardial infarction');
    expect(html).toContain(
      'Who can take part Sex: All · Age: 18 years to 80 years · No healthy volunteers',
    );
    expect(html).toContain('Where Essen; Utrecht (2 sites)');
    expect(html).toContain('Last updated Nov 20, 2024');
    expect(html).toContain('NCT00000001 at ClinicalTrials.gov (NCT)');
  });

  it('shows them in German, with the district name from the region registry', () => {
    const withDistrict = {
      ...full,
      sites: [{ city: 'Bochum-Wattenscheid', district: '05911' }, ...(full.sites ?? [])],
    };
    const html = text(card('de', { trial: withDistrict }));
    expect(html).toContain('Status Vorzeitig beendet');
    expect(html).toContain('Alter: 18 Jahre bis 80 Jahre');
    expect(html).toContain('Keine gesunden Freiwilligen');
    expect(html).toContain('Wo Bochum-Wattenscheid, Bochum; Essen; Utrecht (3 Studienzentren)');
    expect(html).toContain('Zuletzt aktualisiert 20.11.2024');
  });

  it('names three places, then counts the rest', () => {
    const cities = ['Aachen', 'Bonn', 'Köln', 'Münster', 'Essen'];
    const trial = { ...full, sites: cities.map((city) => ({ city })) };
    expect(text(card('en', { trial }))).toContain(
      'Where Aachen; Bonn; Köln and 2 more places (5 sites)',
    );
  });

  it('links the title to a safe href, and offers a details button for onSelect', () => {
    const linked = card('en', { trial: full, href: '/trials/NCT00000001' });
    expect(linked).toContain('<a href="/trials/NCT00000001">');
    expect(card('en', { trial: full, href: 'javascript:alert(1)' })).not.toContain('javascript');
    expect(card('en', { trial: full, onSelect: () => {} })).toContain('>Show details</button>');
  });

  it('takes label overrides from the provider', () => {
    const html = renderToStringStrict(
      <NrwHealthProvider locale="en" labels={{ en: { 'trialCard.where': 'Study centres' } }}>
        <TrialCard trial={full} />
      </NrwHealthProvider>,
    );
    expect(text(html)).toContain('Study centres Essen; Utrecht');
  });

  it('gives ages in other units with the right plural', () => {
    expect(text(card('en', { trial: sparse }))).toContain('Age: 6 months and older');
    expect(text(card('de', { trial: sparse }))).toContain('Alter: ab 6 Monate');
  });
});

describe('TrialDetail on the server', () => {
  it.each(locales)('renders a minimal trial in %s', (locale) => {
    const html = detail(locale, minimal);
    expect(html).toMatch(/^<article class="nrw nrw-trial-detail"/);
    expect(html).toContain('<h2');
    expect(text(html)).toContain(locale === 'de' ? 'Studientyp Beobachtungsstudie' : 'Study type');
  });

  it('renders every part of a full trial in English', () => {
    const html = detail('en');
    const plain = text(html);
    expect(plain).toContain('Scientific title A randomised example trial');
    expect(plain).toContain('Acronym BEISPIEL-HERZ');
    expect(plain).toContain('Why it stopped Slow recruitment (example)');
    expect(plain).toContain('Start March 2023 (actual)');
    expect(plain).toContain('Completion 2025 (estimated)');
    expect(plain).toContain('Registered Jan 15, 2023');
    expect(plain).toContain('planned 240');
    expect(plain).toContain('Beispielstiftung');
    expect(html).toContain('<a href="mailto:studien@example.org">studien@example.org</a>');
    expect(html).toContain('<a href="tel:+492010000000">+49 201 0000000</a>');
    expect(plain).toContain('Primary outcome : Peak oxygen uptake');
    expect(plain).toContain('Time frame: 12 weeks');
    expect(plain).toContain('Beispiel-Universitätsklinikum, Essen, DE (Recruiting)');
    expect(plain).toContain('Record NCT00000001');
    expect(html).toContain('<a href="https://clinicaltrials.gov/study/NCT00000001">');
    // Criteria only in German are marked as German, inside a native <details>.
    expect(html).toMatch(/<summary>Criteria<\/summary><p class="[^"]*" lang="de">Einschluss/);
  });

  it('renders a full trial in German', () => {
    const plain = text(detail('de'));
    expect(plain).toContain('Phase Phase 2 / Phase 3');
    expect(plain).toContain('Ende 2025 (geplant)');
    expect(plain).toContain('Kontakt für öffentliche Anfragen');
    expect(plain).toContain('Herkunft der Daten');
  });

  it('shows an email or phone that is not one as text, not as a link', () => {
    const trial = {
      ...full,
      contacts: [{ role: 'public' as const, email: 'x@y.de?subject=<b>', phone: 'call me' }],
    };
    const html = detail('en', trial);
    expect(html).not.toContain('mailto:');
    expect(html).not.toContain('tel:');
    expect(text(html)).toContain('Phone: call me');
  });

  it('renders a trial with missing parts', () => {
    const html = detail('en', sparse);
    expect(html).not.toContain('Sites');
    expect(html).not.toContain('Phase');
    expect(text(html)).toContain('Last updated November 2024');
  });
});
