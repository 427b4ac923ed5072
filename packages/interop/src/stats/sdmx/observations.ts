import {
  type Breakdowns,
  type IssuePath,
  type LocalizedText,
  type Observation,
  type ObservationStatus,
  statusFromFlag,
  statusPrecedence,
  validateObservation,
  valuelessStatuses,
} from '@nrw-health/core';
import type { IssueLog, LostField } from '../../shared/result';
import { periodOf, regionOfCode } from '../dataset';
import {
  type AttributeValue,
  annotationText,
  attributeRole,
  attributeValues,
  codeOf,
  footnoteOf,
} from './attributes';
import { addBreakdown, type DimensionUse, dimensionCode, useOf } from './dimensions';
import type { SdmxReadOptions } from './options';
import { type Component, isNode, type Node, type Structure } from './structure';

/*
 * The observations of one SDMX-JSON dataSet: series and observation keys resolved to dimension
 * values, attributes at every level (dataSet, dimension group, series, observation) resolved to
 * their values, and each measure of each observation built into a validated model observation.
 */

/** The value indices of a series or observation key ("0:1:0"), or undefined when it does not fit. */
function keyIndices(key: string, components: readonly Component[]): number[] | undefined {
  const parts = key === '' ? [] : key.split(':');
  if (parts.length !== components.length) return undefined;
  const indices: number[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (!/^\d{1,9}$/.test(part)) return undefined;
    const at = Number(part);
    if (at >= (components[index]!.values?.length ?? 0)) return undefined;
    indices.push(at);
  }
  return indices;
}

function numberOf(raw: unknown): number | null | undefined {
  if (raw === null) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '' || text === 'NaN') return null;
    return /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text) ? Number(text) : undefined;
  }
  return undefined;
}

const severity = (status: ObservationStatus) => statusPrecedence.indexOf(status);

interface Coordinates {
  readonly dimensions: ReadonlyMap<Component, string>;
  readonly attributes: readonly AttributeValue[];
  readonly annotations: readonly unknown[];
}

/** Reads the observations of one dataSet into model observations. */
export class DataSetReader {
  readonly observations: Observation[] = [];
  readonly lost: LostField[] = [];
  private readonly uses: Map<Component, DimensionUse>;
  private readonly regionOf = new Map<string, string | undefined>();
  private readonly periodOf = new Map<string, string | undefined>();
  private readonly groupAttributes: { key: (number | undefined)[]; values: AttributeValue[] }[] =
    [];
  private readonly allDimensions: Component[];

  constructor(
    private readonly structure: Structure,
    structurePath: IssuePath,
    private readonly indicatorIds: readonly (string | undefined)[],
    private readonly options: SdmxReadOptions,
    private readonly language: string,
    private readonly log: IssueLog,
  ) {
    const { dataSet, series, observation } = structure.dimensions;
    this.allDimensions = [...dataSet, ...series, ...observation].filter((c) => c.id !== '');
    this.uses = new Map(this.allDimensions.map((component) => [component, useOf(component)]));
    const uses = [...this.uses.values()];
    if (!uses.includes('region') && options.region === undefined) {
      log.source([...structurePath, 'dimensions'], 'required', { field: 'REF_AREA' });
    }
    if (!uses.includes('period')) {
      log.source([...structurePath, 'dimensions'], 'required', { field: 'TIME_PERIOD' });
    }
  }

  read(dataSet: Node, path: IssuePath): void {
    const { structure, log } = this;
    const fixed = new Map<Component, string>();
    for (const component of structure.dimensions.dataSet) {
      const code = dimensionCode(component.values?.[0]);
      if (code !== undefined) fixed.set(component, code);
    }
    const base: Coordinates = {
      dimensions: fixed,
      attributes: attributeValues(
        structure.attributes.dataSet,
        Array.isArray(dataSet.attributes) ? dataSet.attributes : [],
        [...path, 'attributes'],
        log,
      ),
      annotations: Array.isArray(dataSet.annotations) ? dataSet.annotations : [],
    };
    this.readGroups(dataSet.dimensionGroupAttributes, [...path, 'dimensionGroupAttributes']);

    if (isNode(dataSet.series)) {
      for (const key of Object.keys(dataSet.series)) {
        this.readSeries(dataSet.series[key], key, base, [...path, 'series', key]);
      }
    } else if (isNode(dataSet.observations)) {
      this.readObservations(dataSet.observations, structure.dimensions.observation, base, [
        ...path,
        'observations',
      ]);
    } else if (dataSet.series !== undefined || dataSet.observations !== undefined) {
      log.source(
        [...path, dataSet.series !== undefined ? 'series' : 'observations'],
        'invalid_type',
        {
          expected: 'object',
        },
      );
    }
  }

