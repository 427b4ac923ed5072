import {
  type Actor,
  actorKinds,
  regionByAgs,
  type Trial,
  type TrialSite,
  trialStatuses,
} from '@nrw-health/core';
import type {
  Feature,
  FeatureCollection,
  FlatProperties,
  GeoJsonResult,
  Point,
  SkippedRecord,
} from './geojson';

export interface GeoJsonOptions {
  /** Language of names, titles and labels. Default: en. */
  readonly locale?: 'de' | 'en';
}

/** The properties of an actor's feature; absent values are null, so every feature has them all. */
export interface ActorProperties extends FlatProperties {
  readonly id: string;
  readonly name: string | null;
  readonly name_de: string | null;
  readonly name_en: string | null;
  readonly short_name: string | null;
  readonly kind: string | null;
  readonly kind_label: string | null;
  readonly city: string | null;
  readonly postal_code: string | null;
  readonly district: string | null;
  readonly district_name: string | null;
  readonly state: string | null;
  readonly country: string | null;
  readonly website: string | null;
  readonly founded: number | null;
  readonly sectors: string | null;
  readonly topics: string | null;
  readonly study_centre: boolean;
}

/** The properties of a trial site's feature. */
export interface TrialSiteProperties extends FlatProperties {
  readonly trial_id: string;
  readonly registry: string;
  readonly title: string | null;
  readonly status: string | null;
  readonly status_label: string | null;
  readonly site_index: number;
  readonly site_status: string | null;
  readonly facility: string | null;
  readonly city: string | null;
  readonly postal_code: string | null;
  readonly district: string | null;
  readonly district_name: string | null;
  readonly state: string | null;
  readonly country: string | null;
  readonly url: string | null;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** A localized text in the locale, else the other language of the kit, else any. */
function localized(value: unknown, locale: 'de' | 'en'): string | null {
  if (!isObject(value)) return null;
  const other = locale === 'de' ? 'en' : 'de';
  return (
    text(value[locale]) ??
    text(value[other]) ??
    Object.values(value).map(text).find(Boolean) ??
    null
  );
}

/** Codes of a list joined by `;`, as one flat value. */
const list = (value: unknown): string | null =>
  Array.isArray(value) && value.length > 0
    ? value.filter((code) => typeof code === 'string').join(';')
    : null;

const districtName = (ags: string | null, locale: 'de' | 'en') =>
  (ags && regionByAgs(ags)?.name[locale]) ?? null;

/** The point of WGS 84 coordinates, or why there is none. */
function pointOf(coordinates: unknown): Point | 'no-coordinates' | 'invalid-coordinates' {
  if (coordinates === undefined || coordinates === null) return 'no-coordinates';
  if (!isObject(coordinates)) return 'invalid-coordinates';
  const { lat, lon } = coordinates;
  const valid =
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180;
  // RFC 7946 §3.1.1: longitude first.
  return valid ? { type: 'Point', coordinates: [lon, lat] } : 'invalid-coordinates';
}

const collection = <F>(features: F[]): FeatureCollection<F> => ({
  type: 'FeatureCollection',
  features,
});

/**
 * Actors as a GeoJSON FeatureCollection of points, one per actor with coordinates, with flat
 * properties (see README). Actors without usable coordinates are listed in `skipped`. Never
 * throws; a record that is not an actor with an id is skipped as `invalid-record`.
 */
export function actorsToGeoJson(
  actors: readonly Actor[],
  options: GeoJsonOptions = {},
): GeoJsonResult<ActorProperties> {
  const locale = options.locale === 'de' ? 'de' : 'en';
  const features: Feature<Point, ActorProperties>[] = [];
  const skipped: SkippedRecord[] = [];
  (Array.isArray(actors) ? actors : []).forEach((actor: unknown, index) => {
    const id = isObject(actor) ? text(actor.id) : null;
    if (!isObject(actor) || id === null) {
      skipped.push({ index, reason: 'invalid-record' });
      return;
    }
    const point = pointOf(actor.coordinates);
    if (typeof point === 'string') {
      skipped.push({ index, id, reason: point });
      return;
    }
    const address = isObject(actor.address) ? actor.address : {};
    const kind = text(actor.kind);
    const district = text(address.district);
    const founded = actor.founded;
    features.push({
      type: 'Feature',
      id,
      geometry: point,
      properties: {
        id,
        name: localized(actor.name, locale),
        name_de: isObject(actor.name) ? text(actor.name.de) : null,
        name_en: isObject(actor.name) ? text(actor.name.en) : null,
        short_name: localized(actor.shortName, locale),
        kind,
        kind_label: kind && actorKinds.label(kind, locale),
        city: text(address.city),
        postal_code: text(address.postalCode),
        district,
        district_name: districtName(district, locale),
        state: text(address.state),
        country: text(address.country),
        website: text(actor.website),
        founded: typeof founded === 'number' && Number.isFinite(founded) ? founded : null,
        sectors: list(actor.sectors),
        topics: list(actor.topics),
        study_centre: isObject(actor.studyCentre),
      },
    });
  });
  return { value: collection(features), skipped };
}

/**
 * The sites of trials as a GeoJSON FeatureCollection of points, one per site with coordinates,
 * each with its trial's id, registry, title and status (see README). Trials without sites and
 * sites without usable coordinates are listed in `skipped`. Never throws.
 */
export function trialSitesToGeoJson(
  trials: readonly Trial[],
  options: GeoJsonOptions = {},
): GeoJsonResult<TrialSiteProperties> {
  const locale = options.locale === 'de' ? 'de' : 'en';
  const features: Feature<Point, TrialSiteProperties>[] = [];
  const skipped: SkippedRecord[] = [];
  (Array.isArray(trials) ? trials : []).forEach((trial: unknown, index) => {
    const primary =
      isObject(trial) && isObject(trial.identifiers) && isObject(trial.identifiers.primary)
        ? trial.identifiers.primary
        : {};
    const trialId = text(primary.id);
    const registry = text(primary.registry);
    if (!isObject(trial) || trialId === null || registry === null) {
      skipped.push({ index, reason: 'invalid-record' });
      return;
    }
    const sites: unknown[] = Array.isArray(trial.sites) ? trial.sites : [];
    if (sites.length === 0) {
      skipped.push({ index, id: trialId, reason: 'no-sites' });
      return;
    }
    const status = isObject(trial.status) ? text(trial.status.code) : null;
    const shared = {
      trial_id: trialId,
      registry,
      title: isObject(trial.title) ? localized(trial.title.public, locale) : null,
      status,
      status_label: status && trialStatuses.label(status, locale),
      url: text(trial.url),
    };
    sites.forEach((site: unknown, siteIndex) => {
      const point = isObject(site) ? pointOf(site.coordinates) : 'invalid-record';
      if (typeof point === 'string') {
        skipped.push({ index, id: trialId, site: siteIndex, reason: point });
        return;
      }
      const {
        facility,
        city,
        postalCode,
        state,
        country,
        district,
        status: siteStatus,
      } = site as TrialSite;
      const ags = text(district);
      features.push({
        type: 'Feature',
        id: `${trialId}/${siteIndex}`,
        geometry: point,
        properties: {
          ...shared,
          site_index: siteIndex,
          site_status: isObject(siteStatus) ? text(siteStatus.code) : null,
          facility: text(facility),
          city: text(city),
          postal_code: text(postalCode),
          district: ags,
          district_name: districtName(ags, locale),
          state: text(state),
          country: text(country),
        },
      });
    });
  });
  return { value: collection(features), skipped };
}
