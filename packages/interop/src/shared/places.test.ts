import { municipalities } from '@nrw-health/core';
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

  it('gives every NRW Gemeinde its district, small towns too', () => {
    for (const municipality of municipalities) {
      const site = normaliseSite({ city: municipality.name, state: 'NRW', country: 'Germany' });
      expect(site.district, municipality.name).toBe(municipality.district);
    }
    expect(normaliseSite({ city: 'Bad Driburg', country: 'Germany' }).district).toBe('05762');
    expect(normaliseSite({ city: 'Olsberg', country: 'DE' }).district).toBe('05958');
  });

  it('lets the state decide for names that towns elsewhere share', () => {
    const site = (state?: string) =>
      normaliseSite({ city: 'Neuenkirchen', state, country: 'Germany' }).district;
    expect(site()).toBeUndefined();
    expect(site('Nordrhein-Westfalen')).toBe('05566');
    expect(site('Niedersachsen')).toBeUndefined();
    // A state other than NRW rules out even NRW's big cities.
    expect(
      normaliseSite({ city: 'Essen', state: 'Niedersachsen', country: 'DE' }).district,
    ).toBeUndefined();
    expect(
      normaliseSite({ city: 'Essen', state: 'North Rhine-Westphalia', country: 'DE' }).district,
    ).toBe('05113');
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
