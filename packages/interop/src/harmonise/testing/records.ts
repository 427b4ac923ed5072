// Test records for harmonisation: one made-up trial ("Beispiel") as three registries might
// publish it, with the differences registries have. Synthetic, never real records.
import { type Trial, validateTrial } from '@nrw-health/core';

/** The trial as core's validator returns it; throws if it is not valid (a broken test record). */
export function valid(trial: unknown): Trial {
  const result = validateTrial(trial);
  if (!result.ok) throw new Error(`invalid test trial: ${JSON.stringify(result.issues)}`);
  return result.value;
}

const sponsor = 'Beispiel-Universitätsklinikum Essen';

/** The German registry's record: German and English titles, recruiting, updated in February. */
export const drksExample = valid({
  identifiers: {
    primary: { registry: 'drks', id: 'DRKS00000017' },
    secondary: [
      { registry: 'ctgov', id: 'NCT00000017' },
      { registry: 'sponsor', id: 'BSP-17', issuer: sponsor },
    ],
  },
  title: {
    public: {
      de: 'Beispielstudie zur Bewegung nach Herzinfarkt',
      en: 'Example study of exercise after heart attack',
    },
  },
  status: { code: 'recruiting', original: 'RECRUITING' },
  studyType: { code: 'interventional', original: 'INTERVENTIONAL' },
  dates: {
    registered: '2023-01-10',
    start: { date: '2023-03-01', kind: 'actual' },
    completion: { date: '2025-12', kind: 'estimated' },
    lastUpdated: '2024-02-01',
  },
  conditions: [{ text: 'Myokardinfarkt' }],
  keywords: ['Rehabilitation'],
  sponsors: [{ name: sponsor, role: 'primary', country: 'DE' }],
  sites: [
    {
      facility: 'Beispiel-Universitätsklinikum Köln',
      city: 'Köln',
      country: 'DE',
      district: '05315',
    },
    { facility: 'Beispielpraxis', city: 'Essen', country: 'DE', district: '05113' },
  ],
  url: 'https://drks.de/search/en/trial/DRKS00000017',
  provenance: {
    sources: [{ registry: 'drks', recordId: 'DRKS00000017', lastUpdated: '2024-02-01' }],
    unmapped: ['registrationType'],
  },
});

/** CT.gov's record: English only, no longer recruiting, updated in June; names the EudraCT number. */
export const ctgovExample = valid({
  identifiers: {
    primary: { registry: 'ctgov', id: 'NCT00000017' },
    secondary: [
      { registry: 'sponsor', id: 'BSP 17', issuer: 'Beispiel-Universitätsklinikum Essen AöR' },
      { registry: 'euctr', id: '2022-000017-17' },
    ],
  },
  title: { public: { en: 'Exercise After Heart Attack (Example)' } },
  status: { code: 'active-not-recruiting', original: 'ACTIVE_NOT_RECRUITING' },
  studyType: { code: 'interventional', original: 'INTERVENTIONAL' },
  dates: {
    registered: '2023-02-01',
    start: { date: '2023-03', kind: 'actual' },
    primaryCompletion: { date: '2025-06', kind: 'estimated' },
    completion: { date: '2026-06', kind: 'estimated' },
    lastUpdated: '2024-06-15',
  },
  conditions: [{ text: 'Myocardial Infarction' }],
  keywords: ['rehabilitation', 'exercise'],
  sponsors: [{ name: sponsor, role: 'primary', class: 'academic', originalClass: 'OTHER' }],
  sites: [
    {
      facility: 'Beispiel-Uniklinik Köln',
      city: 'Cologne',
      country: 'DE',
      district: '05315',
      status: { code: 'recruiting', original: 'RECRUITING' },
    },
    { facility: 'Voorbeeldziekenhuis', city: 'Utrecht', country: 'NL' },
  ],
  url: 'https://clinicaltrials.gov/study/NCT00000017',
  provenance: {
    sources: [{ registry: 'ctgov', recordId: 'NCT00000017', lastUpdated: '2024-06-15' }],
    unmapped: ['protocolSection.oversightModule'],
  },
});

/** EUCTR's record of the German part: completed, without a date; only CT.gov's record names it. */
export const euctrExample = valid({
  identifiers: { primary: { registry: 'euctr', id: '2022-000017-17' } },
  title: {
    public: { en: 'Example study of exercise after heart attack' },
    scientific: { de: 'Eine randomisierte Beispielstudie zur Bewegung nach Herzinfarkt' },
  },
  status: { code: 'completed', original: 'Completed' },
  studyType: { code: 'interventional' },
  sponsors: [{ name: 'Beispiel-Universitätsklinikum Essen', role: 'primary', country: 'DE' }],
  provenance: { sources: [{ registry: 'euctr', recordId: '2022-000017-17-DE' }] },
});

export const examples: readonly Trial[] = [drksExample, ctgovExample, euctrExample];
