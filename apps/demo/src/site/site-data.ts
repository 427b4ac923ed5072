import type { Locale, Trial } from '@nrw-health/core';

/** Where the trials of a build come from; the research page says it in words. */
export type TrialSource =
  | { readonly kind: 'file'; readonly files: readonly string[] }
  /** `retrieved`: the day of the download in Berlin, `YYYY-MM-DD`. */
  | { readonly kind: 'live'; readonly retrieved: string }
  | { readonly kind: 'none' };

/** One city of NRW with the number of trials that have a site there. */
export interface CityCount {
  readonly city: string;
  /** AGS of the district the city's sites lie in. */
  readonly district: string;
  readonly trials: number;
  /** Trials whose site in this city is recruiting now. */
  readonly recruiting: number;
}

/** A file of the data page's downloads, as the build wrote it. */
export interface DownloadFile {
  readonly id: string;
  /** Site-absolute URL path, e.g. `/downloads/observations-en.csv`. */
  readonly href: string;
  readonly bytes: number;
}

/**
 * What the build computed once and every page may show: small enough to embed in each page, so
 * the browser hydrates with exactly what the server rendered. The trials themselves are not in
 * it: the research page loads their listing (`trialsUrl`) before it hydrates.
 */
export interface SiteData {
  /** When the site was built (ISO 8601): "now" for relative dates, on server and client alike. */
  readonly builtAt: string;
  /**
   * The day it was built in Berlin, written out in each language at build time: the footer
   * shows it without creating a date formatter in the browser (the first one costs tens of ms).
   */
  readonly builtOn: Readonly<Record<Locale, string>>;
  readonly trials: {
    readonly source: TrialSource;
    readonly count: number;
    /** Trials with at least one site in NRW. */
    readonly inNrw: number;
    /** Trials per NRW district (AGS), a trial counted once per district it has a site in. */
    readonly byDistrict: Readonly<Record<string, number>>;
    readonly byCity: readonly CityCount[];
    /** The listing the trial finder shows (`listing.json`); absent when there are no trials. */
    readonly listingUrl?: string;
  };
  readonly downloads: readonly DownloadFile[];
}

/** The trial finder's listing and each trial's full record, as separate files. */
export interface TrialFiles {
  readonly listing: readonly Trial[];
  readonly details: ReadonlyMap<string, Trial>;
}
