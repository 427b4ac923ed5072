import { readFileSync } from 'node:fs';
import type { IndicatorDefinition, Observation } from '@nrw-health/core';
// The reference data; interop has no dependency on @nrw-health/data, so its source is imported.
import { indicatorDefinitions, observations } from '@nrw-health/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorToFhirMeasure, observationsToFhirMeasureReports } from './measure';
import { periodFromFhir, periodToFhir } from './measure-codes';
import { readFhirMeasure, readFhirMeasureReport } from './measure-read';
import { fhirProblems } from './testing/validator';

const fixtures = new URL('../../../../../shared/fixtures/fhir-r4/', import.meta.url);
const fixture = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(path, fixtures), 'utf8'));

/** A made-up rate that uses every field of a definition. */
const rate: IndicatorDefinition = {
  id: 'beispiel-betten-je-100000',
  title: { de: 'Betten je 100.000 Einwohner (Beispiel)', en: 'Beds per 100,000 (example)' },
  definition: { de: 'Betten geteilt durch Einwohner, mal 100.000.' },
  unit: { code: '{beds}/10*5', label: { de: 'Betten je 100.000', en: 'beds per 100,000' } },
  unitMultiplier: 0,
  decimals: 1,
  measureType: 'rate',
  numerator: 'beispiel-betten',
  denominator: 'beispiel-einwohner',
  per: 100000,
  periodicity: 'annual',
  group: 'health-care',
  sources: [
    {
      id: 'beispiel',
      producer: 'Beispielamt',
      title: 'Beispieltabelle',
      table: 'BSP-1',
      url: 'https://example.org/tabelle',
      licence: 'CC0-1.0',
      published: '2024-06',
      retrieved: '2025-01-15',
    },
    { producer: 'Beispiel-Landesamt' },
  ],
  comparability: { de: 'Ab 2020 ohne Säuglingsbetten.' },
  status: 'published',
  keywords: ['Beispiel', 'beds'],
};

/** Made-up observations with every field, several periods and breakdowns. */
const rateObservations: Observation[] = [
  { indicator: rate.id, region: '05113', period: '2023', value: 612.3, status: 'normal' },
  {
    indicator: rate.id,
    region: 'RVR',
    period: '2023',
    value: null,
    status: 'confidential',
    flag: 'C',
  },
  {
    indicator: rate.id,
    region: '05562',
    period: '2013/2022',
    value: 612.3,
    status: 'break',
    preBreakValue: 598.1,
    flag: 'b',
    footnotes: [{ de: 'Neue Abgrenzung.', en: 'New delimitation.' }],
    breakdowns: {
      sex: 'female',
      ageGroup: 'Y65-74',
      sector: 'inpatient care',
      dimensions: { isced11: 'ED0-2', 'icd.chapter': 'IX  (circulatory)' },
    },
    source: { id: 'beispiel', locator: 'Tabelle 3' },
  },
  { indicator: rate.id, region: 'DEA13', period: '2023-Q2', value: 1, status: 'provisional' },
  { indicator: rate.id, region: 'DK', period: '2023-Q2', value: -0.5, status: 'estimated' },
];

