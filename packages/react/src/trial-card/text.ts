import {
  type AgeBound,
  ageUnits,
  type Eligibility,
  eligibleSexes,
  type Locale,
  type LocalizedText,
  regionByAgs,
  type Trial,
  type TrialIdentifier,
  trialPhases,
  trialRegistries,
  trialStatuses,
} from '@nrw-health/core';
import type { NrwHealth } from '../provider/use-nrw-health';
import { safeHref } from '../shared/url';

/** A text from data in one language, with the language it is really in. */
export interface Picked {
  readonly text: string;
  readonly lang: string;
}

/** The text in the locale, else English, else German, else any language the record has. */
export function pickText(text: LocalizedText | undefined, locale: Locale): Picked | undefined {
  if (!text) return undefined;
  for (const lang of [locale, 'en', 'de', ...Object.keys(text)]) {
    const value = text[lang];
    if (typeof value === 'string' && value.trim() !== '') return { text: value, lang };
  }
  return undefined;
}

/** `lang` for an element showing `picked`: set only when it differs from the widget's locale. */
export const langOf = (picked: Picked, locale: Locale) =>
  picked.lang === locale ? undefined : picked.lang;

export const statusText = (trial: Trial, locale: Locale) =>
  trialStatuses.label(trial.status.code, locale);

export const phaseText = (trial: Trial, locale: Locale) =>
  trial.phase?.codes.map((code) => trialPhases.label(code, locale)).join(' / ');

// Intl's long unit names give "1 year" and "18 Jahre" with the right plural.
const intlUnits: Record<string, string> = {
  years: 'year',
  months: 'month',
  weeks: 'week',
  days: 'day',
  hours: 'hour',
  minutes: 'minute',
};

function ageText(bound: AgeBound, { formatNumber, locale }: NrwHealth): string {
  const unit = intlUnits[bound.unit];
  return unit
    ? formatNumber(bound.value, { style: 'unit', unit, unitDisplay: 'long' })
    : `${formatNumber(bound.value)} ${ageUnits.label(bound.unit, locale)}`;
}

/** "18 to 80 years", "18 years and older", "up to 17 years", or undefined when no bound is given. */
export function ageRange(eligibility: Eligibility | undefined, helpers: NrwHealth) {
  const { minimumAge, maximumAge } = eligibility ?? {};
  const min = minimumAge && ageText(minimumAge, helpers);
  const max = maximumAge && ageText(maximumAge, helpers);
  if (min && max) return helpers.t('trialCard.ageRange', { min, max });
  if (min) return helpers.t('trialCard.ageFrom', { min });
  if (max) return helpers.t('trialCard.ageUpTo', { max });
  return undefined;
}

/** What a reader should know about who may join, as short sentences. */
export function eligibilityFacts(eligibility: Eligibility | undefined, helpers: NrwHealth) {
  const { t, locale } = helpers;
  const facts: string[] = [];
  if (eligibility?.sex)
    facts.push(t('trialCard.sex', { sex: eligibleSexes.label(eligibility.sex, locale) }));
  const age = ageRange(eligibility, helpers);
  if (age) facts.push(t('trialCard.age', { age }));
  if (eligibility?.healthyVolunteers === true) facts.push(t('trialCard.healthyVolunteers'));
  if (eligibility?.healthyVolunteers === false) facts.push(t('trialCard.noHealthyVolunteers'));
  return facts;
}

/** A site's place: city, with its district's name from the region registry where that differs. */
export function placeOf(site: NonNullable<Trial['sites']>[number], locale: Locale) {
  const district = site.district ? regionByAgs(site.district)?.name[locale] : undefined;
  const parts = [site.city, district && district !== site.city ? district : undefined];
  const place = parts.filter(Boolean).join(', ');
  return place || undefined;
}

/** The distinct places of a trial's sites, in the order the record lists them. */
export function placesOf(trial: Trial, locale: Locale): string[] {
  const places = (trial.sites ?? []).map((site) => placeOf(site, locale));
  return [...new Set(places.filter((place): place is string => place !== undefined))];
}

export const registryName = (id: TrialIdentifier, locale: Locale) =>
  id.registry === 'sponsor' || id.registry === 'other'
    ? (id.issuer ?? trialRegistries.label(id.registry, locale))
    : trialRegistries.label(id.registry, locale);

/** The trial's page in its registry, only when it is an http(s) address. */
export const registryHref = (trial: Trial) => safeHref(trial.url);

/** A portal's link target: a relative path or an http(s) address, never another scheme. */
export function safeLinkTarget(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const { protocol } = new URL(value.trim(), 'https://relative.invalid/');
    return protocol === 'https:' || protocol === 'http:' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

// Deliberately strict: a value that is not plainly an address or a number stays text.
const emailPattern = /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"']+\.[a-z]{2,}$/i;
const phonePattern = /^\+?[\d\s()/.-]{3,}$/;

export const mailto = (email: string | undefined) =>
  email && emailPattern.test(email.trim()) ? `mailto:${email.trim()}` : undefined;

export const telHref = (phone: string | undefined) =>
  phone && phonePattern.test(phone.trim()) && /\d{3}/.test(phone.replace(/\D/g, ''))
    ? `tel:${phone.replace(/[^\d+]/g, '')}`
    : undefined;
