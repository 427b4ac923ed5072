import { type CodeOf, defineCodeList } from '../shared/codelist';
import type { Labels } from '../shared/locale';

/*
 * Flag systems of official statistics. What a search of public sources confirmed:
 * - SDMX CL_OBS_STATUS (cross-domain code list, v2.x): A normal value, B time series break,
 *   D definition differs, E estimated value, F forecast value, G experimental value, H missing
 *   (holiday or weekend), I imputed value, J derogation, K data included in another category,
 *   L missing (data exist but were not collected), M missing (data cannot exist), N not
 *   significant, O missing value, P provisional value, Q missing (suppressed), S strike and other
 *   special events, U low reliability, V unvalidated value, W includes data from another
 *   category. There is no code for a revised value: SDMX carries revisions in data versions.
 * - SDMX CL_CONF_STATUS: F free, N not for publication, C confidential statistical information,
 *   D secondary confidentiality set by the sender, S secondary confidentiality set by the receiver.
 * - Eurostat (database help page "Flags"): from 27 January 2025 the flags follow SDMX in two
 *   lists, OBS_STATUS b d e f i m n p u and CONF_STATUS C (confidential), N (not for publication),
 *   P (non-statistical secrecy); the earlier s (Eurostat estimate) became i, z (not applicable)
 *   became m, c (confidential) became C. Eurostat flags are therefore case-sensitive (p
 *   provisional, P secrecy). Not confirmed by that page but part of the earlier list and still
 *   in older files: r (revised) and ':' (not available).
 * - Destatis (statistik-portal.de, "Explanation of symbols"): '-' nothing, exactly zero; '·' (in
 *   ASCII '.') value unknown or to be kept secret; 'x' cell blocked for logical reasons; '...'
 *   data available later; '/' value not reliable enough; p provisional, r revised, s estimated.
 *   '|' (break in a series) is taken from the project brief; the search found no page for it.
 */

/** An observation status with its codes in the flag systems that data come in. */
export interface ObservationStatusEntry {
  readonly label: Labels;
  readonly description: Labels;
  /** SDMX codes; the first OBS_STATUS code is the one writers use. */
  readonly sdmx: {
    readonly obsStatus: readonly string[];
    readonly confStatus?: readonly string[];
  };
  /** Eurostat flags, current (2025) before legacy; case-sensitive. Writers use the first. */
  readonly eurostat: readonly string[];
  /** Destatis / GENESIS signs; the first is the one writers use. */
  readonly destatis: readonly string[];
  /** Whether an observation with this status carries a number. */
  readonly hasValue: boolean;
}

