import { describe, expect, it } from 'vitest';
import { countryCode, normaliseSite } from './places';

describe('countryCode', () => {
  it.each([
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['germany', 'DE'],
    ['DE', 'DE'],
    ['DEU', 'DE'],
    ['Korea, Republic of', 'KR'],
    ['Netherlands', 'NL'],
    ['United States', 'US'],
    ['Czech Republic', 'CZ'],
  ])('%s is %s', (name, code) => expect(countryCode(name)).toBe(code));

  it.each(['', '  ', 'Atlantis', 'XX', undefined])('%j is no country', (name) => {
    expect(countryCode(name)).toBeUndefined();
  });
});

describe('normaliseSite', () => {
  it('gives NRW sites their district, whatever the spelling', () => {
    expect(normaliseSite({ city: 'Cologne', country: 'Germany' }).district).toBe('05315');
    expect(normaliseSite({ city: 'Duesseldorf', country: 'Germany' }).district).toBe('05111');
    expect(normaliseSite({ city: 'Mülheim a.d. Ruhr', country: 'DE' }).district).toBe('05117');
    expect(normaliseSite({ city: 'Witten', country: 'Deutschland' }).district).toBe('05954');
  });

  it('keeps coordinates and leaves out what is empty', () => {
    expect(
      normaliseSite({
        facility: ' Uniklinik ',
        city: 'Essen',
        country: 'Germany',
        postalCode: '',
        lat: 51.43,
        lon: 6.99,
      }),
    ).toEqual({
      facility: 'Uniklinik',
      city: 'Essen',
      country: 'DE',
      district: '05113',
      coordinates: { lat: 51.43, lon: 6.99 },
    });
  });

  it('gives no district outside NRW or Germany, and drops impossible coordinates', () => {
    expect(normaliseSite({ city: 'Berlin', country: 'Germany' }).district).toBeUndefined();
    expect(normaliseSite({ city: 'Essen', country: 'Belgium' }).district).toBeUndefined();
    expect(normaliseSite({ city: 'X', lat: 100, lon: 0 }).coordinates).toBeUndefined();
  });
});
