import * as z from 'zod';
import { formatted, NonEmptyString, RegionCode } from '../shared/primitives';
import { createValidator, reportIssue } from '../shared/validation';
import { isKnownAgs } from './lookup';
import type { Region as RegionRecord } from './registry';

/** A JSON Schema conditional (if/then) for `.meta`, where zod cannot say it. */
function ifThen(
  condition: Record<string, unknown>,
  consequence: Record<string, unknown>,
): Record<string, unknown> {
  // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword.
  return { if: condition, then: consequence };
}

/** `required` for a JSON Schema subschema, with the keys declared as ajv's strict mode wants. */
const requiring = (...keys: string[]) => ({
  properties: Object.fromEntries(keys.map((key) => [key, true])),
  required: keys,
});

const levels = ['country', 'state', 'government-region', 'district', 'association'] as const;

const RegionShape = z.strictObject({
  /** The code observations use: AGS for German units, ISO 3166-1 for countries, RVR for the Ruhr. */
  code: RegionCode,
  level: z.enum(levels),
  /** The name in both languages of the kit. */
  name: z.strictObject({ de: NonEmptyString, en: NonEmptyString }),
  ags: formatted('ags').optional(),
  nuts: formatted('nuts').optional(),
  /** Kreisfreie Stadt, Kreis, or the Städteregion Aachen (a Kreis with a city status of its own). */
  districtType: z.enum(['urban-district', 'rural-district', 'city-region']).optional(),
  /** The code of the enclosing unit: the Regierungsbezirk of a district, NRW of a Bezirk. */
  parent: RegionCode.optional(),
  /** Member districts of an association such as the RVR. */
  members: z.array(RegionCode).min(1).optional(),
});

type RegionShape = z.infer<typeof RegionShape>;

function checkLevel(region: RegionShape, ctx: z.RefinementCtx): void {
  if (region.level === 'district') {
    for (const field of ['ags', 'districtType', 'parent'] as const) {
      if (region[field] === undefined) reportIssue(ctx, 'required', [field]);
    }
  }
  if (region.level === 'association' && region.members === undefined) {
    reportIssue(ctx, 'required', ['members']);
  }
}

function checkCodes(region: RegionShape, ctx: z.RefinementCtx): void {
  for (const field of ['code', 'ags', 'parent'] as const) {
    const value = region[field];
    if (value !== undefined && !isKnownAgs(value)) {
      reportIssue(ctx, 'unknown_region', [field], { value });
    }
  }
  const seen = new Set<string>();
  region.members?.forEach((member, index) => {
    if (seen.has(member)) reportIssue(ctx, 'duplicate', ['members', index], { value: member });
    else if (!isKnownAgs(member))
      reportIssue(ctx, 'unknown_region', ['members', index], { value: member });
    seen.add(member);
  });
}

/**
 * A region of the registry, or one a portal defines itself (a Kreis grouping, a project area).
 * A district needs its AGS, district type and parent; an association needs its members.
 */
export const Region = RegionShape.superRefine((region, ctx) => {
  checkLevel(region, ctx);
  checkCodes(region, ctx);
}).meta({
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

/** Validates a region record; never throws. */
export const validateRegion = createValidator(Region);
