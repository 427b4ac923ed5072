import { type Actor, actorKinds, type Locale, regionByAgs, topics } from '@nrw-health/core';
import { safeHref } from '../shared/url';
import { districtOf, localized } from './filter';

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

export const kindText = (actor: Actor, locale: Locale) =>
  isText(actor.kind) ? actorKinds.label(actor.kind, locale) : undefined;

/** "Gladbeck, Kreis Recklinghausen": the city, with its district's name where that differs. */
export function placeText(actor: Actor, locale: Locale): string | undefined {
  const city = isText(actor.address?.city) ? actor.address.city.trim() : undefined;
  const ags = districtOf(actor);
  const district = ags ? regionByAgs(ags)?.name[locale] : undefined;
  const parts = [city, district && district !== city ? district : undefined].filter(isText);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

export const topicTexts = (actor: Actor, locale: Locale) =>
  (Array.isArray(actor.topics) ? actor.topics : [])
    .filter(isText)
    .map((code) => topics.label(code, locale));

/** The study centre's specialities, each in the locale where the record has it. */
export const specialityTexts = (actor: Actor, locale: Locale) =>
  (Array.isArray(actor.studyCentre?.specialities) ? actor.studyCentre.specialities : [])
    .map((speciality) => localized(speciality, locale))
    .filter((text): text is NonNullable<typeof text> => text !== undefined);

/** The actor's website, only as an http(s) address; else, if it has one, its text. */
export function websiteOf(actor: Actor): { href?: string; text: string } | undefined {
  const site =
    actor.website ?? actor.identifiers?.find((identifier) => identifier?.scheme === 'website')?.url;
  if (!isText(site)) return undefined;
  const href = safeHref(site);
  return href ? { href, text: site.trim() } : { text: site };
}
