import { describe, expect, it } from 'vitest';
import { readGenesisCsv } from './read';

// Synthetic: flat files (ffcsv) written for these tests after the column layout Destatis
// documents for GENESIS-Online; the figures are made up, not taken from any table.
const header =
  'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value_variable_code;value_variable_label;value;value_unit;value_q';

const german = [
  header,
  '12411;Fortschreibung des Bevölkerungsstandes;STAG;Stichtag;31.12.2023;DINSG;Deutschland insgesamt;DG;Deutschland;GES;Geschlecht;GESM;männlich;BEVSTD;Bevölkerungsstand;41.000.000,5;Anzahl;p',
  '12411;Fortschreibung des Bevölkerungsstandes;STAG;Stichtag;31.12.2023;KREISE;Kreise und krfr. Städte;05113;Essen, Stadt;ALTX20;Altersgruppen;ALT075UM;75 Jahre und mehr;BEVSTD;Bevölkerungsstand;-;Anzahl;',
  '12411;Fortschreibung des Bevölkerungsstandes;STAG;Stichtag;31.12.2023;KREISE;Kreise und krfr. Städte;05354;Aachen, Kreis;;;;;BEVSTD;Bevölkerungsstand;5;Anzahl;e',
  '12411;Fortschreibung des Bevölkerungsstandes;JAHR;Jahr;2023;DLAND;Bundesländer;05;Nordrhein-Westfalen;FACHAB;Fachabteilung;FA-AUG;Augenheilkunde;BEVSTD;Bevölkerungsstand;x;Anzahl;',
].join('\n');

describe('readGenesisCsv on flat files (ffcsv)', () => {
  const result = readGenesisCsv(`\uFEFF${german}`);
  const observations = result.value!.observations;

  it('reads region, period, sex, age and other variables from the variable columns', () => {
    expect(observations).toEqual([
      {
        indicator: '12411-bevstd',
        region: 'DE',
        period: '2023-12-31',
        value: 41000000.5,
        status: 'provisional',
        flag: 'p',
        breakdowns: { sex: 'male' },
      },
      {
        indicator: '12411-bevstd',
        region: '05113',
        period: '2023-12-31',
        value: 0,
        status: 'normal',
        flag: '-',
        breakdowns: { ageGroup: 'Y_GE75' },
      },
      {
        indicator: '12411-bevstd',
        region: '05',
        period: '2023',
        value: null,
        status: 'not-applicable',
        flag: 'x',
        breakdowns: { dimensions: { FACHAB: 'FA-AUG' } },
      },
    ]);
  });

  it('reports an unknown key and keeps its value as lost', () => {
    expect(result.issues.map((i) => [i.path.join('.'), i.code, i.message])).toEqual([
      [
        'rows.3.7',
        'unknown_region',
        'Unknown region "05354 Aachen, Kreis": not in the region registry.',
      ],
    ]);
    expect(result.lost).toEqual([{ path: 'rows[3].value', pattern: 'rows[*].value', value: '5' }]);
  });

  it('lists the dimensions with their labels and the unit of the value variable', () => {
    const dataset = result.value!;
    expect(dataset.id).toBe('12411');
    expect(dataset.label).toEqual({ de: 'Fortschreibung des Bevölkerungsstandes' });
    const geo = dataset.dimensions.find((d) => d.id === 'KREISE')!;
    expect(geo.role).toBe('geo');
    expect(geo.categories[0]).toEqual({ id: '05113', label: { de: 'Essen, Stadt' } });
    const metric = dataset.dimensions.find((d) => d.role === 'metric')!;
    expect(metric.categories).toEqual([
      { id: '12411-bevstd', label: { de: 'Bevölkerungsstand' }, unit: { label: { de: 'Anzahl' } } },
    ]);
  });

  it('reads English decimals, told from the values or set in the options', () => {
    const english = [
      header,
      '21611;Kinos;JAHR;Year;2022;DINSG;Germany;DG;Germany;;;;;FILM08;Seats;9.26;EUR;e',
      '21611;Kinos;JAHR;Year;2022;DINSG;Germany;DG;Germany;;;;;FILM11;Cinemas;1730;number;',
      '21611;Kinos;JAHR;Year;2022;DINSG;Germany;DG;Germany;;;;;FILM12;Other;12;number;q',
    ].join('\n');
    const read = readGenesisCsv(english, { indicator: (code) => code.toLowerCase() });
    expect(read.value!.observations.map((o) => [o.indicator, o.value, o.status, o.flag])).toEqual([
      ['film08', 9.26, 'normal', 'e'],
      ['film11', 1730, 'normal', undefined],
      ['film12', 12, 'normal', 'q'],
    ]);
    expect(read.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_code', 'rows.3.17'],
    ]);
    const forced = readGenesisCsv(english.split('\n').slice(0, 3).join('\n'), { decimal: ',' });
    expect(forced.issues.map((i) => i.code)).toEqual(['invalid_format']);
  });

  it('keeps columns it does not know as lost', () => {
    const extra = `${header};remark\n12411;B;JAHR;Jahr;2023;DINSG;D;DG;Deutschland;;;;;BEV;B;1;Anzahl;;geschätzt`;
    const read = readGenesisCsv(extra);
    expect(read.value!.observations).toHaveLength(1);
    expect(read.lost).toEqual([
      { path: 'rows[1].remark', pattern: 'rows[*].remark', value: 'geschätzt' },
    ]);
  });
});
