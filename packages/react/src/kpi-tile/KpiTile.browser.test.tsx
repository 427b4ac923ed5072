import { type IndicatorDefinition, type Locale, locales, type Observation } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { poisoned } from '../indicator-chart/chart-testing';
import { beds, flaggedSeries } from '../indicator-chart/examples';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { expectNoAxeViolations } from '../testing/axe';
import { expectFocusVisible } from '../testing/keyboard';
import { expectNoXss, resetXss, xssPayloads } from '../testing/xss';
import { KpiTile, type KpiTileProps } from './KpiTile';

const real = (id: string) => indicatorDefinitions.find((definition) => definition.id === id)!;
const revenue = real('health-economy-revenue');
const added = real('health-economy-gross-value-added');
const page = { background: 'var(--nrw-color-layout-background-default)' };

function Tiles(props: { locale?: Locale; theme?: 'dark'; tiles: Partial<KpiTileProps>[] }) {
  return (
    <NrwHealthProvider locale={props.locale ?? 'en'}>
      <main className="nrw" data-nrw-theme={props.theme} style={page}>
        <h1>Key figures</h1>
        {props.tiles.map((tile, index) => (
          <KpiTile
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of test tiles
            key={index}
            definition={revenue}
            observations={observations}
            headingLevel={2}
            {...tile}
          />
        ))}
      </main>
    </NrwHealthProvider>
  );
}

describe('KpiTile in Chromium', () => {
  describe.each(locales)('axe, %s', (locale) => {
    it.each<[string, Partial<KpiTileProps>[], 'dark' | undefined]>([
      [
        'real figures with change, notes and sources',
        [{ region: 'RVR' }, { definition: added }],
        undefined,
      ],
      [
        'a missing value, down, no comparison',
        [
          { definition: beds, observations: flaggedSeries, region: '05911', period: '2021' },
          { definition: beds, observations: flaggedSeries, region: '05911', period: '2020' },
          { definition: beds, observations: flaggedSeries, region: '05911', comparePeriod: '2021' },
        ],
        undefined,
      ],
      [
        'no data, loading and an error',
        [{ observations: [] }, { status: 'loading' }, { status: 'error', errorDetail: 'HTTP 503' }],
        undefined,
      ],
      [
        'long German compound words',
        [
          {
            title: 'Gesundheitswirtschaftsbruttowertschöpfungsentwicklungsrechnung',
            region: 'RVR',
          },
        ],
        undefined,
      ],
      ['the dark theme', [{ definition: added }], 'dark'],
    ])('%s: 0 violations', async (_, tiles, theme) => {
      const { container } = render(<Tiles locale={locale} theme={theme} tiles={tiles} />);
      for (const details of container.querySelectorAll('details')) details.open = true;
      await expectNoAxeViolations(container);
    });
  });

  it('reads the value in full and the change in words, not only by arrow', () => {
    const { container } = render(<Tiles tiles={[{ definition: added }]} />);
    const value = container.querySelector('.nrw-kpi-tile__value')!;
    // What a screen reader gets: the hidden whole number, not the compact one.
    expect(value.querySelector('[aria-hidden="true"]')?.textContent).toBe('€30bn');
    expect(value.querySelector('.nrw-visually-hidden')?.textContent).toBe('30 billion euros');
    const change = container.querySelector('.nrw-kpi-tile__change')!;
    expect(change.querySelector('[aria-hidden="true"]')?.textContent).toBe('▲ ');
    expect(change.textContent).toBe('▲ Up 57.9% (€11bn) on 2019');
    expect(container.querySelector('article')?.getAttribute('aria-labelledby')).toBe(
      container.querySelector('h2')?.id,
    );
  });

  it('opens its notes by keyboard and leaves', async () => {
    const { container } = render(<Tiles tiles={[{ region: 'RVR' }]} />);
    await userEvent.tab();
    const summary = container.querySelector('summary')!;
    expectFocusVisible(summary);
    await userEvent.keyboard('{Enter}');
    expect(container.querySelector('details')!.open).toBe(true);
    expect(summary.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    await userEvent.tab();
    expect(container.contains(document.activeElement)).toBe(false);
  });

  describe('XSS', () => {
    beforeEach(() => resetXss());

    it.each(xssPayloads)(
      'renders %j in every text prop and data field as text',
      async (payload) => {
        const tiles: Partial<KpiTileProps>[] = [
          {
            definition: poisoned(added, payload) as IndicatorDefinition,
            observations: poisoned(observations, payload) as Observation[],
            region: payload,
          },
          {
            definition: {
              ...added,
              title: { en: payload },
              unit: { code: payload, label: { en: payload } },
              sources: [{ producer: payload, url: payload }],
            } as IndicatorDefinition,
            observations: observations.map((observation) => ({
              ...observation,
              footnotes: [{ en: payload }],
              source: { title: payload, url: payload },
            })),
            regionNames: { RVR: payload },
            title: payload,
          },
          { status: 'error', errorDetail: payload },
        ];
        const { container } = render(<Tiles tiles={tiles} />);
        for (const details of container.querySelectorAll('details')) details.open = true;
        await expectNoXss(container);
        expect(container.textContent).toContain(payload.slice(0, 5));
        expect(container.querySelector('a[href*="script" i]')).toBeNull();
      },
    );
  });
});
