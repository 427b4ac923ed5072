import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullActor, minimalActor, semanticViolations, validActors } from './actor.examples';
import { Actor, ActorAddress, ActorIdentifier, StudyCentre } from './schema';
import { validateActor } from './validate';

const codesOf = (result: ReturnType<typeof validateActor>) =>
  result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));
const withField = (field: string, value: unknown) => ({ ...minimalActor, [field]: value });

describe('validateActor on the examples', () => {
  it.each(validActors.map((record) => [(record as { id: string }).id, record]))(
    'accepts the valid actor %s unchanged',
    (_id, record) => {
      expect(validateActor(record)).toEqual({ ok: true, value: record });
    },
  );

  it('has a full example that uses every field, identifier scheme and nested field', () => {
    expect(Object.keys(fullActor).sort()).toEqual(Object.keys(Actor.shape).sort());
    expect(Object.keys(fullActor.address).sort()).toEqual(Object.keys(ActorAddress.shape).sort());
    expect(Object.keys(fullActor.studyCentre).sort()).toEqual(
      Object.keys(StudyCentre.shape).sort(),
    );
    const schemes = ActorIdentifier.def.options.map((option) => option.shape.scheme.def.values[0]);
    expect(fullActor.identifiers.map((identifier) => identifier.scheme).sort()).toEqual(
      schemes.sort(),
    );
  });

  it.each(semanticViolations.map((violation) => [violation.rule, violation]))(
    'rejects a record that breaks the rule "%s" with exactly that issue',
    (_rule, { record, code }) => {
      expect(codesOf(validateActor(record)).map((found) => found.code)).toEqual([code]);
    },
  );
});

describe('cross-field rules', () => {
  it('checks the IK check digit, but only of IKs with the right pattern', () => {
    const ik = (value: string) => withField('identifiers', [{ scheme: 'ik', value }]);
    expect(validateActor(ik('260326822')).ok).toBe(true);
    expect(codesOf(validateActor(ik('105175519')))).toEqual([
      { path: ['identifiers', 0, 'value'], code: 'invalid_check_digit' },
    ]);
    // A wrong pattern is a format problem, not also a check-digit one.
    expect(codesOf(validateActor(ik('10517551')))).toEqual([
      { path: ['identifiers', 0, 'value'], code: 'invalid_format' },
    ]);
  });

  it('checks the ROR checksum', () => {
    const ror = (value: string) => withField('identifiers', [{ scheme: 'ror', value }]);
    expect(validateActor(ror('04mz5ra38')).ok).toBe(true);
    expect(codesOf(validateActor(ror('04mz5ra83')))).toEqual([
      { path: ['identifiers', 0, 'value'], code: 'invalid_check_digit' },
    ]);
  });

  it('accepts known AGS (districts, municipalities, keys outside NRW) and rejects unknown ones', () => {
    const district = (value: string) => withField('address', { district: value, country: 'DE' });
    for (const known of ['05113', '05113000', '05562', '05', '09162000']) {
      expect([known, validateActor(district(known)).ok]).toEqual([known, true]);
    }
    for (const unknown of ['05999', '05999000', '05115', '05115000']) {
      expect(codesOf(validateActor(district(unknown)))).toEqual([
        { path: ['address', 'district'], code: 'unknown_region' },
      ]);
    }
  });

  it('wants five digits in a German postal code, and only in a German one', () => {
    const address = (postalCode: string, country: string) =>
      withField('address', { postalCode, country });
    expect(validateActor(address('45147', 'DE')).ok).toBe(true);
    expect(validateActor(address('1010', 'AT')).ok).toBe(true);
    expect(validateActor(address('NL-1011 AB', 'NL')).ok).toBe(true);
    for (const bad of ['4514', '451470', 'D-45147', '45 147']) {
      expect(codesOf(validateActor(address(bad, 'DE')))).toEqual([
        { path: ['address', 'postalCode'], code: 'invalid_format' },
      ]);
    }
  });

  it('finds duplicate identifiers by scheme and identifying fields', () => {
    const register = { scheme: 'register', court: 'Amtsgericht Beispielstadt', number: 'HRB 1' };
    const duplicates = withField('identifiers', [
      register,
      { scheme: 'ik', value: '260000000' },
      { ...register },
      { scheme: 'register', court: 'Amtsgericht Anderswo', number: 'HRB 1' },
      { scheme: 'other', system: 'https://a.example', value: '1' },
      { scheme: 'other', system: 'https://b.example', value: '1' },
      { scheme: 'ik', value: '260000000' },
    ]);
    expect(codesOf(validateActor(duplicates))).toEqual([
      { path: ['identifiers', 2], code: 'duplicate' },
      { path: ['identifiers', 6], code: 'duplicate' },
    ]);
  });

  it('finds duplicates in sectors, topics, memberships and phases', () => {
    const record = {
      ...minimalActor,
      sectors: ['investments', 'investments'],
      topics: ['diga', 'm-health', 'diga'],
      memberships: ['a', 'b', 'a'],
      studyCentre: { specialities: ['Onkologie'], phases: ['phase-1', 'phase-1'] },
    };
    expect(codesOf(validateActor(record))).toEqual([
      { path: ['sectors', 1], code: 'duplicate' },
      { path: ['topics', 2], code: 'duplicate' },
      { path: ['memberships', 2], code: 'duplicate' },
      { path: ['studyCentre', 'phases', 1], code: 'duplicate' },
    ]);
  });

  it('checks that provenance fields point at existing sources', () => {
    const sources = [{ title: 'A' }, { title: 'B' }];
    const fields = (map: Record<string, number>) =>
      withField('provenance', { sources, fields: map });
    expect(validateActor(fields({ '/name': 0, '/topics': 1 })).ok).toBe(true);
    expect(codesOf(validateActor(fields({ '/name': 0, '/topics': 2 })))).toEqual([
      { path: ['provenance', 'fields', '/topics'], code: 'unknown_source' },
    ]);
  });

  it('explains every rule in German and in English', () => {
    const cases: [unknown, string, string][] = [
      [
        semanticViolations[0]!.record,
        'Die Prüfziffer von "260000001" stimmt nicht.',
        'The check digit of "260000001" does not match.',
      ],
      [
        semanticViolations[2]!.record,
        'Unbekannte Region "05999": nicht im Regionsverzeichnis.',
        'Unknown region "05999": not in the region registry.',
      ],
      [
        semanticViolations[3]!.record,
        'Kein gültiges Format: erwartet fünfstellige Postleitzahl (z. B. 45147).',
        'Invalid format: expected five-digit German postal code (e.g. 45147).',
      ],
      [
        semanticViolations[4]!.record,
        'Doppelter Eintrag "https://beispiel.example".',
        'Duplicate entry "https://beispiel.example".',
      ],
      [
        semanticViolations[6]!.record,
        'Quelle Nr. 1 gibt es nicht (1 Quellen).',
        'Source number 1 does not exist (1 sources).',
      ],
    ];
    for (const [record, de, en] of cases) {
      expect(validateActor(record, { locale: 'de' })).toMatchObject({
        ok: false,
        issues: [{ message: de }],
      });
      expect(validateActor(record, { locale: 'en' })).toMatchObject({
        ok: false,
        issues: [{ message: en }],
      });
    }
  });
});

