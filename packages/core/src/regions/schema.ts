import * as z from 'zod/mini';
import { ifThen, requiring } from '../shared/json-schema';
import { formatted, NonEmptyString, RegionCode } from '../shared/primitives';
import { createValidator, type Report, type Rule } from '../shared/validation';
import { isKnownAgs } from './lookup';
import type { Region as RegionRecord } from './registry';

const levels = ['country', 'state', 'government-region', 'district', 'association'] as const;

const RegionShape = z.strictObject({
  /** The code observations use: AGS for German units, ISO 3166-1 for countries, RVR for the Ruhr. */
  code: RegionCode,
  level: z.enum(levels),
  /** The name in both languages of the kit. */
  name: z.strictObject({ de: NonEmptyString, en: NonEmptyString }),
  ags: z.optional(formatted('ags')),
  nuts: z.optional(formatted('nuts')),
  /** Kreisfreie Stadt, Kreis, or the Städteregion Aachen (a Kreis with a city status of its own). */
  districtType: z.optional(z.enum(['urban-district', 'rural-district', 'city-region'])),
  /** The code of the enclosing unit: the Regierungsbezirk of a district, NRW of a Bezirk. */
  parent: z.optional(RegionCode),
  /** Member districts of an association such as the RVR. */
  members: z.optional(z.array(RegionCode).check(z.minLength(1))),
});

type RegionShape = z.infer<typeof RegionShape>;

function checkLevel(region: RegionShape, report: Report): void {
  if (region.level === 'district') {
    for (const field of ['ags', 'districtType', 'parent'] as const) {
      if (region[field] === undefined) report('required', [field]);
    }
  }
  if (region.level === 'association' && region.members === undefined) {
    report('required', ['members']);
  }
}

function checkCodes(region: RegionShape, report: Report): void {
  for (const field of ['code', 'ags', 'parent'] as const) {
    const value = region[field];
    if (value !== undefined && !isKnownAgs(value)) {
      report('unknown_region', [field], { value });
    }
  }
  const seen = new Set<string>();
  region.members?.forEach((member, index) => {
    if (seen.has(member)) report('duplicate', ['members', index], { value: member });
    else if (!isKnownAgs(member)) report('unknown_region', ['members', index], { value: member });
    seen.add(member);
  });
}

/**
 * A region of the registry, or one a portal defines itself (a Kreis grouping, a project area).
 * A district needs its AGS, district type and parent; an association needs its members.
 */
export const Region = RegionShape.register(z.globalRegistry, {
  title: 'Region',
  description:
    'A region: a country, a state, a Regierungsbezirk, a district (Kreis or kreisfreie Stadt) or an association of districts such as the RVR. Known AGS and unique members are checked by the @nrw-health/core validator only.',
  allOf: [
    ifThen(
      { properties: { level: { const: 'district' } }, required: ['level'] },
      requiring('ags', 'districtType', 'parent'),
    ),
    ifThen(
      { properties: { level: { const: 'association' } }, required: ['level'] },
      requiring('members'),
    ),
  ],
});
/** The registry's region record; the schema's output fits it (checked in the tests). */
export type Region = RegionRecord;

/** The cross-field rules of a Region, run by its validator after the structure is valid. */
export const regionRules: readonly Rule<RegionShape>[] = [checkLevel, checkCodes];

/** Validates a region record; never throws. */
export const validateRegion = createValidator(Region, regionRules);