  private readGroups(groups: unknown, path: IssuePath): void {
    if (!isNode(groups)) return;
    const components = this.structure.attributes.dimensionGroup;
    const ordered = [...this.allDimensions].sort(
      (a, b) => (a.keyPosition ?? 0) - (b.keyPosition ?? 0),
    );
    for (const key of Object.keys(groups)) {
      const entries = groups[key];
      const parts = key.split(':');
      if (!Array.isArray(entries) || parts.length !== ordered.length) {
        this.log.source([...path, key], 'invalid_key', { key });
        continue;
      }
      this.groupAttributes.push({
        key: parts.map((part) => (part === '' ? undefined : Number(part))),
        values: attributeValues(components, entries, [...path, key], this.log),
      });
    }
  }

  private readSeries(series: unknown, key: string, base: Coordinates, path: IssuePath): void {
    const { structure, log } = this;
    const components = structure.dimensions.series;
    const indices = keyIndices(key, components);
    if (!indices) {
      log.source(path, 'invalid_key', { key });
      return;
    }
    if (!isNode(series)) {
      log.source(path, 'invalid_type', { expected: 'object' });
      return;
    }
    const dimensions = new Map(base.dimensions);
    components.forEach((component, index) => {
      const code = dimensionCode(component.values?.[indices[index]!]);
      if (code !== undefined) dimensions.set(component, code);
    });
    const coordinates: Coordinates = {
      dimensions,
      attributes: [
        ...base.attributes,
        ...attributeValues(
          structure.attributes.series,
          Array.isArray(series.attributes) ? series.attributes : [],
          [...path, 'attributes'],
          log,
        ),
      ],
      annotations: [
        ...base.annotations,
        ...(Array.isArray(series.annotations) ? series.annotations : []),
      ],
    };
    if (isNode(series.observations)) {
      this.readObservations(series.observations, structure.dimensions.observation, coordinates, [
        ...path,
        'observations',
      ]);
    }
  }

  private readObservations(
    observations: Node,
    components: readonly Component[],
    context: Coordinates,
    path: IssuePath,
  ): void {
    for (const key of Object.keys(observations)) {
      const at = [...path, key];
      const indices = keyIndices(key, components);
      const entry = observations[key];
      if (!indices) {
        this.log.source(at, 'invalid_key', { key });
        continue;
      }
      if (!Array.isArray(entry)) {
        this.log.source(at, 'invalid_type', { expected: 'array' });
        continue;
      }
      const dimensions = new Map(context.dimensions);
      components.forEach((component, index) => {
        const code = dimensionCode(component.values?.[indices[index]!]);
        if (code !== undefined) dimensions.set(component, code);
      });
      this.readObservation(entry, dimensions, context, at);
    }
  }

