import { type Region, regions } from './registry';

const byCode = new Map(regions.map((region) => [region.code, region]));
const byNuts = new Map(
  regions.filter((region) => region.nuts).map((region) => [region.nuts!, region]),
);

/** A region by the code observations use (AGS, ISO country code or RVR). */
export function regionByCode(code: string): Region | undefined {
  return byCode.get(code);
}

/** A region by its AGS; an 8-digit municipality key resolves to its district. */
export function regionByAgs(ags: string): Region | undefined {
  if (!/^\d+$/.test(ags)) return undefined;
  return byCode.get(ags.length === 8 ? ags.slice(0, 5) : ags);
}

export function regionByNuts(nuts: string): Region | undefined {
  return byNuts.get(nuts.toUpperCase());
}

/**
 * The rule "the AGS is known": an AGS inside NRW (starting with 05) must name a unit of the
 * registry, or a municipality of a known district. Keys outside NRW are checked for format only,
 * as the registry covers NRW.
 */
export function isKnownAgs(ags: string): boolean {
  return !ags.startsWith('05') || regionByAgs(ags) !== undefined;
}
