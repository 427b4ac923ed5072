import { type CodeOf, defineCodeList } from '../shared/codelist';
import type { FormatName } from '../shared/formats';

/** The identifier schemes the kit parses and checks: trial registries, German health IDs, regions. */
export const identifierSchemes = /* @__PURE__ */ defineCodeList(
  'identifier-scheme',
  { de: 'Kennungsart', en: 'Identifier scheme' },
  {
    nct: {
      label: { de: 'NCT-Nummer (ClinicalTrials.gov)', en: 'NCT number (ClinicalTrials.gov)' },
    },
    drks: {
      label: {
        de: 'DRKS-ID (Deutsches Register Klinischer Studien)',
        en: 'DRKS ID (German Clinical Trials Register)',
      },
    },
    euct: {
      label: { de: 'EU-CT-Nummer (CTIS)', en: 'EU CT number (CTIS)' },
      description: {
        de: 'Nummer einer Studie im EU-Portal CTIS (seit 2022/2023), z. B. 2023-501234-12-00.',
        en: 'Number of a trial in the EU portal CTIS (since 2022/2023), e.g. 2023-501234-12-00.',
      },
    },
    eudract: {
      label: { de: 'EudraCT-Nummer', en: 'EudraCT number' },
      description: {
        de: 'Nummer einer Arzneimittelstudie in der EU-Datenbank EudraCT (vor CTIS), z. B. 2019-001234-56.',
        en: 'Number of a medicinal-product trial in the EU database EudraCT (before CTIS), e.g. 2019-001234-56.',
      },
    },
    isrctn: { label: { de: 'ISRCTN-Nummer', en: 'ISRCTN number' } },
    utn: {
      label: { de: 'WHO Universal Trial Number (UTN)', en: 'WHO Universal Trial Number (UTN)' },
      description: {
        de: 'Von der WHO vergebene Nummer, die eine Studie vor ihrer Registrierung eindeutig macht.',
        en: 'A number issued by the WHO that identifies a trial before it is registered.',
      },
    },
    ik: {
      label: { de: 'Institutionskennzeichen (IK)', en: 'Institution code (IK)' },
      description: {
        de: 'Neunstellige Kennung von Leistungserbringern und Kostenträgern für die Abrechnung mit der Sozialversicherung.',
        en: 'Nine-digit number of care providers and payers for billing with German social insurance.',
      },
    },
    ror: {
      label: {
        de: 'ROR-ID (Research Organization Registry)',
        en: 'ROR ID (Research Organization Registry)',
      },
    },
    'telematik-id': {
      label: { de: 'Telematik-ID', en: 'Telematik ID' },
      description: {
        de: 'Kennung einer Institution oder Person in der Telematikinfrastruktur (TI) der gematik.',
        en: 'ID of an institution or person in the German telematics infrastructure (TI, gematik).',
      },
    },
    'hospital-site': {
      label: { de: 'Krankenhaus-Standortnummer', en: 'Hospital site number' },
      description: {
        de: 'Neunstellige Nummer eines Krankenhausstandorts im bundesweiten Standortverzeichnis (beginnt mit 77).',
        en: 'Nine-digit number of a hospital site in the German national site register (starts with 77).',
      },
    },
    ags: {
      label: { de: 'Amtlicher Gemeindeschlüssel (AGS)', en: 'Official municipality key (AGS)' },
    },
    nuts: {
      label: { de: 'NUTS-Code', en: 'NUTS code' },
      description: {
        de: 'Code einer Region in der EU-Systematik NUTS, z. B. DEA13 für Essen.',
        en: 'Code of a region in the EU classification NUTS, e.g. DEA13 for Essen.',
      },
    },
  },
);
export type IdentifierScheme = CodeOf<typeof identifierSchemes>;

/** The schemes of trial registries, in the order `detectTrialIdentifier` tries them. */
export const trialIdentifierSchemes = ['nct', 'drks', 'euct', 'eudract', 'isrctn', 'utn'] as const;
export type TrialIdentifierScheme = (typeof trialIdentifierSchemes)[number];

