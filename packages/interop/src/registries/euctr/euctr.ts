import type {
  AgeBound,
  Condition,
  Contact,
  Intervention,
  LocalizedText,
  Outcome,
  Sponsor,
  Trial,
  TrialIdentifier,
} from '@nrw-health/core';
import countries from 'i18n-iso-countries';
import type { TrialReader } from '../../formats';
import { finishTrial, unreadable } from '../../shared/finish';
import { countryCode } from '../../shared/places';
import { oneOrMany } from '../../shared/records';
import { IssueLog, type ReadOptions, type RecordResult } from '../../shared/result';
import { track } from '../../shared/track';
import {
  type At,
  anyIdentifier,
  countryNames,
  distinct,
  distinctIdentifiers,
  first,
  get,
  identifierExamples,
  isObject,
  localized,
  meddraSystem,
  root,
  SourceReader,
} from '../ctis/source';
import {
  euctrAgeGroups,
  euctrEthicsOpinions,
  euctrPhases,
  euctrProductTypes,
  euctrSponsorClasses,
  euctrStatuses,
} from './codes';

const register = 'https://www.clinicaltrialsregister.eu/ctr-search/trial';

/** The page of a trial's protocol in one member state (`3RD` for trials outside the EU/EEA). */
export const euctrTrialUrl = (eudract: string, memberState: string): string =>
  `${register}/${encodeURIComponent(eudract)}/${encodeURIComponent(memberState)}`;

/** The page of a trial's summary results. */
export const euctrResultsUrl = (eudract: string): string =>
  `${register}/${encodeURIComponent(eudract)}/results`;

// Countries in `e863_trial_sites_planned_in` are separated by spaces only; a longer list than
// this is no list of countries, and is reported instead of being searched word by word.
const maxPlannedCountryWords = 400;

/**
 * EU Clinical Trials Register (EudraCT) records as the R package ctrdata stores them: one
 * member state's protocol (fields `a2_eudract_number`, `a3_full_title_of_the_trial`, `b1_sponsor`,
 * `e71_…` phase flags, …, with national-language versions as `<field>_<language>`), and, where
 * the trial has them, its summary results (`trialInformation`, …). A document is one record or
 * an array of records.
 */
export const euctrReader: TrialReader = {
  format: 'euctr',
  input: 'json',
  records: (document) => oneOrMany(document),
  read: readEuctr,
};

/** One EUCTR record as a Trial, with the fields that had no place and the issues found. */
export function readEuctr(record: unknown, options?: ReadOptions): RecordResult<Trial> {
  const log = new IssueLog(options);
  const tracked = track(record);
  if (!isObject(record)) {
    log.source([], 'invalid_type', { expected: 'object' });
    return unreadable(tracked, log);
  }
  const candidate = new EuctrRecord(
    new SourceReader(log),
    root(tracked.root),
    Object.keys(record),
  ).trial();
  return finishTrial(candidate, tracked, log);
}

class EuctrRecord {
  private readonly results: At;

  constructor(
    private readonly r: SourceReader,
    private readonly record: At,
    private readonly keys: readonly string[],
  ) {
    this.results = get(record, 'trialInformation');
  }

  private field(name: string): At {
    return get(this.record, name);
  }

  private yes(name: string): boolean | undefined {
    return this.r.yesNo(this.field(name));
  }

  /** A field in English and its national-language versions (`<field>_fr`, `<field>_es`, …). */
  private texts(name: string): LocalizedText | undefined {
    const versions = this.keys
      .filter((key) => key.startsWith(`${name}_`) && /^[a-z]{2}$/.test(key.slice(name.length + 1)))
      .map((key) => [key.slice(name.length + 1), this.r.text(this.field(key))] as const);
    return localized([['en', this.r.text(this.field(name))], ...versions]);
  }

