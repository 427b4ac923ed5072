import type { LocalizedText, Source } from '@nrw-health/core';

/** An international health-economy cluster that the seeds name as a partner for the Ruhr. */
export interface PartnerCluster {
  readonly id: string;
  readonly name: string;
  /** The region as the seed names it, in German and English. */
  readonly region: LocalizedText;
  /** ISO 3166-1 alpha-2 codes of the countries the region lies in (a cross-border region has two). */
  readonly countries: readonly string[];
  /** The web address as the seed prints it; left out where the PDF's line breaks make it ambiguous. */
  readonly website?: string;
  readonly focus?: LocalizedText;
  readonly source: Source;
}

/** A term of the digital-health glossary (seed 001, Abb. 2). */
export interface GlossaryTerm {
  readonly id: string;
  readonly term: LocalizedText;
  readonly definition: LocalizedText;
  /** The id of the broader term, where the seed defines one as a sub-category of another. */
  readonly broader?: string;
  readonly source: Source;
}

/** A flagship project or initiative of the region's health economy. */
export interface FlagshipProject {
  readonly id: string;
  readonly name: string;
  /** Other names the seeds use, e.g. after a renaming. */
  readonly aliases?: readonly string[];
  readonly description: LocalizedText;
  /** Ids of the actors in `actors` that run or take part in it, where the seed names them. */
  readonly actors?: readonly string[];
  /** The district (AGS) where it is based, where the seed says. */
  readonly district?: string;
  readonly sources: readonly Source[];
}
