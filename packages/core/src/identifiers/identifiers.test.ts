import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodeEntry } from '../shared/codelist';
import { locales } from '../shared/locale';
import {
  detectTrialIdentifier,
  type IdentifierScheme,
  identifierSchemeOfSystem,
  identifierSchemes,
  identifierSystem,
  ikCheckDigit,
  isValidIdentifier,
  isValidIk,
  isValidRor,
  parseIdentifier,
  rorChecksum,
  trialIdentifierSchemes,
} from './index';

const digits = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((d) => d.join(''));
const base32 = '0123456789abcdefghjkmnpqrstvwxyz';
const rorBody = fc
  .array(fc.constantFrom(...base32), { minLength: 6, maxLength: 6 })
  .map((chars) => `0${chars.join('')}`);

describe('IK check digit', () => {
  it.each(['260326822', '101575519', '104940005'])('accepts the known valid IK %s', (ik) => {
    expect(ikCheckDigit(ik.slice(0, 8))).toBe(Number(ik[8]));
    expect(isValidIk(ik)).toBe(true);
  });

  it('rejects the known invalid IK 105175519 (its check digit would be 4)', () => {
    expect(ikCheckDigit('10517551')).toBe(4);
    expect(isValidIk('105175519')).toBe(false);
  });

  it('throws a RangeError for anything but eight digits, a programming error', () => {
    for (const bad of ['1234567', '123456789', '1234567a', '']) {
      expect(() => ikCheckDigit(bad)).toThrow(RangeError);
    }
  });

  it('detects every change of one digit in positions 3 to 8', () => {
    fc.assert(
      fc.property(
        digits(8),
        fc.integer({ min: 2, max: 7 }),
        fc.integer({ min: 1, max: 9 }),
        (body, at, shift) => {
          const ik = `${body}${ikCheckDigit(body)}`;
          const changed = `${ik.slice(0, at)}${(Number(ik[at]) + shift) % 10}${ik.slice(at + 1)}`;
          expect(isValidIk(ik)).toBe(true);
          expect(isValidIk(changed)).toBe(false);
        },
      ),
    );
  });

  it('leaves the classification (digits 1 and 2) out of the check, as specified', () => {
    fc.assert(
      fc.property(digits(8), digits(2), (body, classification) => {
        const ik = `${body}${ikCheckDigit(body)}`;
        expect(isValidIk(`${classification}${ik.slice(2)}`)).toBe(true);
      }),
    );
  });
});

describe('ROR checksum', () => {
  // Real ROR IDs: from ROR's release notes v1.11 (ror-community/ror-updates), the OBO Foundry
  // issue #2127 (Lawrence Berkeley National Laboratory) and the kit's own format example.
  const real = [
    '05qgkbq61',
    '046cr9566',
    '03k0md330',
    '04xr9a612',
    '053e7we70',
    '03rzp5127',
    '02jbv0t02',
    '04mz5ra38',
  ];

  it.each(real)('accepts the real ROR ID %s', (id) => {
    expect(rorChecksum(id.slice(0, 7))).toBe(id.slice(7));
    expect(isValidRor(id)).toBe(true);
  });

  it('rejects a real ID with a wrong checksum and an upper-case ID (not canonical)', () => {
    expect(isValidRor('04mz5ra39')).toBe(false);
    expect(isValidRor('04MZ5RA38')).toBe(false);
  });

  it('throws a RangeError for a body that is not 0 and six base32 characters', () => {
    for (const bad of ['4mz5ra', '14mz5ra', '04mz5ri', '04mz5ra38', '']) {
      expect(() => rorChecksum(bad)).toThrow(RangeError);
    }
  });

  it('detects every substitution of one character of the body', () => {
    fc.assert(
      fc.property(
        rorBody,
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(...base32),
        (body, at, char) => {
          fc.pre(body[at] !== char);
          const id = `${body}${rorChecksum(body)}`;
          const changed = `${body.slice(0, at)}${char}${body.slice(at + 1)}${id.slice(7)}`;
          expect(isValidRor(id)).toBe(true);
          expect(isValidRor(changed)).toBe(false);
        },
      ),
    );
  });
});

