import { readFileSync } from 'node:fs';
import { type Observation, validateObservation } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { readGenesisCsv } from './read';

const dir = new URL(
  '../../../../../../shared/fixtures/stats/genesis-regionalstatistik/',
  import.meta.url,
);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const population = 'mmelchger_12411-01-01-4_Bevoelkerung_Kreise_2018.csv';
const beds2017 = 'mmelchger_23111-01-04-4_Krankenhaeuser_Kreise_2017.csv';
const beds = 'rhrzic_23111-01-04-4_Krankenhaeuser_Fachabteilungen_Kreise_2004-2017.csv';
const inkar = 'rhrzic_INKAR_AverageAge_Kreise.csv';

/** The raw cells of the line that starts with `prefix`, as the file has them. */
function rawLine(name: string, prefix: string): string[] {
  const text = new TextDecoder('latin1').decode(bytes(name));
  const line = text.split(/\r?\n/).find((candidate) => candidate.startsWith(prefix));
  if (!line) throw new Error(`no line ${prefix} in ${name}`);
  return line.split(';');
}

const bedsIndicator = '23111-01-04-4-aufgestellte-betten-in-krankenhaeusern-jd';
const find = (
  observations: readonly Observation[],
  indicator: string,
  region: string,
  period: string,
) =>
  observations.filter(
    (o) => o.indicator === indicator && o.region === region && o.period === period,
  );

