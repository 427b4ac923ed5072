import { describe, expect, it } from 'vitest';
import { fullTrial, minimalTrial, semanticViolations, validTrials } from './trial.examples';
import { validateTrial } from './validate';

const codesOf = (input: unknown) => {
  const result = validateTrial(input);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
};

const at = (value: unknown, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], value);

describe('validateTrial', () => {
  it.each(validTrials.map((trial, index) => [index, trial]))(
    'accepts valid example %i',
    (_, trial) => {
      expect(validateTrial(trial)).toEqual({ ok: true, value: trial });
    },
  );

  it('represents all 24 items of the WHO Trial Registration Data Set', () => {
    const trds: Record<number, string> = {
      1: 'identifiers.primary',
      2: 'dates.registered',
      3: 'identifiers.secondary',
      4: 'sponsors', // role funder: source of monetary or material support
      5: 'sponsors', // role primary
      6: 'sponsors', // role secondary
      7: 'contacts', // role public
      8: 'contacts', // role scientific
      9: 'title.public',
      10: 'title.scientific',
      11: 'countries',
      12: 'conditions',
      13: 'interventions',
      14: 'eligibility',
      15: 'studyType',
      16: 'dates.start',
      17: 'enrolment.target',
      18: 'status.code',
      19: 'outcomes',
      20: 'outcomes',
      21: 'ethics',
      22: 'dates.completion',
      23: 'results.summary',
      24: 'ipdSharing.plan',
    };
    const result = validateTrial(fullTrial);
    expect(result.ok).toBe(true);
    for (const [item, path] of Object.entries(trds)) {
      expect(at(fullTrial, path), `TRDS item ${item} at ${path}`).toBeDefined();
    }
    const roles = fullTrial.sponsors.map((sponsor) => sponsor.role);
    expect(roles).toEqual(expect.arrayContaining(['primary', 'funder']));
    expect(
      validateTrial({
        ...fullTrial,
        sponsors: [...fullTrial.sponsors, { name: 'Zweitsponsor', role: 'secondary' }],
      }).ok,
    ).toBe(true);
    expect(fullTrial.outcomes.map((outcome) => outcome.type)).toEqual(['primary', 'secondary']);
  });

  it('keeps the registry original next to every harmonised value', () => {
    const result = validateTrial(fullTrial);
    if (!result.ok) throw new Error('expected valid');
    expect(result.value.status).toEqual({ code: 'terminated', original: 'TERMINATED' });
    expect(result.value.phase).toEqual({
      codes: ['phase-2', 'phase-3'],
      original: 'PHASE2, PHASE3',
    });
    expect(result.value.studyType.original).toBe('INTERVENTIONAL');
  });

  it.each(semanticViolations.map(({ code, record }) => [code, record]))(
    'reports the cross-field rule %s',
    (code, record) => {
      expect(codesOf(record)).toEqual([code]);
    },
  );

  it('compares dates at the precision they share', () => {
    const withDates = (start: string, completion: string) => ({
      ...minimalTrial,
      dates: {
        start: { date: start, kind: 'actual' },
        completion: { date: completion, kind: 'estimated' },
      },
    });
    expect(codesOf(withDates('2024-05-17', '2024'))).toEqual([]);
    expect(codesOf(withDates('2024-05-17', '2024-05'))).toEqual([]);
    expect(codesOf(withDates('2024-05-17', '2024-05-16'))).toEqual(['date_order']);
    expect(codesOf(withDates('2024', '2023-12-31'))).toEqual(['date_order']);
  });

  it('rejects impossible calendar dates but accepts leap days', () => {
    const registered = (date: string) => ({ ...minimalTrial, dates: { registered: date } });
    expect(codesOf(registered('2024-02-29'))).toEqual([]);
    expect(codesOf(registered('2000-02-29'))).toEqual([]);
    expect(codesOf(registered('2023-02-29'))).toEqual(['invalid_format']);
    expect(codesOf(registered('1900-02-29'))).toEqual(['invalid_format']);
    expect(codesOf(registered('2024-04-31'))).toEqual(['invalid_format']);
    expect(codesOf(registered('2024-13'))).toEqual(['invalid_format']);
    expect(codesOf(registered('24-05-17'))).toEqual(['invalid_format']);
  });

  it.each([
    ['ctgov', 'DRKS00000001'],
    ['drks', 'NCT00000001'],
    ['ctis', '2019-000001-01'],
    ['euctr', '2023-500001-01-00'],
    ['isrctn', 'ISRCTN1234'],
    ['who-utn', 'U1234-0000-0001'],
  ])('checks a %s number against its own pattern (%s)', (registry, id) => {
    const result = validateTrial({ ...minimalTrial, identifiers: { primary: { registry, id } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ path: ['identifiers', 'primary', 'id'], code: 'invalid_format' }),
    ]);
  });

  it('needs the issuer of an identifier from another registry', () => {
    const result = validateTrial({
      ...minimalTrial,
      identifiers: { primary: { registry: 'other', id: 'X1' } },
    });
    expect(result.ok || result.issues[0]).toMatchObject({
      path: ['identifiers', 'primary', 'issuer'],
      code: 'required',
    });
  });

  it('reports an unknown registry with the allowed ones', () => {
    const result = validateTrial(
      { ...minimalTrial, identifiers: { primary: { registry: 'nope', id: 'X' } } },
      { locale: 'en' },
    );
    expect(result.ok || result.issues[0]).toMatchObject({
      path: ['identifiers', 'primary', 'registry'],
      code: 'unknown_code',
    });
    expect(result.ok || result.issues[0]!.message).toContain('"ctgov"');
  });

  it('reports fields that have no place in the model instead of dropping them', () => {
    const result = validateTrial({
      ...minimalTrial,
      sites: [{ city: 'Essen', bedCount: 3 }],
      extra: true,
    });
    expect(result.ok || result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['sites', 0, 'bedCount'], code: 'unrecognized_key' },
      { path: ['extra'], code: 'unrecognized_key' },
    ]);
  });

  it('writes messages in German and in English', () => {
    const record = { ...minimalTrial, status: { code: 'läuft' }, title: { public: {} } };
    const de = validateTrial(record, { locale: 'de' });
    const en = validateTrial(record, { locale: 'en' });
    if (de.ok || en.ok) throw new Error('expected issues');
    expect(de.issues.map((issue) => issue.code)).toEqual(en.issues.map((issue) => issue.code));
    expect(de.issues.map((issue) => issue.message)).toEqual([
      'Braucht einen Text in mindestens einer Sprache.',
      expect.stringMatching(
        /^Unbekannter Wert "läuft"\. Erlaubt: "not-yet-recruiting", .* und \d+ weitere\.$/,
      ),
    ]);
    expect(en.issues[0]!.message).toBe('Needs a text in at least one language.');
  });

  it('accepts only http and https links', () => {
    for (const url of [
      'javascript:alert(1)',
      'ftp://example.org',
      'https://',
      'data:text/html,x',
    ]) {
      expect(codesOf({ ...minimalTrial, url })).toEqual(['invalid_format']);
    }
    expect(codesOf({ ...minimalTrial, url: 'http://www.drks.de/DRKS00000001' })).toEqual([]);
  });

  it.each([
    null,
    undefined,
    42,
    'NCT00000001',
    [],
    [minimalTrial],
    JSON.parse(`{"__proto__": ${JSON.stringify(minimalTrial)}}`),
  ])('answers bad input %j with issues, never a throw', (input) => {
    const result = validateTrial(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
  });
});
