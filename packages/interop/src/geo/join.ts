import { type Observation, type Region, regionByCode } from '@nrw-health/core';
import { IssueLog, type ReadIssue } from '../shared/result';
import type { Feature, FeatureCollection } from './geojson';

/** What the regions or features are keyed by. */
export type JoinKey = 'ags' | 'nuts';

export interface JoinOptions {
  readonly by: JoinKey;
  /**
   * The feature property that holds the key. Default: the first of `AGS`, `ags`, `RS`, `rs`
   * (by AGS) or `NUTS`, `NUTS_ID`, `nuts`, `nuts_id` (by NUTS) that a feature has.
   */
  readonly property?: string;
  /** Language of issue messages. Default: en. */
  readonly locale?: 'de' | 'en';
}

/** A region or feature with the observations of its key. */
export interface JoinedItem<T> {
  readonly item: T;
  /** The item's AGS or NUTS code as the join compared it; undefined when it has none. */
  readonly key: string | undefined;
  readonly observations: readonly Observation[];
}

/** An observation that no region or feature took, and why. */
export interface UnmatchedObservation {
  /** Position in the observations given, from 0. */
  readonly index: number;
  readonly observation: Observation;
  /** `no-key`: its region has no code of that kind (RVR has no AGS); `no-match`: no item has it. */
  readonly reason: 'no-key' | 'no-match' | 'invalid';
}

export interface JoinResult<T> {
  /** Every item, in the order given, with its observations (none where nothing matched). */
  readonly value: readonly JoinedItem<T>[];
  readonly unmatched: {
    readonly observations: readonly UnmatchedObservation[];
    /** Positions of the items that no observation matched. */
    readonly items: readonly number[];
  };
  /** Items without a usable key, items sharing a key, input that is no list. */
  readonly issues: readonly ReadIssue[];
}

const defaultProperties: Readonly<Record<JoinKey, readonly string[]>> = {
  ags: ['AGS', 'ags', 'RS', 'rs'],
  nuts: ['NUTS', 'NUTS_ID', 'nuts', 'nuts_id'],
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isFeature = (value: unknown): value is Feature => isObject(value) && value.type === 'Feature';

/**
 * A key as the join compares it. AGS: digits; a 12-digit Regionalschlüssel of a whole district
 * (`051130000000`) is that district's AGS. NUTS: upper case.
 */
function normalKey(raw: string, by: JoinKey): string | undefined {
  const key = raw.trim();
  if (by === 'nuts')
    return /^[A-Za-z]{2}[A-Za-z0-9]{0,3}$/.test(key) ? key.toUpperCase() : undefined;
  if (/^\d{5}0{7}$/.test(key)) return key.slice(0, 5);
  return /^(?:\d{2}|\d{3}|\d{5}|\d{8}|\d{12})$/.test(key) ? key : undefined;
}

/** The key of an observation's region: its AGS, or its NUTS code (the registry's, or its own). */
function observationKey(region: string, by: JoinKey): string | undefined {
  if (by === 'ags') return /^\d+$/.test(region) ? region : undefined;
  const nuts = regionByCode(region)?.nuts;
  if (nuts) return nuts;
  return /^[A-Z]{2}[A-Z0-9]{0,3}$/.test(region) ? region : undefined;
}

/**
 * Attaches observations to regions of the registry (by their `ags` or `nuts`) or to GeoJSON
 * features (by a property holding an AGS or NUTS code), e.g. to colour a map. Observations and
 * items that find no partner are listed; nothing is left out unseen. Never throws.
 */
export function joinObservations<T extends Region | Feature>(
  regionsOrFeatures: readonly T[] | FeatureCollection<T>,
  observations: readonly Observation[],
  options: JoinOptions,
): JoinResult<T> {
  const log = new IssueLog({ locale: options?.locale });
  const by: JoinKey = options?.by === 'nuts' ? 'nuts' : 'ags';
  if (options?.by !== 'ags' && options?.by !== 'nuts') {
    log.source(['options', 'by'], 'unknown_code', { value: options?.by, allowed: ['ags', 'nuts'] });
  }
  const items: readonly unknown[] = Array.isArray(regionsOrFeatures)
    ? regionsOrFeatures
    : isObject(regionsOrFeatures) && Array.isArray(regionsOrFeatures.features)
      ? regionsOrFeatures.features
      : [];
  if (items.length === 0 && !Array.isArray(regionsOrFeatures) && !isObject(regionsOrFeatures)) {
    log.source(['regionsOrFeatures'], 'invalid_input', {
      reason: 'expected a list of regions or features, or a FeatureCollection',
    });
  }

  const keys = items.map((item, index) => keyOfItem(item, index, by, options?.property, log));
  const byKey = new Map<string, number[]>();
  keys.forEach((key, index) => {
    if (key === undefined) return;
    const holders = byKey.get(key);
    if (holders) {
      log.source([index], 'duplicate', { value: key });
      holders.push(index);
    } else {
      byKey.set(key, [index]);
    }
  });

  const attached = items.map((): Observation[] => []);
  const unmatched: UnmatchedObservation[] = [];
  const list: readonly unknown[] = Array.isArray(observations) ? observations : [];
  if (!Array.isArray(observations))
    log.source(['observations'], 'invalid_type', { expected: 'array' });
  list.forEach((observation, index) => {
    const region = isObject(observation) ? observation.region : undefined;
    if (typeof region !== 'string') {
      unmatched.push({ index, observation: observation as Observation, reason: 'invalid' });
      return;
    }
    const key = observationKey(region, by);
    const holders = key === undefined ? undefined : byKey.get(key);
    if (!holders) {
      unmatched.push({
        index,
        observation: observation as Observation,
        reason: key === undefined ? 'no-key' : 'no-match',
      });
      return;
    }
    for (const holder of holders) attached[holder]!.push(observation as Observation);
  });

  return {
    value: items.map((item, index) => ({
      item: item as T,
      key: keys[index],
      observations: attached[index]!,
    })),
    unmatched: {
      observations: unmatched,
      items: attached.flatMap((found, index) => (found.length === 0 ? [index] : [])),
    },
    issues: log.issues,
  };
}

function keyOfItem(
  item: unknown,
  index: number,
  by: JoinKey,
  property: string | undefined,
  log: IssueLog,
): string | undefined {
  if (isFeature(item)) {
    const properties = isObject(item.properties) ? item.properties : {};
    const name =
      property ?? defaultProperties[by].find((candidate) => properties[candidate] !== undefined);
    const raw = name === undefined ? undefined : properties[name];
    const path = [index, 'properties', name ?? defaultProperties[by][0]!];
    if (raw === undefined || raw === null || raw === '') {
      log.source(path, 'required');
      return undefined;
    }
    if (typeof raw !== 'string') {
      // A number has lost the leading zero of every NRW code (5113 for 05113): no guessing.
      log.source(path, 'invalid_type', { expected: 'string' });
      return undefined;
    }
    const key = normalKey(raw, by);
    if (key === undefined) log.source(path, 'invalid_format', {});
    return key;
  }
  if (isObject(item) && typeof item.code === 'string') {
    const raw = item[by];
    // A region without a code of this kind (RVR has neither) is no error, it just takes nothing.
    return typeof raw === 'string' ? normalKey(raw, by) : undefined;
  }
  log.source([index], 'invalid_input', { reason: 'neither a region nor a GeoJSON feature' });
  return undefined;
}
