import {
  formats,
  type IndicatorDefinition,
  indicatorGroups,
  type LocalizedText,
  measureTypes,
  type Observation,
  observationStatuses,
  periodicities,
  type Source,
  validateIndicatorDefinition,
  validateObservation,
} from '@nrw-health/core';
import { compact } from '../shared/finish';
import { IssueLog, type RecordResult } from '../shared/result';
import { type Tracked, track } from '../shared/track';
import { regionOfCode, slugOf } from '../stats/dataset';
import { kitCodeSystem, kitExtension } from './codes';
import {
  breakdownSystem,
  dimensionSystem,
  indicatorReferenceLanguage,
  measureFhirSystems,
  measureScoringUnit,
  measureTypeOfScoring,
  measureUrl,
  periodFromFhir,
  regionSystems,
} from './measure-codes';
import {
  at,
  child,
  type FhirReadOptions,
  isHttpUrl,
  isObject,
  items,
  maxDepth,
  Node,
  rawString,
  readSource,
  StudyReader,
  tooDeep,
} from './read';
import { finishRecord, isOpened, openRecord } from './read-record';

/** Reads any resource of a record, not only studies: named after its first use. */
type Reader = StudyReader;

export interface MeasureReadOptions extends FhirReadOptions {
  /**
   * Fields for Measures from elsewhere, which do not say them (the dashboard group, periodicity,
   * unit, …). What the Measure says wins.
   */
  readonly defaults?: Partial<IndicatorDefinition>;
}

const slug = formats.slug.pattern;
const kitMeasure = measureUrl('');
const artifactTypes = new Set(['derived-from', 'documentation', 'citation', 'justification']);

/** The indicator id of a Measure's canonical URL: the kit's, or the URL's last segment. */
function indicatorIdOfUrl(url: string): string | undefined {
  const bare = url.split('|')[0]!;
  if (bare.startsWith(kitMeasure)) {
    const id = bare.slice(kitMeasure.length);
    return slug.test(id) ? id : undefined;
  }
  return slugOf(bare.slice(bare.lastIndexOf('/') + 1).slice(0, 200));
}

function indicatorId(r: Reader, measure: Node): string | undefined {
  const url = rawString(child(measure, 'url'));
  if (url?.startsWith(kitMeasure)) return indicatorIdOfUrl(r.str(child(measure, 'url'))!);
  const id = rawString(child(measure, 'id'));
  if (id !== undefined && slugOf(id.slice(0, 200))) return slugOf(r.str(child(measure, 'id'))!);
  if (url !== undefined && indicatorIdOfUrl(url))
    return indicatorIdOfUrl(r.str(child(measure, 'url'))!);
  return undefined;
}

function unit(r: Reader, measure: Node): IndicatorDefinition['unit'] | undefined {
  const found = r.extension(measure, measureScoringUnit);
  if (!found) return undefined;
  const concept = child(found, 'valueCodeableConcept');
  const coding = at(concept, 'coding', 0);
  r.str(child(coding, 'system'));
  return {
    code: r.str(child(coding, 'code')),
    label: r.text(child(concept, 'text'), child(concept, '_text')) as LocalizedText,
  };
}

function kitInteger(r: Reader, node: Node, name: string): number | undefined {
  const found = r.extension(node, kitExtension(name));
  return found && r.int(child(found, 'valueInteger'));
}

function measureType(r: Reader, measure: Node): IndicatorDefinition['measureType'] | undefined {
  const scoring = child(measure, 'scoring');
  const kit = r.findCoding(scoring, (system) => system === kitCodeSystem('measure-type'));
  const fhir = r.findCoding(
    scoring,
    (system, code) =>
      (system === measureFhirSystems.scoring || system === undefined) &&
      typeof code === 'string' &&
      Object.hasOwn(measureTypeOfScoring, code),
  );
  // FHIR's scoring next to the kit's code says what it says, less precisely.
  if (fhir) {
    r.str(child(fhir, 'system'));
    r.str(child(fhir, 'code'));
  }
  if (kit) return r.kitCode(kit, measureTypes);
  return fhir && measureTypeOfScoring[rawString(child(fhir, 'code'))!];
}

