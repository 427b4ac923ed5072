import type { IssuePath, LocalizedText } from '@nrw-health/core';
import type { IssueLog } from '../../shared/result';
import { type Component, type ComponentValue, isNode, labelOf } from './structure';

/*
 * Attribute values as SDMX-JSON writes them: an index into the component's `values` when it has
 * them, else the value itself; `null` for "not set"; an omitted trailing entry for "the default".
 */

/** What an attribute stands for in the model. */
export type AttributeRole = 'status' | 'confidentiality' | 'pre-break' | 'footnote';

const roleOfId: Readonly<Record<string, AttributeRole>> = {
  OBS_STATUS: 'status',
  CONF_STATUS: 'confidentiality',
  OBS_CONF: 'confidentiality',
  OBS_PRE_BREAK: 'pre-break',
};

export function attributeRole(component: Component): AttributeRole {
  for (const key of [component.id.toUpperCase(), ...component.roles]) {
    const role = roleOfId[key];
    if (role) return role;
  }
  return 'footnote';
}

export interface AttributeValue {
  readonly component: Component;
  readonly value: ComponentValue;
}

function defaultOf(component: Component): ComponentValue | undefined {
  const fallback = component.default;
  if (fallback === undefined || fallback === null) return undefined;
  const coded = component.values?.find((value) => value.id === String(fallback));
  return coded ?? { id: String(fallback) };
}

/**
 * The values of the attributes of one level, from the entries the data give for them (missing
 * entries take the default). Entries beyond the components are not attributes: the caller
 * handles them (observation annotations).
 */
export function attributeValues(
  components: readonly Component[],
  entries: readonly unknown[],
  path: IssuePath,
  log: IssueLog,
): AttributeValue[] {
  const found: AttributeValue[] = [];
  components.forEach((component, index) => {
    if (component.id === '') return;
    const entry = index < entries.length ? entries[index] : undefined;
    let value: ComponentValue | undefined;
    if (entry === undefined) {
      value = defaultOf(component);
    } else if (entry === null) {
      value = undefined;
    } else if (component.values) {
      value =
        Number.isInteger(entry) && (entry as number) >= 0
          ? component.values[entry as number]
          : undefined;
      if (!value) {
        log.source([...path, index], 'unknown_code', { value: entry });
      }
    } else {
      value = { value: entry };
    }
    if (value) found.push({ component, value });
  });
  return found;
}

/** The code of an attribute value: its id, else its raw value as text. */
export function codeOf(value: ComponentValue): string | undefined {
  if (value.id !== undefined) return value.id;
  const raw = value.value;
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
}

function textOf(value: ComponentValue, language: string): LocalizedText | undefined {
  if (value.label) return value.label;
  const raw = value.value;
  if (isNode(raw)) return labelOf({ names: raw }, language);
  if (Array.isArray(raw)) {
    const parts = raw.filter((part) => typeof part === 'string' || typeof part === 'number');
    return parts.length > 0 ? { [language]: parts.join(', ') } : undefined;
  }
  const code = codeOf(value);
  return code !== undefined && code !== '' ? { [language]: code } : undefined;
}

/** An attribute as a footnote: "Series title: New Zealand dollar (NZD)", in each language. */
export function footnoteOf(attribute: AttributeValue, language: string): LocalizedText | undefined {
  const text = textOf(attribute.value, language);
  if (!text) return undefined;
  const name = attribute.component.label;
  const footnote: Record<string, string> = {};
  for (const [lang, value] of Object.entries(text)) {
    const title = name?.[lang] ?? (name && Object.values(name)[0]) ?? attribute.component.id;
    footnote[lang] = `${title}: ${value}`;
  }
  return footnote;
}

/** The text of an annotation of the structure, for a footnote. */
export function annotationText(annotation: unknown, language: string): LocalizedText | undefined {
  if (!isNode(annotation)) return undefined;
  return (
    labelOf(annotation, language, 'text', 'texts') ??
    labelOf(annotation, language, 'title', 'titles') ??
    (typeof annotation.value === 'string' && annotation.value.trim() !== ''
      ? { [language]: annotation.value }
      : undefined)
  );
}
