import Papa from 'papaparse';
import { commands } from 'vitest/browser';

/** A DRKS trial as the ctt-umc-update table lists it (real rows; missing fields stay missing). */
export interface DrksTrialRow {
  readonly id: string;
  readonly status: string | undefined;
  readonly phase: string | undefined;
  readonly start: string | undefined;
  readonly lastUpdated: string | undefined;
  readonly enrolment: number | undefined;
}

// Vitest's readFile resolves against the project root (packages/react), not the test file.
const drksTable = '../../../shared/fixtures/drks/ctt-umc-update_DRKS_sample.csv';

const text = (value: string | undefined) => (value && value.trim() !== '' ? value : undefined);

/** The first `limit` trials of the 18,573-row DRKS table of /work/shared/fixtures. */
export async function drksTrials(limit: number): Promise<DrksTrialRow[]> {
  const csv = await commands.readFile(drksTable);
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.slice(0, limit).map((row) => {
    const enrolment = text(row.actual_enrolment) ?? text(row.planned_enrolment);
    return {
      id: row.trial_id!,
      status: text(row.status),
      phase: text(row.phase),
      start: text(row.start_date),
      lastUpdated: text(row.last_updated),
      enrolment: enrolment === undefined ? undefined : Number(enrolment),
    };
  });
}
