import { type CodeEntry, type CodeOf, defineCodeList } from '../shared/codelist';

/** What kind of organisation an actor is. Drawn from the seeds; one kind per actor. */
export const actorKinds = /* @__PURE__ */ defineCodeList(
  'actor-kind',
  { de: 'Art der Organisation', en: 'Kind of organisation' },
  {
    'university-hospital': { label: { de: 'Universitätsklinikum', en: 'University hospital' } },
    hospital: { label: { de: 'Krankenhaus', en: 'Hospital' } },
    university: { label: { de: 'Universität', en: 'University' } },
    'university-of-applied-sciences': {
      label: {
        de: 'Hochschule für angewandte Wissenschaften',
        en: 'University of applied sciences',
      },
      description: {
        de: 'Fachhochschule oder Hochschule für angewandte Wissenschaften.',
        en: 'Fachhochschule: a university focused on applied teaching and research.',
      },
    },
    'research-institute': {
      label: { de: 'Forschungseinrichtung', en: 'Research institute' },
      description: {
        de: 'Außeruniversitäres Institut (z. B. Fraunhofer, Leibniz, Max Planck) oder An-Institut.',
        en: 'Research institute outside the universities (e.g. Fraunhofer, Leibniz, Max Planck) or affiliated with one.',
      },
    },
    company: { label: { de: 'Unternehmen', en: 'Company' } },
    'start-up': {
      label: { de: 'Start-up', en: 'Start-up' },
      description: {
        de: 'Junges Unternehmen mit innovativem Produkt oder Geschäftsmodell, oft eine Ausgründung.',
        en: 'Young company with an innovative product or business model, often a spin-off.',
      },
    },
    network: {
      label: { de: 'Netzwerk oder Cluster', en: 'Network or cluster' },
      description: {
        de: 'Zusammenschluss von Akteuren, der Partner vernetzt, etwa ein Branchennetzwerk oder Health Cluster.',
        en: 'An alliance that connects partners, such as an industry network or a health cluster.',
      },
    },
    funder: {
      label: { de: 'Förderer', en: 'Funder' },
      description: {
        de: 'Vergibt Fördermittel: Stiftung, Projektträger, Förderbank.',
        en: 'Grants funding: foundation, programme agency, development bank.',
      },
    },
    'public-health-office': {
      label: { de: 'Gesundheitsamt', en: 'Public health office' },
      description: {
        de: 'Untere Gesundheitsbehörde des öffentlichen Gesundheitsdienstes (ÖGD) eines Kreises oder einer Stadt.',
        en: 'Local public health authority of a district or city (Gesundheitsamt).',
      },
    },
    municipality: {
      label: { de: 'Kommune', en: 'Municipality' },
      description: {
        de: 'Stadt, Gemeinde oder Kreis, auch deren Wirtschaftsförderung.',
        en: 'City, municipality or district, including its economic development agency.',
      },
    },
    'public-agency': {
      label: { de: 'Ministerium oder Behörde', en: 'Ministry or public agency' },
      description: {
        de: 'Ministerien und Behörden von Land und Bund, z. B. Landeszentrum Gesundheit.',
        en: 'Ministries and agencies of the state and the federation.',
      },
    },
    'health-insurer': { label: { de: 'Krankenversicherung', en: 'Health insurer' } },
    'care-provider': {
      label: { de: 'Pflege- oder Versorgungseinrichtung', en: 'Care provider' },
      description: {
        de: 'Versorgung außerhalb des Krankenhauses: Pflegedienste und -heime, Praxen, MVZ, Reha-Einrichtungen, Apotheken.',
        en: 'Care outside hospitals: nursing services and homes, practices, medical care centres, rehabilitation, pharmacies.',
      },
    },
    association: {
      label: { de: 'Verband oder Kammer', en: 'Association or chamber' },
      description: {
        de: 'Verbände, Vereine und Kammern, z. B. Ärztekammer oder Industrie- und Handelskammer.',
        en: 'Associations, societies and chambers, e.g. a medical association or chamber of commerce.',
      },
    },
    investor: {
      label: { de: 'Investor', en: 'Investor' },
      description: {
        de: 'Wagniskapitalgeber, Business Angel oder Beteiligungsgesellschaft.',
        en: 'Venture capital fund, business angel or private equity company.',
      },
    },
    'trial-centre': {
      label: { de: 'Studienzentrum (KKS/ZKS)', en: 'Clinical trial centre (KKS/ZKS)' },
      description: {
        de: 'Koordinierungszentrum oder Zentrum für Klinische Studien, das Studien plant, durchführt und begleitet.',
        en: 'Coordinating centre or centre for clinical trials that plans, runs and supports trials.',
      },
    },
    other: { label: { de: 'Sonstige', en: 'Other' } },
  },
);
export type ActorKind = CodeOf<typeof actorKinds>;