// Canonical valid and invalid values of every scheme. Invalid ones break the pattern, the check
// digit or the region registry.
const vectors: Record<IdentifierScheme, { valid: string[]; invalid: string[] }> = {
  nct: {
    valid: ['NCT04349592', 'NCT00000001'],
    invalid: ['nct04349592', 'NCT0434959', 'NCT043495921', ' NCT04349592'],
  },
  drks: { valid: ['DRKS00012345'], invalid: ['DRKS0001234', 'drks00012345', 'DRKS-00012345'] },
  euct: {
    valid: ['2023-501234-12-00'],
    invalid: ['2023-401234-12-00', '2023-501234-12', '2023-501234-1-00'],
  },
  eudract: {
    valid: ['2019-001234-56'],
    invalid: ['2019-001234-5', '2019-00123-56', '2023-501234-12-00'],
  },
  isrctn: { valid: ['ISRCTN12345678'], invalid: ['ISRCTN1234567', 'isrctn12345678'] },
  utn: {
    valid: ['U1111-1234-5678'],
    invalid: ['U1112-1234-5678', 'U1111-12345678', 'u1111-1234-5678'],
  },
  ik: {
    valid: ['260326822', '101575519', '104940005'],
    invalid: ['105175519', '26032682', '26032682a'],
  },
  ror: {
    valid: ['04mz5ra38', '02jbv0t02'],
    invalid: ['04mz5ra39', '04MZ5RA38', '14mz5ra38', '04mz5ri38'],
  },
  'telematik-id': {
    valid: ['5-2-123456789', '1-031234567'],
    invalid: ['123456789', '-2-1234', '5-2 123'],
  },
  'hospital-site': { valid: ['771234005'], invalid: ['761234005', '77123400', '7712340051'] },
  ags: {
    valid: ['05', '059', '05113', '05113000', '09162000'],
    invalid: ['5113', '05999', '059130001', 'DE'],
  },
  nuts: { valid: ['DEA13', 'DEA', 'DE', 'FR101'], invalid: ['DEA99', 'dea13', 'DEA1234'] },
};

describe('isValidIdentifier', () => {
  it('has vectors for every scheme of the code list', () => {
    expect(Object.keys(vectors).sort()).toEqual([...identifierSchemes.codes].sort());
  });

  for (const scheme of identifierSchemes.codes) {
    it(`accepts valid ${scheme} values and rejects invalid ones`, () => {
      for (const value of vectors[scheme].valid)
        expect([value, isValidIdentifier(scheme, value)]).toEqual([value, true]);
      for (const value of vectors[scheme].invalid)
        expect([value, isValidIdentifier(scheme, value)]).toEqual([value, false]);
    });
  }

  it('is false for values that are not strings and for unknown schemes', () => {
    expect(isValidIdentifier('ik', 260326822)).toBe(false);
    expect(isValidIdentifier('ik', null)).toBe(false);
    expect(isValidIdentifier('nope' as IdentifierScheme, '260326822')).toBe(false);
  });
});

