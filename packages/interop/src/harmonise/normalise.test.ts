import { describe, expect, it } from 'vitest';
import {
  cityKey,
  facilityKey,
  identifierKey,
  registryNumberKey,
  sponsorKey,
  trialNumberKey,
} from './normalise';
import { siteKey } from './spec';

describe('keys for comparing what registries write', () => {
  it('tells one facility however spelled: case, accents, umlauts written out, Uniklinik', () => {
    const spellings = [
      'Uniklinik Köln',
      'Universitätsklinikum Köln',
      'UNIVERSITAETSKLINIKUM KOELN',
      'Universitätsklinikum Köln AöR',
      'University Hospital Cologne',
      'Uniklinik  Köln (AöR)',
    ];
    expect(new Set(spellings.map(facilityKey))).toEqual(new Set(['uk koln']));
    expect(facilityKey('St. Marien-Hospital')).toBe(facilityKey('Sankt Marien Hospital'));
    expect(facilityKey('Universitätsklinikum Essen')).not.toBe(
      facilityKey('Universitätsklinikum Köln'),
    );
    expect(facilityKey('Klinikum Dortmund gGmbH')).toBe(facilityKey('Klinikum Dortmund'));
  });

  it('tells one city: NRW cities by their municipality key, others folded', () => {
    expect(new Set(['Köln', 'Koeln', 'KÖLN', 'Cologne'].map(cityKey))).toEqual(
      new Set(['ags:05315000']),
    );
    expect(cityKey('Düsseldorf')).toBe(cityKey('Duesseldorf'));
    expect(cityKey('Mülheim a.d. Ruhr')).toBe(cityKey('Muelheim an der Ruhr'));
    expect(cityKey('Munich')).toBe(cityKey('München'));
    expect(cityKey('Moers')).not.toBe(cityKey('Wesel'));
  });

  it('tells one site by facility, city and country', () => {
    expect(siteKey({ facility: 'Uniklinik Köln', city: 'Cologne', country: 'DE' })).toBe(
      siteKey({ facility: 'Universitätsklinikum Köln', city: 'Köln', country: 'DE' }),
    );
    expect(siteKey({ facility: 'Uniklinik Köln', city: 'Köln', country: 'DE' })).not.toBe(
      siteKey({ facility: 'Uniklinik Köln', city: 'Köln' }),
    );
  });

  it('tells one sponsor with or without its legal form', () => {
    expect(sponsorKey('Merck Sharp & Dohme LLC')).toBe(sponsorKey('Merck Sharp & Dohme Corp.'));
    expect(sponsorKey('Instituto Grifols, S.A')).toBe(sponsorKey('Instituto Grifols'));
    expect(sponsorKey('Novo Nordisk A/S')).toBe(sponsorKey('Novo Nordisk'));
    expect(sponsorKey('Bayer AG')).not.toBe(sponsorKey('Merck KGaA'));
  });

  it('reads registry numbers however written', () => {
    expect(registryNumberKey('2019-001234-56')).toBe('eudract:2019-001234-56');
    expect(registryNumberKey('2019-001234-56-DE')).toBe('eudract:2019-001234-56');
    expect(registryNumberKey('EUCTR2019-001234-56-3RD')).toBe('eudract:2019-001234-56');
    expect(registryNumberKey('EudraCT-Nr.: 2019 - 001234 - 56')).toBe('eudract:2019-001234-56');
    expect(registryNumberKey('2023-501234-12-00')).toBe('euct:2023-501234-12-00');
    expect(registryNumberKey(' nct 0123 4567 ')).toBe('nct:NCT01234567');
    expect(registryNumberKey('drks00012345')).toBe('drks:DRKS00012345');
    expect(registryNumberKey('ACTRN12345678901234')).toBe('anzctr:ACTRN12345678901234');
    for (const none of ['', 'MK-5592-127', 'P60DK020579', '05-1109']) {
      expect(registryNumberKey(none)).toBeUndefined();
    }
  });

  it('keys identifiers: registry numbers by scheme, others by registry, issuer and number', () => {
    expect(
      trialNumberKey({ registry: 'other', id: 'EUCTR2019-001234-56-DE', issuer: 'EUCTR' }),
    ).toBe(trialNumberKey({ registry: 'euctr', id: '2019-001234-56' }));
    expect(trialNumberKey({ registry: 'sponsor', id: 'MK-5592-127' })).toBeUndefined();
    expect(
      identifierKey({ registry: 'sponsor', id: 'MK-5592-127', issuer: 'Merck Sharp & Dohme LLC' }),
    ).toBe(
      identifierKey({
        registry: 'sponsor',
        id: 'mk 5592 127',
        issuer: 'Merck Sharp & Dohme Corp.',
      }),
    );
    expect(identifierKey({ registry: 'sponsor', id: '001', issuer: 'Beispiel A' })).not.toBe(
      identifierKey({ registry: 'sponsor', id: '001', issuer: 'Beispiel B' }),
    );
  });
});
