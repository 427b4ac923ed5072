import { readFileSync } from 'node:fs';
import {
  allocations,
  contactRoles,
  dateKinds,
  eligibleSexes,
  funderClasses,
  interventionModels,
  interventionTypes,
  ipdSharingPlans,
  maskings,
  purposes,
  studyTypes,
  trialPhases,
  trialStatuses,
} from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import {
  ctgovAgencyClassMap,
  ctgovAllocationMap,
  ctgovCentralContactRoleMap,
  ctgovDateTypeMap,
  ctgovInterventionModelMap,
  ctgovInterventionTypeMap,
  ctgovIpdInfoTypeLabels,
  ctgovIpdSharingMap,
  ctgovLegacyAgencyClassMap,
  ctgovLegacyAllocationMap,
  ctgovLegacyDateTypeMap,
  ctgovLegacyInterventionModelMap,
  ctgovLegacyInterventionTypeMap,
  ctgovLegacyIpdSharingMap,
  ctgovLegacyMaskingMap,
  ctgovLegacyOfficialRoleMap,
  ctgovLegacyPhaseMap,
  ctgovLegacyPurposeMap,
  ctgovLegacySexMap,
  ctgovLegacyStatusMap,
  ctgovLegacyStudyTypeMap,
  ctgovMaskingMap,
  ctgovObservationalModelLabels,
  ctgovOfficialRoleMap,
  ctgovPhaseMap,
  ctgovPurposeMap,
  ctgovReferenceTypes,
  ctgovSecondaryIdIssuers,
  ctgovSexMap,
  ctgovSiteContactRoleMap,
  ctgovStatusMap,
  ctgovStudyTypeMap,
  ctgovTimePerspectiveLabels,
  ctgovWhoMaskedLabels,
} from './tables';

const spec = readFileSync(
  new URL('../../../../../../shared/fixtures/ctgov-v2-json/spec/ctg-oas-v2.yaml', import.meta.url),
  'utf8',
);

/** The values of `components.schemas.<name>.enum` in the OpenAPI spec. */
function specEnum(name: string): string[] {
  const block = new RegExp(
    `\\n    ${name}:\\n      type: "string"\\n      enum:\\n((?:      - "[^"]+"\\n)+)`,
  );
  const match = block.exec(spec);
  if (!match) throw new Error(`no enum ${name} in the spec`);
  return [...match[1]!.matchAll(/"([^"]+)"/g)].map((found) => found[1]!);
}

const keys = (table: object) => Object.keys(table).sort();

describe('ClinicalTrials.gov tables', () => {
  it.each([
    ['Status', ctgovStatusMap],
    ['Phase', ctgovPhaseMap],
    ['StudyType', ctgovStudyTypeMap],
    ['InterventionType', ctgovInterventionTypeMap],
    ['AgencyClass', ctgovAgencyClassMap],
    ['DesignAllocation', ctgovAllocationMap],
    ['InterventionalAssignment', ctgovInterventionModelMap],
    ['PrimaryPurpose', ctgovPurposeMap],
    ['DesignMasking', ctgovMaskingMap],
    ['Sex', ctgovSexMap],
    ['IpdSharing', ctgovIpdSharingMap],
    ['DateType', ctgovDateTypeMap],
    ['EnrollmentType', ctgovDateTypeMap],
    ['OfficialRole', ctgovOfficialRoleMap],
    ['ContactRole', ctgovCentralContactRoleMap],
    ['ContactRole', ctgovSiteContactRoleMap],
    ['SecondaryIdType', ctgovSecondaryIdIssuers],
    ['ObservationalModel', ctgovObservationalModelLabels],
    ['DesignTimePerspective', ctgovTimePerspectiveLabels],
    ['WhoMasked', ctgovWhoMaskedLabels],
    ['IpdSharingInfoType', ctgovIpdInfoTypeLabels],
  ] as const)('cover exactly the OpenAPI enum %s', (name, table) => {
    expect(keys(table)).toEqual(specEnum(name).sort());
  });

  it('know every site recruitment status and reference type of the spec', () => {
    for (const status of specEnum('RecruitmentStatus'))
      expect(ctgovStatusMap).toHaveProperty(status);
    expect([...ctgovReferenceTypes].sort()).toEqual(specEnum('ReferenceType').sort());
  });

  it.each([
    [ctgovStatusMap, ctgovLegacyStatusMap, trialStatuses],
    [ctgovStudyTypeMap, ctgovLegacyStudyTypeMap, studyTypes],
    [ctgovInterventionTypeMap, ctgovLegacyInterventionTypeMap, interventionTypes],
    [ctgovAgencyClassMap, ctgovLegacyAgencyClassMap, funderClasses],
    [ctgovAllocationMap, ctgovLegacyAllocationMap, allocations],
    [ctgovInterventionModelMap, ctgovLegacyInterventionModelMap, interventionModels],
    [ctgovPurposeMap, ctgovLegacyPurposeMap, purposes],
    [ctgovMaskingMap, ctgovLegacyMaskingMap, maskings],
    [ctgovSexMap, ctgovLegacySexMap, eligibleSexes],
    [ctgovIpdSharingMap, ctgovLegacyIpdSharingMap, ipdSharingPlans],
    [ctgovDateTypeMap, ctgovLegacyDateTypeMap, dateKinds],
    [ctgovOfficialRoleMap, ctgovLegacyOfficialRoleMap, contactRoles],
  ] as const)(
    'map to harmonised codes, the legacy XML to the same codes (%#)',
    (v2, legacy, codes) => {
      for (const code of Object.values(v2))
        if (code !== undefined) expect(codes.has(code)).toBe(true);
      const v2Codes = new Set<unknown>(Object.values(v2));
      for (const code of Object.values(legacy)) {
        expect(codes.has(code)).toBe(true);
        // The redacted "N/A" study type is the one legacy value API v2 does not have.
        if (code !== 'other' || v2Codes.has('other')) expect(v2Codes.has(code)).toBe(true);
      }
    },
  );

  it('map every legacy phase, combined phases to both', () => {
    expect(ctgovLegacyPhaseMap['Phase 1/Phase 2']).toEqual(['phase-1', 'phase-2']);
    expect(ctgovLegacyPhaseMap['Phase 2/Phase 3']).toEqual(['phase-2', 'phase-3']);
    for (const codes of Object.values(ctgovLegacyPhaseMap)) {
      for (const code of codes) expect(trialPhases.has(code)).toBe(true);
    }
  });
});