describe('parseIdentifier', () => {
  const tolerated: [IdentifierScheme, string, string][] = [
    ['nct', 'nct01234567', 'NCT01234567'],
    ['nct', ' NCT 0123 4567 ', 'NCT01234567'],
    ['nct', 'ClinicalTrials.gov ID: NCT01234567', 'NCT01234567'],
    ['nct', 'https://clinicaltrials.gov/study/NCT01234567?tab=results', 'NCT01234567'],
    ['nct', 'clinicaltrials.gov/ct2/show/NCT01234567', 'NCT01234567'],
    ['drks', 'DRKS-ID: DRKS00012345', 'DRKS00012345'],
    ['drks', 'drks 0001 2345', 'DRKS00012345'],
    ['drks', 'https://drks.de/search/en/trial/DRKS00012345', 'DRKS00012345'],
    ['euct', 'EU CT number: 2023 - 501234 - 12 - 00', '2023-501234-12-00'],
    [
      'euct',
      'https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=2023-501234-12-00',
      '2023-501234-12-00',
    ],
    ['eudract', 'EudraCT 2019-001234-56', '2019-001234-56'],
    ['eudract', 'EudraCT-Nr.: 2019–001234–56', '2019-001234-56'],
    [
      'eudract',
      'https://www.clinicaltrialsregister.eu/ctr-search/trial/2019-001234-56/DE',
      '2019-001234-56',
    ],
    ['isrctn', 'isrctn 12345678', 'ISRCTN12345678'],
    ['isrctn', 'https://doi.org/10.1186/ISRCTN12345678', 'ISRCTN12345678'],
    ['utn', 'UTN: u1111 1234 5678', 'U1111-1234-5678'],
    ['ik', 'IK-Nr.: 26 03 26 822', '260326822'],
    ['ik', '２６０３２６８２２', '260326822'],
    ['ror', 'https://ror.org/04mz5ra38', '04mz5ra38'],
    ['ror', 'ROR: 04MZ5RA38', '04mz5ra38'],
    ['telematik-id', 'Telematik-ID: 5-2-123456789', '5-2-123456789'],
    ['hospital-site', 'Standortnummer 77 1234 005', '771234005'],
    ['ags', 'AGS 05 113', '05113'],
    ['ags', '5113', '05113'],
    ['nuts', 'NUTS-3: dea13', 'DEA13'],
  ];

  it.each(tolerated)('reads %s from %j as %s', (scheme, raw, canonical) => {
    expect(parseIdentifier(scheme, raw)).toEqual({ ok: true, value: canonical });
  });

  const rejected: [IdentifierScheme, string, string][] = [
    ['nct', 'NCT012345678', 'invalid_format'],
    ['nct', 'NCT01234567 and NCT07654321', 'invalid_format'],
    ['nct', 'see https://example.org/NCT01234567', 'invalid_format'],
    ['drks', 'DRKS00012345 (retrospektiv)', 'invalid_format'],
    ['eudract', '2023-501234-12-00', 'invalid_format'],
    ['euct', '2019-001234-56', 'invalid_format'],
    ['ik', 'IK 105175519', 'invalid_check_digit'],
    ['ror', 'https://ror.org/04mz5ra39', 'invalid_check_digit'],
    ['ags', '05999', 'unknown_region'],
    ['nuts', 'DEA99', 'unknown_region'],
    ['hospital-site', 'Standort-ID 771234', 'invalid_format'],
  ];

  it.each(rejected)('rejects %s %j with %s', (scheme, raw, code) => {
    const result = parseIdentifier(scheme, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((found) => found.code)).toEqual([code]);
  });

  it('explains the problem in German and in English', () => {
    const de = parseIdentifier('ik', '105175519', { locale: 'de' });
    const en = parseIdentifier('ik', '105175519', { locale: 'en' });
    expect(de.ok || de.issues[0]!.message).toBe('Die Prüfziffer von "105175519" stimmt nicht.');
    expect(en.ok || en.issues[0]!.message).toBe('The check digit of "105175519" does not match.');
    const format = parseIdentifier('drks', 'DRKS123', { locale: 'de' });
    expect(format.ok || format.issues[0]!.message).toBe(
      'Kein gültiges Format: erwartet DRKS-ID (z. B. DRKS00012345).',
    );
    expect(parseIdentifier('drks', 'DRKS123')).toMatchObject({
      issues: [{ message: 'Invalid format: expected DRKS ID (e.g. DRKS00012345).' }],
    });
  });

  it('answers bad input with a typed issue, never a throw', () => {
    const cases: [unknown, string][] = [
      [260326822, 'invalid_type'],
      [{ value: '260326822' }, 'invalid_type'],
      [['260326822'], 'invalid_type'],
      [null, 'required'],
      [undefined, 'required'],
      ['', 'required'],
      ['  \u00a0 ', 'required'],
    ];
    for (const [raw, code] of cases) {
      expect(parseIdentifier('ik', raw)).toMatchObject({ ok: false, issues: [{ path: [], code }] });
    }
    expect(parseIdentifier('nope' as IdentifierScheme, 'x')).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown_code' }],
    });
  });

  it('never throws and only ever returns canonical, valid values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...identifierSchemes.codes),
        fc.oneof(fc.string(), fc.anything()),
        (scheme, raw) => {
          const result = parseIdentifier(scheme, raw);
          if (result.ok) expect(isValidIdentifier(scheme, result.value)).toBe(true);
          else expect(result.issues.length).toBe(1);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads every valid value back unchanged, and through spaces and lower case', () => {
    for (const scheme of identifierSchemes.codes) {
      for (const value of vectors[scheme].valid) {
        expect(parseIdentifier(scheme, value)).toEqual({ ok: true, value });
        if (scheme !== 'telematik-id') {
          expect(parseIdentifier(scheme, `  ${value.toLowerCase()} `)).toEqual({ ok: true, value });
        }
      }
    }
  });
});

