import {
  type AgeBound,
  type Coding,
  type Condition,
  type Contact,
  comparePartialDates,
  type Intervention,
  type Outcome,
  type Sponsor,
  type Trial,
  type TrialIdentifier,
  type TrialSite,
  type TrialStatus,
} from '@nrw-health/core';
import type { TrialReader } from '../../formats';
import { finishTrial, unreadable } from '../../shared/finish';
import { countryCode, normaliseSite } from '../../shared/places';
import { oneOrMany } from '../../shared/records';
import { IssueLog, type ReadOptions, type RecordResult } from '../../shared/result';
import { track } from '../../shared/track';
import {
  ctisAgeRanges,
  ctisPhaseCodes,
  ctisPopulationGroups,
  ctisSponsorClasses,
  ctisStatusCodes,
  ctisStatuses,
  euLanguages,
  euPhases,
  type TrialPhaseCode,
  type TrialStatusCode,
} from './codes';
import {
  At,
  anyIdentifier,
  countryNames,
  distinct,
  distinctIdentifiers,
  first,
  get,
  isObject,
  localized,
  meddraSystem,
  phasesInText,
  root,
  SourceReader,
} from './source';

/** The page of a trial on the CTIS public portal. */
export const ctisTrialUrl = (ctNumber: string): string =>
  `https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=${encodeURIComponent(ctNumber)}`;

const atcSystem = 'http://www.whocc.no/atc';

/**
 * EU CTIS trials as the public API returns them (`/ctis-public-api/retrieve/{ctNumber}`, merged
 * with the trial's row of `/search`, as ctrdata stores them). Records since 2024 carry Part I and
 * the Parts II under `authorizedApplication`, older ones at the top; both are read. A document
 * is one trial or an array of trials.
 */
export const ctisReader: TrialReader = {
  format: 'ctis',
  input: 'json',
  records: (document) => oneOrMany(document),
  read: readCtis,
};

/** One CTIS trial as a Trial, with the fields that had no place and the issues found. */
export function readCtis(record: unknown, options?: ReadOptions): RecordResult<Trial> {
  const log = new IssueLog(options);
  const tracked = track(record);
  if (!isObject(record)) {
    log.source([], 'invalid_type', { expected: 'object' });
    return unreadable(tracked, log);
  }
  const candidate = new CtisRecord(new SourceReader(log), root(tracked.root)).trial();
  return finishTrial(candidate, tracked, log);
}

class CtisRecord {
  private readonly application: At;
  private readonly partI: At;
  private readonly details: At;
  private readonly information: At;
  private readonly partsII: At[];

  constructor(
    private readonly r: SourceReader,
    private readonly record: At,
  ) {
    this.application = get(record, 'authorizedApplication');
    this.partI = first(get(this.application, 'authorizedPartI'), get(record, 'authorizedPartI'));
    this.details = get(this.partI, 'trialDetails');
    this.information = get(this.details, 'trialInformation');
    this.partsII = r.items(
      first(get(this.application, 'authorizedPartsII'), get(record, 'authorizedPartsII')),
    );
  }

  trial(): Record<string, unknown> {
    const { r, record } = this;
    const primary = r.identifier(get(record, 'ctNumber'), 'ctis');
    const sponsors = this.sponsors();
    const lastUpdated = r.date(get(record, 'lastUpdated'));
    const url = primary ? ctisTrialUrl(primary.id) : undefined;
    return {
      identifiers: {
        primary,
        secondary: distinctIdentifiers(primary, this.secondaryIdentifiers(sponsors)),
      },
      title: this.title(),
      description: this.translated(get(this.information, 'trialObjective'), 'mainObjective'),
      status: this.status(),
      whyStopped: this.whyStopped(),
      phase: this.phase(),
      // The Clinical Trials Regulation covers interventional trials of medicinal products only.
      studyType: { code: 'interventional' },
      dates: this.dates(lastUpdated),
      conditions: this.conditions(),
      interventions: distinct(
        r.items(get(this.partI, 'products')).flatMap((product) => this.product(product)),
      ),
      sponsors: [...sponsors.map(({ sponsor }) => sponsor), ...this.funders()],
      contacts: sponsors.flatMap(({ contacts }) => contacts),
      countries: this.countries(),
      enrolment: { target: this.target() },
      eligibility: this.eligibility(),
      outcomes: [
        ...this.outcomes(get(this.information, 'endPoint', 'primaryEndPoints'), 'primary'),
        ...this.outcomes(get(this.information, 'endPoint', 'secondaryEndPoints'), 'secondary'),
      ],
      ethics: this.ethics(),
      sites: this.partsII.flatMap((part) =>
        r.items(get(part, 'trialSites')).map((site) => this.site(site)),
      ),
      url,
      provenance: { sources: [{ registry: 'ctis', recordId: primary?.id, lastUpdated, url }] },
    };
  }

