// Real facets: the organisations of @nrw-health/data counted by kind, topic and district, with
// labels from core's code lists and region registry in the locale.
import { actorKinds, type Locale, regionByCode, topics } from '@nrw-health/core';
import { actors } from '@nrw-health/data';
import type { FacetOption } from '@nrw-health/react';

function count(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

const byCountDescending = (a: FacetOption, b: FacetOption) => (b.count ?? 0) - (a.count ?? 0);

/** Kinds of organisation, most frequent first. */
export function actorKindOptions(locale: Locale): FacetOption[] {
  return [...count(actors.map((actor) => actor.kind))]
    .map(([value, n]) => ({ value, label: actorKinds.label(value, locale), count: n }))
    .sort(byCountDescending);
}

/** Topics and competences, most frequent first. */
export function topicOptions(locale: Locale): FacetOption[] {
  return [...count(actors.flatMap((actor) => actor.topics ?? []))]
    .map(([value, n]) => ({ value, label: topics.label(value, locale), count: n }))
    .sort(byCountDescending);
}

/** Districts (Kreise and kreisfreie Städte) where the organisations are, most frequent first. */
export function districtOptions(locale: Locale): FacetOption[] {
  const districts = actors.flatMap((actor) => actor.address?.district?.slice(0, 5) ?? []);
  return [...count(districts)]
    .map(([value, n]) => ({ value, label: regionByCode(value)?.name[locale] ?? value, count: n }))
    .sort(byCountDescending);
}

export const facetLegends = {
  kind: actorKinds.title,
  topic: topics.title,
  district: { de: 'Kreis oder kreisfreie Stadt', en: 'District or city' },
} as const satisfies Record<string, Record<Locale, string>>;
