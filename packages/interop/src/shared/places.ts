import { findMunicipality, findRegion, isNrwState, type TrialSite } from '@nrw-health/core';
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);
countries.registerLocale(de);

/**
 * The ISO 3166-1 alpha-2 code of a country as registries write it: an English or German name
 * ("Germany", "Deutschland", "Korea, Republic of"), an alpha-2 or alpha-3 code. Undefined when
 * the name is not a country.
 */
export function countryCode(name: string | undefined): string | undefined {
  const text = name?.trim();
  return text ? rememberedCountry(text) : undefined;
}

/**
 * A lookup that remembers its answers, for up to 10,000 keys of up to 200 characters: registries
 * repeat a few country and city names thousands of times, and the name tables are slow to scan.
 */
function remembered(lookUp: (key: string) => string | undefined) {
  const answers = new Map<string, string | undefined>();
  return (key: string): string | undefined => {
    if (answers.has(key)) return answers.get(key);
    const answer = lookUp(key);
    if (answers.size < 10_000 && key.length <= 200) answers.set(key, answer);
    return answer;
  };
}

/** Country names registries use that the ISO name tables do not know (older or informal forms), lower case. */
export const countryAliases: Readonly<Record<string, string>> = {
  'bolivia (plurinational state of)': 'BO',
  'bolivia, plurinational state of': 'BO',
  burma: 'MM',
  'cabo verde': 'CV',
  'congo, democratic republic of the': 'CD',
  'congo, the democratic republic of the': 'CD',
  curacao: 'CW',
  'democratic republic of congo': 'CD',
  'east timor': 'TL',
  england: 'GB',
  'federated states of micronesia': 'FM',
  'iran (islamic republic of)': 'IR',
  'iran, islamic republic of': 'IR',
  "korea, democratic people's republic of": 'KP',
  'lao pdr': 'LA',
  laos: 'LA',
  'libyan arab jamahiriya': 'LY',
  macau: 'MO',
  'macedonia, the former yugoslav republic of': 'MK',
  moldova: 'MD',
  'northern ireland': 'GB',
  'palestine, state of': 'PS',
  'palestinian territories, occupied': 'PS',
  'palestinian territory, occupied': 'PS',
  reunion: 'RE',
  réunion: 'RE',
  scotland: 'GB',
  swaziland: 'SZ',
  'tanzania, united republic of': 'TZ',
  'turkey (türkiye)': 'TR',
  'venezuela (bolivarian republic of)': 'VE',
  'venezuela, bolivarian republic of': 'VE',
  'viet nam': 'VN',
  'virgin islands (u.s.)': 'VI',
  wales: 'GB',
};

const rememberedCountry = remembered(lookUpCountry);

function lookUpCountry(text: string): string | undefined {
  const key = text.toLowerCase();
  if (Object.hasOwn(countryAliases, key)) return countryAliases[key];
  if (/^[A-Za-z]{2}$/.test(text) && countries.isValid(text.toUpperCase()))
    return text.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(text)) {
    const alpha2 = countries.alpha3ToAlpha2(text.toUpperCase());
    if (alpha2) return alpha2;
  }
  return countries.getAlpha2Code(text, 'en') ?? countries.getAlpha2Code(text, 'de');
}

/** A site as a registry publishes it, before normalisation. */
export interface RawSite {
  readonly facility?: string | undefined;
  readonly city?: string | undefined;
  readonly postalCode?: string | undefined;
  readonly state?: string | undefined;
  readonly country?: string | undefined;
  readonly lat?: number | undefined;
  readonly lon?: number | undefined;
}

const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * The NRW district (AGS) of a German city: any of NRW's 396 Gemeinden, or a name of the region
 * registry (Cologne, Mülheim a.d. Ruhr). The state, where the registry gives one, decides for
 * names that Gemeinden elsewhere share (Neuenkirchen); a state other than NRW rules NRW out.
 */
export function nrwDistrictOf(city: string, state?: string): string | undefined {
  return rememberedDistrict(`${city}\u0000${state ?? ''}`);
}

const rememberedDistrict = remembered((key) => {
  const [city = '', state] = key.split('\u0000');
  return lookUpDistrict(city, state || undefined);
});

function lookUpDistrict(city: string, state: string | undefined): string | undefined {
  const municipality = findMunicipality(city, { state });
  if (municipality) return municipality.district;
  if (state?.trim() && !isNrwState(state.trim())) return undefined;
  const code = findRegion(city)?.code;
  return code && /^05\d{3}$/.test(code) ? code : undefined;
}

/**
 * A trial site in the model's terms: country as ISO code, and for sites in NRW the district (AGS)
 * the city lies in (`nrwDistrictOf`). Coordinates are kept when both are numbers in range. Fields
 * without a value are left out; a country name that is not a country stays out too, and the
 * caller reports it.
 */
export function normaliseSite(raw: RawSite): TrialSite {
  const country = countryCode(raw.country);
  const city = text(raw.city);
  const state = text(raw.state);
  const district = country === 'DE' && city ? nrwDistrictOf(city, state) : undefined;
  const { lat, lon } = raw;
  const coordinates =
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180
      ? { lat, lon }
      : undefined;
  // Built field by field, leaving out what has no value: a site per location, thousands a study.
  const site: Record<string, unknown> = {};
  const facility = text(raw.facility);
  if (facility) site.facility = facility;
  if (city) site.city = city;
  const postalCode = text(raw.postalCode);
  if (postalCode) site.postalCode = postalCode;
  if (state) site.state = state;
  if (country) site.country = country;
  if (district) site.district = district;
  if (coordinates) site.coordinates = coordinates;
  return site as TrialSite;
}