  /** A text with its CTIS translations (`…Translations[]`), English first. */
  private translated(parent: At, key: string) {
    const translations = this.r
      .items(get(parent, `${key}Translations`))
      .flatMap((item) => this.translation(item));
    return localized([['en', this.r.text(get(parent, key))], ...translations]);
  }

  /** One translation as [language, text]; a language outside the table is reported. */
  private translation(item: At): [string, string | undefined][] {
    const language = this.r.code(get(item, 'languageDescription'), euLanguages)?.mapped;
    return language ? [[language, this.r.text(get(item, 'attributeTranslation'))]] : [];
  }

  private title() {
    const identifiers = get(this.details, 'clinicalTrialIdentifiers');
    const scientific =
      this.translated(identifiers, 'fullTitle') ??
      localized([['en', this.r.text(get(this.record, 'title'))]]);
    return {
      public: this.translated(identifiers, 'publicTitle') ?? scientific,
      scientific,
    };
  }

  private secondaryIdentifiers(sponsors: readonly SponsorEntry[]): (TrialIdentifier | undefined)[] {
    const { r } = this;
    const numbers = get(this.details, 'clinicalTrialIdentifiers', 'secondaryIdentifyingNumbers');
    const eudract = first(
      get(this.application, 'eudraCt', 'eudraCtCode'),
      get(this.record, 'eudraCtInfo', 'eudraCtCode'),
    );
    // CTIS keeps the sponsor's protocol code in `shortTitle`.
    const protocolCode = r.text(get(this.details, 'clinicalTrialIdentifiers', 'shortTitle'));
    const primarySponsor = sponsors.find(({ sponsor }) => sponsor.role === 'primary')?.sponsor;
    return [
      r.identifier(eudract, 'euctr'),
      r.identifier(get(numbers, 'nctNumber', 'number'), 'ctgov'),
      r.identifier(get(numbers, 'isrctnNumber', 'number'), 'isrctn'),
      r.identifier(get(numbers, 'whoUniversalTrialNumber', 'number'), 'who-utn'),
      ...r.items(get(numbers, 'additionalRegistries')).map((entry) => {
        const id = r.text(get(entry, 'number'));
        if (id === undefined) return undefined;
        const found = anyIdentifier(id, r.text(get(entry, 'otherRegistryName')));
        if (!found) r.log.source(get(entry, 'otherRegistryName').path, 'required');
        return found;
      }),
      protocolCode
        ? { registry: 'sponsor', id: protocolCode, issuer: primarySponsor?.name }
        : undefined,
    ];
  }