const statusEntries = {
  normal: {
    label: { de: 'Normaler Wert', en: 'Normal value' },
    description: {
      de: 'Ein endgültiger Wert ohne Besonderheit. Hinweise der Quelle wie „Definition weicht ab“ oder „geringe Zuverlässigkeit“ stehen im Kennzeichen (flag).',
      en: 'A final value with nothing special about it. Source notes such as "definition differs" or "low reliability" are kept in the flag.',
    },
    // D G J N S U V W qualify a value that is there; the flag keeps which one it was.
    sdmx: { obsStatus: ['A', 'D', 'G', 'J', 'N', 'S', 'U', 'V', 'W'] },
    eurostat: ['d', 'n', 'u'],
    // '-' is Destatis' "nichts vorhanden": a real zero, the value is 0 (see flagMeansZero).
    destatis: ['-'],
    hasValue: true,
  },
  provisional: {
    label: { de: 'Vorläufig', en: 'Provisional' },
    description: {
      de: 'Ein vorläufiger Wert, der sich noch ändern kann.',
      en: 'A preliminary value that may still change.',
    },
    sdmx: { obsStatus: ['P'] },
    eurostat: ['p'],
    destatis: ['p'],
    hasValue: true,
  },
  estimated: {
    label: { de: 'Geschätzt', en: 'Estimated' },
    description: {
      de: 'Ein geschätzter oder ergänzter (imputierter) Wert.',
      en: 'An estimated or imputed value.',
    },
    sdmx: { obsStatus: ['E', 'I'] },
    eurostat: ['e', 'i', 's'],
    destatis: ['s'],
    hasValue: true,
  },
  revised: {
    label: { de: 'Berichtigt', en: 'Revised' },
    description: {
      de: 'Ein Wert, der gegenüber einer früheren Veröffentlichung berichtigt wurde.',
      en: 'A value corrected since an earlier release.',
    },
    sdmx: { obsStatus: [] },
    eurostat: ['r'],
    destatis: ['r'],
    hasValue: true,
  },
  forecast: {
    label: { de: 'Prognose', en: 'Forecast' },
    description: {
      de: 'Ein vorausberechneter Wert für einen künftigen Zeitraum.',
      en: 'A projected value for a future period.',
    },
    sdmx: { obsStatus: ['F'] },
    eurostat: ['f'],
    destatis: [],
    hasValue: true,
  },
  break: {
    label: { de: 'Bruch in der Zeitreihe', en: 'Break in series' },
    description: {
      de: 'Ab diesem Wert ist die Reihe nur eingeschränkt mit früheren Werten vergleichbar; der Wert nach alter Methode kann als preBreakValue mitkommen.',
      en: 'From this value on the series is comparable with earlier values only with care; the value by the old method may come as preBreakValue.',
    },
    sdmx: { obsStatus: ['B'] },
    eurostat: ['b'],
    destatis: ['|'],
    hasValue: true,
  },
  confidential: {
    label: { de: 'Geheim gehalten', en: 'Confidential' },
    description: {
      de: 'Der Wert wird aus Gründen der Geheimhaltung nicht veröffentlicht. Der Destatis-Punkt („unbekannt oder geheim zu halten“) wird hierher gezählt.',
      en: 'The value is withheld for confidentiality. The Destatis dot ("unknown or to be kept secret") counts here.',
    },
    sdmx: { obsStatus: ['Q'], confStatus: ['C', 'D', 'S', 'N'] },
    eurostat: ['C', 'N', 'P', 'c'],
    destatis: ['.'],
    hasValue: false,
  },
  'not-applicable': {
    label: { de: 'Entfällt', en: 'Not applicable' },
    description: {
      de: 'Ein Wert kann hier nicht vorkommen oder wäre nicht sinnvoll.',
      en: 'A value cannot exist here or would not be meaningful.',
    },
    sdmx: { obsStatus: ['M'] },
    eurostat: ['m', 'z'],
    destatis: ['x'],
    hasValue: false,
  },
  missing: {
    label: { de: 'Fehlender Wert', en: 'Missing value' },
    description: {
      de: 'Der Wert liegt nicht vor: nicht erhoben, noch nicht verfügbar oder nicht sicher genug.',
      en: 'The value is not available: not collected, not yet available or not reliable enough.',
    },
    sdmx: { obsStatus: ['O', 'L', 'H', 'K'] },
    eurostat: [':'],
    destatis: ['...', '/'],
    hasValue: false,
  },
} as const satisfies Record<string, ObservationStatusEntry>;

/** The status of an observation, mapped to the SDMX, Eurostat and Destatis flags. */
export const observationStatuses = /* @__PURE__ */ defineCodeList(
  'observation-status',
  { de: 'Status der Beobachtung', en: 'Observation status' },
  statusEntries,
);
export type ObservationStatus = CodeOf<typeof observationStatuses>;

/** The statuses that mean "no number": their observations have `value: null`. */
export const valuelessStatusCodes = ['missing', 'confidential', 'not-applicable'] as const;
export const valuelessStatuses: ReadonlySet<ObservationStatus> = new Set(valuelessStatusCodes);

/**
 * Which status wins when several apply, most severe first: a combined flag such as Eurostat
 * `bp`, or the members of an aggregate. Statuses without a value come first (confidentiality
 * before absence); then those that qualify the number itself (forecast, estimated,
 * provisional); then comparability (break); then revised, whose value is final.
 */