/** Numerator, denominator and per, from the kit's group of a rate or share. */
function ratio(
  r: Reader,
  measure: Node,
): Pick<IndicatorDefinition, 'numerator' | 'denominator' | 'per'> {
  const group = at(measure, 'group', 0);
  const indicatorOf = (populationCode: string) => {
    const found = items(child(group, 'population')).find((population) => {
      const criteria = child(population, 'criteria');
      return (
        r.findCoding(
          child(population, 'code'),
          (system, code) => system === measureFhirSystems.population && code === populationCode,
        ) !== undefined &&
        rawString(child(criteria, 'language')) === indicatorReferenceLanguage &&
        rawString(child(criteria, 'expression'))?.startsWith(kitMeasure)
      );
    });
    if (!found) return undefined;
    r.str(at(found, 'code', 'coding', 0, 'system'));
    r.str(at(found, 'code', 'coding', 0, 'code'));
    r.str(at(found, 'criteria', 'language'));
    return indicatorIdOfUrl(r.str(at(found, 'criteria', 'expression'))!);
  };
  const per = r.extension(group, kitExtension('per'));
  const perValue = per && r.num(child(per, 'valueDecimal'));
  return {
    numerator: indicatorOf('numerator'),
    denominator: indicatorOf('denominator'),
    per: perValue !== undefined && perValue > 0 ? perValue : undefined,
  };
}

function topics(
  r: Reader,
  measure: Node,
): Partial<Pick<IndicatorDefinition, 'group' | 'keywords'>> {
  let group: IndicatorDefinition['group'] | undefined;
  const keywords: string[] = [];
  for (const topic of r.list(child(measure, 'topic'))) {
    const kit = r.findCoding(topic, (system) => system === kitCodeSystem('indicator-group'));
    if (kit && group === undefined) group = r.kitCode(kit, indicatorGroups);
    // A topic with nothing but a text is a keyword.
    else if (child(topic, 'coding').raw === undefined) {
      const text = r.str(child(topic, 'text'));
      if (text !== undefined) keywords.push(text);
    }
  }
  return { group, keywords };
}

function sources(r: Reader, measure: Node): Source[] {
  const found = r.list(child(measure, 'relatedArtifact')).flatMap((artifact): Source[] => {
    if (!artifactTypes.has(rawString(child(artifact, 'type')) ?? '')) return [];
    r.str(child(artifact, 'type'));
    const details = r.extension(artifact, kitExtension('source'));
    const label = rawString(child(artifact, 'label'));
    const url = rawString(child(artifact, 'url'));
    const source = {
      ...(details && readSource(r, details)),
      id: label !== undefined && slug.test(label) ? r.str(child(artifact, 'label')) : undefined,
      title: r.str(child(artifact, 'display')) ?? r.str(child(artifact, 'citation')),
      url: url !== undefined && isHttpUrl(url) ? r.url(child(artifact, 'url')) : undefined,
    };
    return compact(source) ? [source] : [];
  });
  if (found.length > 0) return found;
  // Without related artifacts the Measure itself is the source of the definition.
  const url = rawString(child(measure, 'url'));
  return [
    {
      registry: 'fhir',
      recordId: r.str(child(measure, 'id')),
      producer: r.str(child(measure, 'publisher')),
      version: r.str(child(measure, 'version')),
      url: url !== undefined && isHttpUrl(url) ? r.url(child(measure, 'url')) : undefined,
    },
  ];
}

