import {
  type LocalizedText,
  type ObservationStatus,
  statusFromFlag,
  statusPrecedence,
} from '@nrw-health/core';

/** What a status flag of a JSON-stat dataset says about the values it marks. */
export interface FlagMeaning {
  /** Undefined for a flag that neither Eurostat, SDMX nor Destatis defines. */
  readonly status: ObservationStatus | undefined;
  /** The dataset's own label of the flag (Eurostat's `extension.status.label`), as a footnote. */
  readonly footnotes: readonly LocalizedText[] | undefined;
}

// Eurostat's flags first, then SDMX's, then the German offices' symbols (`-`, `.`, `x`, `/`),
// which datasets of IT.NRW and Destatis carry, and which the writer keeps as they were read.
function oneFlag(flag: string): ObservationStatus | undefined {
  return (
    statusFromFlag('eurostat', flag) ??
    statusFromFlag('sdmx', flag) ??
    statusFromFlag('destatis', flag)
  );
}

function confidentiality(flag: string): ObservationStatus | undefined {
  if (flag.trim() === '') return 'normal';
  // SDMX CONF_STATUS F ("free") says nothing about the value.
  if (flag.trim() === 'F') return 'normal';
  return statusFromFlag('eurostat', flag) ?? statusFromFlag('sdmx-conf', flag);
}

const severity = (status: ObservationStatus) => statusPrecedence.indexOf(status);

/**
 * The status of a JSON-stat status flag: a Eurostat flag (`p`, `e`, `bp`, `:`), an SDMX
 * OBS_STATUS code, or Eurostat's form since 2025, `OBS_STATUS|CONF_STATUS` (`p|`, `|C`), where
 * the more severe of the two wins.
 */
export function statusOfFlag(flag: string): ObservationStatus | undefined {
  const bar = flag.indexOf('|');
  if (bar < 0) return oneFlag(flag);
  const observed = flag.slice(0, bar);
  const observedStatus = observed.trim() === '' ? 'normal' : oneFlag(observed);
  const confidentialStatus = confidentiality(flag.slice(bar + 1));
  if (observedStatus === undefined || confidentialStatus === undefined) return undefined;
  return severity(observedStatus) <= severity(confidentialStatus)
    ? observedStatus
    : confidentialStatus;
}

/**
 * The meanings of a dataset's flags, each worked out once: a dataset has a handful of distinct
 * flags and may have a million cells.
 */
export class FlagMeanings {
  private readonly known = new Map<string, FlagMeaning>();

  /**
   * @param labels the dataset's labels of its flags, by flag
   * @param language the language of those labels
   * @param unknown called once for each flag that has no status
   */
  constructor(
    private readonly labels: ReadonlyMap<string, string>,
    private readonly language: string,
    private readonly unknown: (flag: string) => void,
  ) {}

  of(flag: string): FlagMeaning {
    let meaning = this.known.get(flag);
    if (meaning === undefined) {
      const status = statusOfFlag(flag);
      if (status === undefined) this.unknown(flag);
      const label = this.labels.get(flag);
      const footnotes = label ? Object.freeze([{ [this.language]: label }]) : undefined;
      meaning = { status, footnotes };
      this.known.set(flag, meaning);
    }
    return meaning;
  }
}
