import {
  findRegion,
  formats,
  type IndicatorDefinition,
  type LocalizedText,
  type Observation,
  regionByCode,
  regionByNuts,
} from '@nrw-health/core';
import countries from 'i18n-iso-countries';
import type { LostField, ReadIssue } from '../shared/result';

/*
 * The shape every statistics reader (JSON-stat, SDMX-JSON, GENESIS CSV, tidy CSV) returns, and
 * the two mappings they all need: a geographic code to the model's region code, and a time code
 * to the model's period.
 */

/** The role of a dimension, as JSON-stat names it. */
export type DimensionRole = 'time' | 'geo' | 'metric';

/** A category of a dimension: its code, and its label and unit where the source gives them. */
export interface Category {
  readonly id: string;
  readonly label?: LocalizedText;
  /** For a metric dimension: the unit of this category's values. */
  readonly unit?: {
    readonly label?: LocalizedText;
    readonly decimals?: number;
    /** A symbol to show with the values, e.g. `€` or `%` (JSON-stat `unit.symbol`). */
    readonly symbol?: string;
    /** Where the symbol goes: before (`start`) or after (`end`) the value. */
    readonly position?: 'start' | 'end';
  };
  /** The ids of the categories under this one, for hierarchical classifications (JSON-stat `child`). */
  readonly children?: readonly string[];
}

/** A dimension of a dataset, in the source's order of categories. */
export interface Dimension {
  readonly id: string;
  readonly label?: LocalizedText;
  readonly role?: DimensionRole;
  readonly categories: readonly Category[];
}

/**
 * A statistics table in the model's terms: its observations, plus the structure they came in
 * (dimensions, labels), so that a writer can give the table back as it was.
 */
export interface Dataset {
  /** The source's id for the table, e.g. a Eurostat dataset code or a GENESIS table code. */
  readonly id?: string;
  readonly label?: LocalizedText;
  /** Where the figures come from: producer, table, licence, retrieval. */
  readonly source?: Observation['source'];
  /** Last update as the source states it (ISO 8601). */
  readonly updated?: string;
  readonly dimensions: readonly Dimension[];
  /** Indicator definitions the source describes, when it describes enough to build them. */
  readonly definitions: readonly IndicatorDefinition[];
  readonly observations: readonly Observation[];
  /** Notes on the table as a whole (a GENESIS footer, a JSON-stat `note`), in the source's order. */
  readonly notes?: readonly LocalizedText[];
}

/** What a statistics reader returns for one source document. Nothing is dropped without a trace. */
export interface DatasetResult {
  /** The dataset, when the document could be read at all; undefined otherwise. */
  readonly value: Dataset | undefined;
  /** Source fields that had no place in the model. */
  readonly lost: readonly LostField[];
  /** Problems, each with a path in the source (`in: 'source'`) or in the dataset (`in: 'record'`). */
  readonly issues: readonly ReadIssue[];
}

/** Options every statistics reader takes. */
export interface StatsReadOptions {
  /** Language of issue messages. Default: en. */
  readonly locale?: 'de' | 'en';
  /**
   * The indicator id (a slug) for observations of a source without a metric dimension, or a
   * function from the metric category to the id. Default: derived from the source's table id.
   */
  readonly indicator?: string | ((category: string) => string);
}

const regionCode = new RegExp(formats.regionCode.pattern);

/**
 * The model's region code for a geographic code of a statistics source, or undefined when it
 * names no single region the model can hold (e.g. Eurostat's `EU27_2020`):
 * - AGS (2, 3, 5 or 8 digits) and 12-digit RS: the AGS; a Gemeinde keeps its 8 digits, a
 *   kreisfreie Stadt (`05113000`) and a retired key (`05354`, Kreis Aachen) give the district;
 * - NUTS codes of the registry (`DEA13`): the AGS (`05113`); other NUTS codes stay NUTS;
 * - ISO 3166-1 alpha-2 codes stay as they are; Eurostat's `EL` and `UK` become `GR` and `GB`;
 * - aggregates that are no country (`EU27_2020`, `EA19`) give undefined;
 * - names ("Essen, Stadt", "Kreis Wesel") through the region registry.
 */
export function regionOfCode(
  code: string,
  options: { readonly numeric?: 'ags' | 'foreign' } = {},
): string | undefined {
  const text = code.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) {
    // Another country's numeric codes (US FIPS, Spanish provinces) are no AGS, however alike.
    if (options.numeric === 'foreign') return undefined;
    const municipality = municipalityKey(text);
    if (municipality) return municipality;
    const region = findRegion(text);
    if (region) return region.code;
    return /^(?:\d{2}|\d{3}|\d{5}|\d{8})$/.test(text) ? text : undefined;
  }
  const upper = text.toUpperCase();
  if (upper === 'EL') return 'GR';
  if (upper === 'UK') return 'GB';
  if (regionByCode(upper)) return upper;
  const nuts = regionByNuts(upper);
  if (nuts) return nuts.code;
  // A country code, or a NUTS code, which starts with one (Greece is EL in NUTS): not EA19, EU27.
  const country = upper.slice(0, 2);
  if (
    regionCode.test(upper) &&
    (countries.isValid(country) || (country === 'EL' && upper.length > 2))
  ) {
    return upper;
  }
  return findRegion(text)?.code;
}