/** Published or planned: the kit's extension, else a draft Measure is a planned indicator. */
function status(r: Reader, measure: Node): IndicatorDefinition['status'] {
  const kit = r.extension(child(measure, '_status'), kitExtension('indicator-status'));
  const fhir = rawString(child(measure, 'status'));
  if (kit) {
    if (fhir !== undefined) r.str(child(measure, 'status'));
    const value = r.str(child(kit, 'valueCode'));
    if (value === 'published' || value === 'planned') return value;
    r.log.source([...kit.path, 'valueCode'], 'unknown_code', {
      value,
      allowed: ['published', 'planned'],
    });
    return undefined;
  }
  if (fhir !== 'draft' && fhir !== 'active') return undefined;
  r.str(child(measure, 'status'));
  return fhir === 'draft' ? 'planned' : undefined;
}

function definitionOf(r: Reader, measure: Node): Record<string, unknown> {
  const periodicity = r.extension(measure, kitExtension('periodicity'));
  const title =
    r.text(child(measure, 'title'), child(measure, '_title')) ??
    r.text(child(measure, 'name'), child(measure, '_name'));
  return {
    id: indicatorId(r, measure),
    title,
    definition: r.text(child(measure, 'description'), child(measure, '_description')),
    unit: unit(r, measure),
    unitMultiplier: kitInteger(r, measure, 'unit-multiplier'),
    decimals: kitInteger(r, measure, 'decimals'),
    measureType: measureType(r, measure),
    ...ratio(r, measure),
    periodicity: periodicity && r.kitCode(child(periodicity, 'valueCoding'), periodicities),
    ...topics(r, measure),
    sources: sources(r, measure),
    comparability: r.textValue(r.extension(measure, kitExtension('comparability'))),
    status: status(r, measure),
  };
}

/**
 * An indicator definition from a FHIR R4 Measure, or from the first Measure of a Bundle. The
 * kit's extensions give back exactly the definition `indicatorToFhirMeasure` wrote; for Measures
 * from elsewhere, `defaults` fill what they do not say. Never throws: what cannot be read is an
 * issue, what has no place in the model is `lost`.
 */
export function readFhirMeasure(
  record: unknown,
  options: MeasureReadOptions = {},
): RecordResult<IndicatorDefinition> {
  const log = new IssueLog(options);
  const opened = openRecord(record, 'Measure', log, options);
  if (!isOpened(opened)) return opened;
  const { tracked, reader, resource } = opened;
  const read = compact(definitionOf(reader, resource)) ?? {};
  return finishRecord({ ...options.defaults, ...read }, tracked, log, validateIndicatorDefinition);
}

type BreakdownKey = 'region' | 'sex' | 'ageGroup' | 'sector' | `dimension:${string}`;

const breakdownKeys: Readonly<Record<string, BreakdownKey>> = {
  region: 'region',
  sex: 'sex',
  'age-group': 'ageGroup',
  sector: 'sector',
};

const dimensionId = formats.dimensionId.pattern;

/** The first coding of a concept, or undefined; found without reading anything. */
const firstCoding = (concept: Node) => at(concept, 'coding', 0);

/**
 * What a stratum component stands for, found without reading anything: a breakdown of the kit,
 * a region (by its value's code system), or another dimension named by its code.
 */
function componentKey(code: Node, value: Node): BreakdownKey | undefined {
  const coding = firstCoding(code);
  const system = rawString(child(coding, 'system'));
  const name = rawString(child(coding, 'code'));
  if (system === breakdownSystem && name !== undefined && Object.hasOwn(breakdownKeys, name)) {
    return breakdownKeys[name];
  }
  if (system === dimensionSystem && name !== undefined && dimensionId.test(name)) {
    return `dimension:${name}`;
  }
  if (regionSystems.has(rawString(child(firstCoding(value), 'system')) ?? '')) return 'region';
  const foreign = name ?? rawString(child(code, 'text'));
  return foreign !== undefined && dimensionId.test(foreign) ? `dimension:${foreign}` : undefined;
}

interface Component {
  readonly key: BreakdownKey;
  readonly code: Node;
  readonly value: Node;
}