/** A topic entry records where the seed documents speak of it, e.g. `001 l.192`. */
export interface TopicEntry extends CodeEntry {
  /** Seed document and line(s) in ../shared/seeds: `<document> l.<line>`, several joined by `; `. */
  readonly seed: string;
}

/**
 * Topics and competences of actors, a shared taxonomy of digital health and the health economy
 * as the seed documents use it (001: glossary l.184-194, Abb. 10, company annex; 000: health
 * technologies l.340-380; 002: fields of action and strengths l.140-380).
 */
export const topics = /* @__PURE__ */ defineCodeList(
  'topic',
  { de: 'Thema und Kompetenz', en: 'Topic and competence' },
  {
    'digital-health': {
      label: { de: 'Digital Health', en: 'Digital health' },
      description: {
        de: 'Oberbegriff: digitale Gesundheitsanwendungen, auch über IKT hinaus (KI, Robotik, Sensorik).',
        en: 'Umbrella term: digital health applications, also beyond ICT (AI, robotics, sensors).',
      },
      seed: '001 l.184',
    },
    'e-health': {
      label: { de: 'E-Health', en: 'eHealth' },
      description: {
        de: 'Nutzung digitaler Dienste durch Gesundheitsdienstleister.',
        en: 'Use of digital services by health care providers.',
      },
      seed: '001 l.190',
    },
    'm-health': {
      label: { de: 'M-Health', en: 'mHealth' },
      description: {
        de: 'Gesundheitsversorgung mit mobilen Endgeräten, ein Teil von E-Health.',
        en: 'Health care supported by mobile devices, a part of eHealth.',
      },
      seed: '001 l.187',
    },
    telemedicine: {
      label: { de: 'Telemedizin', en: 'Telemedicine' },
      description: {
        de: 'Medizinische Leistungen über räumliche Distanz mit digitalen Diensten.',
        en: 'Medical services across distance by digital means.',
      },
      seed: '001 l.192; 002 l.151',
    },
    telematics: {
      label: {
        de: 'Telematik und Telematikinfrastruktur',
        en: 'Telematics and telematics infrastructure',
      },
      description: {
        de: 'Verbindung von Telekommunikation und Informatik, z. B. die Telematikinfrastruktur (TI).',
        en: 'Telecommunication combined with informatics, e.g. the German telematics infrastructure (TI).',
      },
      seed: '001 l.194',
    },
    'artificial-intelligence': {
      label: { de: 'Künstliche Intelligenz', en: 'Artificial intelligence' },
      seed: '002 l.365; 000 l.1240',
    },
    'big-data': {
      label: { de: 'Big Data und Datenanalyse', en: 'Big data and data analytics' },
      seed: '002 l.365; 000 l.917',
    },
    'it-security': {
      label: { de: 'IT-Sicherheit und Cybersecurity', en: 'IT security and cybersecurity' },
      seed: '002 l.154; 001 l.2283',
    },
    'digital-hospital': {
      label: {
        de: 'Digitales Krankenhaus (Smart Hospital)',
        en: 'Digital hospital (smart hospital)',
      },
      seed: '001 l.2093; 001 l.1122',
    },
    'health-it': {
      label: { de: 'Gesundheits-IT', en: 'Health IT' },
      description: {
        de: 'Software für Praxen, Krankenhäuser (KIS), Apotheken und Labore.',
        en: 'Software for practices, hospitals (HIS), pharmacies and laboratories.',
      },
      seed: '002 l.302; 002 l.373',
    },
    'medical-technology': {
      label: { de: 'Medizintechnik', en: 'Medical technology' },
      description: {
        de: 'Medizinprodukte: Implantate, Prothetik, mobile Technologien, Health Applications.',
        en: 'Medical devices: implants, prosthetics, mobile technology, health applications.',
      },
      seed: '000 l.373',
    },
    pharma: {
      label: { de: 'Pharmazie und Arzneimittel', en: 'Pharmaceuticals' },
      seed: '001 l.671; 002 l.260',
    },
    biotechnology: {
      label: { de: 'Biotechnologie', en: 'Biotechnology' },
      seed: '000 l.345',
    },
    atmp: {
      label: {
        de: 'Arzneimittel für neuartige Therapien (ATMP)',
        en: 'Advanced therapy medicinal products (ATMP)',
      },
      description: {
        de: 'Gentherapie, (Stamm-)Zelltherapie, Tissue Engineering.',
        en: 'Gene therapy, (stem) cell therapy, tissue engineering.',
      },
      seed: '000 l.370',
    },
    'regenerative-medicine': {
      label: { de: 'Regenerative Medizin', en: 'Regenerative medicine' },
      seed: '000 l.379',
    },
    diga: {
      label: {
        de: 'Digitale Gesundheitsanwendungen (DiGA)',
        en: 'Digital health applications (DiGA)',
      },
      description: {
        de: 'Apps und Software mit medizinischem Zweck, die von der Krankenversicherung erstattet werden können.',
        en: 'Apps and software with a medical purpose that health insurance can reimburse in Germany.',
      },
      seed: '000 l.540',
    },
    'care-and-nursing': {
      label: { de: 'Pflege', en: 'Nursing and care' },
      seed: '001 l.1187; 002 l.260',
    },
    'assistive-technology': {
      label: { de: 'Assistenztechnologien (AAL)', en: 'Assistive technology (AAL)' },
      description: {
        de: 'Technik, die Menschen im Alltag unterstützt, z. B. Ambient/Active Assisted Living und Telecare.',
        en: 'Technology that supports people in daily life, e.g. ambient/active assisted living and telecare.',
      },
      seed: '000 l.376; 002 l.151',
    },
    prevention: {
      label: { de: 'Prävention', en: 'Prevention' },
      seed: '000 l.3; 001 l.2652',
    },
    rehabilitation: {
      label: { de: 'Rehabilitation', en: 'Rehabilitation' },
      seed: '001 l.2991; 001 l.3084',
    },
    'clinical-research': {
      label: { de: 'Klinische Forschung und Studien', en: 'Clinical research and trials' },
      seed: '002 l.152; 000 l.437',
    },
    'health-services-research': {
      label: { de: 'Versorgungsforschung', en: 'Health services research' },
      seed: '000 l.382; 000 l.631',
    },
    imaging: {
      label: { de: 'Bildgebung und Radiologie', en: 'Imaging and radiology' },
      seed: '001 l.2920; 001 l.1498',
    },
    diagnostics: {
      label: { de: 'Diagnostik', en: 'Diagnostics' },
      seed: '002 l.373; 001 l.2644',
    },
    'personalised-medicine': {
      label: { de: 'Personalisierte Medizin', en: 'Personalised medicine' },
      seed: '000 l.267; 002 l.365',
    },
    robotics: {
      label: { de: 'Robotik', en: 'Robotics' },
      description: {
        de: 'Z. B. roboterunterstützte Chirurgie, Neurorobotik, Pflegerobotik.',
        en: 'E.g. robot-assisted surgery, neurorobotics, care robotics.',
      },
      seed: '000 l.377; 001 l.185',
    },
    'medical-design': {
      label: { de: 'Medical Design', en: 'Medical design' },
      description: {
        de: 'Gestaltung von Medizinprodukten: Funktion und Benutzerfreundlichkeit.',
        en: 'Design of medical devices: function and usability.',
      },
      seed: '002 l.330',
    },
    'health-logistics': {
      label: { de: 'Gesundheitslogistik', en: 'Health logistics' },
      description: {
        de: 'Material- und Arzneimittelflüsse, z. B. Medikamentenmanagement im Krankenhaus.',
        en: 'Flows of materials and medicines, e.g. medication management in hospitals.',
      },
      seed: '002 l.286; 001 l.3061',
    },
    'green-hospital': {
      label: { de: 'Green Hospital und Nachhaltigkeit', en: 'Green hospital and sustainability' },
      description: {
        de: 'Klimaschutz, Ressourcenschonung und Nachhaltigkeit im Gesundheitswesen (Green Health).',
        en: 'Climate protection, resource efficiency and sustainability in health care (green health).',
      },
      seed: '002 l.528; 002 l.324',
    },
    'education-and-training': {
      label: { de: 'Aus- und Weiterbildung', en: 'Education and training' },
      description: {
        de: 'Bildungs- und Qualifizierungsangebote in den Gesundheitsberufen, auch E-Learning.',
        en: 'Education and qualification in the health professions, e-learning included.',
      },
      seed: '002 l.153; 001 l.2531',
    },
    'health-finance': {
      label: {
        de: 'Abrechnung, Finanzen und Verwaltung',
        en: 'Billing, finance and administration',
      },
      seed: '001 l.2693; 001 l.3076',
    },
    'public-health': {
      label: { de: 'Public Health', en: 'Public health' },
      description: {
        de: 'Gesundheit der Bevölkerung: öffentlicher Gesundheitsdienst, Urban Health, Gesundheitsförderung.',
        en: 'Health of the population: public health service, urban health, health promotion.',
      },
      seed: '002 l.328; 003 l.862',
    },
  } satisfies Record<string, TopicEntry>,
);
export type Topic = CodeOf<typeof topics>;