  trial(): Record<string, unknown> {
    const { r } = this;
    const primary = r.identifier(
      first(this.field('a2_eudract_number'), this.field('eudractNumber')),
      'euctr',
    );
    const memberState = this.memberState();
    const sponsors = this.sponsors();
    const url = primary && memberState ? euctrTrialUrl(primary.id, memberState.page) : undefined;
    const recordId =
      r.text(this.field('_id')) ??
      (primary && memberState ? `${primary.id}-${memberState.page}` : primary?.id);
    const scientific =
      this.texts('a3_full_title_of_the_trial') ??
      localized([['en', r.text(get(this.results, 'fullTitle'))]]);
    return {
      identifiers: {
        primary,
        secondary: distinctIdentifiers(
          primary,
          this.secondaryIdentifiers(sponsors[0]?.sponsor.name),
        ),
      },
      title: {
        public:
          this.texts(
            'a31_title_of_the_trial_for_lay_people_in_easily_understood_ie_nontechnical_language',
          ) ?? scientific,
        scientific,
        acronym: r.text(this.field('a32_name_or_abbreviated_title_of_the_trial_where_available')),
      },
      description: this.texts('e21_main_objective_of_the_trial'),
      status: this.status(),
      phase: this.phase(),
      // EudraCT registers clinical trials of medicinal products, which are interventional.
      studyType: { code: 'interventional' },
      design: this.design(),
      dates: {
        registered: r.date(
          this.field('x6_date_on_which_this_record_was_first_entered_in_the_eudract_database'),
        ),
        start: actual(r.date(get(this.results, 'recruitmentStartDate'))),
        completion: actual(
          r.date(this.field('p_date_of_the_global_end_of_the_trial')) ??
            r.date(get(this.results, 'globalEndOfTrialDate')),
        ),
      },
      conditions: this.conditions(),
      interventions: distinct(
        r.items(this.field('dimp')).flatMap((product) => this.product(product)),
      ),
      sponsors: sponsors.flatMap(({ sponsor, funders }) => [sponsor, ...funders]),
      contacts: sponsors.flatMap(({ contact }) => (contact ? [contact] : [])),
      countries: [
        ...new Set(
          [memberState?.country, ...this.plannedCountries()].filter(
            (code): code is string => code !== undefined,
          ),
        ),
      ],
      enrolment: { target: this.target() },
      eligibility: this.eligibility(),
      outcomes: [
        ...this.outcome(
          'primary',
          'e51_primary_end_points',
          'e511_timepoints_of_evaluation_of_this_end_point',
        ),
        ...this.outcome(
          'secondary',
          'e52_secondary_end_points',
          'e521_timepoints_of_evaluation_of_this_end_point',
        ),
      ],
      ethics: this.ethics(),
      results: primary && this.results.present ? { url: euctrResultsUrl(primary.id) } : undefined,
      url,
      provenance: { sources: [{ registry: 'euctr', recordId, url }] },
    };
  }

  /** The member state of the record: its ISO code, and its code in the register's page address. */
  private memberState(): { country?: string; page: string } | undefined {
    const node = this.field('a1_member_state_concerned');
    const text = this.r.text(node);
    if (text === undefined) return undefined;
    if (/outside\s+eu/i.test(text)) return { page: '3RD' };
    const name = text.split(' - ')[0]!.trim();
    const country = name.toUpperCase() === 'UK' ? 'GB' : countryCode(name);
    if (!country) {
      this.r.log.source(node.path, 'unknown_code', { value: text, allowed: countryNames() });
      return undefined;
    }
    return { country, page: country };
  }

  private secondaryIdentifiers(sponsorName: string | undefined): (TrialIdentifier | undefined)[] {
    const { r } = this;
    const protocolCode = r.text(
      first(
        this.field('a41_sponsors_protocol_code_number'),
        get(this.results, 'sponsorProtocolCode'),
      ),
    );
    return [
      r.identifier(
        first(
          this.field('a52_us_nct_clinicaltrialsgov_registry_number'),
          get(this.results, 'usctnIdentifier'),
        ),
        'ctgov',
      ),
      r.identifier(
        first(
          this.field('a51_isrctn_international_standard_randomised_controlled_trial_number'),
          get(this.results, 'isrctnIdentifier'),
        ),
        'isrctn',
      ),
      r.identifier(
        first(
          this.field('a53_who_universal_trial_reference_number_utrn'),
          get(this.results, 'whoIdentifier'),
        ),
        'who-utn',
      ),
      this.otherIdentifier(this.field('a54_other_identifiers')),
      protocolCode ? { registry: 'sponsor', id: protocolCode, issuer: sponsorName } : undefined,
    ];
  }

  /** A.5.4 is free text: kept when it is one identifier of a known registry, reported otherwise. */
  private otherIdentifier(node: At): TrialIdentifier | undefined {
    const text = this.r.text(node);
    if (text === undefined) return undefined;
    const found = anyIdentifier(text, undefined);
    if (!found) {
      this.r.log.source(node.path, 'unknown_code', { value: text, allowed: identifierExamples });
    }
    return found;
  }

  private status() {
    const found = this.r.code(
      first(this.field('x5_trial_status'), this.field('p_end_of_trial_status')),
      euctrStatuses,
    );
    return found
      ? { code: found.mapped ?? 'unknown', original: found.original }
      : { code: 'unknown' };
  }