/** The components of a stratum: its value (named by the stratifier's code), or its components. */
function strataComponents(stratifier: Node, stratum: Node): Component[] {
  const single = child(stratum, 'value');
  const pairs: [Node, Node][] =
    single.raw !== undefined
      ? [[at(stratifier, 'code', 0), single]]
      : items(child(stratum, 'component')).map((component) => [
          child(component, 'code'),
          child(component, 'value'),
        ]);
  return pairs.flatMap(([code, value]) => {
    const key = componentKey(code, value);
    return key ? [{ key, code, value }] : [];
  });
}

class ReportReader {
  readonly observations: Observation[] = [];

  constructor(
    private readonly r: Reader,
    private readonly log: IssueLog,
  ) {}

  read(report: Node): void {
    const r = this.r;
    r.read(child(report, 'resourceType'));
    r.str(child(report, 'status'));
    r.str(child(report, 'type'));
    const measure = r.str(child(report, 'measure'));
    const indicator = measure === undefined ? undefined : indicatorIdOfUrl(measure);
    const kitWritten = measure?.startsWith(kitMeasure) === true;
    const period = this.period(child(report, 'period'));
    if (indicator === undefined || period === undefined) {
      const missing = indicator === undefined ? 'measure' : 'period';
      this.log.source([...report.path, missing], 'required');
      return;
    }
    for (const group of r.list(child(report, 'group'))) {
      for (const stratifier of r.list(child(group, 'stratifier'))) {
        // The kit's stratifier code names the components of its strata: read with them.
        for (const code of items(child(stratifier, 'code'))) {
          const coding = firstCoding(code);
          const system = rawString(child(coding, 'system'));
          if (system !== breakdownSystem && system !== dimensionSystem) continue;
          r.str(child(coding, 'system'));
          r.str(child(coding, 'code'));
        }
        for (const stratum of r.list(child(stratifier, 'stratum'))) {
          this.stratum(stratifier, stratum, { indicator, period }, kitWritten);
        }
      }
    }
  }

  private period(node: Node): string | undefined {
    const r = this.r;
    const kit = r.extension(node, kitExtension('period'));
    const start = rawString(child(node, 'start'));
    const end = rawString(child(node, 'end'));
    if (kit) {
      // Start and end say the same as the kit's period.
      r.str(child(node, 'start'));
      r.str(child(node, 'end'));
      return r.str(child(kit, 'valueString'));
    }
    if (start === undefined) return undefined;
    const from = r.date(child(node, 'start'));
    const to = end === undefined ? undefined : r.date(child(node, 'end'));
    return from === undefined ? undefined : periodFromFhir(from, to);
  }

  private componentValue(component: Component, kitWritten: boolean): string | undefined {
    const r = this.r;
    const coding = firstCoding(component.value);
    const code = rawString(child(coding, 'code'));
    // The component's code names the breakdown: read as such.
    r.str(child(firstCoding(component.code), 'system'));
    r.str(child(firstCoding(component.code), 'code'));
    r.str(child(component.code, 'text'));
    if (code === undefined) return r.str(child(component.value, 'text'));
    r.str(child(coding, 'system'));
    const value = r.str(child(coding, 'code'))!;
    return component.key === 'region' && !kitWritten ? (regionOfCode(value) ?? value) : value;
  }

