import type { Locale, Observation } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../provider/context';
import { helpersFor } from '../provider/use-nrw-health';
import { beds, flaggedSeries, years } from './examples';
import { indicatorChartMessages } from './messages';
import { chartData } from './series';
import { summarize } from './summary';

const helpers = (locale: Locale) =>
  helpersFor({ ...defaultSettings, locale, timeZone: 'UTC' }, [indicatorChartMessages]);
const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;
const witten = { '05954036': 'Witten', '11000': 'Berlin', '02000': 'Hamburg' };

describe('chartData', () => {
  it('makes one series per region, in the order of the data, with sorted periods', () => {
    const data = chartData(beds, [...flaggedSeries].reverse(), helpers('en'));
    expect(data.series.map((series) => series.label)).toEqual(['Dortmund', 'Bochum', 'Essen']);
    expect(data.periods).toEqual([...years]);
    expect(data.points).toHaveLength(15);
    expect(data.skipped).toBe(0);
    expect(data.byBreakdown).toBe(false);
  });

  it('keeps missing values as null, never 0, and names their status', () => {
    const data = chartData(beds, flaggedSeries, helpers('en'));
    const bochum2021 = data.series[1]!.byPeriod[2]!;
    expect(bochum2021.value).toBeNull();
    expect(bochum2021.label).toBe('Bochum, 2021: no value, Missing value, note 3');
    const dortmund2020 = data.series[2]!.byPeriod[1]!;
    expect(dortmund2020.label).toBe('Dortmund, 2020: no value, Confidential, note 6');
  });

  it('numbers each flag and footnote once, in the order they first appear', () => {
    const data = chartData(beds, flaggedSeries, helpers('de'));
    expect(data.notes.map((note) => note.text)).toEqual([
      'Geschätzt: Ein geschätzter oder ergänzter (imputierter) Wert.',
      'Vorläufig: Ein vorläufiger Wert, der sich noch ändern kann.',
      'Fehlender Wert: Der Wert liegt nicht vor: nicht erhoben, noch nicht verfügbar oder nicht sicher genug.',
      'Bruch in der Zeitreihe: Ab diesem Wert ist die Reihe nur eingeschränkt mit früheren Werten vergleichbar; der Wert nach alter Methode kann als preBreakValue mitkommen.',
      'Beispiel: neue Abgrenzung ab 2022.',
      'Geheim gehalten: Der Wert wird aus Gründen der Geheimhaltung nicht veröffentlicht. Der Destatis-Punkt („unbekannt oder geheim zu halten“) wird hierher gezählt.',
    ]);
    const essen2023 = data.series[0]!.byPeriod[4]!;
    expect(essen2023.notes).toEqual([2]);
    expect(essen2023.label).toBe('Essen, 2023: 5.600 Betten, Vorläufig, Anmerkung 2');
    expect(data.series[1]!.byPeriod[3]!.notes).toEqual([4, 5]);
  });

  it('marks notes in another language than the page', () => {
    const data = chartData(
      beds,
      [{ ...flaggedSeries[0]!, footnotes: [{ de: 'Nur deutsch.' }] }],
      helpers('en'),
    );
    expect(data.notes).toEqual([{ number: 1, text: 'Nur deutsch.', lang: 'de' }]);
  });

  it('splits series by breakdown where the observations differ by one', () => {
    const shares = observations.filter(
      (observation) => observation.indicator === 'digital-health-publication-share-by-field',
    );
    const definition = indicatorDefinitions.find((one) => one.id === shares[0]!.indicator)!;
    const data = chartData(definition, shares, helpers('en'));
    expect(data.byBreakdown).toBe(true);
    expect(data.series.map((series) => series.label)).toEqual([
      'telemedicine',
      'e-health',
      'm-health',
      'digital-health',
    ]);
    const mixed = chartData(
      beds,
      [
        { ...flaggedSeries[0]!, breakdowns: { sex: 'female' } },
        { ...flaggedSeries[0]!, breakdowns: { sex: 'male' } },
        { ...flaggedSeries[5]!, breakdowns: { sex: 'male' } },
      ],
      helpers('de'),
    );
    expect(mixed.series.map((series) => series.label)).toEqual([
      'Essen, Weiblich',
      'Essen, Männlich',
      'Bochum, Männlich',
    ]);
  });

  it('counts what it cannot show instead of dropping it or crashing', () => {
    const garbage = [
      null,
      42,
      'text',
      { indicator: beds.id },
      { indicator: beds.id, region: '05113', period: '2019', value: '5000', status: 'normal' },
      { indicator: beds.id, region: '05113', period: '2019', value: Number.NaN, status: 'normal' },
      { indicator: beds.id, region: '05113', period: '2019', value: 5, status: 'confidential' },
      flaggedSeries[0],
      flaggedSeries[0],
      { ...flaggedSeries[0], indicator: 'another-indicator' },
    ] as unknown as Observation[];
    const data = chartData(beds, garbage, helpers('en'));
    expect(data.points).toHaveLength(1);
    expect(data.skipped).toBe(8);
    expect(chartData(beds, null as never, helpers('en')).points).toEqual([]);
    expect(chartData(null as never, flaggedSeries, helpers('en')).points).toEqual([]);
  });
});

describe('summarize', () => {
  const summary = (list: readonly Observation[], locale: Locale = 'en', definition = beds) =>
    summarize(
      chartData(definition, list, helpers(locale), { regionNames: witten }),
      definition,
      helpers(locale),
    );

  it('names the highest and lowest of the latest period, from real data', () => {
    expect(summary(observations, 'en', trials)).toBe(
      '2013–2022: highest United States with 19,233 studies, lowest Witten with 101 studies.',
    );
    expect(summary(observations, 'de', trials)).toBe(
      '2013–2022: am höchsten Vereinigte Staaten mit 19.233 Studien, am niedrigsten Witten mit 101 Studien.',
    );
  });

  it('tells each series’ change and the missing values', () => {
    expect(summary(flaggedSeries)).toBe(
      '2023: highest Essen with 5,600 beds, lowest Bochum with 3,140 beds. ' +
        'Essen rose from 5,000 beds in 2019 to 5,600 beds in 2023. ' +
        'Bochum fell from 3,300 beds in 2019 to 3,140 beds in 2023. ' +
        'Dortmund rose from 4,200 beds in 2019 to 4,240 beds in 2023. ' +
        '2 values are missing.',
    );
  });

  it('describes one value, an unchanged series, and counts rises and falls of many', () => {
    expect(summary([flaggedSeries[0]!])).toBe('Essen, 2019: 5,000 beds.');
    const flat = years.map((period) => ({ ...flaggedSeries[0]!, period, value: 7 }));
    expect(summary(flat, 'de')).toBe(
      'Essen, 2023: 7 Betten. Essen ist von 2019 bis 2023 bei 7 Betten geblieben.',
    );
    const many = ['05112', '05113', '05117', '05119'].flatMap((region, index) =>
      ['2019', '2023'].map((period, at) => ({
        ...flaggedSeries[0]!,
        region,
        period,
        status: 'normal' as const,
        value: 100 + (index % 2 === 0 ? at : -at) * (index + 1),
      })),
    );
    expect(summary(many)).toBe(
      '2023: highest Mülheim an der Ruhr with 103 beds, lowest Oberhausen with 96 beds. ' +
        'From 2019 to 2023, 2 of 4 series rose and 2 fell.',
    );
  });

  it('says so when there is nothing to summarise', () => {
    expect(summary([])).toBe('No data for this indicator.');
    expect(summary([flaggedSeries[7]!], 'de')).toBe('Keine Daten zu diesem Indikator.');
  });
});