  private phase() {
    const taking = euctrPhases.filter(({ field }) => this.yes(field));
    if (taking.length === 0) return undefined;
    return {
      codes: taking.map(({ code }) => code),
      original: taking.map(({ label }) => label).join(', '),
    };
  }

  /** The first field of the list that says "Yes"; the ones after it are not read. */
  private firstYes<T>(choices: readonly (readonly [string, T])[]): T | undefined {
    return choices.find(([field]) => this.yes(field))?.[1];
  }

  private design() {
    const randomised = this.yes('e811_randomised');
    return {
      allocation:
        randomised === true
          ? 'randomised'
          : randomised === false && this.yes('e81_controlled') === true
            ? 'non-randomised'
            : undefined,
      // A trial with an open and a blinded part is as blinded as its most blinded part.
      masking: this.firstYes([
        ['e814_double_blind', 'double'],
        ['e813_single_blind', 'single'],
        ['e812_open', 'none'],
      ]),
      model: this.firstYes([
        ['e815_parallel_group', 'parallel'],
        ['e816_cross_over', 'crossover'],
        ['e817_other', 'other'],
      ]),
      description: this.texts('e8171_other_trial_design_description'),
    };
  }

  private conditions(): Condition[] {
    const { r } = this;
    const codes = r.items(this.field('e12_meddra_classification')).flatMap((entry) => {
      const code = r.text(get(entry, 'e12_classification_code'));
      if (!code) return [];
      return [
        {
          system: meddraSystem,
          code,
          display: r.text(get(entry, 'e12_term')),
          version: r.text(get(entry, 'e12_version')),
        },
      ];
    });
    const text = r.text(this.field('e11_medical_conditions_being_investigated'));
    // E.1.2 classifies the condition of E.1.1; without it, each term stands for itself.
    if (text) return [{ text, codes }];
    return codes.map((coding) => ({ text: coding.display ?? coding.code, codes: [coding] }));
  }

  private product(product: At): Intervention[] {
    const { r } = this;
    const substance = r.items(get(product, 'd38_imp_identification_details'))[0];
    const name =
      r.value(get(product, 'd31_product_name')) ??
      r.value(get(product, 'd2111_trade_name')) ??
      (substance
        ? (r.value(get(substance, 'd38_inn__proposed_inn')) ??
          r.value(get(substance, 'd393_other_descriptive_name')))
        : undefined);
    if (!name) return [];
    const kind = euctrProductTypes.find(({ field }) => r.yesNo(get(product, field)));
    return [{ name, type: kind?.type, originalType: kind?.label }];
  }

  private sponsors(): { sponsor: Sponsor; funders: Sponsor[]; contact?: Contact }[] {
    const { r } = this;
    return r.items(this.field('b1_sponsor')).flatMap((entry, index) => {
      const name = r.text(get(entry, 'b11_name_of_sponsor'));
      if (!name) return [];
      const status = r.code(get(entry, 'b31_and_b32_status_of_the_sponsor'), euctrSponsorClasses);
      const sponsor: Sponsor = {
        name,
        role: index === 0 ? 'primary' : 'secondary',
        class: status?.mapped ?? undefined,
        originalClass: status?.original,
        country: this.country(get(entry, 'b134_country')),
      };
      const funders = r
        .items(get(entry, 'b4_sources_of_monetary_or_material_support'))
        .flatMap((support): Sponsor[] => {
          const funder = r.text(get(support, 'b41_name_of_organisation_providing_support'));
          return funder
            ? [{ name: funder, role: 'funder', country: this.country(get(support, 'b42_country')) }]
            : [];
        });
      return [{ sponsor, funders, contact: this.contact(entry) }];
    });
  }

  /** B.5: the contact point the sponsor names for information on the trial. */
  private contact(entry: At): Contact | undefined {
    const { r } = this;
    const place = [
      r.text(get(entry, 'b531_street_address')),
      [r.text(get(entry, 'b533_post_code')), r.text(get(entry, 'b532_town_city'))]
        .filter(Boolean)
        .join(' '),
      r.text(get(entry, 'b534_country')),
    ].filter(Boolean);
    const contact: Contact = {
      role: 'public',
      name: r.text(get(entry, 'b52_functional_name_of_contact_point')),
      affiliation: r.text(get(entry, 'b51_name_of_organisation')),
      email: r.email(get(entry, 'b56_email')),
      phone: r.text(get(entry, 'b54_telephone_number')),
      address: place.length > 0 ? place.join(', ') : undefined,
    };
    return contact.name || contact.email || contact.phone || contact.address ? contact : undefined;
  }

