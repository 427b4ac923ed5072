import {
  type IndicatorDefinition,
  type Locale,
  locales,
  type Observation,
  ruhrDistricts,
} from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { contrastOf, poisoned } from '../indicator-chart/chart-testing';
import {
  beds,
  bedsPer100k,
  districtObservations,
  innovationIndex,
  population,
} from '../indicator-chart/examples';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { expectNoAxeViolations } from '../testing/axe';
import { expectFocusVisible } from '../testing/keyboard';
import { expectNoXss, resetXss, xssPayloads } from '../testing/xss';
import { RegionComparison, type RegionComparisonProps } from './RegionComparison';

const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;
const parts = { [beds.id]: beds, [population.id]: population };
const page = { background: 'var(--nrw-color-layout-background-default)' };
const index = ruhrDistricts.map((region, at) => ({
  indicator: innovationIndex.id,
  region,
  period: '2023',
  value: 90 + at,
  status: 'normal' as const,
}));

function Page(props: Partial<RegionComparisonProps> & { locale?: Locale; theme?: 'dark' }) {
  const { locale = 'en', theme, ...rest } = props;
  return (
    <NrwHealthProvider locale={locale}>
      <main className="nrw" data-nrw-theme={theme} style={page}>
        <h1>The Ruhr compared</h1>
        <RegionComparison
          definition={beds}
          observations={districtObservations}
          headingLevel={2}
          {...rest}
        />
      </main>
    </NrwHealthProvider>
  );
}

describe('RegionComparison in Chromium', () => {
  describe.each(locales)('axe, %s', (locale) => {
    it.each<[string, Partial<RegionComparisonProps> & { theme?: 'dark' }]>([
      ['counts of 15 districts', {}],
      ['a rate recomputed from its parts', { definition: bedsPer100k, definitions: parts }],
      ['an index the Ruhr cannot have', { definition: innovationIndex, observations: index }],
      ['real trial counts with gaps', { definition: trials, observations }],
      ['no data', { observations: [] }],
      ['loading', { status: 'loading' }],
      ['an error', { status: 'error', errorDetail: 'HTTP 500' }],
      [
        'long German compound words',
        {
          title: 'Krankenhausbettenbedarfsplanungsfortschreibung',
          regionNames: { '05113': 'Oberbürgermeisterinnenwahlbezirksverwaltung' },
        },
      ],
      ['the dark theme', { theme: 'dark' }],
    ])('%s: 0 violations', async (_, props) => {
      const { container } = render(<Page locale={locale} {...props} />);
      await expectNoAxeViolations(container);
    });
  });

  it('names each bar chart by its heading and describes it by the summary', () => {
    const { container } = render(<Page />);
    const svgs = container.querySelectorAll('svg');
    expect(svgs).toHaveLength(2);
    const names = [...svgs].map(
      (svg) => document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent,
    );
    expect(names).toEqual(['The Ruhr, North Rhine-Westphalia and Germany', 'District by district']);
    const description = document.getElementById(
      svgs[0]!.getAttribute('aria-describedby')!,
    )?.textContent;
    expect(description).toMatch(
      /^2023: Ruhr \(Regionalverband Ruhr area\) [\d,]+ beds; North Rhine-Westphalia/,
    );
  });

  it('is operated by keyboard: the table sorts, focus stays, then leaves', async () => {
    const { container } = render(<Page />);
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('th button')];
    await userEvent.tab();
    expectFocusVisible(buttons[0]!);
    await userEvent.tab();
    expectFocusVisible(buttons[1]!);
    await userEvent.keyboard('{Enter}');
    expect(container.querySelector('th[aria-sort="ascending"]')?.textContent).toMatch(/^Value/);
    await userEvent.keyboard(' ');
    expect(container.querySelector('th[aria-sort="descending"]')?.textContent).toMatch(/^Value/);
    expectFocusVisible(buttons[1]!);
    await userEvent.tab();
    expectFocusVisible(buttons[2]!);
    // The source link of the example data, then out.
    await userEvent.tab();
    expectFocusVisible(container.querySelector('.nrw-chart__sources a'));
    await userEvent.tab();
    expect(container.contains(document.activeElement)).toBe(false);
  });

  it.each([undefined, 'dark'] as const)(
    'draws bars with 3:1 contrast or more (%s theme)',
    (theme) => {
      const { container } = render(<Page theme={theme} />);
      const background = getComputedStyle(container.querySelector('section')!).backgroundColor;
      const bars = container.querySelectorAll('rect');
      expect(bars).toHaveLength(18);
      for (const bar of bars) {
        expect(contrastOf(getComputedStyle(bar).fill, background)).toBeGreaterThanOrEqual(3);
      }
    },
  );

  describe('XSS', () => {
    beforeEach(() => resetXss());

    it.each(xssPayloads)(
      'renders %j in every text prop and data field as text',
      async (payload) => {
        for (const props of [
          {
            definition: poisoned(beds, payload) as IndicatorDefinition,
            observations: poisoned(districtObservations, payload) as Observation[],
          },
          {
            definition: {
              ...beds,
              title: { en: payload },
              definition: { en: payload },
              unit: { code: payload, label: { en: payload } },
              sources: [{ producer: payload, url: payload }],
            } as IndicatorDefinition,
            observations: districtObservations.map((observation) => ({
              ...observation,
              footnotes: [{ en: payload }],
              source: { title: payload, url: payload },
            })),
            regionNames: { '05113': payload, RVR: payload },
            title: payload,
            period: payload,
          },
          { status: 'error' as const, errorDetail: payload },
        ]) {
          const { container, unmount } = render(<Page {...props} />);
          await expectNoXss(container);
          expect(container.textContent).toContain(payload.slice(0, 5));
          expect(container.querySelector('a[href*="script" i]')).toBeNull();
          unmount();
        }
      },
    );
  });
});