/**
 * The 8-digit AGS of a Gemeinde from its AGS or 12-digit RS, kept as it is: a table may hold a
 * town next to its Kreis (Aachen next to the Städteregion). Not for a kreisfreie Stadt, whose
 * Gemeinde key (`05113000`) is its district's (`05113`).
 */
function municipalityKey(digits: string): string | undefined {
  const ags = digits.length === 12 ? digits.slice(0, 5) + digits.slice(9) : digits;
  return ags.length === 8 && !ags.endsWith('000') ? ags : undefined;
}

/**
 * Whether the numeric codes of a geographic dimension are German keys: every one has the length
 * of an AGS or RS (2, 3, 5, 8, 12 digits) and starts with a Land key from 01 to 16. Codes of other
 * countries fail as a set even where single ones look German: US counties run up to 56xxx, and
 * Spanish provinces (15, 27, 32) pass 01–16 only in part. Non-numeric codes are not looked at.
 */
export function numericCodesAreAgs(codes: Iterable<string>): boolean {
  for (const raw of codes) {
    const code = raw.trim();
    // Not numeric, or too long to be any key: no evidence either way.
    if (!/^\d+$/.test(code) || code.length > 12) continue;
    // A spreadsheet may have dropped the leading zero of a key (5113 for 05113).
    const key = [1, 4, 7, 11].includes(code.length) ? `0${code}` : code;
    if (![2, 3, 5, 8, 12].includes(key.length)) return false;
    const land = Number(key.slice(0, 2));
    if (land < 1 || land > 16) return false;
  }
  return true;
}

const period = new RegExp(formats.period.pattern);

/**
 * The model's period (`2024`, `2024-Q1`, `2024-H1`, `2024-05`, `2024-05-17`, `2013/2022`) for a
 * time code as statistics sources write it: Eurostat `2024Q1`, `2024M05`, `2024S1`; SDMX
 * `2024-Q1`, `2024-S1`, `2024-A1`; GENESIS reference days `31.12.2024`; ranges `2013-2022`.
 * Undefined for codes that name no period the model has (weeks, school years without dates).
 */
export function periodOf(code: string): string | undefined {
  const text = code.trim();
  if (period.test(text)) return text;
  let match = /^(\d{4})-?Q([1-4])$/.exec(text);
  if (match) return `${match[1]}-Q${match[2]}`;
  match = /^(\d{4})-?[SH]([12])$/.exec(text);
  if (match) return `${match[1]}-H${match[2]}`;
  match = /^(\d{4})-?M(\d{2})$/.exec(text);
  if (match) return checked(`${match[1]}-${match[2]}`);
  match = /^(\d{4})-?A1?$/.exec(text);
  if (match) return match[1];
  match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  if (match) return checked(`${match[3]}-${match[2]}-${match[1]}`);
  match = /^(\d{4})\s*[-–/]\s*(\d{4})$/.exec(text);
  if (match && match[1]! <= match[2]!) return `${match[1]}/${match[2]}`;
  return undefined;
}

function checked(value: string): string | undefined {
  return period.test(value) ? value : undefined;
}

/**
 * A slug (`formats.slug`) from any text, for indicator ids derived from table codes and labels:
 * lower case, umlauts spelled out, every run of other characters one `-`. Undefined when nothing
 * is left.
 */
export function slugOf(text: string): string | undefined {
  const slug = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/[-.]*\.[-.]*/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug === '' ? undefined : slug;
}

/**
 * The indicator id for the observations of one metric category (a value variable, a measure),
 * as `StatsReadOptions.indicator` asks: its string (with several categories, as the prefix of
 * each category's slug), its function, or else `base` and the category as a slug. Undefined when
 * the function throws or gives no slug.
 */
export function indicatorIdOf(
  options: StatsReadOptions,
  category: string,
  base: string,
  categories = 1,
): string | undefined {
  const chosen = options.indicator;
  if (typeof chosen === 'function') {
    try {
      const id = chosen(category);
      return typeof id === 'string' && slug.test(id) ? id : undefined;
    } catch {
      return undefined;
    }
  }
  if (typeof chosen === 'string' && categories <= 1) return slug.test(chosen) ? chosen : undefined;
  return slugOf(`${typeof chosen === 'string' ? chosen : base} ${category}`);
}

const slug = new RegExp(formats.slug.pattern);
