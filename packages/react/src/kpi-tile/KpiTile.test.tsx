import { type IndicatorDefinition, type Locale, locales } from '@nrw-health/core';
import { exampleIndicatorDefinitions } from '@nrw-health/core/examples';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { describe, expect, it } from 'vitest';
import { beds, flaggedSeries } from '../indicator-chart/examples';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { renderToStringStrict } from '../testing/ssr';
import { KpiTile, type KpiTileProps } from './KpiTile';

const real = (id: string) => indicatorDefinitions.find((definition) => definition.id === id)!;
const revenue = real('health-economy-revenue');

const html = (props: Partial<KpiTileProps> & { locale?: Locale }) => {
  const { locale = 'en', ...rest } = props;
  return renderToStringStrict(
    <NrwHealthProvider locale={locale}>
      <KpiTile definition={revenue} observations={observations} {...rest} />
    </NrwHealthProvider>,
  );
};

// Tags read as a space, no-break spaces as spaces; React's markers between texts as nothing.
const text = (markup: string) =>
  markup
    .replaceAll('<!-- -->', '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
const shown = (markup: string) =>
  text(
    markup.match(/<span aria-hidden="true">(.*?)<\/span><span class="nrw-visually-hidden">/)![1]!,
  ).trim();
const heard = (markup: string) => markup.match(/<span class="nrw-visually-hidden">([^<]*)</)![1];

describe('KpiTile on the server', () => {
  it.each(locales)('renders an article with its heading in %s', (locale) => {
    const markup = html({ locale, region: 'RVR' });
    expect(markup).toMatch(
      new RegExp(`^<article class="nrw nrw-kpi-tile" lang="${locale}" aria-labelledby="[^"]+"><h3`),
    );
  });

  it('shows real revenue compact ("€19.9bn", "19,9 Mrd. €"), whole for screen readers', () => {
    expect(shown(html({ region: 'RVR' }))).toBe('€19.9bn');
    expect(heard(html({ region: 'RVR' }))).toBe('19.93 billion euros');
    expect(shown(html({ region: 'RVR', locale: 'de' }))).toBe('19,9 Mrd. €');
    expect(heard(html({ region: 'RVR', locale: 'de' }))).toBe('19,93 Milliarden Euro');
    expect(text(html({ region: 'RVR' }))).toContain('Ruhr (Regionalverband Ruhr area), 2021');
  });

  it('tells the change against the latest earlier value in words', () => {
    const added = real('health-economy-gross-value-added');
    expect(text(html({ definition: added }))).toContain('▲ Up 57.9% (€11bn) on 2019');
    expect(text(html({ definition: added, locale: 'de' }))).toContain(
      'Gestiegen um 57,9 % (11 Mrd. €) gegenüber 2019',
    );
    const employees = real('health-economy-employees-social-insurance');
    const markup = html({ definition: employees });
    expect(shown(markup)).toBe('367.4k persons');
    expect(heard(markup)).toBe('367,365 persons');
    expect(text(markup)).toContain('Up 1.6% (5,687) on 2021');
  });

  it('says "down", "unchanged", and when there is nothing to compare with', () => {
    const bochum = { definition: beds, observations: flaggedSeries, region: '05911' };
    expect(text(html({ ...bochum, period: '2020' }))).toContain('▼ Down 1.2% (40) on 2019');
    const flat = flaggedSeries.map((observation) =>
      observation.region === '05913' && observation.value !== null
        ? { ...observation, value: 4200 }
        : observation,
    );
    expect(text(html({ definition: beds, observations: flat, region: '05913' }))).toContain(
      '■ Unchanged on 2022',
    );
    const none = html({ ...bochum, comparePeriod: '2021', locale: 'de' });
    expect(text(none)).toContain('Kein Vergleichswert für 2021');
    expect(none).not.toContain('nrw-kpi-tile__arrow');
    // The first value has nothing before it: no change line at all.
    expect(html({ ...bochum, period: '2019' })).not.toContain('nrw-kpi-tile__change');
  });

  it('tells the change of a percentage in percentage points', () => {
    const share = exampleIndicatorDefinitions.find(
      (definition) => definition.id === 'example-female-share',
    ) as IndicatorDefinition;
    const quarters = [
      { indicator: share.id, region: '05113', period: '2023-Q1', value: 48.2, status: 'normal' },
      { indicator: share.id, region: '05113', period: '2023-Q2', value: 49.5, status: 'normal' },
    ] as const;
    const markup = html({ definition: share, observations: quarters });
    expect(shown(markup)).toBe('49.5%');
    expect(text(markup)).toContain('Up 1.3 percentage points on Q1 2023');
    expect(text(html({ definition: share, observations: quarters, locale: 'de' }))).toContain(
      'Gestiegen um 1,3 Prozentpunkte gegenüber 1. Quartal 2023',
    );
  });

  it('never shows a missing value as 0, and names flags', () => {
    const missing = html({
      definition: beds,
      observations: flaggedSeries,
      region: '05911',
      period: '2021',
    });
    expect(shown(missing)).toBe('no value');
    expect(missing).not.toContain('nrw-kpi-tile__change');
    const provisional = html({ definition: beds, observations: flaggedSeries, region: '05113' });
    expect(text(provisional)).toContain('Essen, 2023, Provisional');
    expect(text(html({ definition: beds, observations: [] }))).toContain('no value');
  });

  it('lists the notes and sources of the figure', () => {
    const markup = html({ region: 'RVR' });
    expect(markup).toMatch(/<details class="nrw-kpi-tile__notes"><summary>Notes<\/summary>/);
    expect(text(markup)).toContain('The web page writes &quot;19.93 Mrd. €&quot;');
    expect(text(markup)).toContain('Sources (2)');
    expect(text(markup)).toContain('Smarte Spezialisierung: Gesundheit');
  });

  it('says what is loading and what failed', () => {
    expect(text(html({ status: 'loading' }))).toContain('Loading…');
    expect(html({ status: 'loading' })).not.toContain('nrw-kpi-tile__value');
    expect(text(html({ status: 'error', errorDetail: 'Timeout', locale: 'de' }))).toContain(
      'Die Daten konnten nicht geladen werden. Timeout',
    );
  });

  it('takes a title, a heading level and label overrides', () => {
    const markup = renderToStringStrict(
      <NrwHealthProvider
        locale="en"
        labels={{ en: { 'kpiTile.up': 'Grew by {change} since {period}' } }}
      >
        <KpiTile
          definition={real('health-economy-gross-value-added')}
          observations={observations}
          title="Value added"
          headingLevel={4}
        />
      </NrwHealthProvider>,
    );
    expect(markup).toMatch(/<h4 id="[^"]+" class="nrw-kpi-tile__title">Value added</);
    expect(text(markup)).toContain('Grew by 57.9% (€11bn) since 2019');
  });
});
