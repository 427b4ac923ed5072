import { isKnownAgs } from '../regions/lookup';
import { comparePartialDates } from '../shared/dates';
import { provenanceRule } from '../shared/primitives';
import type { Report, Rule } from '../shared/validation';
import type { AgeBound, Trial } from './schema';

const ageInMinutes: Record<AgeBound['unit'], number> = {
  years: 525_960,
  months: 43_830,
  weeks: 10_080,
  days: 1_440,
  hours: 60,
  minutes: 1,
};

function checkDates(trial: Trial, report: Report): void {
  const start = trial.dates?.start?.date;
  if (!start) return;
  for (const field of ['primaryCompletion', 'completion'] as const) {
    const end = trial.dates?.[field]?.date;
    if (end && comparePartialDates(end, start) < 0) {
      report('date_order', ['dates', field, 'date'], {
        later: end,
        earlier: start,
        earlierField: 'dates.start',
      });
    }
  }
}

function checkAges(trial: Trial, report: Report): void {
  const min = trial.eligibility?.minimumAge;
  const max = trial.eligibility?.maximumAge;
  if (min && max && min.value * ageInMinutes[min.unit] > max.value * ageInMinutes[max.unit]) {
    report('age_order', ['eligibility', 'minimumAge']);
  }
}

function checkIdentifiers(trial: Trial, report: Report): void {
  const seen = new Set([`${trial.identifiers.primary.registry}:${trial.identifiers.primary.id}`]);
  trial.identifiers.secondary?.forEach((identifier, index) => {
    const key = `${identifier.registry}:${identifier.id}`;
    if (seen.has(key)) {
      report('duplicate', ['identifiers', 'secondary', index], { value: identifier.id });
    }
    seen.add(key);
  });
}

function checkSites(trial: Trial, report: Report): void {
  trial.sites?.forEach((site, index) => {
    if (site.district && !isKnownAgs(site.district)) {
      report('unknown_region', ['sites', index, 'district'], { value: site.district });
    }
  });
}

/** The cross-field rules of a trial, which JSON Schema cannot express. */
export const trialRules: readonly Rule<Trial>[] = [
  checkDates,
  checkAges,
  checkIdentifiers,
  checkSites,
  provenanceRule,
];
