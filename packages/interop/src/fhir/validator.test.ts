// The test validator catches what it is there for: Medplum's checks, and the required value sets
// and empty values that Medplum leaves out.
import { describe, expect, it } from 'vitest';
import { fhirProblems } from './testing/validator';

describe('fhirProblems', () => {
  it('finds nothing wrong with a valid Bundle', () => {
    expect(
      fhirProblems({
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [
          {
            fullUrl: 'urn:uuid:5b1c2a47-8e1f-5c0e-9d3a-1f2e3d4c5b6a',
            resource: {
              resourceType: 'ResearchStudy',
              status: 'active',
              identifier: [{ use: 'official', value: 'x' }],
            },
            request: { method: 'PUT', url: 'ResearchStudy?identifier=x' },
          },
        ],
      } as never),
    ).toEqual([]);
  });

  it('finds codes outside required value sets, at any depth', () => {
    const problems = fhirProblems({
      resourceType: 'Bundle',
      type: 'pile',
      entry: [
        {
          fullUrl: 'urn:uuid:5b1c2a47-8e1f-5c0e-9d3a-1f2e3d4c5b6a',
          resource: {
            resourceType: 'ResearchStudy',
            status: 'paused',
            identifier: [{ use: 'main', value: 'x' }],
            contact: [{ telecom: [{ system: 'pigeon', value: 'x' }] }],
          },
          request: { method: 'FETCH', url: 'ResearchStudy' },
        },
      ],
    } as never);
    expect(problems.filter((problem) => problem.includes('is not in'))).toEqual([
      'Bundle.type: "pile" is not in http://hl7.org/fhir/ValueSet/bundle-type|4.0.1',
      'Bundle.entry[0].resource.status: "paused" is not in http://hl7.org/fhir/ValueSet/research-study-status|4.0.1',
      'Bundle.entry[0].resource.identifier[0].use: "main" is not in http://hl7.org/fhir/ValueSet/identifier-use|4.0.1',
      'Bundle.entry[0].resource.contact[0].telecom[0].system: "pigeon" is not in http://hl7.org/fhir/ValueSet/contact-point-system|4.0.1',
      'Bundle.entry[0].request.method: "FETCH" is not in http://hl7.org/fhir/ValueSet/http-verb|4.0.1',
    ]);
    expect(
      fhirProblems({
        resourceType: 'Location',
        status: 'gone',
        address: { use: 'nope', type: 'x' },
      } as never),
    ).toEqual([
      'Location.status: "gone" is not in http://hl7.org/fhir/ValueSet/location-status|4.0.1',
      'Location.address.use: "nope" is not in http://hl7.org/fhir/ValueSet/address-use|4.0.1',
      'Location.address.type: "x" is not in http://hl7.org/fhir/ValueSet/address-type|4.0.1',
    ]);
  });

  it("finds Medplum's problems: structure, formats, invariants, and empty values", () => {
    expect(
      fhirProblems({
        resourceType: 'ResearchStudy',
        status: 'active',
        title: ' ',
        phase: {},
        identifier: [{ system: 'not a uri', value: 'x' }],
        extension: [{ url: 'https://example.org/x' }],
        unknown: 1,
      } as never),
    ).toEqual([
      'ResearchStudy.extension[0]: Constraint ext-1 not met: Must have either extensions or value[x], not both',
      'ResearchStudy.identifier[0].system: Invalid uri format',
      'ResearchStudy.title: String must contain non-whitespace content',
      'ResearchStudy.unknown: Invalid additional property "unknown"',
      'ResearchStudy.phase: empty object',
    ]);
  });
});