const sorted = (list: readonly Observation[]) =>
  [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const definitions: IndicatorDefinition[] = [...indicatorDefinitions, rate];

describe('indicatorToFhirMeasure', () => {
  it('writes scoring, populations, unit, topic and sources', () => {
    const measure = indicatorToFhirMeasure(rate);
    expect(measure).toMatchObject({
      url: 'https://nrw-health.github.io/fhir/Measure/beispiel-betten-je-100000',
      title: 'Betten je 100.000 Einwohner (Beispiel)',
      status: 'active',
      description: 'Betten geteilt durch Einwohner, mal 100.000.',
      scoring: {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/measure-scoring', code: 'ratio' },
          { system: 'https://nrw-health.github.io/fhir/CodeSystem/measure-type', code: 'rate' },
        ],
      },
      topic: [
        {
          coding: [
            {
              system: 'https://nrw-health.github.io/fhir/CodeSystem/indicator-group',
              code: 'health-care',
            },
          ],
        },
        { text: 'Beispiel' },
        { text: 'beds' },
      ],
    });
    expect(measure.group?.[0]?.population).toEqual([
      {
        code: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/measure-population',
              code: 'numerator',
            },
          ],
        },
        criteria: {
          language: 'text/uri-list',
          expression: 'https://nrw-health.github.io/fhir/Measure/beispiel-betten',
        },
      },
      {
        code: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/measure-population',
              code: 'denominator',
            },
          ],
        },
        criteria: {
          language: 'text/uri-list',
          expression: 'https://nrw-health.github.io/fhir/Measure/beispiel-einwohner',
        },
      },
    ]);
    expect(measure.relatedArtifact?.[0]).toMatchObject({
      type: 'derived-from',
      label: 'beispiel',
      display: 'Beispieltabelle',
      url: 'https://example.org/tabelle',
    });
  });

  it('maps every measure type to a code of the FHIR measure-scoring value set', () => {
    const scorings = new Set(['proportion', 'ratio', 'continuous-variable', 'cohort']);
    for (const definition of definitions) {
      const scoring = indicatorToFhirMeasure(definition).scoring?.coding?.[0]?.code;
      expect([definition.id, scorings.has(scoring!)]).toEqual([definition.id, true]);
    }
  });

  it('gives valid FHIR R4 for every indicator of @nrw-health/data', () => {
    const problems = definitions.flatMap((definition) =>
      fhirProblems(indicatorToFhirMeasure(definition) as never).map(
        (problem) => `${definition.id}: ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it.each(definitions.map((definition) => [definition.id, definition]))(
    '%s comes back unchanged',
    (_id, definition) => {
      const result = readFhirMeasure(indicatorToFhirMeasure(definition));
      expect(result.issues).toEqual([]);
      expect(result.lost).toEqual([]);
      expect(result.value).toEqual(definition);
    },
  );
});

describe('observationsToFhirMeasureReports', () => {
  const reports = observationsToFhirMeasureReports(rate, [
    ...rateObservations,
    { indicator: 'other', region: '05', period: '2023', value: 1, status: 'normal' },
  ]);

  it('writes one summary report per period, strata by region and breakdowns', () => {
    expect(reports.map((report) => report.period)).toEqual([
      {
        extension: [
          {
            url: 'https://nrw-health.github.io/fhir/StructureDefinition/period',
            valueString: '2023',
          },
        ],
        start: '2023-01-01',
        end: '2023-12-31',
      },
      {
        extension: [
          {
            url: 'https://nrw-health.github.io/fhir/StructureDefinition/period',
            valueString: '2013/2022',
          },
        ],
        start: '2013-01-01',
        end: '2022-12-31',
      },
      {
        extension: [
          {
            url: 'https://nrw-health.github.io/fhir/StructureDefinition/period',
            valueString: '2023-Q2',
          },
        ],
        start: '2023-04-01',
        end: '2023-06-30',
      },
    ]);
    const [first] = reports;
    expect(first).toMatchObject({
      status: 'complete',
      type: 'summary',
      measure: 'https://nrw-health.github.io/fhir/Measure/beispiel-betten-je-100000',
    });
    expect(first!.group![0]!.stratifier![0]!.stratum[0]).toEqual({
      extension: [
        {
          url: 'https://nrw-health.github.io/fhir/StructureDefinition/observation-status',
          valueCoding: {
            system: 'https://nrw-health.github.io/fhir/CodeSystem/observation-status',
            code: 'normal',
          },
        },
      ],
      value: { coding: [{ system: 'http://fhir.de/sid/destatis/ags', code: '05113' }] },
      measureScore: {
        value: 612.3,
        unit: 'Betten je 100.000',
        system: 'http://unitsofmeasure.org',
        code: '{beds}/10*5',
      },
    });
  });

  it('gives valid FHIR R4 for every observation of @nrw-health/data', () => {
    const problems = definitions.flatMap((definition) =>
      observationsToFhirMeasureReports(definition, [...observations, ...rateObservations]).flatMap(
        (report) => fhirProblems(report as never).map((problem) => `${definition.id}: ${problem}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('gives back the observations of every indicator of @nrw-health/data', () => {
    const all = [...observations, ...rateObservations];
    for (const definition of definitions) {
      const own = all.filter((observation) => observation.indicator === definition.id);
      const reports = observationsToFhirMeasureReports(definition, own);
      expect(reports.length).toBe(new Set(own.map((observation) => observation.period)).size);
      if (own.length === 0) continue;
      const bundle = {
        resourceType: 'Bundle',
        type: 'collection',
        entry: reports.map((resource) => ({ resource })),
      };
      const result = readFhirMeasureReport(bundle);
      expect([definition.id, result.issues, result.lost]).toEqual([definition.id, [], []]);
      expect(sorted(result.value ?? [])).toEqual(sorted(own));
    }
  });

  it('keeps any observation', () => {
    const observation = fc.record({
      region: fc.constantFrom('05113', '05', 'RVR', 'DE', 'DEA13', '05954036'),
      period: fc.constantFrom('2023', '2023-H2', '2024-02', '2024-02-29', '2010/2020-Q3'),
      value: fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => value + 0),
      status: fc.constantFrom('normal', 'provisional', 'estimated', 'revised', 'forecast'),
      flag: fc.option(
        fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''),
        {
          nil: undefined,
        },
      ),
      breakdowns: fc.option(
        fc.record(
          {
            sex: fc.constantFrom('total', 'female', 'male', 'diverse'),
            ageGroup: fc.constantFrom('TOTAL', 'Y_LT5', 'Y65-74'),
            dimensions: fc.dictionary(
              fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,8}$/),
              fc.string({ minLength: 1 }).filter((text) => text.trim() === text && text !== ''),
              { minKeys: 1, maxKeys: 2 },
            ),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(observation, { minLength: 1, maxLength: 5 }), (parts) => {
        const list = parts.map((part) => {
          const { flag, breakdowns, ...rest } = part;
          return {
            indicator: rate.id,
            ...rest,
            ...(flag !== undefined && { flag }),
            ...(breakdowns && Object.keys(breakdowns).length > 0 && { breakdowns }),
          } as Observation;
        });
        const reports = observationsToFhirMeasureReports(rate, list);
        const read = reports.flatMap((report) => readFhirMeasureReport(report).value ?? []);
        expect(sorted(read)).toEqual(sorted(list));
      }),
      { numRuns: 100 },
    );
  });
});

describe('periods', () => {
  it('converts model periods to whole days and back', () => {
    for (const period of [
      '2024',
      '2024-H1',
      '2024-Q1',
      '2024-02',
      '2024-02-29',
      '2013/2022',
      '2023-Q4/2024-Q1',
    ]) {
      const { start, end } = periodToFhir(period);
      expect(periodFromFhir(start, end)).toBe(period);
    }
    expect(periodToFhir('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodFromFhir('2018-01-01T00:00:00Z', '2018-01-31')).toBe('2018-01');
    expect(periodFromFhir('2014-01-01', '2014-03-31')).toBe('2014-Q1');
    expect(periodFromFhir('2014-01-02', '2014-03-31')).toBe('2014-01-02/2014-03-31');
  });
});

describe('Measures and MeasureReports from elsewhere', () => {
  it.each([
    'Measure-hiv-indicators.json',
    'Measure-measure-cms146-example.json',
    'Measure-measure-exclusive-breastfeeding.json',
    'Measure-component-a-example.json',
    'Measure-composite-example.json',
  ])('reads %s without a throw, reporting what has no place', (name) => {
    const result = readFhirMeasure(fixture(`hl7-r4-official-examples/${name}`));
    expect(result.lost.length).toBeGreaterThan(0);
    // The HL7 examples say no dashboard group, periodicity or unit: the definition is incomplete.
    expect(result.value).toBeUndefined();
    expect(result.issues.map((issue) => issue.code)).toContain('required');
  });

  it('fills what a Measure from elsewhere does not say from defaults', () => {
    const result = readFhirMeasure(
      fixture('hl7-r4-official-examples/Measure-hiv-indicators.json'),
      {
        defaults: {
          group: 'population-health',
          periodicity: 'irregular',
          unit: { code: '1', label: { en: 'persons' } },
        },
      },
    );
    expect(result.issues).toEqual([]);
    expect(result.value).toMatchObject({
      id: 'hiv-indicators',
      title: { und: 'HIV Indicators' },
      measureType: 'count',
      sources: [{ url: 'http://wiki.ihe.net/index.php/Aggregate_Data_Exchange_-_HIV' }],
      group: 'population-health',
    });
    const lost = result.lost.map((field) => field.pattern);
    expect(lost).toEqual(expect.arrayContaining(['publisher', 'library', 'group']));
  });

  it.each([
    'MeasureReport-hiv-indicators.json',
    'MeasureReport-measurereport-cms146-cat1-example.json',
    'MeasureReport-measurereport-cms146-cat2-example.json',
    'MeasureReport-measurereport-cms146-cat3-example.json',
  ])('reads %s: strata without a region are issues, the rest lost', (name) => {
    const result = readFhirMeasureReport(fixture(`hl7-r4-official-examples/${name}`));
    expect(result.value).toEqual([]);
    expect(result.lost.length).toBeGreaterThan(0);
  });

  it('reads a foreign report whose strata name AGS regions', () => {
    const result = readFhirMeasureReport({
      resourceType: 'MeasureReport',
      status: 'complete',
      type: 'summary',
      measure: 'https://example.org/Measure/Betten',
      period: { start: '2019-01-01', end: '2019-12-31' },
      group: [
        {
          stratifier: [
            {
              code: [{ text: 'Kreis' }],
              stratum: [
                {
                  value: {
                    coding: [{ system: 'http://fhir.de/sid/destatis/ags', code: '05113000' }],
                  },
                  measureScore: { value: 3, unit: 'beds' },
                },
              ],
            },
          ],
        },
      ],
    });
    expect(result.value).toEqual([
      { indicator: 'betten', region: '05113', period: '2019', value: 3, status: 'normal' },
    ]);
    expect(result.lost.map((field) => field.path)).toEqual([
      'group[0].stratifier[0].stratum[0].measureScore.unit',
    ]);
  });
});

describe('bad input', () => {
  it('answers anything with issues, never a throw', () => {
    for (const input of [null, 7, 'Measure', [], {}, { resourceType: 'Patient' }]) {
      expect(readFhirMeasure(input).issues.length).toBeGreaterThan(0);
      expect(readFhirMeasureReport(input).issues.length).toBeGreaterThan(0);
    }
  });

  it('reports wrong types, __proto__ keys and huge strings as issues or lost', () => {
    const measure = JSON.parse(
      JSON.stringify({ ...indicatorToFhirMeasure(rate), title: 5, topic: 'x' }).replace(
        '{',
        `{"__proto__":{"polluted":true},"description":"${'d'.repeat(1_000_000)}",`,
      ),
    );
    const result = readFhirMeasure(measure);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual(
      expect.arrayContaining([
        ['title', 'invalid_type'],
        ['topic', 'invalid_type'],
      ]),
    );
    expect(result.lost.map((field) => field.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^__proto__/)]),
    );
    const [report] = observationsToFhirMeasureReports(rate, rateObservations);
    const broken = JSON.parse(JSON.stringify(report).replace('612.3', '"612.3"'));
    const read = readFhirMeasureReport(broken);
    expect(read.issues.map((issue) => issue.code)).toContain('invalid_type');
  });
});
