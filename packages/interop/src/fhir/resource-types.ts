// The FHIR R4 resources the kit writes for actors and indicators, as far as it writes them.
import type {
  CodeableConcept,
  Extension,
  Identifier,
  PrimitiveElement,
  RelatedArtifact,
} from './types';

/** A reference by URL, by business identifier (a logical reference), or both. */
export interface LogicalReference {
  reference?: string;
  identifier?: Identifier;
}

export interface KitIdentifier extends Identifier {
  extension?: Extension[];
}

export interface FhirAddress {
  extension?: Extension[];
  line?: string[];
  city?: string;
  _city?: PrimitiveElement;
  state?: string;
  postalCode?: string;
  country?: string;
}

export interface FhirOrganization {
  resourceType: 'Organization';
  id?: string;
  contained?: FhirLocation[];
  extension?: Extension[];
  identifier?: KitIdentifier[];
  type?: CodeableConcept[];
  name?: string;
  _name?: PrimitiveElement;
  alias?: string[];
  _alias?: (PrimitiveElement | null)[];
  telecom?: { system: 'url'; value: string }[];
  address?: FhirAddress[];
  partOf?: LogicalReference;
}

export interface FhirLocation {
  resourceType: 'Location';
  id?: string;
  identifier?: Identifier[];
  position: { longitude: number; latitude: number };
  managingOrganization: LogicalReference;
}

export interface FhirPeriod {
  extension?: Extension[];
  start?: string;
  end?: string;
}

export interface Expression {
  language: string;
  expression?: string;
}

export interface Measure {
  resourceType: 'Measure';
  extension?: Extension[];
  url?: string;
  title?: string;
  _title?: PrimitiveElement;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  _status?: PrimitiveElement;
  description?: string;
  _description?: PrimitiveElement;
  topic?: CodeableConcept[];
  relatedArtifact?: (RelatedArtifact & { display?: string })[];
  scoring?: CodeableConcept;
  group?: {
    extension?: Extension[];
    population?: { code: CodeableConcept; criteria: Expression }[];
  }[];
}

export interface Quantity {
  value: number;
  unit?: string;
  system?: string;
  code?: string;
}

export interface StratumComponent {
  code: CodeableConcept;
  value: CodeableConcept;
}

export interface Stratum {
  extension?: Extension[];
  value?: CodeableConcept;
  component?: StratumComponent[];
  measureScore?: Quantity;
}

export interface MeasureReport {
  resourceType: 'MeasureReport';
  status: 'complete' | 'pending' | 'error';
  type: 'individual' | 'subject-list' | 'summary' | 'data-collection';
  measure: string;
  period: FhirPeriod;
  group?: {
    stratifier?: { code: CodeableConcept[]; stratum: Stratum[] }[];
  }[];
}

export interface ActorBundleEntry {
  fullUrl: string;
  resource: FhirOrganization | FhirLocation;
  request?: { method: 'PUT'; url: string };
}

export interface ActorBundle {
  resourceType: 'Bundle';
  type: 'collection' | 'transaction';
  entry?: ActorBundleEntry[];
}