  private status(): TrialStatus {
    const { r } = this;
    const node = first(get(this.record, 'ctPublicStatusCode'), get(this.record, 'ctStatus'));
    const { value } = node;
    let found: { original: string; mapped?: TrialStatusCode } | undefined;
    if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value))) {
      const code = String(value).trim();
      const wording = ctisStatusCodes[code];
      if (wording === undefined) {
        r.log.source(node.path, 'unknown_code', { value, allowed: Object.keys(ctisStatusCodes) });
      }
      found = wording ? r.code(At.of(wording, node.path), ctisStatuses) : { original: code };
    } else {
      found = r.code(node, ctisStatuses);
    }
    if (!found) return { code: 'unknown' };
    const code =
      found.mapped === 'completed' && this.terminatedEarly() ? 'terminated' : found.mapped;
    return { code: code ?? 'unknown', original: found.original };
  }

  /** Whether every member state notified an early termination of an ended trial. */
  private terminatedEarly(): boolean {
    const { r } = this;
    const current = r.items(get(this.record, 'events', 'trialEvents'));
    const states =
      current.length > 0
        ? current.map((state) =>
            r.items(get(state, 'events')).map((event) => get(event, 'notificationType')),
          )
        : r
            .items(get(this.record, 'mscTrialNotificationsInfoList'))
            .map((state) =>
              r
                .items(get(state, 'mscNotificationsListInfo'))
                .map((event) => get(event, 'notificationType')),
            );
    return (
      states.length > 0 &&
      states.every((types) =>
        types.some((type) => /early[\s_]*termination/i.test(r.text(type) ?? '')),
      )
    );
  }

  private whyStopped(): string | undefined {
    const reasons = this.r
      .items(get(this.record, 'events', 'trialEvents'))
      .map((state) => this.r.text(get(state, 'earlyTerminationReason', 'name')))
      .filter((reason): reason is string => reason !== undefined);
    return reasons.length > 0 ? [...new Set(reasons)].join('; ') : undefined;
  }

  private phase() {
    const { r } = this;
    const codeNode = get(this.information, 'trialCategory', 'trialPhase');
    const code = typeof codeNode.value === 'number' ? String(codeNode.value) : r.text(codeNode);
    let wording: { original: string; mapped?: readonly TrialPhaseCode[] } | undefined;
    if (code !== undefined) {
      const label = ctisPhaseCodes[code];
      if (label === undefined) {
        r.log.source(codeNode.path, 'unknown_code', {
          value: code,
          allowed: Object.keys(ctisPhaseCodes),
        });
        return undefined;
      }
      wording = r.code(At.of(label, codeNode.path), euPhases);
    } else {
      wording = r.code(get(this.record, 'trialPhase'), euPhases);
    }
    if (!wording) return undefined;
    const codes = wording.mapped ?? phasesInText(wording.original);
    return codes.length > 0 ? { codes: [...codes], original: wording.original } : undefined;
  }

  private dates(lastUpdated: string | undefined) {
    const { r } = this;
    const duration = get(this.information, 'trialDuration');
    const started = r.date(get(this.record, 'startDateEU'));
    const planned = started ? undefined : r.date(get(duration, 'estimatedRecruitmentStartDate'));
    const ended = r.date(get(this.record, 'events', 'trialGlobalEndDate'));
    const plannedEnd = ended
      ? undefined
      : (r.date(get(duration, 'estimatedGlobalEndDate')) ??
        r.date(get(duration, 'estimatedEndDate')));
    return {
      registered: r.date(get(this.record, 'submissionDate')) ?? this.initialSubmission(),
      start: started
        ? { date: started, kind: 'actual' }
        : planned
          ? { date: planned, kind: 'estimated' }
          : undefined,
      completion: ended
        ? { date: ended, kind: 'actual' }
        : plannedEnd
          ? { date: plannedEnd, kind: 'estimated' }
          : undefined,
      lastUpdated,
    };
  }

  /** The submission date of the initial application (records since 2024). */
  private initialSubmission(): string | undefined {
    const initial = this.r
      .items(get(this.application, 'applicationInfo'))
      .find((application) => this.r.text(get(application, 'type'))?.toUpperCase() === 'INITIAL');
    return initial ? this.r.date(get(initial, 'submissionDate')) : undefined;
  }

  private conditions(): Condition[] {
    const { r } = this;
    const medical = get(this.information, 'medicalCondition');
    const named = first(
      get(medical, 'partIMedicalConditions'),
      get(this.partI, 'medicalConditions'),
    );
    const conditions: { text: string; codes: Coding[] }[] = r
      .items(named)
      .map((entry) => r.text(get(entry, 'medicalCondition')))
      .filter((text): text is string => text !== undefined)
      .map((text) => ({ text, codes: [] }));
    for (const term of r.items(get(medical, 'meddraConditionTerms'))) {
      const name = r.text(get(term, 'termName'));
      const codeNode = get(term, 'classificationCode');
      const code = typeof codeNode.value === 'number' ? String(codeNode.value) : r.text(codeNode);
      if (!code) continue;
      const coding = {
        system: meddraSystem,
        code,
        display: name,
        version: r.text(get(term, 'version')),
      };
      // A term belongs to the condition of its name, or to the only condition there is.
      const owner =
        conditions.find(
          (condition) => name && condition.text.toLowerCase() === name.toLowerCase(),
        ) ?? (conditions.length === 1 ? conditions[0] : undefined);
      if (owner) owner.codes.push(coding);
      else conditions.push({ text: name ?? code, codes: [coding] });
    }
    return conditions;
  }

  private product(product: At): Intervention[] {
    const { r } = this;
    const dictionary = get(product, 'productDictionaryInfo');
    // Authorised products may have no product name: their active substance names them.
    const name =
      r.value(get(product, 'productName')) ??
      r.value(get(dictionary, 'prodName')) ??
      r.value(get(dictionary, 'activeSubstanceName')) ??
      r.value(get(product, 'jsonActiveSubstanceNames'));
    if (!name) return [];
    const atc = r.value(get(dictionary, 'atcCode'));
    const codes = atc
      ? [{ system: atcSystem, code: atc, display: r.value(get(dictionary, 'atcName')) }]
      : undefined;
    // Chemical substances, placebo included, are a drug; other origins stay without a type.
    const chemical = r.bool(get(product, 'allSubstancesChemicals'));
    return [{ name, type: chemical ? 'drug' : undefined, codes }];
  }

  private sponsors(): SponsorEntry[] {
    const { r } = this;
    const entries = r.items(get(this.partI, 'sponsors'));
    return entries.flatMap((entry) => {
      const name = r.text(get(entry, 'organisation', 'name'));
      if (!name) return [];
      const primary = r.bool(get(entry, 'primary'));
      const role =
        primary === true || (primary === undefined && entries.length === 1)
          ? 'primary'
          : 'secondary';
      const type = r.code(get(entry, 'organisation', 'type'), ctisSponsorClasses);
      const commercial =
        type?.mapped == null
          ? (r.bool(get(entry, 'isCommercial')) ??
            r.code(get(entry, 'commercial'), { Commercial: true, 'Non-Commercial': false })?.mapped)
          : undefined;
      const address = r.items(get(entry, 'addresses'))[0];
      const sponsor: Sponsor = {
        name,
        role,
        class: type?.mapped ?? (commercial ? 'industry' : undefined),
        originalClass: type?.original,
        country: address ? this.country(get(address, 'address', 'countryName')) : undefined,
      };
      const contacts = [
        ...r.items(get(entry, 'publicContacts')).map((contact) => this.contact(contact, 'public')),
        ...r
          .items(get(entry, 'scientificContacts'))
          .map((contact) => this.contact(contact, 'scientific')),
      ].filter((contact) => contact.name || contact.email || contact.phone);
      return [{ sponsor, contacts }];
    });
  }

  private contact(contact: At, role: 'public' | 'scientific'): Contact {
    const { r } = this;
    return {
      role,
      name: r.text(get(contact, 'functionalName')),
      affiliation: r.text(get(contact, 'organisation', 'name')),
      email: r.email(get(contact, 'functionalEmailAddress')),
      phone: r.text(get(contact, 'telephone')),
    };
  }

  private funders(): Sponsor[] {
    return this.r
      .items(get(this.information, 'sourceOfMonetarySupport'))
      .map((entry) => this.r.text(get(entry, 'organisationName')))
      .filter((name): name is string => name !== undefined)
      .map((name) => ({ name, role: 'funder' }));
  }

  /** A country name as an ISO code; a name that is no country is reported. */
  private country(node: At): string | undefined {
    const name = this.r.text(node);
    const code = countryCode(name);
    if (name && !code) {
      this.r.log.source(node.path, 'unknown_code', { value: name, allowed: countryNames() });
    }
    return code;
  }

  /** Member states concerned, then the countries outside the EEA. */
  private countries(): string[] {
    const { r } = this;
    const states = this.partsII.map((part) =>
      this.country(first(get(part, 'mscInfo', 'countryName'), get(part, 'mscInfo', 'mscName'))),
    );
    const others = r
      .items(get(this.partI, 'rowCountriesInfo'))
      .map((entry) => this.country(get(entry, 'isoAlpha2Code')));
    return [
      ...new Set([...states, ...others].filter((code): code is string => code !== undefined)),
    ];
  }

  /** Participants planned in the member states plus those in the rest of the world. */
  private target(): number | undefined {
    const { r } = this;
    if (this.partsII.length === 0) return undefined;
    const counts = this.partsII.map((part) => r.count(get(part, 'recruitmentSubjectCount')));
    const rest = r.count(get(this.partI, 'rowSubjectCount'));
    if (rest === undefined || counts.some((count) => count === undefined)) return undefined;
    return counts.reduce<number>((sum, count) => sum + (count ?? 0), rest);
  }

  private eligibility() {
    const { r } = this;
    const population = get(this.information, 'populationOfTrialSubjects');
    const female = r.bool(get(population, 'isFemaleSubjects'));
    const male = r.bool(get(population, 'isMaleSubjects'));
    const ranges = r
      .items(get(population, 'ageRanges'))
      .map((range) => {
        const node = first(get(range, 'ageRangeCategory'), get(range, 'ageRangeCategoryCode'));
        const value = node.value;
        return r.code(
          typeof value === 'number' ? At.of(String(value), node.path) : node,
          ctisAgeRanges,
        )?.mapped;
      })
      .filter((range) => range !== undefined);
    const groups = r
      .items(get(population, 'clinicalTrialGroups'))
      .map((group) => r.code(get(group, 'name'), ctisPopulationGroups)?.mapped)
      .filter((healthy) => healthy !== undefined);
    const criteria = get(this.information, 'eligibilityCriteria');
    return {
      sex: female && male ? 'all' : female ? 'female' : male ? 'male' : undefined,
      ...ageBounds(ranges),
      healthyVolunteers: groups.length > 0 ? groups.some(Boolean) : undefined,
      inclusion: this.criteria(
        get(criteria, 'principalInclusionCriteria'),
        'principalInclusionCriteria',
      ),
      exclusion: this.criteria(
        get(criteria, 'principalExclusionCriteria'),
        'principalExclusionCriteria',
      ),
    };
  }

  /** Numbered criteria as one numbered text, in English and each language all of them have. */
  private criteria(list: At, key: string) {
    const { r } = this;
    const items = numbered(r, r.items(list)).map((item) => ({
      number: item.number,
      en: r.text(get(item.node, key)),
      translations: new Map(
        r.items(get(item.node, `${key}Translations`)).flatMap((entry) => this.translation(entry)),
      ),
    }));
    const listed = (language: string) => {
      const texts = items.map((item) =>
        language === 'en' ? item.en : item.translations.get(language),
      );
      if (texts.some((text) => text === undefined)) return undefined;
      return texts.map((text, index) => `${items[index]!.number ?? index + 1}. ${text}`).join('\n');
    };
    const languages = new Set(items.flatMap((item) => [...item.translations.keys()]));
    return localized([
      ['en', listed('en')],
      ...[...languages].map((language) => [language, listed(language)] as const),
    ]);
  }

  private outcomes(list: At, type: 'primary' | 'secondary'): Outcome[] {
    const { r } = this;
    return numbered(r, r.items(list))
      .map(({ node }) => r.text(get(node, 'endPoint')))
      .filter((measure): measure is string => measure !== undefined)
      .map((measure) => ({ type, measure }));
  }

  /**
   * Under the Clinical Trials Regulation a member state's authorisation includes the ethics
   * review, so an authorised Part II is an approval; the earliest decision dates it.
   */
  private ethics() {
    const dates = this.partsII
      .map((part) => this.r.date(get(part, 'mscInfo', 'firstDecisionDate')))
      .filter((date): date is string => date !== undefined)
      .sort(comparePartialDates);
    return dates.length > 0 ? { status: 'approved', approved: dates[0] } : undefined;
  }

  private site(site: At): TrialSite {
    const { r } = this;
    const place = get(site, 'organisationAddressInfo');
    const facility = r.text(get(place, 'organisation', 'name'));
    const address = get(place, 'address');
    const countryNode = get(address, 'countryName');
    this.country(countryNode);
    const normalised = normaliseSite({
      facility,
      city: r.text(get(address, 'city')),
      postalCode: r.text(get(address, 'postcode')),
      country: r.text(countryNode),
    });
    const person = get(site, 'personInfo');
    const name = [r.text(get(person, 'firstName')), r.text(get(person, 'lastName'))]
      .filter(Boolean)
      .join(' ');
    const investigator: Contact = {
      role: 'principal-investigator',
      name: name || undefined,
      affiliation: facility,
      email: r.email(get(person, 'email')),
      phone: r.text(get(person, 'telephone')),
    };
    const known = investigator.name || investigator.email || investigator.phone;
    return { ...normalised, contacts: known ? [investigator] : undefined };
  }
}

interface SponsorEntry {
  readonly sponsor: Sponsor;
  readonly contacts: Contact[];
}

/** Items in the order of their `number`, where they have one. */
function numbered(r: SourceReader, items: At[]): { node: At; number: number | undefined }[] {
  return items
    .map((node) => ({ node, number: r.count(get(node, 'number')) }))
    .sort((a, b) => (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER));
}

/** The lowest and highest bounds of the age groups that take part. */
function ageBounds(ranges: readonly { minimum?: AgeBound; maximum?: AgeBound }[]) {
  if (ranges.length === 0) return {};
  const years = (bound: AgeBound | undefined, fallback: number) => bound?.value ?? fallback;
  const lowest = [...ranges].sort((a, b) => years(a.minimum, 0) - years(b.minimum, 0))[0]!;
  const highest = [...ranges].sort(
    (a, b) =>
      years(b.maximum, Number.POSITIVE_INFINITY) - years(a.maximum, Number.POSITIVE_INFINITY),
  )[0]!;
  return { minimumAge: lowest.minimum, maximumAge: highest.maximum };
}