  private readObservation(
    entry: readonly unknown[],
    dimensions: Map<Component, string>,
    context: Coordinates,
    path: IssuePath,
  ): void {
    const { structure, log, language } = this;
    const measureCount = structure.measures?.length ?? 1;
    const attributeComponents = structure.attributes.observation;
    const attributes = [
      ...context.attributes,
      ...this.groupValues(dimensions),
      ...attributeValues(
        attributeComponents,
        entry.slice(measureCount, measureCount + attributeComponents.length),
        path,
        log,
      ),
    ];
    const annotations = [
      ...context.annotations,
      ...entry.slice(measureCount + attributeComponents.length),
    ];

    const place = this.place(dimensions, path);
    if (!place) return;

    let obsStatus: string | undefined;
    let confStatus: string | undefined;
    let confidentiality: AttributeValue | undefined;
    let preBreak: number | undefined;
    const footnotes: LocalizedText[] = [];
    const statuses: ObservationStatus[] = [];
    for (const attribute of attributes) {
      const role = attributeRole(attribute.component);
      const code = codeOf(attribute.value);
      if (role === 'status' && code !== undefined) {
        const status = statusFromFlag('sdmx', code);
        if (status) statuses.push(status);
        else log.source(path, 'unknown_code', { value: code, field: attribute.component.id });
        obsStatus = code;
        continue;
      }
      if (role === 'confidentiality' && code !== undefined) {
        const status = statusFromFlag('sdmx-conf', code);
        // F (free for publication) says nothing the status does not: no footnote for it.
        if (code.toUpperCase() === 'F') continue;
        if (status) {
          statuses.push(status);
          if (confStatus === undefined) {
            confStatus = code;
            confidentiality = attribute;
          }
          continue;
        }
      }
      if (role === 'pre-break') {
        const value = numberOf(attribute.value.value ?? code);
        if (typeof value === 'number') {
          preBreak = value;
          continue;
        }
      }
      const footnote = footnoteOf(attribute, language);
      if (footnote) footnotes.push(footnote);
    }
    // The flag is OBS_STATUS; CONF_STATUS stands in when there is none, else it is a footnote.
    const flag = obsStatus ?? confStatus;
    if (obsStatus !== undefined && confidentiality) {
      const footnote = footnoteOf(confidentiality, language);
      if (footnote) footnotes.push(footnote);
    }
    for (const annotation of annotations) {
      const index = typeof annotation === 'number' ? annotation : Number.NaN;
      const text = Number.isInteger(index)
        ? annotationText(structure.annotations[index], language)
        : undefined;
      if (text) footnotes.push(text);
      else log.source(path, 'unknown_code', { value: annotation, field: 'annotations' });
    }

    for (let measure = 0; measure < measureCount; measure++) {
      const indicator = this.indicatorIds[measure];
      if (indicator === undefined) continue;
      const raw = measure < entry.length ? entry[measure] : null;
      const value = numberOf(raw);
      if (value === undefined) {
        log.source([...path, measure], 'invalid_type', { expected: 'number' });
        continue;
      }
      let status = statuses.reduce<ObservationStatus>(
        (worst, next) => (severity(next) < severity(worst) ? next : worst),
        'normal',
      );
      let kept = value;
      if (valuelessStatuses.has(status) && value !== null) {
        // The status says there is no value to publish: the number goes, but not silently.
        this.lost.push({ path: [...path, measure].join('.'), pattern: 'observations[*]', value });
        kept = null;
      } else if (value === null && !valuelessStatuses.has(status)) {
        status = 'missing';
      }
      const observation: Record<string, unknown> = {
        indicator,
        region: place.region,
        period: place.period,
        value: kept,
        status,
      };
      if (preBreak !== undefined) {
        if (status === 'break') observation.preBreakValue = preBreak;
        else
          this.lost.push({
            path: `${path.join('.')}.OBS_PRE_BREAK`,
            pattern: 'OBS_PRE_BREAK',
            value: preBreak,
          });
      }
      if (flag) observation.flag = flag;
      if (footnotes.length > 0) observation.footnotes = footnotes;
      if (place.breakdowns) observation.breakdowns = place.breakdowns;
      const checked = validateObservation(observation, { locale: log.locale });
      if (checked.ok) this.observations.push(checked.value);
      else {
        for (const found of checked.issues) {
          log.issues.push({ ...found, in: 'source', path: [...path, ...found.path] });
        }
      }
    }
  }

  private groupValues(dimensions: ReadonlyMap<Component, string>): AttributeValue[] {
    if (this.groupAttributes.length === 0) return [];
    const ordered = [...this.allDimensions].sort(
      (a, b) => (a.keyPosition ?? 0) - (b.keyPosition ?? 0),
    );
    const indexOf = ordered.map((component) => {
      const code = dimensions.get(component);
      return component.values?.findIndex((value) => dimensionCode(value) === code) ?? -1;
    });
    return this.groupAttributes
      .filter((group) =>
        group.key.every((index, at) => index === undefined || index === indexOf[at]),
      )
      .flatMap((group) => group.values);
  }

  /** Region, period and breakdowns of a cell, or undefined (with an issue) when it has none. */
  private place(
    dimensions: ReadonlyMap<Component, string>,
    path: IssuePath,
  ): { region: string; period: string; breakdowns?: Breakdowns } | undefined {
    let region = this.options.region;
    let period: string | undefined;
    const breakdowns: { -readonly [K in keyof Breakdowns]: Breakdowns[K] } = {};
    for (const [component, code] of dimensions) {
      const use = this.uses.get(component) ?? 'breakdown';
      if (use === 'region')
        region = this.cached(this.regionOf, code, regionOfCode, 'unknown_region', path);
      else if (use === 'period')
        period = this.cached(this.periodOf, code, periodOf, 'invalid_format', path);
      else addBreakdown(breakdowns, component, use, code);
    }
    if (region === undefined || period === undefined) return undefined;
    return Object.keys(breakdowns).length > 0 ? { region, period, breakdowns } : { region, period };
  }

  /** Maps a code once, and reports a code that does not map once, at its first use. */
  private cached(
    cache: Map<string, string | undefined>,
    code: string,
    map: (code: string) => string | undefined,
    issue: 'unknown_region' | 'invalid_format',
    path: IssuePath,
  ): string | undefined {
    if (cache.has(code)) return cache.get(code);
    const mapped = map(code);
    cache.set(code, mapped);
    if (mapped === undefined) this.log.source(path, issue, { value: code });
    return mapped;
  }
}
