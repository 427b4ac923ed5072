import { regionByCode } from '@nrw-health/core';
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(de);
countries.registerLocale(en);

/**
 * The name of a region code for the `region_name` column: the registry's name for its regions,
 * the country name for other ISO codes, nothing for codes the kit has no name for (NUTS codes
 * abroad, municipality keys).
 */
export function regionLabel(code: string, locale: 'de' | 'en'): string | undefined {
  const region = regionByCode(code);
  if (region) return region.name[locale];
  return /^[A-Z]{2}$/.test(code) ? countries.getName(code, locale) : undefined;
}
