import type { Locale, Trial } from '@nrw-health/core';
import { fhirEntryWriter } from '../fhir/write';
import { trialSitesToGeoJson } from '../geo/points';
import { toNdjsonLine } from '../ndjson';
import { createIctrpCsvWriter } from '../registries/ictrp/write';
import { UsageError } from './io';

/** Trial output formats of `convert --to`. */
export interface TrialWriter {
  start?(): string;
  record(trial: Trial, index: number): string;
  end?(): string;
  /** What did not make it into the output although the trials were sound, for stderr. */
  summary?(): string | undefined;
}

/** The formats trials are written in. */
export const trialTargets = ['ndjson', 'ictrp', 'fhir', 'geojson'] as const;

/**
 * A FHIR collection Bundle written entry by entry, so memory stays flat: sponsors and sites that
 * trials share are written once.
 */
function fhirBundleWriter(): TrialWriter {
  const entriesOf = fhirEntryWriter();
  let first = true;
  return {
    start: () => '{"resourceType":"Bundle","type":"collection","entry":[\n',
    record(trial) {
      let text = '';
      for (const entry of entriesOf(trial)) {
        text += `${first ? '' : ',\n'}${JSON.stringify(entry)}`;
        first = false;
      }
      return text;
    },
    end: () => '\n]}\n',
  };
}

/**
 * A GeoJSON FeatureCollection of the trials' sites, written trial by trial like the Bundle.
 * Sites without coordinates cannot be drawn; they are counted for the summary.
 */
function geoJsonWriter(locale: Locale): TrialWriter {
  let first = true;
  let withoutSites = 0;
  let unplaced = 0;
  return {
    start: () => '{"type":"FeatureCollection","features":[\n',
    record(trial) {
      const { value, skipped } = trialSitesToGeoJson([trial], { locale });
      for (const skip of skipped) {
        if (skip.reason === 'no-sites') withoutSites++;
        else unplaced++;
      }
      let text = '';
      for (const feature of value.features) {
        text += `${first ? '' : ',\n'}${JSON.stringify(feature)}`;
        first = false;
      }
      return text;
    },
    end: () => '\n]}\n',
    summary: () =>
      withoutSites + unplaced > 0
        ? `geojson: not on the map: ${withoutSites} trial(s) without sites, ${unplaced} site(s) without valid coordinates`
        : undefined,
  };
}

/** The writer of a `--to` format; `--locale de` picks the German CSV dialect. */
export function trialWriterFor(format: string, locale: Locale): TrialWriter {
  switch (format) {
    case 'ndjson':
      return { record: (trial) => toNdjsonLine(trial) };
    case 'ictrp':
      return createIctrpCsvWriter({ dialect: locale });
    case 'fhir':
      return fhirBundleWriter();
    case 'geojson':
      return geoJsonWriter(locale);
    default:
      throw new UsageError(
        `format "${format}" cannot be written from trials; trials are written as ${trialTargets.join(', ')}`,
      );
  }
}
