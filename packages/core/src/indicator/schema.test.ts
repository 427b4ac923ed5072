import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { ValidationResult } from '../shared/validation';
import { observationStatuses, valuelessStatuses } from './codes';
import {
  semanticViolations,
  validIndicatorDefinitions,
  validObservations,
} from './indicator.examples';
import { IndicatorDefinition, Observation } from './schema';
import { validateIndicatorDefinition, validateObservation } from './validate';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false });
const jsonSchema = {
  indicator: z.toJSONSchema(IndicatorDefinition, { target: 'draft-2020-12' }),
  observation: z.toJSONSchema(Observation, { target: 'draft-2020-12' }),
};
const ajvValidate = {
  indicator: ajv.compile(jsonSchema.indicator),
  observation: ajv.compile(jsonSchema.observation),
};
const zodValidate = { indicator: validateIndicatorDefinition, observation: validateObservation };

const codes = (result: ValidationResult<unknown>) =>
  result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));

const base = validObservations[0] as Record<string, unknown>;
const rate = validIndicatorDefinitions[2] as Record<string, unknown>;

describe('examples', () => {
  it('has at least four valid definitions and observations, one each with every field', () => {
    expect(validIndicatorDefinitions.length).toBeGreaterThanOrEqual(4);
    expect(validObservations.length).toBeGreaterThanOrEqual(4);
    const keysOf = (schema: z.ZodObject) => Object.keys(schema.shape).sort();
    const indicatorKeys = keysOf(IndicatorDefinition as unknown as z.ZodObject);
    const observationKeys = keysOf(Observation as unknown as z.ZodObject);
    expect(
      validIndicatorDefinitions.some(
        (record) =>
          Object.keys(record as object)
            .sort()
            .join() === indicatorKeys.join(),
      ),
    ).toBe(true);
    expect(
      validObservations.some(
        (record) =>
          Object.keys(record as object)
            .sort()
            .join() === observationKeys.join(),
      ),
    ).toBe(true);
  });

  it.each(validIndicatorDefinitions.map((record) => [(record as { id: string }).id, record]))(
    'definition %s is valid for zod and ajv',
    (_id, record) => {
      expect(codes(validateIndicatorDefinition(record))).toEqual([]);
      expect(ajvValidate.indicator(record)).toBe(true);
    },
  );

  it.each(validObservations.map((record, index) => [index, record]))(
    'observation %i is valid for zod and ajv',
    (_index, record) => {
      expect(codes(validateObservation(record))).toEqual([]);
      expect(ajvValidate.observation(record)).toBe(true);
    },
  );

  it.each(semanticViolations.map((violation) => [violation.code, violation.entity, violation]))(
    'violation %s (%s) is caught by zod, and by ajv exactly when the rule is in the JSON Schema',
    (_code, _entity, violation) => {
      const result = zodValidate[violation.entity](violation.record);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map((issue) => issue.code)).toEqual([violation.code]);
      expect(ajvValidate[violation.entity](violation.record)).toBe(!violation.alsoInJsonSchema);
    },
  );
});