  private country(node: At): string | undefined {
    const name = this.r.text(node);
    const code = countryCode(name);
    if (name && !code) {
      this.r.log.source(node.path, 'unknown_code', { value: name, allowed: countryNames() });
    }
    return code;
  }

  /** E.8.6.3: country names separated by spaces ("Korea, Republic of United States"). */
  private plannedCountries(): string[] {
    const node = this.field('e863_trial_sites_planned_in');
    const text = this.r.text(node);
    if (text === undefined) return [];
    const words = text.split(/\s+/);
    if (words.length > maxPlannedCountryWords) {
      this.r.log.source(node.path, 'too_big', { origin: 'array', limit: maxPlannedCountryWords });
      return [];
    }
    const codes: string[] = [];
    const unknown: string[] = [];
    let start = 0;
    while (start < words.length) {
      // The longest run of words that names a country wins: "Korea, Republic of" before "Korea,".
      const found = longestCountry(words, start);
      if (found) {
        codes.push(found.code);
        start += found.length;
      } else {
        unknown.push(words[start]!);
        start += 1;
      }
    }
    if (unknown.length > 0)
      this.r.log.source(node.path, 'unknown_code', { value: unknown.join(' ') });
    return codes;
  }

  /** Participants planned in the whole trial, or in the part the record shows all of. */
  private target(): number | undefined {
    const { r } = this;
    const whole = r.count(this.field('f422_in_the_whole_clinical_trial'));
    if (whole !== undefined) return whole;
    const onlyInEea =
      this.yes('e861_trial_being_conducted_both_within_and_outside_the_eea') === false &&
      this.yes('e862_trial_being_conducted_completely_outside_of_the_eea') === false;
    if (!onlyInEea) return undefined;
    const eea = r.count(this.field('f421_in_the_eea'));
    if (eea !== undefined) return eea;
    return this.yes('e85_the_trial_involves_multiple_member_states') === false
      ? r.count(this.field('f41_in_the_member_state'))
      : undefined;
  }

  private eligibility() {
    const female = this.yes('f21_female');
    const male = this.yes('f22_male');
    // The youngest group taking part gives the minimum age, the oldest the maximum; groups in
    // between are not read.
    const youngest = euctrAgeGroups.find(({ field }) => this.yes(field));
    const oldest = youngest
      ? [...euctrAgeGroups].reverse().find(({ field }) => this.yes(field))
      : undefined;
    return {
      sex: female && male ? 'all' : female ? 'female' : male ? 'male' : undefined,
      minimumAge: youngest?.minimum satisfies AgeBound | undefined,
      maximumAge: oldest?.maximum,
      healthyVolunteers: this.yes('f31_healthy_volunteers'),
      inclusion: this.texts('e3_principal_inclusion_criteria'),
      exclusion: this.texts('e4_principal_exclusion_criteria'),
    };
  }

  private outcome(
    type: 'primary' | 'secondary',
    measureField: string,
    timeField: string,
  ): Outcome[] {
    const measure = this.r.text(this.field(measureField));
    return measure ? [{ type, measure, timeFrame: this.r.text(this.field(timeField)) }] : [];
  }

  private ethics() {
    const { r } = this;
    const opinion = r.code(
      this.field('n_ethics_committee_opinion_of_the_trial_application'),
      euctrEthicsOpinions,
    );
    if (!opinion) return undefined;
    return {
      status: opinion.mapped ?? undefined,
      originalStatus: opinion.original,
      approved:
        opinion.mapped === 'approved'
          ? r.date(this.field('n_date_of_ethics_committee_opinion'))
          : undefined,
    };
  }
}

const actual = (date: string | undefined) => (date ? { date, kind: 'actual' as const } : undefined);

/** The country named by the longest run of up to six words from `start`. */
function longestCountry(words: readonly string[], start: number) {
  for (let length = Math.min(6, words.length - start); length > 0; length--) {
    const code = countryByName(words.slice(start, start + length).join(' '));
    if (code) return { code, length };
  }
  return undefined;
}

let countryNamesIndex: Map<string, string> | undefined;

/**
 * A country by its English or German name or alias, as `countryCode` finds it, from an index
 * built once: the word runs of E.8.6.3 ask for many names that are none.
 */
function countryByName(name: string): string | undefined {
  if (!countryNamesIndex) {
    countryNamesIndex = new Map();
    for (const language of ['de', 'en']) {
      for (const [code, aliases] of Object.entries(
        countries.getNames(language, { select: 'all' }),
      )) {
        for (const alias of aliases) countryNamesIndex.set(alias.toLowerCase(), code);
      }
    }
  }
  return countryNamesIndex.get(name.toLowerCase());
}
