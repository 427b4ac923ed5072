import {
  type AgeBound,
  type Contact,
  detectTrialIdentifier,
  type EthicsReview,
  formats,
  type Intervention,
  type IssuePath,
  type LocalizedText,
  type Outcome,
  type Publication,
  parseIdentifier,
  type Sponsor,
  type Trial,
  type TrialIdentifier,
  type TrialSite,
  type TrialStatus,
} from '@nrw-health/core';
import type { TrialReader } from '../../formats';
import { compact, finishTrial, unreadable } from '../../shared/finish';
import { registryOfScheme } from '../../shared/identifiers';
import { countryCode, normaliseSite } from '../../shared/places';
import { IssueLog, type ReadOptions, type RecordResult } from '../../shared/result';
import { track } from '../../shared/track';
import {
  drksAgeUnitMap,
  drksAllocationMap,
  drksAssignmentMap,
  drksBlindedLabels,
  drksConditionSystems,
  drksContactTypeMap,
  drksControlLabels,
  drksDesignLabels,
  drksGenderMap,
  drksOtherContactTypeMap,
  drksPhaseMap,
  drksPurposeMap,
  drksResultPublicationTypes,
  drksStatusMap,
  drksStudyTypeMap,
  drksSupportClassMap,
  drksVoteMap,
} from './codes';
import { isEmail, isHttpUrl, isNode, JsonFields, type Node } from './fields';

/** The public page of a DRKS trial. */
export const drksTrialUrl = (id: string) => `https://drks.de/search/en/trial/${id}`;

/** The order in which a text is taken when the model has room for one language only. */
const languagePreference = ['en', 'de'];

/** A trial registry's number in any of the forms people write it, or undefined. */
function registryIdentifier(raw: string): TrialIdentifier | undefined {
  const found = detectTrialIdentifier(raw);
  return (
    found && ({ registry: registryOfScheme[found.scheme], id: found.value } as TrialIdentifier)
  );
}

interface Localised {
  readonly lang: string;
  readonly node: Node;
  readonly path: IssuePath;
}

type Labels = { readonly de: string; readonly en: string };

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Reads one DRKS record (schema 2.0.19) through the tracker. */
class DrksRecord {
  private readonly f: JsonFields;

  constructor(
    private readonly root: Node,
    private readonly log: IssueLog,
  ) {
    this.f = new JsonFields(log);
  }

  /** The items of a DRKS list of texts per language (`idLocale.locale` or `idArm.locale`). */
  private localised(
    parent: Node | undefined,
    key: string,
    path: IssuePath,
    localeKey = 'idLocale',
  ): Localised[] {
    const found: Localised[] = [];
    for (const { node, path: at } of this.f.nodes(parent, key, path)) {
      const lang = this.f.text(this.f.node(node, localeKey, at), 'locale', [...at, localeKey]);
      if (lang === undefined) continue;
      if (!formats.languageTag.pattern.test(lang)) {
        this.log.source([...at, localeKey, 'locale'], 'invalid_format', {
          format: formats.languageTag,
        });
        continue;
      }
      found.push({ lang, node, path: at });
    }
    return found;
  }

  /** One field of every language as a LocalizedText. */
  private localisedText(items: readonly Localised[], field: string): LocalizedText | undefined {
    const text: Record<string, string> = {};
    for (const item of items) {
      const value = this.f.text(item.node, field, item.path);
      if (value === undefined) continue;
      if (item.lang in text) {
        this.log.source([...item.path, field], 'duplicate', { value: item.lang });
      } else {
        text[item.lang] = value;
      }
    }
    return Object.keys(text).length > 0 ? text : undefined;
  }