describe('IndicatorDefinition', () => {
  it('requires numerator, denominator and per for rates and shares, at the missing field', () => {
    const { numerator: _n, denominator: _d, per: _p, ...bare } = rate;
    for (const measureType of ['rate', 'share']) {
      const result = validateIndicatorDefinition({ ...bare, measureType }, { locale: 'de' });
      expect(codes(result)).toEqual([
        { path: ['numerator'], code: 'required' },
        { path: ['denominator'], code: 'required' },
        { path: ['per'], code: 'required' },
      ]);
      expect(result.ok || result.issues[0]!.message).toBe('Pflichtangabe fehlt.');
      expect(ajvValidate.indicator({ ...bare, measureType })).toBe(false);
    }
    // A count needs none of them.
    expect(codes(validateIndicatorDefinition({ ...bare, measureType: 'count' }))).toEqual([]);
    expect(ajvValidate.indicator({ ...bare, measureType: 'count' })).toBe(true);
  });

  it('reports structure: unknown measure type, bad multiplier, empty sources, unknown key', () => {
    const result = validateIndicatorDefinition(
      {
        ...rate,
        measureType: 'ratio',
        unitMultiplier: 13,
        decimals: 1.5,
        sources: [],
        colour: 'red',
      },
      { locale: 'en' },
    );
    expect(codes(result)).toEqual([
      { path: ['unitMultiplier'], code: 'too_big' },
      { path: ['decimals'], code: 'not_integer' },
      { path: ['measureType'], code: 'unknown_code' },
      { path: ['sources'], code: 'too_small' },
      { path: ['colour'], code: 'unrecognized_key' },
    ]);
    const messages = result.ok ? [] : result.issues.map((issue) => issue.message);
    expect(messages).toContain('Needs at least 1 entry.');
    expect(messages.find((message) => message.startsWith('Unknown value "ratio"'))).toBeDefined();
  });

  it('rejects a bad id, group and periodicity, in German', () => {
    const result = validateIndicatorDefinition(
      { ...rate, id: 'Beds per 100k', group: 'sports', periodicity: 'weekly' },
      { locale: 'de' },
    );
    expect(codes(result).map((issue) => issue.path[0])).toEqual(['id', 'periodicity', 'group']);
    expect(result.ok || result.issues[0]!.message).toMatch(
      /^Kein gültiges Format: erwartet Kennung/,
    );
  });
});