describe('readGenesisCsv on Regionalstatistik tables', () => {
  const hospitals = readGenesisCsv(bytes(beds));

  it('reads hand-picked cells as the file has them (Essen 2010, Kleve 2017)', () => {
    const essen = rawLine(beds, '31.12.2010;05113;');
    const [bedsCell] = find(hospitals.value!.observations, bedsIndicator, '05113', '2010-12-31');
    expect(bedsCell!.value).toBe(Number(essen[4]));
    const kleve = rawLine(beds, '31.12.2017;05154;');
    const eyes = hospitals.value!.observations.find(
      (o) =>
        o.region === '05154' &&
        o.period === '2017-12-31' &&
        o.breakdowns?.dimensions?.header3 === 'Augenheilkunde',
    )!;
    // Kleve has no eye department: Destatis "-" is nothing, a real zero.
    expect(kleve[5]).toBe('-');
    expect(eyes).toMatchObject({ value: 0, status: 'normal', flag: '-' });
  });

  it('reads "." as confidential, without a value (Aachen city, 2016)', () => {
    const aachen = rawLine(beds, '31.12.2016;05334002;');
    expect(aachen[4]).toBe('.');
    const [cell] = find(hospitals.value!.observations, bedsIndicator, '05334002', '2016-12-31');
    expect(cell).toMatchObject({ value: null, status: 'confidential', flag: '.' });
  });

  it('keeps the city key apart from its Kreis, and reports the dissolved Kreis Aachen', () => {
    const region = (code: string) =>
      find(hospitals.value!.observations, bedsIndicator, code, '2017-12-31')[0]?.value;
    expect(region('05334')).toBe(Number(rawLine(beds, '31.12.2017;05334;')[4]));
    expect(region('05334002')).toBe(Number(rawLine(beds, '31.12.2017;05334002;')[4]));
    expect(region('05354')).toBeUndefined();
    const unknown = hospitals.issues.filter((issue) => issue.code === 'unknown_region');
    expect(unknown).toHaveLength(14);
    expect(unknown[0]!.message).toContain('05354 Aachen, Kreis');
    expect(
      hospitals.lost.filter((field) => field.path.startsWith(`rows[${unknown[0]!.path[1]}]`)),
    ).toHaveLength(17);
  });

  it('reads the header: three value variables, two breakdown rows, units, 14 years', () => {
    const dimensions = hospitals.value!.dimensions;
    const metric = dimensions.find((d) => d.role === 'metric')!;
    expect(metric.categories.map((c) => c.label?.de)).toEqual([
      'Krankenhäuser',
      'aufgestellte Betten in Krankenhäusern (JD)',
      'aufgestellte Betten im Jahresdurchschnitt',
    ]);
    expect(metric.categories.every((c) => c.unit?.label?.de === 'Anzahl')).toBe(true);
    expect(dimensions.find((d) => d.role === 'time')!.categories).toHaveLength(14);
    expect(dimensions.find((d) => d.id === 'header3')!.categories).toHaveLength(15);
    expect(hospitals.value!.id).toBe('23111-01-04-4');
    expect(hospitals.value!.label?.de).toMatch(/^Krankenhäuser nach Fachabteilungen/);
  });

  it('keeps the footer: notes, licence, producer and the date of the extract', () => {
    const dataset = hospitals.value!;
    expect(dataset.updated).toBe('2020-11-13T09:42:24');
    expect(dataset.source).toMatchObject({
      producer: 'Statistische Ämter des Bundes und der Länder',
      licence: 'dl-de/by-2-0',
      table: '23111-01-04-4',
    });
    expect(dataset.notes?.some((note) => note.de?.includes('Bundeswehrkrankenhäuser'))).toBe(true);
  });

  it('gives only observations that validate', () => {
    expect(hospitals.value!.observations.length).toBeGreaterThan(100_000);
    for (const o of hospitals.value!.observations.filter((_, i) => i % 97 === 0)) {
      expect(validateObservation(o).ok).toBe(true);
    }
  });

  it('reads the population table: Germany, sex from the header, metric and unit from the title', () => {
    const result = readGenesisCsv(bytes(population));
    const germany = rawLine(population, 'DG;');
    const de = result.value!.observations.filter((o) => o.region === 'DE');
    expect(de.map((o) => [o.breakdowns?.sex, o.value])).toEqual([
      ['total', Number(germany[2])],
      ['male', Number(germany[3])],
      ['female', Number(germany[4])],
    ]);
    expect(de[0]!.period).toBe('2018-12-31');
    expect(de[0]!.indicator).toBe('12411-01-01-4-bevoelkerungsstand');
    const metric = result.value!.dimensions.find((d) => d.role === 'metric')!;
    expect(metric.categories[0]).toMatchObject({
      label: { de: 'Bevölkerungsstand' },
      unit: { label: { de: 'Anzahl' } },
    });
  });

  it('reads the 2017 extract with the same figures as the 2004-2017 one', () => {
    const single = readGenesisCsv(bytes(beds2017)).value!.observations;
    const all = new Map(
      hospitals
        .value!.observations.filter((o) => o.period === '2017-12-31')
        .map((o) => [JSON.stringify([o.indicator, o.region, o.breakdowns]), o.value]),
    );
    expect(single.length).toBeGreaterThan(9000);
    for (const o of single) {
      expect(all.get(JSON.stringify([o.indicator, o.region, o.breakdowns]))).toBe(o.value);
    }
  });

  it('reads an INKAR export: UTF-8 with a byte order mark, decimal commas, a key column kept as lost', () => {
    const result = readGenesisCsv(bytes(inkar), { indicator: 'mean-age' });
    const flensburg = rawLine(inkar, '"01001"');
    const cells = result.value!.observations.filter((o) => o.region === '01001');
    expect(cells).toHaveLength(20);
    expect(cells[0]).toMatchObject({ indicator: 'mean-age', period: '1997' });
    expect(cells[0]!.value).toBe(Number(flensburg[3]!.replace(/"/g, '').replace(',', '.')));
    expect(result.value!.dimensions[2]!.categories[0]!.label?.de).toBe(
      'Durchschnittsalter der Bevölkerung',
    );
    expect(result.lost[0]).toMatchObject({
      pattern: 'rows[*].aggregat',
      value: 'kreisfreie Stadt',
    });
    expect(result.issues).toEqual([]);
  });

  it('decodes latin-1 bytes and the same text given as a string alike', () => {
    const text = new TextDecoder('latin1').decode(bytes(population));
    const fromText = readGenesisCsv(text);
    const fromBytes = readGenesisCsv(bytes(population));
    expect(fromText.value).toEqual(fromBytes.value);
    expect(fromText.value!.label?.de).toContain('Bevölkerung');
  });
});

// Synthetic: small tables written for these tests (not from a fixture), to cover the symbols,
// flags, German number formats, an age header and years in a header row.
const syntheticTable = [
  'GENESIS-Tabelle: 99999-01-01-4',
  'Testtabelle - Stichtag 31.12. -;;;',
  'Testwerte (Anzahl);;;',
  ';;Jahr;Jahr;Jahr',
  ';;2021;2022;2023',
  ';;unter 18 Jahre;18 bis unter 65 Jahre;65 Jahre und mehr',
  'DG;Deutschland;1.234,5;123p;1.000 r',
  '05;Nordrhein-Westfalen;.;x;/',
  '05113;Essen, Kreisfreie Stadt;...;–;abc',
  '05999;Nirgendwo;1;2;3',
  '__________',
  'Erläuterung von Symbolen:',
  '- = nichts vorhanden',
  'Stand: 01.02.2024',
].join('\n');

describe('readGenesisCsv on synthetic tables', () => {
  const result = readGenesisCsv(syntheticTable);
  const at = (region: string) => result.value!.observations.filter((o) => o.region === region);

  it('reads German numbers and the flags after them', () => {
    expect(
      at('DE').map((o) => [o.period, o.value, o.status, o.flag, o.breakdowns?.ageGroup]),
    ).toEqual([
      ['2021', 1234.5, 'normal', undefined, 'Y_LT18'],
      ['2022', 123, 'provisional', 'p', 'Y18-64'],
      ['2023', 1000, 'revised', 'r', 'Y_GE65'],
    ]);
  });

  it('reads the symbols as statuses without values', () => {
    expect(at('05').map((o) => [o.value, o.status, o.flag])).toEqual([
      [null, 'confidential', '.'],
      [null, 'not-applicable', 'x'],
      [null, 'missing', '/'],
    ]);
    expect(at('05113').map((o) => [o.value, o.status, o.flag])).toEqual([
      [null, 'missing', '...'],
      [0, 'normal', '–'],
    ]);
  });

  it('reports a cell it cannot read and a key the registry does not know', () => {
    expect(result.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['rows.8.4', 'invalid_format'],
      ['rows.9.0', 'unknown_region'],
    ]);
    expect(result.lost.map((f) => f.value)).toEqual(['1', '2', '3']);
    expect(result.value!.updated).toBe('2024-02-01');
    expect(result.value!.notes).toEqual([
      { de: 'Erläuterung von Symbolen:' },
      { de: '- = nichts vorhanden' },
    ]);
  });
});

describe('readGenesisCsv on bad input', () => {
  it.each([
    ['an empty string', ''],
    ['empty bytes', new Uint8Array()],
    ['garbage', '\u0000\u0001;;;"\n"x'],
    ['random bytes', new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x3b, 0x0a, 0xc3])],
    ['a title only', 'GENESIS-Tabelle: 12411-01-01-4\n'],
    ['prototype names', '__proto__;constructor\n05113;__proto__;1\n'],
  ])('gives issues, not a throw, for %s', (_name, input) => {
    const result = readGenesisCsv(input);
    expect(result.value?.observations ?? []).toEqual([]);
    expect(result.issues.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives issues for input of the wrong type', () => {
    expect(readGenesisCsv(42 as unknown as string).issues[0]!.code).toBe('invalid_type');
  });

  it('reads a file cut off in the middle, up to where it ends', () => {
    const whole = bytes(population);
    const result = readGenesisCsv(whole.slice(0, Math.floor(whole.length / 3)));
    expect(result.value!.observations.length).toBeGreaterThan(100);
    expect(result.value!.notes).toBeUndefined();
  });

  it('survives huge cells', () => {
    const huge = `${syntheticTable.split('\n').slice(0, 6).join('\n')}\nDG;${'x'.repeat(1_000_000)};${'9'.repeat(100_000)};"${'"'.repeat(10_000)}`;
    const result = readGenesisCsv(huge);
    expect(result.issues.length).toBeGreaterThan(0);
  });
});