  /**
   * One field in one language, for places of the model that hold a single text: English first,
   * then German. The other languages stay unread and are reported as lost.
   */
  private preferredText(items: readonly Localised[], field: string): string | undefined {
    const rank = (lang: string) => {
      const index = languagePreference.indexOf(lang);
      return index < 0 ? languagePreference.length : index;
    };
    for (const item of [...items].sort((a, b) => rank(a.lang) - rank(b.lang))) {
      const value = this.f.text(item.node, field, item.path);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  read(): Record<string, unknown> {
    const f = this.f;
    const root = this.root;
    const id = f.text(root, 'drksId', []);
    const primary = this.primaryIdentifier(id);
    const lastUpdate = f.date(root, 'lastUpdate', []);
    const url = primary ? drksTrialUrl(primary.id) : undefined;

    const descriptions = this.localised(root, 'trialDescriptions', []);
    const study = f.node(root, 'studyCharacteristic', []);
    const studyPath = ['studyCharacteristic'];
    const studyType = f.code(study, 'type', studyPath, drksStudyTypeMap);
    const recruitment = f.node(root, 'recruitment', []);
    const characteristics = this.localised(study, 'characteristicDescriptions', studyPath);
    const recruitmentTexts = this.localised(recruitment, 'recruitmentDescriptions', [
      'recruitment',
    ]);
    const results = f.node(root, 'trialResults', []);
    const countries = this.countries(recruitment);
    const { sponsors, contacts, committees } = this.people();

    return {
      identifiers: { primary, secondary: this.secondaryIdentifiers(primary) },
      title: {
        public: this.localisedText(descriptions, 'title'),
        acronym: this.preferredText(descriptions, 'acronym'),
      },
      summary: this.localisedText(descriptions, 'summary'),
      description: this.localisedText(descriptions, 'scientificSummary'),
      status: this.status(recruitment),
      whyStopped: this.preferredText(recruitmentTexts, 'reasonDescription'),
      phase: this.phase(study),
      studyType: studyType && { code: studyType.value, original: studyType.original },
      design: this.design(study, recruitment, characteristics, studyType?.value),
      dates: {
        registered: f.date(root, 'registrationDrks', []),
        ...this.recruitmentDates(recruitment),
        resultsPosted: f.date(results, 'firstResultPublication', ['trialResults']),
        lastUpdated: lastUpdate,
      },
      conditions: this.conditions(),
      interventions: studyType?.value === 'interventional' ? this.interventions() : undefined,
      sponsors,
      contacts,
      countries,
      enrolment: {
        target: f.count(recruitment, 'plannedParticipants', ['recruitment']),
        actual: f.count(recruitment, 'totalParticipants', ['recruitment']),
      },
      eligibility: this.eligibility(recruitment, recruitmentTexts),
      outcomes: this.outcomes(characteristics),
      ethics: this.ethics(committees),
      ...this.results(results),
      sites: this.sites(recruitment, countries),
      url,
      provenance: {
        sources: [{ registry: 'drks', recordId: id, lastUpdated: lastUpdate, url }],
      },
    };
  }

  private primaryIdentifier(id: string | undefined): TrialIdentifier | undefined {
    if (id === undefined) {
      this.log.source(['drksId'], 'required');
      return undefined;
    }
    const parsed = parseIdentifier('drks', id, { locale: this.log.locale });
    if (parsed.ok) return { registry: 'drks', id: parsed.value };
    for (const found of parsed.issues) {
      this.log.source(['drksId'], found.code, { format: formats.drks, value: id });
    }
    return undefined;
  }

  private secondaryIdentifiers(primary: TrialIdentifier | undefined): TrialIdentifier[] {
    const f = this.f;
    const found: TrialIdentifier[] = [];
    const seen = new Set(primary ? [`${primary.registry}:${primary.id}`] : []);
    const add = (identifier: TrialIdentifier) => {
      const key = `${identifier.registry}:${identifier.id}`;
      if (!seen.has(key)) found.push(identifier);
      seen.add(key);
    };
    const path = ['secondaryIds'];
    const ids = f.node(this.root, 'secondaryIds', []);
    // Numbers of trial registries: kept when they match a registry's pattern.
    for (const [key, format] of [
      ['eudraCtNumber', formats.eudract],
      ['universalTrialNumber', formats.utn],
    ] as const) {
      const raw = f.text(ids, key, path);
      if (raw === undefined) continue;
      const identifier = registryIdentifier(raw);
      if (identifier) add(identifier);
      else this.log.source([...path, key], 'invalid_format', { format });
    }
    const otherId = f.text(ids, 'otherPrimaryRegisterId', path);
    const otherName = f.text(ids, 'otherPrimaryRegisterName', path);
    if (otherId !== undefined) {
      const identifier = registryIdentifier(otherId);
      if (identifier) add(identifier);
      else if (otherName) add({ registry: 'other', id: otherId, issuer: otherName });
      else this.log.source([...path, 'otherPrimaryRegisterName'], 'required');
    }
    const eudamed = f.text(ids, 'eudamedNumber', path);
    if (eudamed !== undefined) add({ registry: 'other', id: eudamed, issuer: 'EUDAMED' });
    // Other numbers: a registry's when they look like one, else the sponsor's or funder's own.
    for (const { node, path: at } of f.nodes(this.root, 'otherSecondaryIds', [])) {
      const value = f.text(node, 'value', at);
      const issuer = f.text(node, 'description', at);
      if (value === undefined) continue;
      add(registryIdentifier(value) ?? { registry: 'sponsor', id: value, issuer });
    }
    return found;
  }

  private status(recruitment: Node | undefined): TrialStatus {
    const status = this.f.code(recruitment, 'status', ['recruitment'], drksStatusMap);
    // A trial without a (readable) status is still a trial: its state is unknown.
    return status ? { code: status.value, original: status.original } : { code: 'unknown' };
  }

  private phase(study: Node | undefined) {
    const phase = this.f.code(study, 'phase', ['studyCharacteristic'], drksPhaseMap);
    return phase && { codes: [...phase.value], original: phase.original };
  }

  private design(
    study: Node | undefined,
    recruitment: Node | undefined,
    characteristics: readonly Localised[],
    studyType: string | undefined,
  ) {
    const f = this.f;
    const path = ['studyCharacteristic'];
    const de: string[] = [];
    const en: string[] = [];
    const say = (labels: Labels) => {
      de.push(labels.de);
      en.push(labels.en);
    };
    for (const key of ['timing', 'duration'] as const) {
      const value = f.code(study, key, path, drksDesignLabels);
      if (value) say(value.value);
    }
    const centres = f.code(recruitment, 'centricType', ['recruitment'], {
      MONOCENTRIC: drksDesignLabels.MONOCENTRIC,
      MULTICENTRIC: drksDesignLabels.MULTICENTRIC,
    });
    if (centres) say(centres.value);

    const controls: Labels[] = [];
    for (const { node, path: at } of f.nodes(study, 'controlTypes', path)) {
      const control = f.code(
        f.node(node, 'idControlType', at),
        'controlType',
        [...at, 'idControlType'],
        drksControlLabels,
      );
      if (control) controls.push(control.value);
    }
    if (controls.length > 0) {
      say({
        de: `Kontrolle: ${controls.map((label) => label.de).join(', ')}`,
        en: `control: ${controls.map((label) => label.en).join(', ')}`,
      });
    }

    const blinding = f.code(study, 'blindingType', path, { OPEN: 'none', BLINDED: 'blinded' });
    let masking: 'none' | 'single' | 'double' | 'triple' | 'quadruple' | undefined;
    if (blinding?.value === 'none') masking = 'none';
    if (blinding?.value === 'blinded') {
      const blinded = new Set<keyof typeof drksBlindedLabels>();
      for (const { node, path: at } of f.nodes(study, 'blindingWhoList', path)) {
        const who = f.code(
          f.node(node, 'idBlindingWho', at),
          'blindingWho',
          [...at, 'idBlindingWho'],
          drksBlindedLabels,
        );
        if (who) blinded.add(who.original as keyof typeof drksBlindedLabels);
      }
      // As ClinicalTrials.gov counts masking: by the number of roles that are blinded.
      const levels = [undefined, 'single', 'double', 'triple', 'quadruple'] as const;
      masking = levels[Math.min(blinded.size, 4)];
      const roles = [...blinded].map((role) => drksBlindedLabels[role]);
      say({
        de: `verblindet${roles.length > 0 ? `: ${roles.map((role) => role.de).join(', ')}` : ''}`,
        en: `blinded${roles.length > 0 ? `: ${roles.map((role) => role.en).join(', ')}` : ''}`,
      });
    }

    const description: Record<string, string> = {};
    if (de.length > 0) description.de = capitalise(de.join('; '));
    if (en.length > 0) description.en = capitalise(en.join('; '));
    // Free texts on randomisation, in their own language.
    const words: Record<string, Labels> = {
      typeOfSequenceGeneration: { de: 'Randomisierungssequenz', en: 'Sequence generation' },
      typeOfHiddenAllocation: { de: 'Verdeckte Zuteilung', en: 'Allocation concealment' },
    };
    for (const item of characteristics) {
      for (const [field, label] of Object.entries(words)) {
        const text = this.f.text(item.node, field, item.path);
        if (text === undefined) continue;
        const lead = item.lang === 'de' ? label.de : label.en;
        const line = `${lead}: ${text}`;
        description[item.lang] = description[item.lang]
          ? `${description[item.lang]}. ${line}`
          : line;
      }
    }

    // The groups of a non-interventional study are cohorts, not interventions: they describe
    // its design, in both languages.
    if (studyType !== 'interventional') {
      for (const [arm, items] of this.arms()) {
        for (const item of items) {
          const text = f.text(item.node, 'comment', item.path);
          if (text === undefined) continue;
          const line = `${item.lang === 'de' ? 'Gruppe' : 'Group'} ${arm}: ${text}`;
          description[item.lang] = description[item.lang]
            ? `${description[item.lang]}. ${line}`
            : line;
        }
      }
    }

    return {
      allocation: f.code(study, 'allocation', path, drksAllocationMap)?.value,
      model: f.code(study, 'assignment', path, drksAssignmentMap)?.value,
      masking,
      purpose: f.code(study, 'purpose', path, drksPurposeMap)?.value,
      description,
    };
  }

  /** Start and completion: the actual date when there is one, else the planned one. */
  private recruitmentDates(recruitment: Node | undefined) {
    const path = ['recruitment'];
    const pick = (actual: string, planned: string) => {
      const done = this.f.date(recruitment, actual, path);
      if (done !== undefined) return { date: done, kind: 'actual' as const };
      const due = this.f.date(recruitment, planned, path);
      return due === undefined ? undefined : { date: due, kind: 'estimated' as const };
    };
    return {
      start: pick('actualStartDate', 'scheduledStartDate'),
      completion: pick('actualCompletionDate', 'scheduledCompletionDate'),
    };
  }

  private conditions() {
    const f = this.f;
    const conditions: { text: string; codes?: { system: string; code: string }[] }[] = [];
    for (const { node, path } of f.nodes(this.root, 'studiedHealthConditions', [])) {
      const catalog = f.code(node, 'catalog', path, { ...drksConditionSystems, FREETEXT: null });
      // A free-text condition has no code system: a code next to it has no place.
      const code = catalog?.value ? f.text(node, 'code', path) : undefined;
      const descriptions = this.localised(node, 'studiedHealthConditionDescriptions', path);
      const text = this.preferredText(descriptions, 'comment') ?? code;
      if (text === undefined) continue;
      conditions.push({
        text,
        codes: code && catalog?.value ? [{ system: catalog.value, code }] : undefined,
      });
    }
    return conditions;
  }

  /** The texts of the groups (arms) by their number, in order. */
  private arms(): [number, Localised[]][] {
    const arms = new Map<number, Localised[]>();
    for (const item of this.localised(this.root, 'observationalGroups', [], 'idArm')) {
      const arm = this.f.count(this.f.node(item.node, 'idArm', item.path), 'arm', [
        ...item.path,
        'idArm',
      ]);
      if (arm === undefined) continue;
      arms.set(arm, [...(arms.get(arm) ?? []), item]);
    }
    return [...arms].sort(([a], [b]) => a - b);
  }

  /** The arms of an interventional trial, one text per arm. */
  private interventions(): Intervention[] {
    const interventions: Intervention[] = [];
    for (const [, items] of this.arms()) {
      const name = this.preferredText(items, 'comment');
      if (name !== undefined) interventions.push({ name });
    }
    return interventions;
  }

  private countries(recruitment: Node | undefined): string[] {
    const codes = new Set<string>();
    for (const { node, path } of this.f.nodes(recruitment, 'countries', ['recruitment'])) {
      const at = [...path, 'idCountry'];
      const raw = this.f.text(this.f.node(node, 'idCountry', path), 'code', at);
      if (raw === undefined) continue;
      const code = countryCode(raw);
      if (code) codes.add(code);
      else this.log.source([...at, 'code'], 'invalid_format', { format: formats.country });
    }
    return [...codes];
  }

  private eligibility(recruitment: Node | undefined, texts: readonly Localised[]) {
    const path = ['recruitment'];
    return {
      sex: this.f.code(recruitment, 'gender', path, drksGenderMap)?.value,
      minimumAge: this.age(recruitment, 'minimumAge'),
      maximumAge: this.age(recruitment, 'maximumAge'),
      healthyVolunteers: this.f.flag(recruitment, 'healthyVolunteers', path),
      inclusion: this.localisedText(texts, 'inclusionCriteria'),
      exclusion: this.localisedText(texts, 'exclusionCriteria'),
    };
  }

  private age(recruitment: Node | undefined, key: string): AgeBound | undefined {
    const path = ['recruitment', key];
    const bound = this.f.node(recruitment, key, ['recruitment']);
    const amount = this.f.count(bound, 'amount', path);
    const unit = this.f.code(bound, 'unit', path, drksAgeUnitMap);
    if (!unit?.value) return undefined;
    if (amount === undefined) {
      this.log.source([...path, 'amount'], 'required');
      return undefined;
    }
    return { value: amount, unit: unit.value };
  }

  private outcomes(characteristics: readonly Localised[]): Outcome[] {
    const outcomes: Outcome[] = [];
    for (const [field, type] of [
      ['primaryOutcome', 'primary'],
      ['secondaryOutcome', 'secondary'],
    ] as const) {
      const measure = this.preferredText(characteristics, field);
      if (measure !== undefined) outcomes.push({ type, measure });
    }
    return outcomes;
  }

  /** A DRKS address block's person, as published: title, first and last name. */
  private personName(contact: Node | undefined, path: IssuePath): string | undefined {
    const parts = ['title', 'firstName', 'lastName']
      .map((key) => this.f.text(contact, key, path))
      .filter((part) => part !== undefined);
    return parts.length > 0 ? parts.join(' ') : undefined;
  }

  private address(contact: Node | undefined, path: IssuePath): string | undefined {
    const f = this.f;
    const street = f.text(contact, 'streetAndNo', path);
    const town = [f.text(contact, 'zip', path), f.text(contact, 'city', path)]
      .filter((part) => part !== undefined)
      .join(' ');
    const country = f.text(contact, 'country', path);
    const parts = [street, town, country].filter((part) => part);
    return parts.length > 0 ? parts.join(', ') : undefined;
  }

  private email(contact: Node | undefined, path: IssuePath): string | undefined {
    const email = this.f.text(contact, 'email', path);
    if (email === undefined || isEmail(email)) return email;
    this.log.source([...path, 'email'], 'invalid_format', { format: formats.email });
    return undefined;
  }

  /**
   * An organisation from an address block: the institution, else the person. Without either it
   * is no sponsor, and that is reported.
   */
  private organisation(contact: Node | undefined, path: IssuePath) {
    const name = this.f.text(contact, 'affiliation', path) ?? this.personName(contact, path);
    if (name === undefined) {
      this.log.source([...path, 'affiliation'], 'required');
      return undefined;
    }
    const raw = this.f.text(contact, 'country', path);
    const country = countryCode(raw);
    if (raw !== undefined && country === undefined) {
      this.log.source([...path, 'country'], 'invalid_format', { format: formats.country });
    }
    return { name, country };
  }

  /** Sponsors, contacts and ethics committees from the address blocks. */
  private people() {
    const f = this.f;
    const sponsors: Sponsor[] = [];
    const contacts: Partial<Contact>[] = [];
    const committees: NonNullable<EthicsReview['committees']> = [];
    for (const { node, path } of f.nodes(this.root, 'trialContacts', [])) {
      const typePath = [...path, 'idContactIdType'];
      const type = f.code(
        f.node(node, 'idContactIdType', path),
        'type',
        typePath,
        drksContactTypeMap,
      );
      let target = type?.value;
      if (target === 'by-other-type') {
        target = f.code(node, 'otherType', path, drksOtherContactTypeMap)?.value;
      }
      if (!target) continue;
      const at = [...path, 'contact'];
      const contact = f.node(node, 'contact', path);
      if (target.kind === 'sponsor') {
        const sponsor = this.organisation(contact, at);
        if (sponsor) sponsors.push({ ...sponsor, role: target.role });
      } else if (target.kind === 'contact') {
        contacts.push({
          role: target.role,
          name: this.personName(contact, at),
          affiliation: f.text(contact, 'affiliation', at),
          email: this.email(contact, at),
          phone: f.text(contact, 'phone', at),
          address: this.address(contact, at),
        });
      } else {
        const committee = this.committee(contact, at);
        if (committee) committees.push(committee);
      }
    }
    for (const { node, path } of f.nodes(this.root, 'materialSupports', [])) {
      const type = f.code(node, 'type', path, drksSupportClassMap);
      const funder = this.organisation(f.node(node, 'contact', path), [...path, 'contact']);
      if (funder) {
        sponsors.push({
          ...funder,
          role: 'funder',
          class: type?.value,
          originalClass: type?.original,
        });
      }
    }
    return {
      sponsors,
      // An address block that names no one and gives no way to reach anyone is no contact.
      contacts: contacts.filter((contact) => Object.keys(compact(contact) ?? {}).length > 1),
      committees,
    };
  }

  private committee(contact: Node | undefined, path: IssuePath) {
    const name = this.f.text(contact, 'affiliation', path) ?? this.personName(contact, path);
    if (name === undefined) return undefined;
    return {
      name,
      address: this.address(contact, path),
      email: this.email(contact, path),
      phone: this.f.text(contact, 'phone', path),
    };
  }

  private ethics(committees: NonNullable<EthicsReview['committees']>): Partial<EthicsReview> {
    const f = this.f;
    const review = f.node(this.root, 'ethicsCommittee', []);
    const votes = f.nodes(review, 'ethicVotes', ['ethicsCommittee']);
    const all = votes.map(({ node, path }) => ({
      node,
      path,
      lead: f.text(node, 'type', path) === 'ETHICS_COMMITTEE',
    }));
    // The status is the lead committee's vote; the other committees are listed.
    const lead = all.find((vote) => vote.lead) ?? all[0];
    let status: Partial<EthicsReview> = {};
    if (lead) {
      const vote = f.code(lead.node, 'vote', lead.path, drksVoteMap);
      status = {
        status: vote?.value,
        originalStatus: vote?.original,
        approved:
          vote?.value === 'approved' ? f.date(lead.node, 'dateOfVote', lead.path) : undefined,
      };
    }
    const names = new Set(committees.map((committee) => committee.name));
    for (const { node, path } of all) {
      const committee = this.committee(f.node(node, 'contact', path), [...path, 'contact']);
      if (committee && !names.has(committee.name)) {
        committees.push(committee);
        names.add(committee.name);
      }
    }
    return { ...status, committees };
  }

  private results(results: Node | undefined) {
    const f = this.f;
    const path = ['trialResults'];
    const texts = this.localised(results, 'trialResultsDescriptions', path);
    const plan = f.flag(results, 'ipdSharingPlan', path);
    const publications: Publication[] = [];
    for (const { node, path: at } of f.nodes(results, 'publications', path)) {
      const type = f.text(node, 'type', at);
      if (!type || !(drksResultPublicationTypes as readonly string[]).includes(type)) continue;
      publications.push({
        citation: f.text(node, 'description', at),
        ...this.link(f.text(node, 'link', at), [...at, 'link']),
      });
    }
    return {
      // Without the plan, its description has nowhere to go and stays unread.
      ipdSharing:
        plan === undefined
          ? undefined
          : {
              plan: plan ? 'yes' : 'no',
              description: this.preferredText(texts, 'ipdSharingPlanDescription'),
            },
      results: {
        summary: this.localisedText(texts, 'briefSummaryOfResultsDescription'),
        publications,
      },
    };
  }

  /** A publication link as URL, DOI or PubMed ID. */
  private link(link: string | undefined, path: IssuePath): Partial<Publication> {
    if (link === undefined) return {};
    const doi = /\b(10\.\d{4,9}\/\S+)/.exec(link)?.[1];
    const pmid = /pubmed(?:\.ncbi\.nlm\.nih\.gov\/|\/)(\d{1,9})\b/.exec(link)?.[1];
    const url = isHttpUrl(link) ? link : undefined;
    if (!url && !doi) this.log.source(path, 'invalid_format', { format: formats.httpUrl });
    return { url, doi, pmid };
  }

  private sites(recruitment: Node | undefined, countries: readonly string[]): TrialSite[] {
    const f = this.f;
    // DRKS gives no country per site: when the trial recruits in one country only, it is theirs.
    const country = countries.length === 1 ? countries[0] : undefined;
    const sites: TrialSite[] = [];
    for (const { node, path } of f.nodes(recruitment, 'institutes', ['recruitment'])) {
      const site = normaliseSite({
        facility: f.text(node, 'name', path),
        city: f.text(node, 'city', path),
        country,
      });
      if (site.facility !== undefined || site.city !== undefined) sites.push(site);
    }
    return sites;
  }
}

/**
 * Reads one DRKS record (JSON schema 2.0.19) as a Trial. German and English texts become
 * `{ de, en }`; where the model holds one text only (conditions, arms, outcomes), the English
 * one is taken and the German one is reported as lost. Never throws.
 */
export function readDrksTrial(record: unknown, options?: ReadOptions): RecordResult<Trial> {
  const log = new IssueLog(options);
  const tracked = track(record);
  if (!isNode(record)) {
    log.source([], 'invalid_type', { expected: 'object' });
    return unreadable(tracked, log);
  }
  const candidate = new DrksRecord(tracked.root as Node, log).read();
  return finishTrial(candidate, tracked, log);
}

/** DRKS JSON (schema 2.0.19): a document is one trial or an array of trials. */
export const drksReader: TrialReader = {
  format: 'drks',
  input: 'json',
  records(document) {
    if (Array.isArray(document)) return document;
    return isNode(document) ? [document] : [];
  },
  read: readDrksTrial,
};
