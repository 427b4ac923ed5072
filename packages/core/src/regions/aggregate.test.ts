import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorDefinition, Observation } from '../indicator/schema';
import { validateObservation } from '../indicator/validate';
import { type AggregateResult, aggregateValidRegion } from './aggregate';
import { aggregateRegion } from './aggregate-region';
import { ruhrDistricts } from './registry';

/* Synthetic definitions and numbers, made up for these tests. */

const source = { producer: 'Beispiel-Statistikamt (synthetic example)' };

const define = (id: string, extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({
  id,
  title: { en: `${id} (example)` },
  definition: { en: 'Synthetic example.' },
  unit: { label: { en: 'units' } },
  measureType: 'count',
  periodicity: 'annual',
  group: 'health-care',
  sources: [source],
  ...extra,
});

const beds = define('example-beds');
const population = define('example-population');
const turnover = define('example-turnover', {
  measureType: 'currency',
  unit: { code: 'EUR', label: { en: 'euros' } },
});
const bedsPer100k = define('example-beds-per-100k', {
  measureType: 'rate',
  numerator: 'example-beds',
  denominator: 'example-population',
  per: 100_000,
});

const obs = (
  indicator: string,
  region: string,
  period: string,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation => ({
  indicator,
  region,
  period,
  value,
  status: value === null ? 'missing' : 'normal',
  ...extra,
});

/** One observation per RVR member, its value from the member's position. */
const forAll = (
  indicator: string,
  period: string,
  value: (index: number, code: string) => number | null,
  extra: (index: number) => Partial<Observation> = () => ({}),
) =>
  ruhrDistricts.map((code, index) =>
    obs(indicator, code, period, value(index, code), extra(index)),
  );

function values(result: AggregateResult): Observation[] {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function issuesOf(result: AggregateResult) {
  return result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

describe('aggregateRegion: counts and currency add up', () => {
  it('sums the 15 RVR districts per period, in period order', () => {
    const input = [
      ...forAll('example-beds', '2023', (index) => 100 * (index + 1)),
      ...forAll('example-beds', '2022', () => 10),
    ];
    const result = values(aggregateRegion(beds, input));
    expect(result).toEqual([
      { indicator: 'example-beds', region: 'RVR', period: '2022', value: 150, status: 'normal' },
      { indicator: 'example-beds', region: 'RVR', period: '2023', value: 12_000, status: 'normal' },
    ]);
    for (const observation of result) expect(validateObservation(observation).ok).toBe(true);
  });

  it('ignores other indicators, regions outside the aggregate and a typed-in RVR value', () => {
    const input = [
      ...forAll('example-beds', '2023', () => 1),
      obs('example-beds', '05111', '2023', 1_000),
      obs('example-beds', 'RVR', '2023', 999_999),
      obs('example-beds', '05113000', '2023', 1_000),
      obs('example-population', '05113', '2023', 1_000),
    ];
    expect(values(aggregateRegion(beds, input))[0]!.value).toBe(15);
  });

  it('adds currency amounts without float noise', () => {
    const result = values(
      aggregateRegion(
        turnover,
        forAll('example-turnover', '2023', () => 0.1),
      ),
    );
    expect(result[0]!.value).toBe(1.5);
    // The plain float sum is not 1.5: the aggregate cleans it.
    expect(Array.from({ length: 15 }, () => 0.1).reduce((a, b) => a + b)).not.toBe(1.5);
  });

  it('aggregates any group of districts it is given', () => {
    const input = [
      obs('example-beds', '05111', '2023', 3),
      obs('example-beds', '05112', '2023', 4),
    ];
    const result = aggregateRegion(beds, input, {
      region: { code: 'DEA1', members: ['05111', '05112'] },
    });
    expect(values(result)).toEqual([
      { indicator: 'example-beds', region: 'DEA1', period: '2023', value: 7, status: 'normal' },
    ]);
  });

  it('returns nothing for no observations', () => {
    expect(values(aggregateRegion(beds, []))).toEqual([]);
  });
});

describe('aggregateRegion: rates and shares are recomputed', () => {
  // The first member (Duisburg) is large here, the others small: synthetic numbers.
  const big = 1_000_000;
  const small = 100_000;
  const input = [
    ...forAll('example-beds', '2023', (index) => (index === 0 ? 8_000 : 500)),
    ...forAll('example-population', '2023', (index) => (index === 0 ? big : small)),
  ];

  it('divides the summed numerator by the summed denominator, times per', () => {
    const [ruhr] = values(aggregateRegion(bedsPer100k, input));
    // (8,000 + 14 × 500) / (1,000,000 + 14 × 100,000) × 100,000 = 625
    expect(ruhr).toEqual({
      indicator: 'example-beds-per-100k',
      region: 'RVR',
      period: '2023',
      value: 625,
      status: 'normal',
    });
  });

  it('differs from the average of the members’ rates, which would be wrong', () => {
    const rates = ruhrDistricts.map(
      (_, index) => (index === 0 ? 8_000 / big : 500 / small) * 100_000,
    );
    const averaged = rates.reduce((a, b) => a + b) / rates.length;
    expect(averaged).toBe(520);
    expect(values(aggregateRegion(bedsPer100k, input))[0]!.value).not.toBe(averaged);
  });

  it('computes a share in percent', () => {
    const share = define('example-female-share', {
      measureType: 'share',
      numerator: 'example-female',
      denominator: 'example-all',
      per: 100,
    });
    const data = [
      ...forAll('example-female', '2023', (index) => (index < 5 ? 30 : 60)),
      ...forAll('example-all', '2023', () => 100),
    ];
    // (5 × 30 + 10 × 60) / 1,500 × 100 = 50
    expect(values(aggregateRegion(share, data))[0]!.value).toBe(50);
  });

  it('takes unit multipliers of numerator, denominator and the rate into account', () => {
    const turnoverThousands = define('example-turnover-k', {
      measureType: 'currency',
      unitMultiplier: 3,
    });
    const employees = define('example-employees');
    const perEmployee = define('example-turnover-per-employee', {
      measureType: 'rate',
      numerator: 'example-turnover-k',
      denominator: 'example-employees',
      per: 1,
    });
    const data = [
      ...forAll('example-turnover-k', '2023', () => 1), // 1,000 EUR each
      ...forAll('example-employees', '2023', () => 100),
    ];
    const definitions = new Map([
      [turnoverThousands.id, turnoverThousands],
      [employees.id, employees],
    ]);
    expect(values(aggregateRegion(perEmployee, data, { definitions }))[0]!.value).toBe(10);
    // The same as a record; and in thousands when the rate itself is in thousands.
    const inThousands = { ...perEmployee, unitMultiplier: 3 };
    const record = Object.fromEntries(definitions);
    expect(values(aggregateRegion(inThousands, data, { definitions: record }))[0]!.value).toBe(
      0.01,
    );
    // Without definitions the multipliers of numerator and denominator are taken as equal.
    expect(values(aggregateRegion(perEmployee, data))[0]!.value).toBe(0.01);
  });

  it('makes the rate missing when a member lacks its denominator', () => {
    const data = input.filter(
      (o) => !(o.indicator === 'example-population' && o.region === '05913'),
    );
    const [ruhr] = values(aggregateRegion(bedsPer100k, data));
    expect(ruhr).toMatchObject({ value: null, status: 'missing' });
    expect(ruhr!.footnotes).toEqual([
      {
        de: 'Ohne Wert für 1 von 15 Gebieten: Dortmund.',
        en: 'No value for 1 of 15 member areas: Dortmund.',
      },
    ]);
  });

  it('gives not-applicable when the summed denominator is 0', () => {
    const data = [
      ...forAll('example-beds', '2023', () => 0),
      ...forAll('example-population', '2023', () => 0),
    ];
    const [ruhr] = values(aggregateRegion(bedsPer100k, data));
    expect(ruhr).toMatchObject({ value: null, status: 'not-applicable' });
    expect(validateObservation(ruhr).ok).toBe(true);
  });
});

describe('aggregateRegion: refusals', () => {
  it.each(['index', 'rank', 'mean'] as const)(
    'refuses a %s, in English and German',
    (measureType) => {
      const definition = define('example-thing', { measureType });
      const en = aggregateRegion(
        definition,
        forAll('example-thing', '2023', () => 1),
      );
      expect(issuesOf(en)).toEqual([
        { path: ['definition', 'measureType'], code: 'not_aggregatable' },
      ]);
      const de = aggregateRegion(definition, [], { locale: 'de' });
      const label = { index: 'Index', rank: 'Rang', mean: 'Mittelwert' }[measureType];
      expect(de.ok || de.issues[0]!.message).toBe(
        `"example-thing" lässt sich nicht über Regionen zusammenfassen: Art der Kennzahl ist ${label}.`,
      );
      expect(en.ok || en.issues[0]!.message).toMatch(
        /^"example-thing" cannot be aggregated across regions/,
      );
    },
  );

  it.each(['rate', 'share'] as const)(
    'refuses a %s without numerator and denominator',
    (measureType) => {
      const definition = define('example-ratio', { measureType, per: 100 });
      const result = aggregateRegion(definition, [], { locale: 'en' });
      expect(issuesOf(result)).toEqual([{ path: ['definition'], code: 'not_aggregatable' }]);
      expect(result.ok || result.issues[0]!.message).toBe(
        '"example-ratio" cannot be aggregated: a rate or share is recomputed from its numerator and denominator, and the definition names none.',
      );
      const de = aggregateRegion({ ...definition, numerator: 'example-beds' }, [], {
        locale: 'de',
      });
      expect(de.ok || de.issues[0]!.message).toMatch(
        /^"example-ratio" lässt sich nicht zusammenfassen: Eine Rate/,
      );
    },
  );

  it('refuses a rate whose numerator is itself a rate', () => {
    const definitions = { [bedsPer100k.id]: bedsPer100k, [population.id]: population };
    const odd = define('example-odd', {
      measureType: 'rate',
      numerator: bedsPer100k.id,
      denominator: population.id,
      per: 1,
    });
    const result = aggregateRegion(odd, [], { definitions, locale: 'de' });
    expect(issuesOf(result)).toEqual([
      { path: ['options', 'definitions', 'example-beds-per-100k'], code: 'not_aggregatable' },
    ]);
    expect(result.ok || result.issues[0]!.message).toBe(
      '"example-odd" lässt sich nicht zusammenfassen: Zähler oder Nenner "example-beds-per-100k" ist keine Anzahl und kein Geldbetrag.',
    );
  });
});

describe('aggregateRegion: members without a value', () => {
  it('gives null and status missing, naming the missing members', () => {
    const input = forAll('example-beds', '2023', (_, code) => (code === '05512' ? null : 1)).filter(
      (o) => o.region !== '05170',
    );
    const [ruhr] = values(aggregateRegion(beds, input));
    expect(ruhr).toEqual({
      indicator: 'example-beds',
      region: 'RVR',
      period: '2023',
      value: null,
      status: 'missing',
      footnotes: [
        {
          de: 'Ohne Wert für 2 von 15 Gebieten: Kreis Wesel, Bottrop.',
          en: 'No value for 2 of 15 member areas: Wesel district, Bottrop.',
        },
      ],
    });
    expect(validateObservation(ruhr).ok).toBe(true);
  });

  it('gives confidential when any member is confidential, and names both kinds', () => {
    const input = forAll(
      'example-beds',
      '2023',
      (index) => (index < 2 ? null : 1),
      (index) => (index === 0 ? { status: 'confidential', flag: '.' } : {}),
    );
    const [ruhr] = values(aggregateRegion(beds, input));
    expect(ruhr).toMatchObject({ value: null, status: 'confidential' });
    expect(ruhr!.footnotes).toEqual([
      { de: 'Geheim gehalten für: Duisburg.', en: 'Confidential for: Duisburg.' },
      {
        de: 'Ohne Wert für 1 von 15 Gebieten: Essen.',
        en: 'No value for 1 of 15 member areas: Essen.',
      },
    ]);
  });

  it('gives not-applicable only when no member has a value that applies', () => {
    const all = forAll(
      'example-beds',
      '2023',
      () => null,
      () => ({ status: 'not-applicable' }),
    );
    expect(values(aggregateRegion(beds, all))[0]).toMatchObject({
      value: null,
      status: 'not-applicable',
    });
    const some = forAll(
      'example-beds',
      '2023',
      (index) => (index === 3 ? null : 1),
      (index) => (index === 3 ? { status: 'not-applicable' } : {}),
    );
    const [ruhr] = values(aggregateRegion(beds, some));
    expect(ruhr).toMatchObject({ value: null, status: 'missing' });
    expect(ruhr!.footnotes).toEqual([
      { de: 'Entfällt für: Oberhausen.', en: 'Not applicable for: Oberhausen.' },
    ]);
  });

  it('says so once when no member has a value', () => {
    const input = [obs('example-population', '05113', '2024', 1)];
    const [ruhr] = values(aggregateRegion(bedsPer100k, input));
    expect(ruhr).toMatchObject({ value: null, status: 'missing', period: '2024' });
    expect(ruhr!.footnotes).toEqual([
      {
        de: 'Für keines der 15 Gebiete liegt ein Wert vor.',
        en: 'None of the 15 member areas has a value.',
      },
    ]);
  });
});

describe('aggregateRegion: statuses propagate', () => {
  const withStatuses = (statuses: Record<number, Partial<Observation>>) =>
    forAll(
      'example-beds',
      '2023',
      () => 2,
      (index) => statuses[index] ?? {},
    );

  it.each([
    [{ 4: { status: 'provisional' } }, 'provisional'],
    [{ 4: { status: 'provisional' }, 9: { status: 'estimated' } }, 'estimated'],
    [{ 4: { status: 'revised' } }, 'revised'],
    [{ 4: { status: 'revised' }, 5: { status: 'provisional' } }, 'provisional'],
    [{ 4: { status: 'estimated' }, 5: { status: 'forecast' } }, 'forecast'],
    [{ 4: { status: 'break' }, 5: { status: 'revised' } }, 'break'],
    [{}, 'normal'],
  ] as const)('%j → %s', (statuses, expected) => {
    const [ruhr] = values(aggregateRegion(beds, withStatuses(statuses)));
    expect(ruhr).toMatchObject({ value: 30, status: expected });
  });

  it('names the members behind each status, most severe first', () => {
    const statuses = {
      1: { status: 'provisional' },
      2: { status: 'provisional' },
      3: { status: 'estimated' },
    } as const;
    const [ruhr] = values(aggregateRegion(beds, withStatuses(statuses)));
    expect(ruhr!.footnotes).toEqual([
      {
        de: 'Enthält Werte mit dem Status „Geschätzt“: Oberhausen.',
        en: 'Includes values with the status "Estimated": Oberhausen.',
      },
      {
        de: 'Enthält Werte mit dem Status „Vorläufig“: Essen, Mülheim an der Ruhr.',
        en: 'Includes values with the status "Provisional": Essen, Mülheim an der Ruhr.',
      },
    ]);
  });

  it('sums the pre-break values where members had a break', () => {
    const [ruhr] = values(
      aggregateRegion(beds, withStatuses({ 0: { status: 'break', preBreakValue: 1 } })),
    );
    // 14 × 2 unchanged + 1 before the break in Duisburg
    expect(ruhr).toMatchObject({ value: 30, status: 'break', preBreakValue: 29 });
    expect(validateObservation(ruhr).ok).toBe(true);
    const [later] = values(
      aggregateRegion(
        beds,
        withStatuses({ 0: { status: 'break', preBreakValue: 1 }, 1: { status: 'provisional' } }),
      ),
    );
    expect(later).toMatchObject({ status: 'provisional' });
    expect(later).not.toHaveProperty('preBreakValue');
  });

  it('recomputes a pre-break rate from pre-break numerators and denominators', () => {
    const data = [
      ...forAll(
        'example-beds',
        '2023',
        () => 100,
        (index) => (index === 0 ? { status: 'break', preBreakValue: 250 } : {}),
      ),
      ...forAll('example-population', '2023', () => 10_000),
    ];
    const [ruhr] = values(aggregateRegion(bedsPer100k, data));
    // now 1,500 / 150,000 × 100,000 = 1,000; before the break 1,650 / 150,000 × 100,000 = 1,100
    expect(ruhr).toMatchObject({ value: 1_000, status: 'break', preBreakValue: 1_100 });
  });
});

describe('aggregateRegion: breakdowns', () => {
  it('keeps breakdown combinations apart and carries them over', () => {
    const input = [
      ...forAll(
        'example-beds',
        '2023',
        () => 1,
        () => ({ breakdowns: { sex: 'female' } }),
      ),
      ...forAll(
        'example-beds',
        '2023',
        () => 2,
        () => ({ breakdowns: { sex: 'male' } }),
      ),
      ...forAll(
        'example-beds',
        '2023',
        () => 3,
        () => ({ breakdowns: { sex: 'female', ageGroup: 'Y65-74' } }),
      ),
      ...forAll('example-beds', '2023', () => 10),
    ];
    const result = values(aggregateRegion(beds, input));
    const by = (breakdowns: unknown) =>
      result.find((o) => JSON.stringify(o.breakdowns) === JSON.stringify(breakdowns));
    expect(result).toHaveLength(4);
    expect(by(undefined)?.value).toBe(150);
    expect(by({ sex: 'female' })?.value).toBe(15);
    expect(by({ sex: 'male' })?.value).toBe(30);
    expect(by({ sex: 'female', ageGroup: 'Y65-74' })?.value).toBe(45);
  });

  it('keeps cells of other dimensions apart, whatever the key order', () => {
    const input = [
      ...forAll(
        'example-beds',
        '2023',
        () => 1,
        (index) => ({
          breakdowns: {
            dimensions:
              index % 2 ? { unit: 'NR', isced11: 'ED0-2' } : { isced11: 'ED0-2', unit: 'NR' },
          },
        }),
      ),
      ...forAll(
        'example-beds',
        '2023',
        () => 2,
        () => ({ breakdowns: { dimensions: { isced11: 'ED5-8', unit: 'NR' } } }),
      ),
    ];
    const result = values(aggregateRegion(beds, input));
    expect(result).toHaveLength(2);
    expect(result.find((o) => o.breakdowns?.dimensions?.isced11 === 'ED0-2')?.value).toBe(15);
    expect(result.find((o) => o.breakdowns?.dimensions?.isced11 === 'ED5-8')?.value).toBe(30);
    for (const observation of result) expect(validateObservation(observation).ok).toBe(true);
  });

  it('treats empty breakdowns as none', () => {
    const input = forAll(
      'example-beds',
      '2023',
      () => 1,
      (index) => (index % 2 ? { breakdowns: {} } : {}),
    );
    expect(values(aggregateRegion(beds, input))).toEqual([
      { indicator: 'example-beds', region: 'RVR', period: '2023', value: 15, status: 'normal' },
    ]);
  });

  it('pairs numerator and denominator of the same breakdown', () => {
    const female = { breakdowns: { sex: 'female' as const } };
    const data = [
      ...forAll(
        'example-beds',
        '2023',
        () => 10,
        () => female,
      ),
      ...forAll(
        'example-population',
        '2023',
        () => 1_000,
        () => female,
      ),
      ...forAll('example-population', '2023', () => 2_000),
    ];
    const result = values(aggregateRegion(bedsPer100k, data));
    expect(result.find((o) => o.breakdowns?.sex === 'female')).toMatchObject({ value: 1_000 });
    // The total has a denominator but no numerator: missing, not a number.
    expect(result.find((o) => o.breakdowns === undefined)).toMatchObject({
      value: null,
      status: 'missing',
    });
  });
});

describe('aggregateRegion: bad input gives issues, never a throw', () => {
  it('reports a member with two observations for the same period', () => {
    const input = [
      ...forAll('example-beds', '2023', () => 1),
      obs('example-beds', '05913', '2023', 5),
    ];
    const result = aggregateRegion(beds, input, { locale: 'de' });
    expect(issuesOf(result)).toEqual([{ path: ['observations', 15], code: 'duplicate' }]);
    expect(result.ok || result.issues[0]!.message).toBe(
      'Doppelter Eintrag "example-beds 05913 2023".',
    );
  });

  it('validates the observations it uses, and only those', () => {
    const input = [
      ...forAll('example-beds', '2023', () => 1),
      { ...obs('example-beds', '05913', '2024', 1), status: 'missing' },
      { indicator: 'example-other', region: '05913', value: 'junk' },
      'junk',
    ] as unknown as Observation[];
    expect(issuesOf(aggregateRegion(beds, input))).toEqual([
      { path: ['observations', 15, 'value'], code: 'value_status_mismatch' },
      { path: ['observations', 17], code: 'invalid_type' },
    ]);
  });

  it('validates the definition', () => {
    const result = aggregateRegion({ ...beds, id: 'Not A Slug' }, []);
    expect(issuesOf(result)).toEqual([{ path: ['definition', 'id'], code: 'invalid_format' }]);
  });

  it('checks the region option', () => {
    expect(
      issuesOf(aggregateRegion(beds, [], { region: { code: 'bergisches land', members: [] } })),
    ).toEqual([
      { path: ['options', 'region', 'code'], code: 'invalid_format' },
      { path: ['options', 'region', 'members'], code: 'too_small' },
    ]);
    const twice = aggregateRegion(beds, [], {
      region: { code: 'DEA1', members: ['05111', '05111'] },
    });
    expect(issuesOf(twice)).toEqual([
      { path: ['options', 'region', 'members', 1], code: 'duplicate' },
    ]);
  });

  it('survives anything', () => {
    const odd = [null, undefined, 42, 'text', [], {}, { measureType: 'count' }];
    for (const definition of odd) {
      for (const observations of odd) {
        const result = aggregateRegion(definition as never, observations as never);
        expect(result.ok).toBe(false);
      }
    }
    expect(issuesOf(aggregateRegion(beds, 'junk' as never))).toEqual([
      { path: ['observations'], code: 'invalid_type' },
    ]);
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (definition, observations, options) => {
          const result = aggregateRegion(
            definition as never,
            observations as never,
            options as never,
          );
          return typeof result.ok === 'boolean';
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('aggregateValidRegion: the same answers for valid records, without the validators', () => {
  const cases: [string, IndicatorDefinition, Observation[], object?][] = [
    [
      'counts',
      beds,
      [
        ...forAll('example-beds', '2022', (i) => i + 1),
        ...forAll('example-beds', '2023', (i) => (i % 3 === 0 ? null : i)),
      ],
    ],
    ['currency', turnover, forAll('example-turnover', '2023', (i) => i * 0.1)],
    [
      'a rate',
      bedsPer100k,
      [
        ...forAll('example-beds', '2023', (i) => 10 + i),
        ...forAll(
          'example-population',
          '2023',
          (i) => 1000 * (i + 1),
          (i) => (i === 2 ? { status: 'estimated' } : {}),
        ),
      ],
      { definitions: { 'example-beds': beds, 'example-population': population } },
    ],
    [
      'a refused index',
      define('example-index', { measureType: 'index' }),
      forAll('example-index', '2023', () => 100),
    ],
    [
      'a duplicate',
      beds,
      [
        ...forAll('example-beds', '2023', () => 1),
        obs('example-beds', ruhrDistricts[0]!, '2023', 2),
      ],
    ],
  ];

  it.each(cases)('%s', (_, definition, observations, options) => {
    expect(aggregateValidRegion(definition, observations, options)).toEqual(
      aggregateRegion(definition, observations, options),
    );
  });

  it('checks the shape it reads, and survives anything', () => {
    const bad = { ...obs('example-beds', ruhrDistricts[0]!, '2023', 1), value: '1' };
    expect(issuesOf(aggregateValidRegion(beds, [bad as never]))).toEqual([
      { path: ['observations', 0, 'value'], code: 'invalid_type' },
    ]);
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (definition, observations, options) => {
          const result = aggregateValidRegion(
            definition as never,
            observations as never,
            options as never,
          );
          return typeof result.ok === 'boolean';
        },
      ),
      { numRuns: 300 },
    );
  });
});