  private stratum(
    stratifier: Node,
    stratum: Node,
    context: { indicator: string; period: string },
    kitWritten: boolean,
  ): void {
    const r = this.r;
    const components = strataComponents(stratifier, stratum);
    if (!components.some((component) => component.key === 'region')) {
      // An observation needs a region: the stratum stays unread, and so is lost.
      this.log.source(stratum.path, 'required', { field: 'region' });
      return;
    }
    const breakdowns: Record<string, unknown> = {};
    const dimensions: Record<string, string> = {};
    let region: string | undefined;
    for (const component of components) {
      const value = this.componentValue(component, kitWritten);
      if (component.key === 'region') region = value;
      else if (component.key.startsWith('dimension:')) {
        if (value !== undefined) dimensions[component.key.slice('dimension:'.length)] = value;
      } else breakdowns[component.key] = value;
    }
    const score = child(stratum, 'measureScore');
    const value = r.num(child(score, 'value'));
    if (kitWritten) {
      // The unit of the score is the definition's.
      for (const key of ['unit', 'system', 'code']) r.str(child(score, key));
    }
    const statusExtension = r.extension(stratum, kitExtension('observation-status'));
    const status = statusExtension
      ? r.kitCode(child(statusExtension, 'valueCoding'), observationStatuses)
      : value === undefined
        ? 'missing'
        : 'normal';
    const flag = r.extension(stratum, kitExtension('flag'));
    const preBreak = r.extension(stratum, kitExtension('pre-break-value'));
    const source = r.extension(stratum, kitExtension('source'));
    const candidate = compact({
      ...context,
      region,
      value: value ?? null,
      status,
      preBreakValue: preBreak && r.num(child(preBreak, 'valueDecimal')),
      flag: flag && r.str(child(flag, 'valueString')),
      footnotes: r
        .extensions(stratum, kitExtension('footnote'))
        .flatMap((found): LocalizedText[] => {
          const text = r.textValue(found);
          return text ? [text] : [];
        }),
      breakdowns: { ...breakdowns, dimensions },
      source: source && readSource(r, source),
    });
    const result = validateObservation(
      { ...candidate, value: value ?? null },
      {
        locale: this.log.locale,
      },
    );
    if (result.ok) this.observations.push(result.value);
    else {
      this.log.record(
        result.issues.map((issue) => ({ ...issue, path: [...stratum.path, ...issue.path] })),
      );
    }
  }
}

/**
 * The observations of a FHIR R4 MeasureReport, or of every MeasureReport of a Bundle: one per
 * stratum that names a region. The kit's extensions give back exactly the observations
 * `observationsToFhirMeasureReports` wrote. Never throws: strata without a region, and
 * observations that fail validation, are issues (their path: the stratum's path in the source,
 * then the observation's field); what has no place in the model is `lost`.
 */
export function readFhirMeasureReport(
  document: unknown,
  options: FhirReadOptions = {},
): RecordResult<Observation[]> {
  const log = new IssueLog(options);
  if (!isObject(document)) {
    log.source([], 'invalid_type', { expected: 'object' });
    return { value: undefined, lost: [], issues: log.issues };
  }
  if (tooDeep(document, maxDepth)) {
    log.source([], 'invalid_input', { reason: `nested deeper than ${maxDepth} levels` });
    return { value: undefined, lost: [], issues: log.issues };
  }
  const tracked: Tracked<unknown> = track(document);
  const top = new Node(document);
  const isReport = (node: Node) => rawString(child(node, 'resourceType')) === 'MeasureReport';
  let reports: Node[] = [];
  let structure: Node[] = [];
  if (isReport(top)) reports = [top];
  else if (document.resourceType === 'Bundle') {
    const entries = items(child(top, 'entry')).filter((entry) =>
      isReport(child(entry, 'resource')),
    );
    reports = entries.map((entry) => child(entry, 'resource'));
    // The Bundle's type and the entries' addresses are its structure, read as such.
    structure = [child(top, 'type'), ...entries.map((entry) => child(entry, 'fullUrl'))];
    if (reports.length === 0) log.source(['entry'], 'required');
  } else {
    log.source(['resourceType'], 'unknown_code', {
      value: document.resourceType,
      allowed: ['MeasureReport', 'Bundle'],
    });
  }
  const observations: Observation[] = [];
  for (const report of reports) {
    const r = new StudyReader(tracked.root, log, report, [], options);
    if (report !== top) r.read(child(top, 'resourceType'));
    for (const node of structure) r.str(node);
    const reader = new ReportReader(r, log);
    reader.read(report);
    observations.push(...reader.observations);
  }
  return {
    value: reports.length > 0 ? observations : undefined,
    lost: tracked.unread(),
    issues: log.issues,
  };
}