/** A sub-sector of the health economy, with the area it belongs to. */
export interface SectorEntry extends CodeEntry {
  /** The enclosing area; top-level areas have none. */
  readonly parent?: string;
}

/*
 * The sub-sectors of the health-economy satellite account of the BMWK (Gesundheitswirtschaftliche
 * Gesamtrechnung, GGR, "Gesundheitswirtschaft – Fakten & Zahlen").
 *
 * Confirmed (GGR as presented in March 2023 and reported by pag/gerechte-gesundheit.de and
 * SPECTARIS, and the BMWK page "Branchenfokus Gesundheitswirtschaft"): the three areas
 * Medizinische Versorgung (stationäre und nicht-stationäre Einrichtungen), Industrielle
 * Gesundheitswirtschaft (Arzneimittel, Medizintechnik und Medizinprodukte, Handel und Vertrieb,
 * wissenschaftliche Forschung) and Weitere Teilbereiche (Krankenversicherungen und öffentliche
 * Verwaltung, eigenständige Gesundheitsversorgung, Sport-, Wellness- und Tourismusdienstleistungen,
 * Investitionen).
 *
 * Not confirmed: the exact wording of the sub-groups in the latest edition; "Digitale
 * Gesundheitswirtschaft (E-Health)" as a sub-group of its own (the BMWi studied it in 2016 as a
 * cross-section; it is kept here because the seeds and the brief need it); where pharmacies
 * and other retail sit (older editions had them under Handel, a 2022 summary lists them next to
 * the health insurers). Codes are stable; labels may follow the next edition.
 */
