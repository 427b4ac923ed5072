import { describe, expect, it, vi } from 'vitest';
import { dataTableMessages } from '../data-table/messages';
import { renderToStringStrict } from '../testing/ssr';
import { defaultSettings } from './context';
import { NrwHealthProvider } from './NrwHealthProvider';
import { helpersFor, useNrwHealth } from './use-nrw-health';

/** Prints what a widget inside would see. */
function Probe() {
  const { locale, t, formatNumber, formatDate, formatRelativeTime } =
    useNrwHealth(dataTableMessages);
  return (
    <p>
      {[
        locale,
        t('dataTable.rowCount', { count: 10_000 }),
        formatNumber(null),
        formatDate('2024-05-17T23:30:00Z'),
        formatRelativeTime('2024-05-14T12:00:00Z'),
      ].join(' | ')}
    </p>
  );
}

const now = '2024-05-17T12:00:00Z';

describe('NrwHealthProvider on the server', () => {
  it('works without a provider: English, the kit texts', () => {
    const html = renderToStringStrict(<Probe />);
    expect(html).toContain('en | 10,000 rows | no value | ');
  });

  it('gives the locale, labels, time zone and "now" to everything inside', () => {
    const html = renderToStringStrict(
      <NrwHealthProvider
        locale="de"
        timeZone="Europe/Berlin"
        now={now}
        labels={{
          de: { 'dataTable.rowCount': { one: '{count} Studie', other: '{count} Studien' } },
        }}
      >
        <Probe />
      </NrwHealthProvider>,
    );
    expect(html).toContain('de | 10.000 Studien | keine Angabe | 18.05.2024 | vor 3 Tagen');
  });

  it('starts at defaultLocale when uncontrolled', () => {
    const html = renderToStringStrict(
      <NrwHealthProvider defaultLocale="de" timeZone="UTC" now={now}>
        <Probe />
      </NrwHealthProvider>,
    );
    expect(html).toContain('de | 10.000 Zeilen | keine Angabe | 17.05.2024 | vor 3 Tagen');
  });

  it('lets an inner provider inherit what it does not set, and override the rest', () => {
    const html = renderToStringStrict(
      <NrwHealthProvider
        locale="de"
        timeZone="UTC"
        now={now}
        labels={{
          de: { 'value.missing': 'k. A.', 'dataTable.rowCount': { other: '{count} Orte' } },
        }}
      >
        <NrwHealthProvider labels={{ de: { 'dataTable.rowCount': { other: '{count} Kliniken' } } }}>
          <Probe />
        </NrwHealthProvider>
        <NrwHealthProvider locale="en">
          <Probe />
        </NrwHealthProvider>
      </NrwHealthProvider>,
    );
    expect(html).toContain('de | 10.000 Kliniken | k. A. | 17.05.2024 | vor 3 Tagen');
    expect(html).toContain('en | 10,000 rows | no value | May 17, 2024 | 3 days ago');
  });

  it('ignores a locale it does not speak', () => {
    const html = renderToStringStrict(
      <NrwHealthProvider locale={'fr' as never}>
        <Probe />
      </NrwHealthProvider>,
    );
    expect(html).toContain('en | 10,000 rows');
  });

  it('renders no element of its own', () => {
    expect(renderToStringStrict(<NrwHealthProvider>text</NrwHealthProvider>)).toBe('text');
  });
});

describe('helpersFor', () => {
  it('makes its collator on the first comparison, not before', async () => {
    // A fresh module, so that no collator is cached from the tests before.
    vi.resetModules();
    const fresh = await import('./use-nrw-health');
    const Collator = Intl.Collator;
    let made = 0;
    Intl.Collator = class extends Collator {
      constructor(...args: ConstructorParameters<typeof Collator>) {
        super(...args);
        made++;
      }
    } as typeof Collator;
    try {
      const { compare } = fresh.helpersFor({ ...defaultSettings, locale: 'de' });
      expect(made).toBe(0);
      expect(['b', 'a'].sort(compare)).toEqual(['a', 'b']);
      expect(made).toBe(1);
      expect(compare('Ärzte', 'Arzt')).toBeGreaterThan(0);
      expect(made).toBe(1);
    } finally {
      Intl.Collator = Collator;
    }
  });

  it('compares texts the way the locale sorts them', () => {
    const { compare } = helpersFor({ ...defaultSettings, locale: 'de' });
    expect(['Zentrum 10', 'Ärztenetz', 'Zentrum 2', 'Apotheke'].sort(compare)).toEqual([
      'Apotheke',
      'Ärztenetz',
      'Zentrum 2',
      'Zentrum 10',
    ]);
  });
});
