// Test helpers: the ClinicalTrials.gov fixtures of ../shared/fixtures (never copied into the
// repository). Node only; not part of the package's entry points.
import { readdirSync, readFileSync } from 'node:fs';

const fixtures = new URL('../../../../../../shared/fixtures/', import.meta.url);

export const jsonDir = new URL('ctgov-v2-json/studies/', fixtures);
export const xmlDir = new URL('ctgov-legacy-xml/', fixtures);

/** The JSON fixture files, parsed, by file name. */
export function jsonFixtures(): { file: string; document: unknown }[] {
  return readdirSync(jsonDir)
    .sort()
    .map((file) => ({ file, document: JSON.parse(readFileSync(new URL(file, jsonDir), 'utf8')) }));
}

export function jsonFixture(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, jsonDir), 'utf8'));
}

/** The XML fixture files as text, by file name. */
export function xmlFixtures(): { file: string; text: string }[] {
  return readdirSync(xmlDir)
    .sort()
    .map((file) => ({ file, text: readFileSync(new URL(file, xmlDir), 'utf8') }));
}

export function xmlFixture(file: string): string {
  return readFileSync(new URL(file, xmlDir), 'utf8');
}

/** `locations[3].zip` → `locations[*].zip`. */
export const generalise = (path: string) => path.replace(/\[\d+\]/g, '[*]');