export const healthEconomySectors = /* @__PURE__ */ defineCodeList(
  'health-economy-sector',
  { de: 'Teilbereich der Gesundheitswirtschaft', en: 'Health economy sub-sector' },
  {
    'medical-care': {
      label: { de: 'Medizinische Versorgung', en: 'Medical care' },
    },
    'inpatient-care': {
      label: { de: 'Stationäre Einrichtungen', en: 'Inpatient facilities' },
      description: {
        de: 'Krankenhäuser, Vorsorge- und Rehabilitationseinrichtungen, stationäre Pflege.',
        en: 'Hospitals, preventive and rehabilitation facilities, residential care.',
      },
      parent: 'medical-care',
    },
    'outpatient-care': {
      label: { de: 'Nicht-stationäre Einrichtungen', en: 'Outpatient facilities' },
      description: {
        de: 'Arzt- und Zahnarztpraxen, Praxen sonstiger Gesundheitsberufe, ambulante Pflege.',
        en: 'Medical and dental practices, practices of other health professions, home care.',
      },
      parent: 'medical-care',
    },
    'industrial-health-economy': {
      label: { de: 'Industrielle Gesundheitswirtschaft', en: 'Industrial health economy' },
    },
    pharmaceuticals: {
      label: { de: 'Humanarzneimittel', en: 'Pharmaceuticals for human use' },
      parent: 'industrial-health-economy',
    },
    'medical-technology': {
      label: { de: 'Medizintechnik und Medizinprodukte', en: 'Medical technology and devices' },
      parent: 'industrial-health-economy',
    },
    'digital-health-economy': {
      label: {
        de: 'Digitale Gesundheitswirtschaft (E-Health)',
        en: 'Digital health economy (eHealth)',
      },
      parent: 'industrial-health-economy',
    },
    'trade-and-distribution': {
      label: { de: 'Handel und Vertrieb', en: 'Trade and distribution' },
      description: {
        de: 'Groß- und Einzelhandel mit Gesundheitsgütern.',
        en: 'Wholesale and retail of health goods.',
      },
      parent: 'industrial-health-economy',
    },
    'research-and-development': {
      label: { de: 'Forschung und Entwicklung', en: 'Research and development' },
      parent: 'industrial-health-economy',
    },
    'other-sub-sectors': {
      label: { de: 'Weitere Teilbereiche', en: 'Other sub-sectors' },
    },
    'insurance-and-administration': {
      label: {
        de: 'Krankenversicherungen und öffentliche Verwaltung',
        en: 'Health insurance and public administration',
      },
      parent: 'other-sub-sectors',
    },
    'self-provided-health-care': {
      label: { de: 'Eigenständige Gesundheitsversorgung', en: 'Self-provided health care' },
      description: {
        de: 'Gesundheitsgüter und -leistungen, die private Haushalte aus eigenem Antrieb nachfragen.',
        en: 'Health goods and services that private households buy on their own initiative.',
      },
      parent: 'other-sub-sectors',
    },
    'sport-wellness-tourism': {
      label: {
        de: 'Sport-, Wellness- und Tourismusdienstleistungen',
        en: 'Sport, wellness and tourism services',
      },
      parent: 'other-sub-sectors',
    },
    investments: {
      label: { de: 'Investitionen', en: 'Investments' },
      parent: 'other-sub-sectors',
    },
  } satisfies Record<string, SectorEntry>,
);
export type HealthEconomySector = CodeOf<typeof healthEconomySectors>;