describe('detectTrialIdentifier', () => {
  it.each([
    [' nct 0123 4567', 'nct', 'NCT01234567'],
    ['DRKS-ID: DRKS00012345', 'drks', 'DRKS00012345'],
    ['2023-501234-12-00', 'euct', '2023-501234-12-00'],
    ['EudraCT 2019-001234-56', 'eudract', '2019-001234-56'],
    ['ISRCTN12345678', 'isrctn', 'ISRCTN12345678'],
    ['U1111-1234-5678', 'utn', 'U1111-1234-5678'],
  ])('detects %j as %s', (raw, scheme, value) => {
    expect(detectTrialIdentifier(raw)).toEqual({ scheme, value });
  });

  it.each([['260326822'], ['NCT01234567 / DRKS00012345'], ['hello'], [''], [42], [null]])(
    'finds no trial registry in %j',
    (raw) => {
      expect(detectTrialIdentifier(raw)).toBeUndefined();
    },
  );

  it('covers exactly the trial registry schemes', () => {
    expect([...trialIdentifierSchemes].every((scheme) => identifierSchemes.has(scheme))).toBe(true);
  });
});

describe('identifierSystem', () => {
  it('gives the established URIs of the German base profiles and registries', () => {
    expect(identifierSystem('ik')).toBe('http://fhir.de/sid/arge-ik/iknr');
    expect(identifierSystem('telematik-id')).toBe('https://gematik.de/fhir/sid/telematik-id');
    expect(identifierSystem('hospital-site')).toBe('http://fhir.de/sid/dkgev/standortnummer');
    expect(identifierSystem('ags')).toBe('http://fhir.de/sid/destatis/ags');
    expect(identifierSystem('ror')).toBe('https://ror.org');
    expect(identifierSystem('nct')).toBe('https://clinicaltrials.gov');
    expect(identifierSystem('euct')).toBe('https://euclinicaltrials.eu/clinicalTrialId');
  });

  it('gives every scheme its own absolute URI, and maps it back', () => {
    const systems = identifierSchemes.codes.map(identifierSystem);
    expect(new Set(systems).size).toBe(systems.length);
    for (const scheme of identifierSchemes.codes) {
      expect(identifierSystem(scheme)).toMatch(/^https?:\/\/[^\s]+$/);
      expect(identifierSchemeOfSystem(identifierSystem(scheme))).toBe(scheme);
    }
  });

  it('recognises systems others use for the same scheme, and nothing else', () => {
    expect(identifierSchemeOfSystem('https://clinicaltrials.gov/nctid')).toBe('nct');
    expect(identifierSchemeOfSystem('urn:oid:2.16.840.1.113883.3.1077')).toBe('nct');
    expect(identifierSchemeOfSystem('https://drks.de')).toBe('drks');
    expect(identifierSchemeOfSystem('https://example.org/ids')).toBeUndefined();
  });
});

describe('identifierSchemes code list', () => {
  it('is complete and distinct in German and English', () => {
    for (const locale of locales) {
      const labels = identifierSchemes.codes.map((code) => identifierSchemes.label(code, locale));
      expect(labels.every((label) => label.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
      for (const code of identifierSchemes.codes) {
        const description = (identifierSchemes.entries[code] as CodeEntry).description;
        if (description) expect(description[locale].length).toBeGreaterThan(0);
      }
    }
  });
});