export const statusPrecedence: readonly ObservationStatus[] = [
  'confidential',
  'not-applicable',
  'missing',
  'forecast',
  'estimated',
  'provisional',
  'break',
  'revised',
  'normal',
];

/**
 * The flag systems: SDMX OBS_STATUS (`sdmx`), SDMX CONF_STATUS (`sdmx-conf`), Eurostat
 * (legacy and 2025 flags, case-sensitive) and Destatis/GENESIS signs.
 */
export type FlagSystem = 'sdmx' | 'sdmx-conf' | 'eurostat' | 'destatis';

const destatisVariants: Readonly<Record<string, string>> = {
  '–': '-',
  '—': '-',
  '…': '...',
  '·': '.',
};

function codesOf(system: FlagSystem, status: ObservationStatus): readonly string[] {
  const entry: ObservationStatusEntry = statusEntries[status];
  switch (system) {
    case 'sdmx':
      return entry.sdmx.obsStatus;
    case 'sdmx-conf':
      return entry.sdmx.confStatus ?? [];
    case 'eurostat':
      return entry.eurostat;
    case 'destatis':
      return entry.destatis;
  }
}

let flagIndex: Map<string, ObservationStatus> | undefined;

function lookupFlag(system: FlagSystem, flag: string): ObservationStatus | undefined {
  if (!flagIndex) {
    flagIndex = new Map();
    for (const system of ['sdmx', 'sdmx-conf', 'eurostat', 'destatis'] as const) {
      for (const status of observationStatuses.codes) {
        for (const code of codesOf(system, status)) flagIndex.set(`${system}\u0000${code}`, status);
      }
    }
  }
  return flagIndex.get(`${system}\u0000${flag}`);
}

function mostSevere(statuses: readonly ObservationStatus[]): ObservationStatus {
  for (const status of statusPrecedence) if (statuses.includes(status)) return status;
  return 'normal';
}

/**
 * The status a source's flag stands for, or `undefined` for a flag the system does not define.
 * An empty flag is a normal value. Eurostat flags may be combined (`bp`, `: c`): the most severe
 * status wins (see `statusPrecedence`); keep the original in `Observation.flag`. SDMX CONF_STATUS
 * `F` (free) says nothing about the value and gives `undefined`: take the OBS_STATUS then.
 * Never throws.
 */
export function statusFromFlag(system: FlagSystem, flag: string): ObservationStatus | undefined {
  if (typeof flag !== 'string') return undefined;
  const trimmed = flag.trim();
  if (trimmed === '') return system === 'sdmx-conf' ? undefined : 'normal';
  switch (system) {
    case 'sdmx':
    case 'sdmx-conf':
      return lookupFlag(system, trimmed.toUpperCase());
    case 'destatis':
      return lookupFlag(system, destatisVariants[trimmed] ?? trimmed.toLowerCase());
    case 'eurostat': {
      const whole = lookupFlag(system, trimmed);
      if (whole) return whole;
      const found: ObservationStatus[] = [];
      for (const char of trimmed.replace(/\s+/g, '')) {
        const status = lookupFlag(system, char);
        if (!status) return undefined;
        found.push(status);
      }
      return mostSevere(found);
    }
    default:
      return undefined;
  }
}

/** The flag a writer puts out for a status, or `undefined` where the system has none. */
export function flagForStatus(system: FlagSystem, status: ObservationStatus): string | undefined {
  if (!observationStatuses.has(status)) return undefined;
  if (status === 'normal' && system !== 'sdmx') return undefined;
  return codesOf(system, status)[0];
}

/** Destatis `-` ("nichts vorhanden") is a real zero: the status is normal and the value is 0. */
export function flagMeansZero(system: FlagSystem, flag: string): boolean {
  if (system !== 'destatis' || typeof flag !== 'string') return false;
  const trimmed = flag.trim();
  return (destatisVariants[trimmed] ?? trimmed) === '-';
}