/** The named format (pattern, labels, example) of each scheme's canonical form. */
export const identifierFormats: Readonly<Record<IdentifierScheme, FormatName>> = {
  nct: 'nct',
  drks: 'drks',
  euct: 'euct',
  eudract: 'eudract',
  isrctn: 'isrctn',
  utn: 'utn',
  ik: 'ik',
  ror: 'ror',
  'telematik-id': 'telematikId',
  'hospital-site': 'hospitalSite',
  ags: 'ags',
  nuts: 'nuts',
};

// FHIR Identifier.system of each scheme, and where it comes from. "No authority found" means we
// found no NamingSystem for it and use the registry's https base URL: a convention of this kit.
const systems: Readonly<Record<IdentifierScheme, string>> = {
  // MII KDS module Studie, ResearchStudy page, "NamingSystems" table (preferred URLs), which the
  // German research IGs follow. HL7 THO NamingSystem ClinicalTrials-Gov (2026-02-09) adds
  // https://clinicaltrials.gov/nctid as preferred URI; both are accepted by identifierSchemeOfSystem.
  nct: 'https://clinicaltrials.gov',
  // MII KDS module Studie, NamingSystem table; also the pattern of the DRKS slice in the MII MTB
  // module (NamingSystem mii-ns-studie-drks, status draft).
  drks: 'https://www.medizininformatik-initiative.de/fhir/modul-studie/sid/drks',
  // HL7 THO NamingSystem CTIS (2026-02-09): "the URL endorsed by the TSMG and considered
  // authoritative". The MII module has no entry for CTIS.
  euct: 'https://euclinicaltrials.eu/clinicalTrialId',
  // MII KDS module Studie, NamingSystem table (mii-ns-studie-eudract).
  eudract: 'https://www.medizininformatik-initiative.de/fhir/modul-studie/sid/eudract',
  // No authority found (neither HL7 THO nor MII): the registry's https base URL.
  isrctn: 'https://www.isrctn.com',
  // MII KDS module Studie, NamingSystem table.
  utn: 'https://www.medizininformatik-initiative.de/fhir/modul-studie/sid/utn',
  // de.basisprofil.r4 (HL7 Deutschland), IdentifierIknr.
  ik: 'http://fhir.de/sid/arge-ik/iknr',
  // No FHIR NamingSystem found; ROR's own resolver base, so system + '/' + value resolves.
  ror: 'https://ror.org',
  // gematik, IdentifierTelematikId; used by de.basisprofil.r4, ISiK and E-Rezept examples.
  'telematik-id': 'https://gematik.de/fhir/sid/telematik-id',
  // de.basisprofil.r4 1.4.0, IdentifierStandortnummer (fixed system), used by ISiK Standort.
  'hospital-site': 'http://fhir.de/sid/dkgev/standortnummer',
  // de.basisprofil.r4, extension destatis/ags: valueCoding.system.
  ags: 'http://fhir.de/sid/destatis/ags',
  // No FHIR NamingSystem found; Eurostat's NUTS page as a stable https base.
  nuts: 'https://ec.europa.eu/eurostat/web/nuts',
};

// Other systems met in the wild for the same scheme, so readers can recognise them.
const aliases: Readonly<Partial<Record<IdentifierScheme, readonly string[]>>> = {
  nct: [
    'https://clinicaltrials.gov/nctid',
    'http://clinicaltrials.gov',
    'https://www.clinicaltrials.gov',
    'urn:oid:2.16.840.1.113883.3.1077',
  ],
  drks: ['https://drks.de', 'https://www.drks.de', 'http://www.drks.de'],
  isrctn: ['http://www.isrctn.com', 'https://isrctn.com'],
  ror: ['https://ror.org/', 'http://ror.org'],
};

/** The FHIR `Identifier.system` URI of a scheme. See the source comments for each one's origin. */
export function identifierSystem(scheme: IdentifierScheme): string {
  return systems[scheme];
}

/**
 * The scheme of a FHIR `Identifier.system`, the kit's own URIs and known aliases included
 * (e.g. HL7's `https://clinicaltrials.gov/nctid`), or `undefined` for a system it does not know.
 */
export function identifierSchemeOfSystem(system: string): IdentifierScheme | undefined {
  for (const scheme of identifierSchemes.codes) {
    if (systems[scheme] === system || aliases[scheme]?.includes(system)) return scheme;
  }
  return undefined;
}
