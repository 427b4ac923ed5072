// The parts of FHIR R4 that the kit writes: enough to type the output, not a full FHIR model.

/** Extensions on a primitive value, in JSON under `_name`. */
export interface PrimitiveElement {
  extension?: Extension[];
}

export interface Extension {
  url: string;
  extension?: Extension[];
  valueString?: string;
  _valueString?: PrimitiveElement;
  valueMarkdown?: string;
  _valueMarkdown?: PrimitiveElement;
  valueCode?: string;
  valueDate?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueDateTime?: string;
  valueBoolean?: boolean;
  valueUrl?: string;
  valueCoding?: Coding;
  valueCodeableConcept?: CodeableConcept;
  valueReference?: Reference;
  valueDuration?: Duration;
  valueContactDetail?: ContactDetail;
}

export interface Coding {
  extension?: Extension[];
  system?: string;
  version?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  extension?: Extension[];
  coding?: Coding[];
  text?: string;
  _text?: PrimitiveElement;
}

export interface Identifier {
  use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
  type?: CodeableConcept;
  system?: string;
  value?: string;
  assigner?: Reference;
}

export interface Reference {
  extension?: Extension[];
  reference?: string;
  display?: string;
}

export interface Period {
  start?: string;
  _start?: PrimitiveElement;
  end?: string;
  _end?: PrimitiveElement;
}

export interface Duration {
  value?: number;
  unit?: string;
  system?: string;
  code?: string;
}

export interface ContactPoint {
  system?: 'phone' | 'fax' | 'email' | 'pager' | 'url' | 'sms' | 'other';
  value?: string;
}

export interface ContactDetail {
  extension?: Extension[];
  name?: string;
  telecom?: ContactPoint[];
}

export interface Address {
  city?: string;
  _city?: PrimitiveElement;
  state?: string;
  postalCode?: string;
  country?: string;
}

export interface RelatedArtifact {
  extension?: Extension[];
  type:
    | 'documentation'
    | 'justification'
    | 'citation'
    | 'predecessor'
    | 'successor'
    | 'derived-from'
    | 'depends-on'
    | 'composed-of';
  label?: string;
  citation?: string;
  url?: string;
}

export interface ResearchStudy {
  resourceType: 'ResearchStudy';
  id?: string;
  extension?: Extension[];
  identifier?: Identifier[];
  title?: string;
  _title?: PrimitiveElement;
  status: string;
  _status?: PrimitiveElement;
  primaryPurposeType?: CodeableConcept;
  phase?: CodeableConcept;
  category?: CodeableConcept[];
  focus?: CodeableConcept[];
  condition?: CodeableConcept[];
  contact?: ContactDetail[];
  relatedArtifact?: RelatedArtifact[];
  keyword?: CodeableConcept[];
  location?: CodeableConcept[];
  description?: string;
  _description?: PrimitiveElement;
  period?: Period;
  sponsor?: Reference;
  site?: Reference[];
  reasonStopped?: CodeableConcept;
  objective?: { extension?: Extension[]; name?: string; type?: CodeableConcept }[];
}

export interface Organization {
  resourceType: 'Organization';
  id?: string;
  name?: string;
  address?: Address[];
}

export interface Location {
  resourceType: 'Location';
  id?: string;
  name?: string;
  address?: Address;
  position?: { longitude: number; latitude: number };
}

export type TrialResource = ResearchStudy | Organization | Location;

export interface BundleEntry {
  fullUrl?: string;
  resource?: TrialResource;
  request?: { method: 'POST' | 'PUT'; url: string; ifNoneExist?: string };
}

export interface Bundle {
  resourceType: 'Bundle';
  type: 'collection' | 'transaction';
  entry?: BundleEntry[];
}