/** How observations of a measure type combine across regions. */
export type Aggregation = 'sum' | 'ratio' | 'none';

interface MeasureTypeEntry {
  readonly label: Labels;
  readonly description: Labels;
  readonly aggregation: Aggregation;
}

/** What kind of number an indicator is, which decides whether and how it aggregates. */
export const measureTypes = /* @__PURE__ */ defineCodeList(
  'measure-type',
  { de: 'Art der Kennzahl', en: 'Measure type' },
  {
    count: {
      label: { de: 'Anzahl', en: 'Count' },
      description: {
        de: 'Eine Anzahl (Einwohner, Betten, Beschäftigte). Summiert sich über Regionen.',
        en: 'A number of things (residents, beds, employees). Adds up across regions.',
      },
      aggregation: 'sum',
    },
    currency: {
      label: { de: 'Geldbetrag', en: 'Currency amount' },
      description: {
        de: 'Ein Geldbetrag (Umsatz, Ausgaben). Summiert sich über Regionen.',
        en: 'An amount of money (turnover, spending). Adds up across regions.',
      },
      aggregation: 'sum',
    },
    rate: {
      label: { de: 'Rate', en: 'Rate' },
      description: {
        de: 'Zähler je Nenner mal Bezugsgröße (z. B. je 100.000 Einwohner). Für eine Region aus mehreren wird sie aus den summierten Zählern und Nennern neu berechnet, nie gemittelt.',
        en: 'Numerator per denominator times a base (e.g. per 100,000 residents). For a combined region it is recomputed from the summed numerators and denominators, never averaged.',
      },
      aggregation: 'ratio',
    },
    share: {
      label: { de: 'Anteil', en: 'Share' },
      description: {
        de: 'Ein Teil vom Ganzen, meist in Prozent. Wird wie eine Rate aus Zähler und Nenner neu berechnet.',
        en: 'A part of a whole, usually in percent. Recomputed from numerator and denominator like a rate.',
      },
      aggregation: 'ratio',
    },
    index: {
      label: { de: 'Index', en: 'Index' },
      description: {
        de: 'Ein Indexwert zu einer Basis (z. B. 2015 = 100). Lässt sich nicht über Regionen zusammenfassen.',
        en: 'An index against a base (e.g. 2015 = 100). Does not aggregate across regions.',
      },
      aggregation: 'none',
    },
    rank: {
      label: { de: 'Rang', en: 'Rank' },
      description: {
        de: 'Ein Rangplatz. Lässt sich nicht über Regionen zusammenfassen.',
        en: 'A position in a ranking. Does not aggregate across regions.',
      },
      aggregation: 'none',
    },
    mean: {
      label: { de: 'Mittelwert', en: 'Mean' },
      description: {
        de: 'Ein Durchschnitt (z. B. Durchschnittsalter, Lebenserwartung). Ohne die zugrunde liegenden Einzeldaten nicht zusammenfassbar.',
        en: 'An average (e.g. mean age, life expectancy). Cannot be combined without the underlying data.',
      },
      aggregation: 'none',
    },
  } satisfies Record<string, MeasureTypeEntry>,
);
export type MeasureType = CodeOf<typeof measureTypes>;

/** How often an indicator is published. `sdmx` is the SDMX CL_FREQ code where there is one. */
export const periodicities = /* @__PURE__ */ defineCodeList(
  'periodicity',
  { de: 'Periodizität', en: 'Periodicity' },
  {
    annual: { label: { de: 'Jährlich', en: 'Annual' }, sdmx: 'A' },
    quarterly: { label: { de: 'Vierteljährlich', en: 'Quarterly' }, sdmx: 'Q' },
    monthly: { label: { de: 'Monatlich', en: 'Monthly' }, sdmx: 'M' },
    irregular: { label: { de: 'Unregelmäßig', en: 'Irregular' } },
    'one-off': {
      label: { de: 'Einmalig', en: 'One-off' },
      description: {
        de: 'Eine einmalige Erhebung oder Studie.',
        en: 'A single survey or study.',
      },
    },
  },
);
export type Periodicity = CodeOf<typeof periodicities>;