describe('structure', () => {
  it('reports missing fields, unknown keys, unknown codes and wrong types with paths', () => {
    const result = validateActor(
      { id: 'Beispiel Klinik', kind: 'clinic', name: {}, founded: 1999.5, extra: true },
      { locale: 'de' },
    );
    expect(codesOf(result)).toEqual([
      { path: ['id'], code: 'invalid_format' },
      { path: ['kind'], code: 'unknown_code' },
      { path: ['name'], code: 'empty_text' },
      { path: ['founded'], code: 'not_integer' },
      { path: ['provenance'], code: 'required' },
      { path: ['extra'], code: 'unrecognized_key' },
    ]);
  });

  it('tells identifier schemes apart and rejects unknown ones', () => {
    const record = withField('identifiers', [
      { scheme: 'nct', value: 'NCT01234567' },
      { scheme: 'website', value: 'https://beispiel.example' },
    ]);
    expect(codesOf(validateActor(record))).toEqual([
      { path: ['identifiers', 0, 'scheme'], code: 'unknown_code' },
      { path: ['identifiers', 1, 'url'], code: 'required' },
      { path: ['identifiers', 1, 'value'], code: 'unrecognized_key' },
    ]);
  });

  it('keeps founding years and trial counts in range', () => {
    expect(codesOf(validateActor(withField('founded', 999)))).toEqual([
      { path: ['founded'], code: 'too_small' },
    ]);
    expect(codesOf(validateActor(withField('founded', 2101)))).toEqual([
      { path: ['founded'], code: 'too_big' },
    ]);
    const centre = (trials: number) =>
      withField('studyCentre', { specialities: ['X'], experience: { trials } });
    expect(validateActor(centre(0)).ok).toBe(true);
    expect(codesOf(validateActor(centre(-1)))).toEqual([
      { path: ['studyCentre', 'experience', 'trials'], code: 'too_small' },
    ]);
  });

  it('needs at least one speciality in a study-centre profile, as text or in several languages', () => {
    expect(
      validateActor(withField('studyCentre', { specialities: [{ en: 'Oncology' }, 'Onkologie'] }))
        .ok,
    ).toBe(true);
    expect(codesOf(validateActor(withField('studyCentre', { specialities: [] })))).toEqual([
      { path: ['studyCentre', 'specialities'], code: 'too_small' },
    ]);
  });

  it('answers any input with a typed result, never a throw', () => {
    for (const input of [null, undefined, 42, 'actor', [], {}, [fullActor]]) {
      const result = validateActor(input);
      expect(result.ok).toBe(false);
    }
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateActor(input);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('survives every record built from valid parts with broken cross-references', () => {
    fc.assert(
      fc.property(
        fc.record({
          identifiers: fc.array(
            fc.constantFrom(...fullActor.identifiers, { scheme: 'ik', value: '260000001' }),
          ),
          fields: fc.dictionary(
            fc.constantFrom('/name', '/kind', '/topics'),
            fc.integer({ min: 0, max: 4 }),
          ),
        }),
        ({ identifiers, fields }) => {
          const record = {
            ...minimalActor,
            identifiers,
            provenance: { sources: [{ title: 'A' }], fields },
          };
          const result = validateActor(record);
          const codes = result.ok ? [] : result.issues.map((found) => found.code);
          const expectedSources = Object.values(fields).filter((index) => index >= 1).length;
          expect(codes.filter((code) => code === 'unknown_source').length).toBe(expectedSources);
          const badIks = identifiers.filter(
            (identifier) => identifier.value === '260000001',
          ).length;
          expect(codes.filter((code) => code === 'invalid_check_digit').length).toBe(badIks);
        },
      ),
    );
  });
});
