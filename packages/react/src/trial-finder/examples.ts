// Synthetic trials for the finder's tests: made up ("Example"/"Beispiel"), never real. The
// places are real NRW districts, so that the district facet has names to show.
import type { Trial } from '@nrw-health/core';
import { exampleFullTrial, exampleMinimalTrial } from '@nrw-health/core/examples';

const statuses = ['recruiting', 'completed', 'not-yet-recruiting', 'terminated'] as const;
const phases = [['phase-1'], ['phase-2'], ['phase-2', 'phase-3'], ['phase-3']] as const;
const places = [
  { city: 'Essen', district: '05113' },
  { city: 'Köln', district: '05315' },
  { city: 'Bochum-Wattenscheid', district: '05911' },
  { city: 'Münster', district: '05515' },
  { city: 'Utrecht', country: 'NL' },
] as const;
const conditions = ['Diabetes mellitus Typ 2', 'Herzinsuffizienz', 'Asthma', 'Morbus Parkinson'];

/** `count` synthetic trials, the n-th with the n-th status, phase, place and condition in turn. */
export function exampleTrials(count: number): Trial[] {
  return Array.from({ length: count }, (_, n) => ({
    ...exampleMinimalTrial,
    identifiers: { primary: { registry: 'drks', id: `DRKS${String(n + 1).padStart(8, '0')}` } },
    title: {
      public: {
        de: `Beispielstudie ${n + 1} zu ${conditions[n % conditions.length]}`,
        en: `Example trial ${n + 1}`,
      },
    },
    status: { code: statuses[n % statuses.length]! },
    phase: { codes: [...phases[n % phases.length]!] },
    sites: [{ ...places[n % places.length]! }],
    conditions: [{ text: conditions[n % conditions.length]! }],
    dates: { lastUpdated: `2024-${String((n % 12) + 1).padStart(2, '0')}-15` },
    url: `https://drks.de/search/de/trial/DRKS${String(n + 1).padStart(8, '0')}`,
  }));
}

/** The full example trial (every field of the model), for the XSS suite to poison. */
export const fullExample: Trial = exampleFullTrial;