/**
 * The six indicator groups of the dashboard "International Health.Ruhr" as seed 002 proposes
 * them (chapter 3, "Dashboard Entwicklung"). `seed` gives the lines of each group.
 */
export const indicatorGroups = /* @__PURE__ */ defineCodeList(
  'indicator-group',
  { de: 'Indikatorengruppe', en: 'Indicator group' },
  {
    'population-health': {
      label: {
        de: 'Bevölkerung und ihre Gesundheit, Morbidität und Mortalität',
        en: 'Population and its health, morbidity and mortality',
      },
      description: {
        de: 'Einwohnerzahlen, Altersstruktur, Diversität, Einkommen, Lebenserwartung, häufige Krankheiten, Krankenstand, Gesundheitsausgaben pro Kopf.',
        en: 'Population, age structure, diversity, income, life expectancy, common diseases, sickness absence, health spending per head.',
      },
      seed: '002 l.394-406',
    },
    'health-care': {
      label: { de: 'Gesundheitsversorgung', en: 'Health care' },
      description: {
        de: 'Krankenhäuser, Kliniken und Gesundheitszentren, ihre Kapazitäten, niedergelassene Ärztinnen und Ärzte, Erreichbarkeit.',
        en: 'Hospitals, clinics and health centres, their capacity, doctors in private practice, accessibility.',
      },
      seed: '002 l.408-414',
    },
    'employment-economy': {
      label: { de: 'Beschäftigung und Wirtschaft', en: 'Employment and economy' },
      description: {
        de: 'Unternehmen, Umsatz und Wachstum nach Teilbereichen der Gesundheitswirtschaft, Beschäftigte, Investitionen, Start-ups.',
        en: 'Companies, turnover and growth by sub-sector of the health economy, employees, investment, start-ups.',
      },
      seed: '002 l.416-424',
    },
    'research-innovation': {
      label: { de: 'Forschung und Innovation', en: 'Research and innovation' },
      description: {
        de: 'Forschungseinrichtungen, Forschungsprojekte, Patente, klinische Studien, Förderung.',
        en: 'Research institutions, research projects, patents, clinical trials, funding.',
      },
      seed: '002 l.426-435',
    },
    'education-training': {
      label: { de: 'Aus- und Weiterbildung', en: 'Education and training' },
      description: {
        de: 'Studierende in Gesundheitsstudiengängen, Ausbildungsstätten, Fortbildung, Digitalisierung der Lehre.',
        en: 'Students in health programmes, training facilities, continuing education, digital teaching.',
      },
      seed: '002 l.437-443',
    },
    highlights: {
      label: {
        de: 'Ausgewählte Highlights und Leuchttürme der Gesundheitswirtschaft im Ruhrgebiet',
        en: 'Selected highlights and flagships of the Ruhr health economy',
      },
      description: {
        de: 'Medizinische Exzellenz, wegweisende Versorgungsangebote, Infrastrukturen, Clustermanagement, Gemeinschaftsprojekte.',
        en: 'Medical excellence, pioneering care, infrastructure, cluster management, joint projects.',
      },
      seed: '002 l.445-454',
    },
  },
);
export type IndicatorGroup = CodeOf<typeof indicatorGroups>;

/** Sex in breakdowns of observations; `diverse` is the German third option ("divers"). */
export const sexes = /* @__PURE__ */ defineCodeList(
  'sex',
  { de: 'Geschlecht', en: 'Sex' },
  {
    total: { label: { de: 'Insgesamt', en: 'Total' } },
    female: { label: { de: 'Weiblich', en: 'Female' } },
    male: { label: { de: 'Männlich', en: 'Male' } },
    diverse: { label: { de: 'Divers', en: 'Diverse' } },
  },
);
export type Sex = CodeOf<typeof sexes>;
