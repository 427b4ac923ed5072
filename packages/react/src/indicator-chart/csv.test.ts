import type { Observation } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { readObservationsCsv } from '@nrw-health/interop';
import { describe, expect, it } from 'vitest';
import { indicatorCsv } from './csv';
import { beds, flaggedSeries } from './examples';

const trials = indicatorDefinitions.find((definition) => definition.id === 'clinical-trials')!;
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('indicatorCsv', () => {
  it('writes English CSV: comma, decimal point, CRLF, no byte-order mark', () => {
    const csv = indicatorCsv(trials, observations, { locale: 'en' });
    expect(csv.startsWith('\uFEFF')).toBe(false);
    const [header, first] = lines(csv);
    expect(header).toBe(
      'indicator,region,region_name,period,value,unit,unit_multiplier,status,footnotes,source',
    );
    expect(first).toMatch(
      /^clinical-trials,RVR,Ruhr \(Regionalverband Ruhr area\),2013\/2022,1721,studies,0,normal,"\[/,
    );
    // Every observation of the indicator, and only those: one line each, and the last one empty.
    const count = observations.filter((observation) => observation.indicator === trials.id).length;
    expect(lines(csv)).toHaveLength(count + 2);
    expect(lines(csv).at(-1)).toBe('');
  });

  it('writes German CSV: semicolon, decimal comma and a byte-order mark for Excel', () => {
    const csv = indicatorCsv(beds, flaggedSeries, { locale: 'de' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = lines(csv);
    expect(rows[0]).toBe(
      'indicator;region;region_name;period;value;unit;unit_multiplier;status;flag;pre_break_value;footnotes',
    );
    expect(rows).toContain('example-hospital-beds;05911;Bochum;2021;;Betten;0;missing;...;;');
    expect(rows.find((row) => row.includes(';break;'))).toMatch(/;3100;Betten;0;break;;3050;/);
    // English dialect in a German interface, when asked for.
    expect(indicatorCsv(beds, flaggedSeries, { locale: 'de', dialect: 'en' })).toMatch(
      /^indicator,region,/,
    );
  });

  it('keeps a decimal as the dialect writes it, and never writes a missing value as 0', () => {
    const values: Observation[] = [
      { indicator: beds.id, region: '05113', period: '2020', value: 1234.5, status: 'normal' },
      { indicator: beds.id, region: '05113', period: '2021', value: 1e-7, status: 'normal' },
      { indicator: beds.id, region: '05113', period: '2022', value: null, status: 'confidential' },
      { indicator: beds.id, region: '05113', period: '2023', value: 2.5e21, status: 'normal' },
    ];
    const de = lines(indicatorCsv(beds, values, { locale: 'de' }));
    expect(de[1]).toContain(';1234,5;');
    expect(de[2]).toContain(';0,0000001;');
    expect(de[3]).toContain(';2022;;Betten;');
    expect(de[4]).toContain(';2500000000000000000000;');
    expect(lines(indicatorCsv(beds, values))[1]).toContain(',1234.5,');
  });

  it('quotes separators and quotes, and defuses spreadsheet formulae', () => {
    const hostile = {
      ...beds,
      unit: { label: { en: '=HYPERLINK("http://example.org")' } },
    };
    const csv = indicatorCsv(hostile, [{ ...flaggedSeries[0]!, flag: '+1; "p"' }], {
      regionNames: { '05113': '@Essen, "Stadt"' },
    });
    const row = lines(csv)[1]!;
    expect(row).toContain(`"'@Essen, ""Stadt"""`);
    expect(row).toContain(`"'=HYPERLINK(""http://example.org"")"`);
    expect(row).toContain(`"'+1; ""p"""`);
  });

  it('survives what is no list of observations', () => {
    expect(lines(indicatorCsv(beds, null as never))).toHaveLength(2);
    expect(lines(indicatorCsv(beds, [null, 42, 'x'] as never))).toHaveLength(2);
  });

  it.each(['de', 'en'] as const)(
    'reads back with @nrw-health/interop in the %s dialect: same values, flags and notes',
    (dialect) => {
      const given = [...flaggedSeries, ...observations.filter((o) => o.indicator === trials.id)];
      for (const definition of [beds, trials]) {
        const mine = given.filter((observation) => observation.indicator === definition.id);
        const result = readObservationsCsv(indicatorCsv(definition, mine, { dialect }));
        expect(result.issues).toEqual([]);
        expect(result.value?.observations).toEqual(mine);
        // Units have no place in an Observation (nor a name interop would write otherwise):
        // interop reports them, it never drops them unseen.
        const lost = new Set(result.lost.map((one) => one.pattern));
        expect(lost).toContain('rows[*].unit');
        expect(lost).toContain('rows[*].unit_multiplier');
        expect(
          [...lost].filter(
            (pattern) => !/^rows\[\*\]\.(unit|unit_multiplier|region_name)$/.test(pattern),
          ),
        ).toEqual([]);
      }
    },
  );
});