describe('Observation', () => {
  it('wants null exactly for missing, confidential and not-applicable', () => {
    for (const status of observationStatuses.codes) {
      const valueless = valuelessStatuses.has(status);
      const good = { ...base, status, value: valueless ? null : 1 };
      const bad = { ...base, status, value: valueless ? 1 : null };
      expect(codes(validateObservation(good))).toEqual([]);
      expect(ajvValidate.observation(good)).toBe(true);
      expect(codes(validateObservation(bad))).toEqual([
        { path: ['value'], code: 'value_status_mismatch' },
      ]);
      expect(ajvValidate.observation(bad)).toBe(false);
    }
  });

  it('explains the mismatch in both languages', () => {
    const nullNormal = { ...base, value: null, status: 'normal' };
    const valueMissing = { ...base, value: 3, status: 'missing' };
    const message = (record: unknown, locale: 'de' | 'en') => {
      const result = validateObservation(record, { locale });
      return result.ok ? '' : result.issues[0]!.message;
    };
    expect(message(nullNormal, 'en')).toBe(
      'A missing value needs the status "missing", "confidential" or "not-applicable", not "normal".',
    );
    expect(message(valueMissing, 'de')).toBe(
      'Der Status "missing" bedeutet: kein Wert. Der Wert muss null sein.',
    );
  });

  it('allows preBreakValue only with status break', () => {
    expect(codes(validateObservation({ ...base, status: 'break', preBreakValue: 1 }))).toEqual([]);
    expect(codes(validateObservation({ ...base, status: 'revised', preBreakValue: 1 }))).toEqual([
      { path: ['preBreakValue'], code: 'pre_break_without_break' },
    ]);
    expect(ajvValidate.observation({ ...base, status: 'break', preBreakValue: 1 })).toBe(true);
    expect(ajvValidate.observation({ ...base, status: 'revised', preBreakValue: 1 })).toBe(false);
  });

  it('knows NRW regions, accepts RVR, DE, NUTS and keys outside NRW by format', () => {
    for (const region of ['05', '053', '05113', '05334002', 'RVR', 'DE', 'DEA13', 'FR', '09162']) {
      expect(codes(validateObservation({ ...base, region }))).toEqual([]);
    }
    for (const region of ['05999', '058', '05999000']) {
      const result = validateObservation({ ...base, region }, { locale: 'de' });
      expect(codes(result)).toEqual([{ path: ['region'], code: 'unknown_region' }]);
      expect(result.ok || result.issues[0]!.message).toBe(
        `Unbekannte Region "${region}": nicht im Regionsverzeichnis.`,
      );
    }
    expect(codes(validateObservation({ ...base, region: 'Essen' }))).toEqual([
      { path: ['region'], code: 'invalid_format' },
    ]);
  });

  it('checks age groups by pattern and by order', () => {
    for (const ageGroup of [
      'TOTAL',
      'UNK',
      'Y_LT5',
      'Y5-14',
      'Y65-74',
      'Y65',
      'Y_GE85',
      'Y65-65',
    ]) {
      expect(codes(validateObservation({ ...base, breakdowns: { ageGroup } }))).toEqual([]);
    }
    for (const ageGroup of ['65-74', 'Y65+', 'total', 'Y_GT85', '']) {
      expect(codes(validateObservation({ ...base, breakdowns: { ageGroup } }))).toEqual([
        { path: ['breakdowns', 'ageGroup'], code: 'invalid_format' },
      ]);
    }
    expect(codes(validateObservation({ ...base, breakdowns: { ageGroup: 'Y75-64' } }))).toEqual([
      { path: ['breakdowns', 'ageGroup'], code: 'age_order' },
    ]);
  });

  it('checks that a period span runs forwards', () => {
    for (const period of [
      '2013/2022',
      '2022-Q1/2022-Q4',
      '2022-H1/2022-07',
      '2022/2022',
      '2022-03/2022-Q1',
      '2022-Q3/2022',
    ]) {
      expect(codes(validateObservation({ ...base, period }))).toEqual([]);
    }
    for (const period of [
      '2022/2013',
      '2022-Q4/2022-Q1',
      '2022-H2/2022-03',
      '2022-05-02/2022-05-01',
      '2023/2022-12',
    ]) {
      expect(codes(validateObservation({ ...base, period }))).toEqual([
        { path: ['period'], code: 'date_order' },
      ]);
    }
    expect(codes(validateObservation({ ...base, period: '2022-Q5' }))).toEqual([
      { path: ['period'], code: 'invalid_format' },
    ]);
  });

  it('rejects unknown statuses, sexes and keys, and non-finite values', () => {
    const result = validateObservation({
      ...base,
      status: 'final',
      breakdowns: { sex: 'f', income: 'high' },
      unit: 'EUR',
    });
    expect(codes(result)).toEqual([
      { path: ['status'], code: 'unknown_code' },
      { path: ['breakdowns', 'sex'], code: 'unknown_code' },
      { path: ['breakdowns', 'income'], code: 'unrecognized_key' },
      { path: ['unit'], code: 'unrecognized_key' },
    ]);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '12', undefined]) {
      expect(validateObservation({ ...base, value }).ok).toBe(false);
    }
  });

  it('returns issues, never throws, for any input', () => {
    for (const input of [null, undefined, 42, 'observation', [], {}, [base], new Date()]) {
      const result = validateObservation(input, { locale: 'de' });
      expect(result.ok).toBe(false);
    }
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const observation = validateObservation(input);
        const indicator = validateIndicatorDefinition(input);
        return observation.ok === false && indicator.ok === false;
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with ajv on arbitrary observations built from the parts', () => {
    const arbitrary = fc.record(
      {
        indicator: fc.constantFrom('example-population', 'Bad Id'),
        region: fc.constantFrom('05113', 'RVR', 'DE', 'essen'),
        period: fc.constantFrom('2023', '2023-Q2', '2023-13'),
        value: fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true })),
        status: fc.constantFrom(...observationStatuses.codes, 'final'),
        preBreakValue: fc.integer(),
        flag: fc.constantFrom('p', ''),
      },
      { requiredKeys: ['indicator', 'region', 'period', 'status'] },
    );
    fc.assert(
      fc.property(arbitrary, (record) => {
        // The registry rules are zod-only; these arbitraries never break them.
        expect(validateObservation(record).ok).toBe(ajvValidate.observation(record));
      }),
      { numRuns: 500 },
    );
  });
});
