import type { Actor, ActorAddress } from '@nrw-health/core';
import { fromSeed } from '../sources';

/*
 * The organisations of the health ecosystem of NRW and the Ruhr that the seed documents name.
 *
 * Rules of this file:
 * - Every actor cites the lines where a seed names it (`provenance.sources`, one source per
 *   passage). Names, cities, founding years, topics, memberships and trial activity come from
 *   those lines; descriptions are our own short paraphrases of them.
 * - `address.city` is the town as the seed gives it (in the entry, in the name of the
 *   organisation, or "in Essen"). `district` is the AGS of the Kreis or kreisfreie Stadt that
 *   core's `findRegion` gives for that town; the tests check it. Where a seed gives no town,
 *   there is no city and no district; `state` is DE-NW where the seed places the organisation
 *   in NRW or the Ruhr.
 * - No people: the seeds quote many persons; only their organisations are recorded here.
 * - No websites from memory. The seeds print few usable addresses for these organisations
 *   (mostly without a scheme, e.g. "www.digitalhealth.ruhr"); those are left out rather than
 *   completed by us.
 */

/** AGS of the district each NRW town of this file lies in (as core's findRegion resolves it). */
const districtOf = {
  Aachen: '05334',
  'Bad Oeynhausen': '05770',
  Bochum: '05911',
  Bonn: '05314',
  Dortmund: '05913',
  Duisburg: '05112',
  Düsseldorf: '05111',
  Essen: '05113',
  Gelsenkirchen: '05513',
  Gladbeck: '05562',
  Hagen: '05914',
  Köln: '05315',
  Moers: '05170',
  Münster: '05515',
  Oberhausen: '05119',
  Recklinghausen: '05562',
  Witten: '05954',
} as const;

type NrwTown = keyof typeof districtOf;

const inNrw = (city: NrwTown, more?: Pick<ActorAddress, 'lines' | 'postalCode'>): ActorAddress => ({
  ...more,
  city,
  district: districtOf[city],
  state: 'DE-NW',
  country: 'DE',
});

const wetterRuhr: ActorAddress = {
  city: 'Wetter (Ruhr)',
  district: '05954',
  state: 'DE-NW',
  country: 'DE',
};

/** In NRW (the seed places it in NRW or the Ruhr) without a town. */
const nrw: ActorAddress = { state: 'DE-NW', country: 'DE' };
/** A federal or national organisation; the seeds give no town. */
const germany: ActorAddress = { country: 'DE' };

const sources = (...list: ReturnType<typeof fromSeed>[]) => ({ sources: list });

// ---------------------------------------------------------------------------------------------
// Networks and clusters
// ---------------------------------------------------------------------------------------------

const networks: Actor[] = [
  {
    id: 'medecon-ruhr',
    kind: 'network',
    name: { de: 'MedEcon Ruhr', en: 'MedEcon Ruhr' },
    address: inNrw('Bochum'),
    topics: ['digital-health'],
    description: {
      de: 'Netzwerk der Gesundheitswirtschaft an der Ruhr mit über 170 (001) bzw. 174 (002) Unternehmen und Einrichtungen; die MedEcon Ruhr GmbH mit Sitz in Bochum übernimmt seit 2007 eine Schnittstellenfunktion für die Unternehmen der Region. Die Seeds nennen auch einen MedEcon Ruhr e. V.; MedEcon baute den Westdeutschen Teleradiologieverbund auf und ist Projektpartner der Koordinierungsstelle Digital Health Ruhr.',
      en: 'Health-economy network of the Ruhr with more than 170 (001) or 174 (002) companies and institutions; since 2007 the MedEcon Ruhr GmbH, based in Bochum, has acted as an interface for the companies of the region. The seeds also name a MedEcon Ruhr e. V.; MedEcon set up the West German teleradiology network and is project partner of the Koordinierungsstelle Digital Health Ruhr.',
    },
    provenance: sources(
      fromSeed('001', [22, 24]), // "Medecon Ruhr"
      fromSeed('001', [1416, 1432]),
      fromSeed('001', [1478, 1492]),
      fromSeed('002', [110, 110]), // "MedEcon-Ruhr"
      fromSeed('002', [286, 286]), // "MedEcon Ruhr e.V. als Netzwerkagentur"
      fromSeed('002', [294, 294]),
      fromSeed('002', [573, 575]),
      fromSeed('003', [112, 138]),
      fromSeed('003', [1063, 1069]),
    ),
  },
  {
    id: 'cluster-medizin-nrw',
    kind: 'network',
    name: { de: 'Cluster Medizin.NRW', en: 'Cluster Medizin.NRW' },
    address: inNrw('Düsseldorf', { lines: ['Merowingerplatz 1'], postalCode: '40225' }),
    topics: ['clinical-research', 'medical-technology', 'digital-health', 'personalised-medicine'],
    description: {
      de: 'NRW-weites Netzwerk der innovativen Medizin, das im Auftrag des Ministeriums für Kultur und Wissenschaft des Landes NRW Akteure aus Wissenschaft, Wirtschaft, Politik und Gesellschaft vernetzt und zu Fördermöglichkeiten berät. Es stieß 2019 den Strategieprozess „Medizin in NRW“ an (Handlungsfelder Gesundheitstechnologien, klinische Forschung, Digitalisierung, Personalisierung) und führt eine Akteursdatenbank.',
      en: 'NRW-wide network for innovative medicine that, on behalf of the state Ministry of Culture and Science, connects partners from science, industry, politics and society and advises on funding. In 2019 it launched the strategy process "Medizin in NRW" (health technologies, clinical research, digitalisation, personalisation) and it runs a database of actors.',
    },
    provenance: sources(
      fromSeed('000', [49, 67]),
      fromSeed('000', [98, 105]), // the four fields of action; "Cluster Medizin.NRW" on l.99
      fromSeed('000', [109, 125]), // Geschäftsstelle and address
      fromSeed('000', [579, 582]), // "Akteursdatenbank des Clusters Medizin.NRW"
      fromSeed('001', [1452, 1476]),
    ),
  },
  {
    id: 'connectmt',
    kind: 'network',
    name: { de: 'ConnectMT – Verbund für medizinische Telekooperationen' },
    address: nrw,
    founded: 2012,
    topics: ['imaging', 'telemedicine'],
    description: {
      de: 'Von MedEcon Ruhr gegründeter Teleradiologieverbund, bis Mitte 2023 „Westdeutscher Teleradiologieverbund“: Seit 2012 tauschen angeschlossene Praxen und Kliniken über eine zentrale Plattform Bilddateien sicher aus. Aus anfangs rund 20 Pilotpartnern wurden rund 600 Praxen und Kliniken, die monatlich um die 60.000 Dateien austauschen; nach 002 der größte Zusammenschluss seiner Art in Deutschland.',
      en: 'Teleradiology network founded by MedEcon Ruhr, called "Westdeutscher Teleradiologieverbund" until mid-2023: since 2012 connected practices and hospitals have exchanged image files securely over a central platform. From around 20 pilot partners it grew to around 600 practices and hospitals that exchange about 60,000 files a month; according to 002 the largest alliance of its kind in Germany.',
    },
    provenance: sources(
      fromSeed('001', [24, 26]),
      fromSeed('001', [1494, 1535]),
      fromSeed('002', [54, 54]),
      fromSeed('002', [110, 110]),
      fromSeed('002', [286, 286]), // renamed ConnectMT in mid-2023
      fromSeed('002', [304, 304]),
      fromSeed('002', [605, 605]),
    ),
  },
  {
    id: 'ztg',
    kind: 'network',
    name: { de: 'Zentrum für Telematik und Telemedizin' },
    shortName: { de: 'ZTG', en: 'ZTG' },
    address: inNrw('Hagen'),
    topics: ['telematics', 'telemedicine', 'health-it'],
    description: {
      de: 'Zentrum in Hagen, das 002 zu den Stärken des Ruhrgebiets in Gesundheits-IT und Telemedizin zählt (002 schreibt auch „Zentrum für Telematik im Gesundheitswesen“).',
      en: 'Centre in Hagen that 002 counts among the strengths of the Ruhr in health IT and telemedicine (002 also calls it "Zentrum für Telematik im Gesundheitswesen").',
    },
    provenance: sources(
      fromSeed('002', [286, 286]),
      fromSeed('002', [304, 304]),
      fromSeed('002', [373, 373]), // "ZTG in Hagen"
    ),
  },
  {
    id: 'digital-health-factory-ruhr',
    kind: 'network',
    name: { de: 'Digital Health Factory Ruhr', en: 'Digital Health Factory Ruhr' },
    address: nrw,
    topics: ['digital-health'],
    description: {
      de: 'Von MedEcon Ruhr moderiertes Bündnis, das sich digitalen Lösungen für die Gesundheitsversorgung in Ballungsräumen widmet; 002 nennt es unter den Highlights der Gesundheitswirtschaft im Ruhrgebiet.',
      en: 'Alliance moderated by MedEcon Ruhr that works on digital solutions for health care in conurbations; 002 lists it among the highlights of the Ruhr health economy.',
    },
    provenance: sources(fromSeed('002', [453, 453]), fromSeed('003', [1063, 1069])),
  },
  {
    id: 'universitaetsallianz-ruhr',
    kind: 'network',
    name: { de: 'Universitätsallianz Ruhr' },
    shortName: { de: 'UAR', en: 'UAR' },
    address: nrw,
    description: {
      de: 'Zusammenschluss der Universitäten des Ruhrgebiets mit einem Exzellenzcluster Medizin, den 002 als Partner einer künftigen Einrichtung „International Health.Ruhr“ vorschlägt, um die Wissenschaft der Region international zu repräsentieren.',
      en: 'Alliance of the universities of the Ruhr with an excellence cluster in medicine, which 002 proposes as a partner of a future "International Health.Ruhr" to represent the science of the region internationally.',
    },
    provenance: sources(
      fromSeed('002', [62, 62]),
      fromSeed('002', [567, 567]), // "Universität Allianz Ruhr – UAR"
      fromSeed('002', [579, 579]),
    ),
  },
  {
    id: 'hochschulallianz-ruhr',
    kind: 'network',
    name: { de: 'Hochschulallianz Ruhr' },
    shortName: { de: 'HAR', en: 'HAR' },
    address: nrw,
    description: {
      de: 'Allianz, über die die Hochschule Bochum, die Fachhochschule Dortmund und die Westfälische Hochschule in Lehre, Forschung und Third Mission zusammenarbeiten, in den Clustern Forschungsförderung, Internationalisierung und wissenschaftliche Weiterbildung.',
      en: 'Alliance through which the Hochschule Bochum, the Fachhochschule Dortmund and the Westfälische Hochschule work together in teaching, research and third mission, in three clusters: research funding, internationalisation and continuing education.',
    },
    provenance: sources(fromSeed('002', [62, 62]), fromSeed('002', [286, 290])),
  },
  {
    id: 'research-center-one-health-ruhr',
    kind: 'network',
    name: {
      de: 'Research Center One Health Ruhr – from Molecules to Systems',
      en: 'Research Center One Health Ruhr – from Molecules to Systems',
    },
    address: nrw,
    description: {
      de: 'Dach, unter dem im Ruhrgebiet mehrere Forschungszentren der gesundheitsrelevanten Lebenswissenschaften etabliert oder auf den Weg gebracht wurden, darunter ProDi, THINK und das Institut für Künstliche Intelligenz in der Medizin.',
      en: 'Umbrella under which several research centres of the health-related life sciences have been set up or started in the Ruhr, among them ProDi, THINK and the Institute for Artificial Intelligence in Medicine.',
    },
    provenance: sources(fromSeed('002', [314, 320])),
  },
  {
    id: 'ki-nrw',
    kind: 'network',
    name: { de: 'Kompetenzplattform Künstliche Intelligenz KI.NRW' },
    shortName: { de: 'KI.NRW', en: 'KI.NRW' },
    address: nrw,
    topics: ['artificial-intelligence'],
    description: {
      de: 'Neu gegründete landesweite Kompetenzplattform für Künstliche Intelligenz, mit der die Strategie „Medizin in NRW“ Austausch und Abstimmung beim Thema KI im Gesundheitssystem empfiehlt.',
      en: 'Newly founded state-wide competence platform for artificial intelligence, with which the strategy "Medizin in NRW" recommends exchange and coordination on AI in the health system.',
    },
    provenance: sources(fromSeed('000', [1060, 1065]), fromSeed('000', [1133, 1143])),
  },
  {
    id: 'digitale-hochschule-nrw',
    kind: 'network',
    name: { de: 'Digitale Hochschule NRW' },
    shortName: { de: 'DH.NRW', en: 'DH.NRW' },
    address: nrw,
    description: {
      de: 'Bestehendes Format, mit dem die Strategie „Medizin in NRW“ den Austausch zur Digitalisierung im Gesundheitswesen empfiehlt.',
      en: 'Existing format with which the strategy "Medizin in NRW" recommends exchange on digitalisation in health care.',
    },
    provenance: sources(fromSeed('000', [1060, 1065])),
  },
  {
    id: 'cio-abcd',
    kind: 'network',
    name: { de: 'Centrum für Integrierte Onkologie – CIO Aachen Bonn Köln Düsseldorf (ABCD)' },
    shortName: { de: 'CIO ABCD', en: 'CIO ABCD' },
    address: nrw,
    description: {
      de: 'Verbund, in dem mehr als 200 Fachkliniken und Institute zusammenarbeiten; 000 nennt ihn als Beispiel exzellenter Vernetzung in der Krebsforschung in NRW.',
      en: 'Alliance in which more than 200 specialist clinics and institutes work together; 000 names it as an example of excellent networking in cancer research in NRW.',
    },
    provenance: sources(fromSeed('000', [1214, 1222])),
  },
  {
    id: 'netzwerk-genomische-medizin-lungenkrebs',
    kind: 'network',
    name: { de: 'Netzwerk genomische Medizin Lungenkrebs' },
    address: nrw,
    topics: ['personalised-medicine'],
    description: {
      de: 'Von der Universität und dem Universitätsklinikum Köln initiiertes Netzwerk, das 000 als Beispiel exzellenter Vernetzung in der Krebsforschung in NRW nennt.',
      en: 'Network initiated by the university and the university hospital of Cologne, which 000 names as an example of excellent networking in cancer research in NRW.',
    },
    provenance: sources(fromSeed('000', [1214, 1222])),
  },
  {
    id: 'h2-netzwerk-ruhr',
    kind: 'network',
    name: { de: 'h2-netzwerk-ruhr e.V.' },
    address: nrw,
    description: {
      de: 'Netzwerk, mit dem sich das Ruhrgebiet als Kompetenzregion für die Gewinnung von grünem Wasserstoff aufgestellt hat; 002 zählt die Wasserstofftechnologie zum Green-Health-Kapital der Region.',
      en: 'Network with which the Ruhr has positioned itself as a competence region for producing green hydrogen; 002 counts hydrogen technology among the green-health assets of the region.',
    },
    provenance: sources(fromSeed('002', [328, 328]), fromSeed('002', [504, 504])),
  },
  {
    id: 'digital-health-start-up-oekosystem-nrw',
    kind: 'network',
    name: { de: 'Digital Health Start-Up Ökosystem NRW' },
    address: nrw,
    topics: ['digital-health'],
    description: {
      de: 'Vom Land geförderte Plattform zur Bündelung innovativer Aktivitäten smarter Gesundheits-Start-ups in NRW; die Ruhr-Universität Bochum beteiligt sich als Schlüsselakteur.',
      en: 'State-funded platform that brings together the activities of smart health start-ups in NRW; the Ruhr-Universität Bochum takes part as a key actor.',
    },
    provenance: sources(fromSeed('004', [30, 30])),
  },
];

// ---------------------------------------------------------------------------------------------
// Public bodies, municipalities, associations
// ---------------------------------------------------------------------------------------------

const publicBodies: Actor[] = [
  {
    id: 'rvr',
    kind: 'public-agency',
    name: { de: 'Regionalverband Ruhr' },
    shortName: { de: 'RVR', en: 'RVR' },
    address: nrw,
    topics: ['digital-health'],
    description: {
      de: 'Regionalverband der Metropole Ruhr; er beauftragte die Studie 002, verfolgt federführend das Ziel, die grünste Industrieregion der Welt zu werden, und richtete zum 1. Juli 2023 mit der MedEcon Ruhr GmbH die Koordinierungsstelle Digital Health Ruhr ein. Mit dem RWI erstellte er eine Bestandsaufnahme zu Digital Health in der Metropole Ruhr.',
      en: 'Regional association of the Ruhr metropolitan area; it commissioned study 002, leads the aim of becoming the greenest industrial region in the world, and on 1 July 2023 set up the Koordinierungsstelle Digital Health Ruhr with the MedEcon Ruhr GmbH. With the RWI it produced a survey of digital health in the Ruhr.',
    },
    provenance: sources(
      fromSeed('002', [6, 6]),
      fromSeed('002', [124, 124]), // "Regionalverband Ruhrgebiet (RVR)"
      fromSeed('002', [498, 498]),
      fromSeed('003', [112, 138]),
      fromSeed('003', [309, 318]),
    ),
  },
  {
    id: 'koordinierungsstelle-digital-health-ruhr',
    kind: 'public-agency',
    name: { de: 'Koordinierungsstelle Digital Health Ruhr' },
    address: inNrw('Bochum'),
    founded: 2023,
    topics: ['digital-health'],
    description: {
      de: 'Vom RVR zum 1. Juli 2023 eingerichtete Stelle, die er mit der MedEcon Ruhr GmbH für zunächst 2,5 Jahre betreibt, um die Digital-Health-Potenziale an der Ruhr sichtbarer zu machen, den Austausch zu fördern und Kooperationsprojekte und Fördermittel voranzubringen. An oberster Stelle steht eine Übersicht über die Akteure der Digital-Health-Branche in der Metropole Ruhr.',
      en: 'Office set up by the RVR on 1 July 2023 and run with the MedEcon Ruhr GmbH for an initial 2.5 years to make the digital-health potential of the Ruhr more visible, foster exchange and advance joint projects and funding. Its first task is an overview of the actors of digital health in the Ruhr.',
    },
    provenance: sources(
      fromSeed('003', [9, 21]),
      fromSeed('003', [112, 138]),
      fromSeed('003', [703, 719]), // "gemeinsame Koordinierungsstelle von RVR und MedEcon"
      fromSeed('003', [1096, 1101]), // "bei der Koordinierungsstelle in Bochum"
    ),
  },
  {
    id: 'landeszentrum-gesundheit-nrw',
    kind: 'public-agency',
    name: { de: 'Landeszentrum Gesundheit Nordrhein-Westfalen' },
    shortName: { de: 'Landeszentrum Gesundheit.NRW' },
    address: inNrw('Bochum'),
    sectors: ['insurance-and-administration'],
    topics: ['public-health'],
    description: {
      de: 'Zentrale Einrichtung der Landesgesundheitsverwaltung am Gesundheitscampus NRW in Bochum; sie hat Projekte und Materialien zur gesundheitsförderlichen Stadtentwicklung erarbeitet. 001 nennt sie als Beispiel für die Verzahnung von Praxis und Wissenschaft.',
      en: 'Central institution of the state health administration at the Gesundheitscampus NRW in Bochum; it has produced projects and material on health-promoting urban development. 001 names it as an example of practice and science working together.',
    },
    provenance: sources(
      fromSeed('001', [773, 777]),
      fromSeed('002', [286, 286]),
      fromSeed('002', [294, 294]),
      fromSeed('002', [508, 508]),
    ),
  },
  {
    id: 'ministerium-kultur-wissenschaft-nrw',
    kind: 'public-agency',
    name: { de: 'Ministerium für Kultur und Wissenschaft des Landes Nordrhein-Westfalen' },
    address: nrw,
    description: {
      de: 'Landesministerium, in dessen Auftrag das Cluster Medizin.NRW arbeitet und 2019 den Strategieprozess „Medizin in NRW“ anstieß.',
      en: 'State ministry on whose behalf the Cluster Medizin.NRW works and launched the strategy process "Medizin in NRW" in 2019.',
    },
    provenance: sources(fromSeed('000', [53, 55]), fromSeed('000', [82, 84])),
  },
  {
    id: 'ministerium-heimat-kommunales-bau-digitalisierung-nrw',
    kind: 'public-agency',
    name: { de: 'Ministerium für Heimat, Kommunales, Bau und Digitalisierung NRW' },
    address: nrw,
    description: {
      de: 'Landesministerium, dessen Chief Information Officer die Auftaktveranstaltung der Koordinierungsstelle Digital Health Ruhr mit einer Rede eröffnete.',
      en: 'State ministry whose chief information officer opened the kick-off event of the Koordinierungsstelle Digital Health Ruhr with a speech.',
    },
    provenance: sources(fromSeed('003', [148, 157])),
  },
  {
    id: 'bmbf',
    kind: 'public-agency',
    name: { de: 'Bundesministerium für Bildung und Forschung' },
    shortName: { de: 'BMBF', en: 'BMBF' },
    address: germany,
    description: {
      de: 'Bundesministerium, dessen Medizininformatik-Initiative 000 nennt: Alle Universitätskliniken in NRW sind an zwei von vier Konsortien beteiligt, zentrale Akteure der Initiative haben ihren Sitz in NRW.',
      en: 'Federal ministry whose Medical Informatics Initiative 000 refers to: all university hospitals in NRW take part in two of its four consortia, and central actors of the initiative are based in NRW.',
    },
    provenance: sources(fromSeed('000', [888, 890]), fromSeed('000', [1001, 1004])),
  },
  {
    id: 'bmwk',
    kind: 'public-agency',
    name: { de: 'Bundesministerium für Wirtschaft und Klimaschutz' },
    shortName: { de: 'BMWK', en: 'BMWK' },
    address: germany,
    description: {
      de: 'Bundesministerium, dessen Gesundheitswirtschaftsberichterstattung die Exporte der deutschen Gesundheitswirtschaft ausweist und auf dessen Initiative eine „Exportinitiative Gesundheitswirtschaft“ etabliert wurde.',
      en: 'Federal ministry whose health-economy reporting covers the exports of the German health economy and on whose initiative an export initiative for the health economy was set up.',
    },
    provenance: sources(fromSeed('002', [108, 108]), fromSeed('002', [114, 114])),
  },
  {
    id: 'bfarm',
    kind: 'public-agency',
    name: { de: 'Bundesinstitut für Arzneimittel und Medizinprodukte' },
    shortName: { de: 'BfArM', en: 'BfArM' },
    address: germany,
    topics: ['diga'],
    description: {
      de: 'Bundesinstitut, das bei digitalen Gesundheitsanwendungen (DiGA) positive Versorgungseffekte prüft, bevor sie in den Erstattungskatalog der gesetzlichen Krankenkassen aufgenommen werden, und Informationen zu DiGA im Internet bereitstellt.',
      en: 'Federal institute that assesses the positive care effects of digital health applications (DiGA) before statutory health insurance reimburses them, and publishes information on DiGA online.',
    },
    provenance: sources(
      fromSeed('000', [972, 978]),
      fromSeed('000', [1126, 1131]), // "(Quelle: BfArM)"
      fromSeed('003', [291, 300]),
    ),
  },
  {
    id: 'wissenschaftsrat',
    kind: 'public-agency',
    name: { de: 'Wissenschaftsrat' },
    address: germany,
    description: {
      de: 'Gremium, dessen Stellungnahme zur Weiterentwicklung der Universitätsmedizin Nordrhein-Westfalen die Strategie „Medizin in NRW“ mehrfach aufgreift, etwa zu Studiengängen und Studienzentren.',
      en: 'Council whose statement on the development of university medicine in North Rhine-Westphalia the strategy "Medizin in NRW" refers to several times, e.g. on study programmes and trial centres.',
    },
    provenance: sources(fromSeed('000', [567, 571]), fromSeed('000', [772, 775])),
  },
  {
    id: 'baua',
    kind: 'public-agency',
    name: { de: 'Bundesanstalt für Arbeitsschutz und Arbeitsmedizin' },
    address: germany,
    description: {
      de: 'Bundesanstalt, deren ständige bildungsaktive Einrichtung DASA – Arbeitsweltausstellung in Dortmund angesiedelt ist.',
      en: 'Federal institute whose permanent educational exhibition, DASA – Arbeitsweltausstellung, is located in Dortmund.',
    },
    provenance: sources(fromSeed('002', [286, 286])),
  },
  {
    id: 'stadt-essen',
    kind: 'municipality',
    name: { de: 'Stadt Essen' },
    address: inNrw('Essen'),
    description: {
      de: 'Kommune, die auf dem Podium der Auftaktveranstaltung der Koordinierungsstelle Digital Health Ruhr vertreten war.',
      en: 'Municipality represented on the panel of the kick-off event of the Koordinierungsstelle Digital Health Ruhr.',
    },
    provenance: sources(fromSeed('003', [773, 774])),
  },
  {
    // The seeds do not say what kind of organisation the BMR is; core has no kind for a regional
    // economic development company, hence 'other' (see the report).
    id: 'business-metropole-ruhr',
    kind: 'other',
    name: { de: 'Business Metropole Ruhr' },
    shortName: { de: 'BMR', en: 'BMR' },
    address: nrw,
    description: {
      de: 'Herausgeberin der Wirtschaftsberichte der Metropole Ruhr, die nach 002 in den letzten Jahren gelegentlich bei gesundheitswirtschaftlichen Themen mit internationalem Fokus engagiert war; 002 schlägt sie als Partnerin einer Einrichtung „International Health.Ruhr“ vor.',
      en: 'Publisher of the economic reports of the Ruhr metropolitan area, which according to 002 has occasionally worked on health-economy topics with an international focus; 002 proposes it as a partner of an "International Health.Ruhr".',
    },
    provenance: sources(
      fromSeed('002', [62, 62]),
      fromSeed('002', [95, 97]), // "Businessmetropole Ruhr"
      fromSeed('002', [568, 568]),
      fromSeed('002', [577, 577]),
    ),
  },
  {
    id: 'gmds',
    kind: 'association',
    name: { de: 'Deutsche Gesellschaft für Medizinische Informatik, Biometrie und Epidemiologie' },
    shortName: { de: 'GMDS', en: 'GMDS' },
    address: germany,
    description: {
      de: 'Fachgesellschaft (e. V.), deren Definition der Medizininformatik die Strategie „Medizin in NRW“ übernimmt.',
      en: 'Learned society (e. V.) whose definition of medical informatics the strategy "Medizin in NRW" adopts.',
    },
    provenance: sources(fromSeed('000', [924, 931])),
  },
  {
    id: 'verband-medizinischer-fachberufe',
    kind: 'association',
    name: { de: 'Verband medizinischer Fachberufe e.V.' },
    address: inNrw('Bochum'),
    description: {
      de: 'Verband der medizinischen Fachberufe, der nach 002 in Bochum angesiedelt ist.',
      en: 'Association of the medical professions (medizinische Fachberufe), based in Bochum according to 002.',
    },
    provenance: sources(fromSeed('002', [274, 274])),
  },
  {
    id: 'bwa',
    kind: 'association',
    name: { de: 'Bundesverband für Wirtschaftsförderung und Außenwirtschaft' },
    shortName: { de: 'BWA', en: 'BWA' },
    address: germany,
    description: {
      de: 'Bundesverband, der im März 2023 eine Bundesfachkommission „Gesundheitswirtschaft“ gründete.',
      en: 'Federal association that founded a federal committee on the health economy in March 2023.',
    },
    provenance: sources(fromSeed('002', [114, 114])),
  },
];

// ---------------------------------------------------------------------------------------------
// Universities and universities of applied sciences
// ---------------------------------------------------------------------------------------------

const universities: Actor[] = [
  {
    id: 'ruhr-universitaet-bochum',
    kind: 'university',
    name: { de: 'Ruhr-Universität Bochum' },
    shortName: { de: 'RUB', en: 'RUB' },
    address: inNrw('Bochum'),
    topics: ['digital-health'],
    memberships: ['digital-health-start-up-oekosystem-nrw'],
    description: {
      de: 'Universität, die 001 zu den Universitäten zählt, an denen im Ruhrgebiet vor allem Digital-Health-Forschung stattfindet; sie ist Schlüsselakteur der Plattform „Digital Health Start-Up Ökosystem NRW“ und befragt seit 2022 Digital-Health-Start-ups und ihre Gründenden.',
      en: 'University that 001 counts among the main places of digital-health research in the Ruhr; it is a key actor of the platform "Digital Health Start-Up Ökosystem NRW" and has surveyed digital-health start-ups and their founders since 2022.',
    },
    provenance: sources(
      fromSeed('001', [868, 876]),
      fromSeed('002', [274, 274]),
      fromSeed('003', [1035, 1056]),
      fromSeed('004', [30, 30]),
    ),
  },
  {
    id: 'tu-dortmund',
    kind: 'university',
    name: { de: 'Technische Universität Dortmund' },
    address: inNrw('Dortmund'),
    topics: ['digital-health'],
    description: {
      de: 'Universität, die 001 zu den Universitäten zählt, an denen im Ruhrgebiet vor allem Digital-Health-Forschung stattfindet.',
      en: 'University that 001 counts among the main places of digital-health research in the Ruhr.',
    },
    provenance: sources(fromSeed('001', [868, 876])),
  },
  {
    // No town: the seeds give none beyond the name, which names two cities.
    id: 'universitaet-duisburg-essen',
    kind: 'university',
    name: { de: 'Universität Duisburg-Essen' },
    address: nrw,
    topics: ['digital-health', 'clinical-research'],
    description: {
      de: 'Universität, an der nach 002 in Verbindung mit dem Universitätsklinikum Essen die meisten klinischen Studien im Ruhrgebiet durchgeführt werden; zu ihr und zur Universitätsmedizin Essen gehört das Institut für Künstliche Intelligenz in der Medizin, die TissueFlow GmbH ist eine Ausgründung.',
      en: 'University where, together with the Universitätsklinikum Essen, most clinical trials of the Ruhr are run according to 002; the Institute for Artificial Intelligence in Medicine belongs to it and to the Universitätsmedizin Essen, and TissueFlow GmbH is a spin-off.',
    },
    provenance: sources(
      fromSeed('000', [902, 904]),
      fromSeed('001', [868, 876]),
      fromSeed('001', [2636, 2640]),
      fromSeed('002', [274, 274]),
      fromSeed('002', [286, 286]),
    ),
  },
  {
    // No town: the name names two towns and the seeds give no seat.
    id: 'universitaet-witten-herdecke',
    kind: 'university',
    name: { de: 'Universität Witten/Herdecke' },
    address: nrw,
    topics: ['digital-health'],
    description: {
      de: 'Universität, die 001 zu den Universitäten mit Digital-Health-Forschung im Ruhrgebiet zählt und über die nach 002 das Spektrum der Medizin und der Gesundheitsfachberufe abgedeckt wird.',
      en: 'University that 001 counts among the places of digital-health research in the Ruhr and that, according to 002, covers the range of medicine and the health professions.',
    },
    provenance: sources(
      fromSeed('001', [868, 876]), // "Universität Witten-Herdecke"
      fromSeed('002', [274, 274]),
    ),
  },
  {
    id: 'fernuniversitaet-hagen',
    kind: 'university',
    name: { de: 'FernUniversität in Hagen' },
    address: inNrw('Hagen'),
    topics: ['digital-health'],
    description: {
      de: 'Universität, die sich stark mit Digitalisierungsprojekten befasst; auf ihre und die Initiative des RVR kamen am 3. Juni 2022 erstmals regionale Akteure aus Gesundheitswirtschaft und Digital Health zusammen, woraus die Koordinierungsstelle Digital Health Ruhr hervorging.',
      en: 'University with a strong focus on digitalisation projects; on its and the RVR’s initiative, regional actors of the health economy and digital health met for the first time on 3 June 2022, which led to the Koordinierungsstelle Digital Health Ruhr.',
    },
    provenance: sources(fromSeed('003', [54, 61]), fromSeed('003', [115, 126])),
  },
  {
    id: 'universitaet-maastricht',
    kind: 'university',
    name: { de: 'Universität Maastricht' },
    address: { city: 'Maastricht', country: 'NL' },
    description: {
      de: 'Universität, die der RVR gemeinsam mit dem Institut Arbeit und Technik beauftragte zu sondieren, wie die Internationalisierung der Gesundheitswirtschaft des Ruhrgebiets unterstützt werden kann.',
      en: 'University that the RVR commissioned, together with the Institut Arbeit und Technik, to explore how the internationalisation of the Ruhr health economy can be supported.',
    },
    provenance: sources(fromSeed('002', [124, 124])),
  },
  {
    id: 'hochschule-fuer-gesundheit-bochum',
    kind: 'university-of-applied-sciences',
    name: { de: 'Hochschule für Gesundheit Bochum' },
    address: inNrw('Bochum'),
    topics: ['education-and-training', 'care-and-nursing'],
    description: {
      de: 'Hochschule am Gesundheitscampus NRW in Bochum, nach 002 Vorreiterin für die pflegerischen und therapeutischen Gesundheitsfachberufe im Ruhrgebiet; ihre Bachelor- und Masterstudiengänge reichen von Gesundheits- und Therapiewissenschaften über Gesundheitsökonomie, Gesundheitsdaten und Digitalisierung bis zu Diversity und Sozialraum.',
      en: 'University of applied sciences at the Gesundheitscampus NRW in Bochum, according to 002 a pioneer for the nursing and therapy professions in the Ruhr; its bachelor and master programmes range from health and therapy sciences through health economics, health data and digitalisation to diversity and social space.',
    },
    provenance: sources(
      fromSeed('002', [62, 62]),
      fromSeed('002', [274, 274]),
      fromSeed('002', [286, 286]), // "die Hochschule für Gesundheit" at the Gesundheitscampus NRW
      fromSeed('002', [294, 294]),
    ),
  },
  {
    id: 'hochschule-bochum',
    kind: 'university-of-applied-sciences',
    name: { de: 'Hochschule Bochum' },
    address: inNrw('Bochum'),
    memberships: ['hochschulallianz-ruhr'],
    description: {
      de: 'Hochschule, die über die Hochschulallianz Ruhr mit der Fachhochschule Dortmund und der Westfälischen Hochschule verbunden ist.',
      en: 'University of applied sciences linked with the Fachhochschule Dortmund and the Westfälische Hochschule through the Hochschulallianz Ruhr.',
    },
    provenance: sources(fromSeed('002', [286, 290])),
  },
  {
    id: 'fachhochschule-dortmund',
    kind: 'university-of-applied-sciences',
    name: { de: 'Fachhochschule Dortmund' },
    address: inNrw('Dortmund'),
    topics: ['telematics'],
    memberships: ['hochschulallianz-ruhr'],
    description: {
      de: 'Fachhochschule, deren Fachbereich Informatik nach 002 die Gesundheitstelematik vorantreibt; mit dem Fraunhofer ISST und regionalen Krankenhäusern verantwortet sie das Projekt Smart Care. Mitglied der Hochschulallianz Ruhr.',
      en: 'University of applied sciences whose computer science department advances health telematics according to 002; with the Fraunhofer ISST and regional hospitals it runs the Smart Care project. Member of the Hochschulallianz Ruhr.',
    },
    provenance: sources(
      fromSeed('002', [286, 290]),
      fromSeed('002', [304, 304]),
      fromSeed('004', [40, 40]),
    ),
  },
  {
    id: 'westfaelische-hochschule',
    kind: 'university-of-applied-sciences',
    name: { de: 'Westfälische Hochschule' },
    address: inNrw('Gelsenkirchen'),
    memberships: ['hochschulallianz-ruhr'],
    description: {
      de: 'Hochschule in Gelsenkirchen, zu der das Institut Arbeit und Technik gehört; über die Hochschulallianz Ruhr ist sie mit der Hochschule Bochum und der Fachhochschule Dortmund verbunden.',
      en: 'University of applied sciences in Gelsenkirchen to which the Institut Arbeit und Technik belongs; through the Hochschulallianz Ruhr it is linked with the Hochschule Bochum and the Fachhochschule Dortmund.',
    },
    provenance: sources(
      fromSeed('002', [286, 290]),
      // "Westfälischen Hochschule Gelsenkirchen", the line broken inside "West|fälischen"
      fromSeed('003', [617, 619]),
    ),
  },
];

// ---------------------------------------------------------------------------------------------
// University hospitals, hospitals, care providers
// ---------------------------------------------------------------------------------------------

const care: Actor[] = [
  {
    id: 'uk-essen',
    kind: 'university-hospital',
    name: { de: 'Universitätsklinikum Essen' },
    shortName: { de: 'UK Essen', en: 'UK Essen' },
    address: inNrw('Essen'),
    sectors: ['inpatient-care'],
    topics: [
      'digital-hospital',
      'artificial-intelligence',
      'clinical-research',
      'green-hospital',
      'public-health',
    ],
    studyCentre: {
      // 002 l.308: "Besonderes Gewicht hat das UK Essen, wo vor allem die Krebsforschung …"
      specialities: [{ de: 'Krebsforschung', en: 'Cancer research' }],
    },
    description: {
      de: 'Universitätsklinikum, Teil eines Klinikverbunds, zu dem weitere Kliniken und Institute gehören; es leitet das Forschungsprojekt „Smart Hospital“, hat das digitale Krankenhaus als Ziel formuliert und gründete das Institut für Künstliche Intelligenz in der Medizin. Nach 002 hat es besonderes Gewicht in der klinischen Forschung, vor allem in der Krebsforschung, und verfolgt den Ansatz des smarten und grünen Krankenhauses.',
      en: 'University hospital, part of a hospital group with further clinics and institutes; it leads the research project "Smart Hospital", has set the digital hospital as its goal and founded the Institute for Artificial Intelligence in Medicine. According to 002 it carries particular weight in clinical research, above all in cancer research, and pursues the smart and green hospital.',
    },
    provenance: sources(
      fromSeed('000', [895, 896]), // "Universitätsmedizin Essen"
      fromSeed('001', [882, 884]), // "Universitätskliniken in Bochum und Essen"
      fromSeed('001', [1120, 1124]), // "Universitätsklinikums Essen"
      fromSeed('001', [1209, 1211]), // "Uniklinik in Essen"
      fromSeed('001', [2091, 2093]), // "Uniklinik Essen"
      fromSeed('002', [264, 264]),
      fromSeed('002', [286, 286]),
      fromSeed('002', [308, 308]),
      fromSeed('002', [548, 548]),
      fromSeed('004', [34, 34]),
    ),
  },
  {
    id: 'uk-bochum',
    kind: 'university-hospital',
    name: { de: 'Universitätsklinikum Bochum' },
    shortName: { de: 'UK Bochum', en: 'UK Bochum' },
    address: inNrw('Bochum'),
    sectors: ['inpatient-care'],
    description: {
      de: 'Dezentral organisierte Universitätsmedizin in Bochum, die nach 002 gemeinsam mit den Universitätskliniken in Essen für Spitzenmedizin steht und Patienten aus dem gesamten Bundesgebiet und dem Ausland anzieht.',
      en: 'Decentrally organised university medicine in Bochum which, according to 002, stands with the university hospitals in Essen for top-level medicine and attracts patients from all over Germany and abroad.',
    },
    provenance: sources(
      fromSeed('001', [882, 884]), // "Universitätskliniken in Bochum"
      fromSeed('002', [264, 264]), // "Universitätsmedizin in Bochum"
      fromSeed('003', [871, 871]), // "UK Bochum"
    ),
  },
  {
    id: 'uk-knappschaftskrankenhaus-bochum',
    kind: 'university-hospital',
    name: { de: 'Universitätsklinikum Knappschaftskrankenhaus Bochum' },
    shortName: { de: 'UK Knappschaftskrankenhaus Bochum' },
    address: inNrw('Bochum'),
    sectors: ['inpatient-care'],
    topics: ['artificial-intelligence', 'big-data'],
    description: {
      de: 'Universitätsklinikum in Bochum mit einem Zentrum für Künstliche Intelligenz, Medizininformatik und Datenwissenschaften.',
      en: 'University hospital in Bochum with a centre for artificial intelligence, medical informatics and data science.',
    },
    provenance: sources(
      fromSeed('003', [781, 783]),
      fromSeed('003', [840, 842]), // "am Knappschaftskrankenhaus Bochum"
    ),
  },
  {
    id: 'uk-aachen',
    kind: 'university-hospital',
    name: { de: 'Universitätsklinikum Aachen' },
    address: inNrw('Aachen'),
    sectors: ['inpatient-care'],
    description: {
      de: 'Universitätsklinikum, das nach 000 mit dem Universitätsklinikum Münster die Vorstufe zum virtuellen Krankenhaus NRW umsetzt.',
      en: 'University hospital that, according to 000, runs the precursor of the virtual hospital of NRW with the university hospital of Münster.',
    },
    provenance: sources(fromSeed('000', [898, 900])), // "Universitätskliniken Aachen und Münster"
  },
  {
    id: 'uk-muenster',
    kind: 'university-hospital',
    name: { de: 'Universitätsklinikum Münster' },
    address: inNrw('Münster'),
    sectors: ['inpatient-care'],
    description: {
      de: 'Universitätsklinikum, das nach 000 mit dem Universitätsklinikum Aachen die Vorstufe zum virtuellen Krankenhaus NRW umsetzt.',
      en: 'University hospital that, according to 000, runs the precursor of the virtual hospital of NRW with the university hospital of Aachen.',
    },
    provenance: sources(fromSeed('000', [898, 900])), // "Universitätskliniken Aachen und Münster"
  },
  {
    id: 'uk-koeln',
    kind: 'university-hospital',
    name: { de: 'Universitätsklinikum Köln' },
    address: inNrw('Köln'),
    sectors: ['inpatient-care'],
    description: {
      de: 'Universitätsklinikum, das gemeinsam mit der Universität das „Netzwerk genomische Medizin Lungenkrebs“ initiierte.',
      en: 'University hospital that initiated the network for genomic medicine in lung cancer together with the university.',
    },
    provenance: sources(fromSeed('000', [1214, 1222])),
  },
  {
    // A "Tumorzentrum"; the seed says no more about what kind of organisation it is.
    id: 'westdeutsches-tumorzentrum',
    kind: 'hospital',
    name: { de: 'Westdeutsches Tumorzentrum' },
    shortName: { de: 'WTZ', en: 'WTZ' },
    address: inNrw('Essen'),
    topics: ['clinical-research'],
    studyCentre: {
      // 002 l.54: "die zahlreichen und bedeutenden, klinischen Forschungen des Westdeutschen
      // Tumorzentrums (WTZ) in Essen"; the speciality is the centre's name.
      specialities: [{ de: 'Tumorerkrankungen', en: 'Tumour diseases' }],
    },
    description: {
      de: 'Tumorzentrum in Essen, dessen zahlreiche und bedeutende klinische Forschungen 002 als Beispiel für überregional beachtete Innovationen der Gesundheitswirtschaft im Ruhrgebiet nennt.',
      en: 'Tumour centre in Essen whose numerous and important clinical research activities 002 names as an example of nationally noted innovations of the Ruhr health economy.',
    },
    provenance: sources(fromSeed('002', [54, 54])),
  },
  {
    id: 'westdeutsches-herz-und-gefaesszentrum',
    kind: 'hospital',
    name: { de: 'Westdeutsches Herz- und Gefäßzentrum' },
    address: inNrw('Essen'),
    description: {
      de: 'Zentrum in Essen, das 000 unter den Einrichtungen mit großer Kompetenz in der Behandlung und Erforschung von Herz-Kreislauf-Erkrankungen in NRW nennt.',
      en: 'Centre in Essen that 000 names among the institutions in NRW with great expertise in treating and researching cardiovascular diseases.',
    },
    provenance: sources(fromSeed('000', [1326, 1334])),
  },
  {
    id: 'herz-und-diabeteszentrum-nrw',
    kind: 'hospital',
    name: { de: 'Herz- und Diabeteszentrum NRW' },
    address: inNrw('Bad Oeynhausen'),
    description: {
      de: 'Zentrum in Bad Oeynhausen, das 000 unter den Einrichtungen mit großer Kompetenz in der Behandlung und Erforschung von Herz-Kreislauf-Erkrankungen in NRW nennt.',
      en: 'Centre in Bad Oeynhausen that 000 names among the institutions in NRW with great expertise in treating and researching cardiovascular diseases.',
    },
    provenance: sources(fromSeed('000', [1326, 1331])),
  },
  {
    id: 'herzzentrum-bonn',
    kind: 'hospital',
    name: { de: 'Herzzentrum Bonn' },
    address: inNrw('Bonn'),
    description: {
      de: 'Zentrum, das 000 unter den Einrichtungen mit großer Kompetenz in der Behandlung und Erforschung von Herz-Kreislauf-Erkrankungen in NRW nennt.',
      en: 'Centre that 000 names among the institutions in NRW with great expertise in treating and researching cardiovascular diseases.',
    },
    provenance: sources(fromSeed('000', [1326, 1336])),
  },
  {
    id: 'groenemeyer-institut',
    kind: 'care-provider',
    name: { de: 'Grönemeyer Institut' },
    address: inNrw('Bochum'),
    topics: ['imaging'],
    description: {
      de: 'Einrichtung in Bochum, die sich etwa bei Rückenschmerzen mit Mikrotherapie und diagnostischer Radiologie befasst; 002 nennt sie als Beispiel für die gut ausgebaute Versorgungslandschaft.',
      en: 'Institution in Bochum that treats e.g. back pain with microtherapy and diagnostic radiology; 002 names it as an example of the well-developed care landscape.',
    },
    provenance: sources(
      fromSeed('002', [270, 270]), // "Grönemeyer-Institut"
      fromSeed('002', [282, 282]), // "Grönemeyer Institut in Bochum"
    ),
  },
];

// ---------------------------------------------------------------------------------------------
// Research institutes and other institutions
// ---------------------------------------------------------------------------------------------

const research: Actor[] = [
  {
    id: 'ikim',
    kind: 'research-institute',
    name: {
      de: 'Institut für Künstliche Intelligenz in der Medizin',
      en: 'Institute for Artificial Intelligence in Medicine', // 002 l.280
    },
    shortName: { de: 'IKIM', en: 'IKIM' },
    address: inNrw('Essen'), // "am Universitätsklinikum Essen" (002 l.270)
    topics: ['artificial-intelligence'],
    memberships: ['research-center-one-health-ruhr'],
    description: {
      de: 'Institut der Universität Duisburg-Essen und der Universitätsmedizin Essen am Universitätsklinikum Essen, das es gründete; nach 002 eines der ersten Institute dieser Art in Deutschland und Teil des Research Center One Health Ruhr.',
      en: 'Institute of the University of Duisburg-Essen and the Universitätsmedizin Essen at the Universitätsklinikum Essen, which founded it; according to 002 one of the first institutes of its kind in Germany and part of the Research Center One Health Ruhr.',
    },
    provenance: sources(
      fromSeed('000', [902, 904]),
      fromSeed('002', [270, 270]), // "Institut für künstliche Intelligenz in der Medizin"
      fromSeed('002', [280, 280]),
      fromSeed('002', [314, 318]),
      fromSeed('002', [371, 371]),
      fromSeed('002', [603, 603]),
      fromSeed('004', [34, 34]),
    ),
  },
  {
    id: 'institut-fuer-patientenerleben',
    kind: 'research-institute',
    name: { de: 'Institut für PatientenErleben' },
    address: inNrw('Essen'), // "an der Uniklinik in Essen"
    description: {
      de: 'An der Uniklinik in Essen gegründetes, nach 001 bundesweit erstes Institut seiner Art, das das Denken interner Prozesse „vom Menschen her“ und eine interdisziplinäre „Ethik-Ellipse“ für ethische Fragen der Digitalisierung etablieren soll.',
      en: 'Institute founded at the university hospital in Essen, according to 001 the first of its kind in Germany, meant to establish thinking about internal processes "from the human being" and an interdisciplinary "ethics ellipse" for ethical questions of digitalisation.',
    },
    provenance: sources(fromSeed('001', [1209, 1219])),
  },
  {
    id: 'inuph',
    kind: 'research-institute',
    name: { de: 'Institut für Urban Public Health' },
    shortName: { de: 'InUPH', en: 'InUPH' },
    address: inNrw('Essen'), // "der Universitätsmedizin Essen"
    topics: ['public-health'],
    description: {
      de: 'Institut der Universitätsmedizin Essen für gesundheitsorientierte Stadtentwicklung; im Projekt Clever Cities arbeitet es in einem Konsortium aus 34 internationalen Partnern.',
      en: 'Institute of the Universitätsmedizin Essen for health-oriented urban development; in the Clever Cities project it works in a consortium of 34 international partners.',
    },
    provenance: sources(fromSeed('002', [328, 328]), fromSeed('002', [526, 526])),
  },
  {
    id: 'forschungszentrum-urban-health-ruhr',
    kind: 'research-institute',
    name: { de: 'Forschungszentrum Urban Health Ruhr' },
    shortName: { de: 'FUHR', en: 'FUHR' },
    address: nrw,
    topics: ['public-health'],
    description: {
      de: 'Im Rahmen der Ruhr-Konferenz auf den Weg gebrachtes Forschungszentrum zur gesunden und grünen Stadtentwicklung.',
      en: 'Research centre on healthy and green urban development, started as part of the Ruhr-Konferenz.',
    },
    provenance: sources(fromSeed('002', [328, 328]), fromSeed('002', [508, 508])),
  },
  {
    id: 'prodi',
    kind: 'research-institute',
    name: { de: 'Zentrum für Protein-Diagnostik' },
    shortName: { de: 'ProDi', en: 'ProDi' },
    address: nrw,
    topics: ['diagnostics'],
    memberships: ['research-center-one-health-ruhr'],
    description: {
      de: 'Forschungsbau unter dem Dach des Research Center One Health Ruhr.',
      en: 'Research building under the umbrella of the Research Center One Health Ruhr.',
    },
    provenance: sources(fromSeed('002', [314, 316])),
  },
  {
    id: 'think',
    kind: 'research-institute',
    name: { de: 'Zentrum für Theoretische und Integrative Neuro- und Kognitionswissenschaft' },
    shortName: { de: 'THINK', en: 'THINK' },
    address: nrw,
    memberships: ['research-center-one-health-ruhr'],
    description: {
      de: 'Forschungsbau unter dem Dach des Research Center One Health Ruhr.',
      en: 'Research building under the umbrella of the Research Center One Health Ruhr.',
    },
    provenance: sources(fromSeed('002', [314, 317])),
  },
  {
    id: 'fraunhofer-isst',
    kind: 'research-institute',
    name: { de: 'Fraunhofer-Institut für Software- und Systemtechnik ISST' },
    shortName: { de: 'Fraunhofer ISST', en: 'Fraunhofer ISST' },
    address: inNrw('Dortmund'),
    topics: ['big-data', 'digital-health'],
    description: {
      de: 'Institut in Dortmund, in dessen Smart Health Lab unter anderem zur datengetriebenen Gesundheitsversorgung geforscht wird; mit regionalen Krankenhäusern und der Fachhochschule Dortmund verantwortet es das Projekt Smart Care.',
      en: 'Institute in Dortmund whose Smart Health Lab researches, among other things, data-driven health care; with regional hospitals and the Fachhochschule Dortmund it runs the Smart Care project.',
    },
    provenance: sources(
      fromSeed('001', [886, 894]),
      fromSeed('002', [286, 286]),
      fromSeed('004', [40, 40]),
    ),
  },
  {
    id: 'fraunhofer-iml',
    kind: 'research-institute',
    name: { de: 'Fraunhofer-Institut für Materialfluss und Logistik IML' },
    shortName: { de: 'Fraunhofer IML', en: 'Fraunhofer IML' },
    address: inNrw('Dortmund'),
    topics: ['health-logistics', 'digital-hospital', 'green-hospital'],
    description: {
      de: 'Institut in Dortmund, das im Bereich Health Care Logistics zur Krankenhauslogistik und zum digitalen Krankenhaus 4.0 forscht; 002 nennt es auch bei Klimaschutz und Energieeffizienz.',
      en: 'Institute in Dortmund that researches hospital logistics and the digital hospital 4.0 in health care logistics; 002 also names it for climate protection and energy efficiency.',
    },
    provenance: sources(
      fromSeed('002', [286, 286]),
      fromSeed('002', [328, 328]),
      fromSeed('002', [548, 552]),
    ),
  },
  {
    // The seed's long form (002 l.286) reads "Fraunhofer-Institut für Umwelt-, Sicherheits-
    // Energietechnik UMSICHT"; the name here is its short form from l.328 and l.548.
    id: 'fraunhofer-umsicht',
    kind: 'research-institute',
    name: { de: 'Fraunhofer UMSICHT' },
    address: inNrw('Oberhausen'), // "das Oberhausener Fraunhofer UMSICHT"
    topics: ['green-hospital'],
    description: {
      de: 'Fraunhofer-Institut in Oberhausen, das zu klimaneutralen Energiesystemen, ressourceneffizienten Prozessen und zirkulären Produkten forscht, unter anderem zu Krankenhäusern als hybriden Energiespeichern.',
      en: 'Fraunhofer institute in Oberhausen that researches climate-neutral energy systems, resource-efficient processes and circular products, among them hospitals as hybrid energy stores.',
    },
    provenance: sources(
      fromSeed('002', [286, 286]),
      fromSeed('002', [328, 328]),
      fromSeed('002', [548, 550]),
    ),
  },
  {
    id: 'fraunhofer-ims',
    kind: 'research-institute',
    name: { de: 'Fraunhofer-Institut für Mikroelektronische Schaltungen und Systeme IMS' },
    address: nrw,
    topics: ['medical-technology'],
    description: {
      de: 'Fraunhofer-Institut, das 002 unter den Instituten für MedTech-Forschung im Ruhrgebiet nennt.',
      en: 'Fraunhofer institute that 002 names among the institutes of medical-technology research in the Ruhr.',
    },
    provenance: sources(
      fromSeed('002', [286, 286]),
      fromSeed('002', [371, 371]), // "Fraunhofer Institut für Mikroelektronische Schaltung und Systeme"
    ),
  },
  {
    // 001 l.892-894 places the institute "in Essen"; that town is left out here as doubtful
    // (see the report), so the actor has no town.
    id: 'isas',
    kind: 'research-institute',
    name: { de: 'Leibniz-Institut für Analytische Wissenschaften' },
    shortName: { de: 'ISAS', en: 'ISAS' },
    address: nrw,
    description: {
      de: 'Forschungseinrichtung, die 001 und 002 zu den renommierten Forschungseinrichtungen im Ruhrgebiet zählen.',
      en: 'Research institute that 001 and 002 count among the renowned research institutions of the Ruhr.',
    },
    provenance: sources(fromSeed('001', [886, 894]), fromSeed('002', [286, 286])),
  },
  {
    id: 'essener-forschungsinstitut-fuer-medizinmanagement',
    kind: 'research-institute',
    name: { de: 'Essener Forschungsinstitut für Medizinmanagement' },
    address: inNrw('Essen'), // "Essener"
    topics: ['digital-health'],
    description: {
      de: 'Forschungseinrichtung in Essen, die 001 besonders unter den Orten der Digital-Health-Forschung im Ruhrgebiet nennt.',
      en: 'Research institute in Essen that 001 names in particular among the places of digital-health research in the Ruhr.',
    },
    provenance: sources(fromSeed('001', [886, 890])),
  },
  {
    id: 'imibe',
    kind: 'research-institute',
    name: { de: 'Institut für medizinische Informatik, Biometrie und Epidemiologie' },
    shortName: { de: 'IMIBE', en: 'IMIBE' },
    address: nrw,
    description: {
      de: 'Forschungseinrichtung, die 002 zu den renommierten Forschungseinrichtungen im Ruhrgebiet zählt.',
      en: 'Research institute that 002 counts among the renowned research institutions of the Ruhr.',
    },
    provenance: sources(fromSeed('002', [286, 286])),
  },
  {
    id: 'ipa-dguv',
    kind: 'research-institute',
    name: {
      de: 'Institut für Prävention und Arbeitsmedizin der Deutschen Gesetzlichen Unfallversicherung',
    },
    address: nrw,
    topics: ['prevention'],
    description: {
      de: 'Forschungseinrichtung, die 002 zu den renommierten Forschungseinrichtungen im Ruhrgebiet zählt.',
      en: 'Research institute that 002 counts among the renowned research institutions of the Ruhr.',
    },
    provenance: sources(fromSeed('002', [286, 286])),
  },
  {
    id: 'izvf',
    kind: 'research-institute',
    name: { de: 'Interdisziplinäres Zentrum für Versorgungsforschung im Gesundheitswesen' },
    shortName: { de: 'IZVF', en: 'IZVF' },
    address: nrw,
    topics: ['health-services-research'],
    description: {
      de: 'Forschungszentrum, das 002 zu den renommierten Forschungseinrichtungen im Ruhrgebiet zählt.',
      en: 'Research centre that 002 counts among the renowned research institutions of the Ruhr.',
    },
    provenance: sources(fromSeed('002', [286, 286])),
  },
  {
    id: 'iat',
    kind: 'research-institute',
    name: { de: 'Institut Arbeit und Technik' },
    shortName: { de: 'IAT', en: 'IAT' },
    address: inNrw('Gelsenkirchen', { lines: ['Munscheidstraße 14'], postalCode: '45886' }),
    description: {
      de: 'Institut der Westfälischen Hochschule in Gelsenkirchen, das im Auftrag des RVR gemeinsam mit der Universität Maastricht die Studie zur Internationalisierung der Gesundheitswirtschaft im Ruhrgebiet (002) erstellte.',
      en: 'Institute of the Westfälische Hochschule in Gelsenkirchen that wrote the study on the internationalisation of the Ruhr health economy (002) for the RVR, together with Maastricht University.',
    },
    provenance: sources(
      fromSeed('002', [15, 18]),
      fromSeed('002', [124, 124]),
      fromSeed('003', [617, 619]), // "Institut für Arbeit und Technik der Westfälischen Hochschule"
    ),
  },
  {
    id: 'institut-fuer-internet-sicherheit',
    kind: 'research-institute',
    name: { de: 'Institut für Internet-Sicherheit' },
    shortName: { de: 'if(is)', en: 'if(is)' },
    address: nrw,
    topics: ['it-security', 'assistive-technology'],
    description: {
      de: 'Institut, das 002 als bundesweites Schwergewicht der anwendungsorientierten Internet-Sicherheitsforschung nennt; im Gesundheitswesen testet es in Projekten neue IT-Systeme auf Sicherheit und Vertrauenswürdigkeit und arbeitet am Schutz von AAL-Lösungen vor Missbrauch und Fehlfunktionen.',
      en: 'Institute that 002 calls a heavyweight of applied internet-security research in Germany; in health care it tests new IT systems for security and trustworthiness in projects and works on protecting AAL solutions against misuse and malfunction.',
    },
    provenance: sources(
      fromSeed('002', [304, 304]), // "Institut für Internetsicherheit if(is)"
      fromSeed('002', [310, 310]),
    ),
  },
  {
    id: 'rwi',
    kind: 'research-institute',
    name: { de: 'RWI Leibniz-Institut für Wirtschaftsforschung' },
    shortName: { de: 'RWI', en: 'RWI' },
    address: germany,
    description: {
      de: 'Wirtschaftsforschungsinstitut, das mit dem RVR die Studie „Digitalisierung der Gesundheitswirtschaft in der Metropole Ruhr“ erstellte; 001 wertet die RWI/CEIT-Hochschulbefragung 2019 aus.',
      en: 'Economic research institute that produced the study on the digitalisation of the health economy in the Ruhr with the RVR; 001 analyses the RWI/CEIT survey of higher education institutions of 2019.',
    },
    provenance: sources(
      fromSeed('001', [829, 833]),
      fromSeed('003', [309, 318]),
      fromSeed('003', [514, 525]),
    ),
  },
  {
    id: 'dasa-arbeitsweltausstellung',
    kind: 'other',
    name: { de: 'DASA – Arbeitsweltausstellung' },
    address: inNrw('Dortmund'),
    description: {
      de: 'Ständige bildungsaktive Einrichtung der Bundesanstalt für Arbeitsschutz und Arbeitsmedizin in Dortmund, die 002 unter den Forschungseinrichtungen im Ruhrgebiet nennt.',
      en: 'Permanent educational institution of the Federal Institute for Occupational Safety and Health in Dortmund, which 002 lists among the research institutions of the Ruhr.',
    },
    provenance: sources(fromSeed('002', [286, 286])),
  },
  {
    id: 'zentrum-fuer-naturmedizin',
    kind: 'other',
    name: { de: 'Zentrum für Naturmedizin' },
    address: nrw,
    description: {
      de: 'Einrichtung, die 002 unter den weiteren Einrichtungen der Region nennt, mit denen in interdisziplinären Kooperationen versorgungswissenschaftliche Fragestellungen untersucht werden.',
      en: 'Institution that 002 lists among further institutions of the region that study health-care questions in interdisciplinary cooperation.',
    },
    provenance: sources(fromSeed('002', [286, 286])),
  },
];

// ---------------------------------------------------------------------------------------------
// Companies named outside the annex of 001
// ---------------------------------------------------------------------------------------------

const companies: Actor[] = [
  {
    id: 'gbtec',
    kind: 'company',
    name: { de: 'GBTEC Software + Consulting AG', en: 'GBTEC Software + Consulting AG' },
    address: nrw,
    description: {
      de: 'Unternehmen, das 002 unter den weiteren Einrichtungen der Gesundheitswirtschaft im Ruhrgebiet nennt.',
      en: 'Company that 002 lists among further institutions of the Ruhr health economy.',
    },
    provenance: sources(fromSeed('002', [286, 286])),
  },
  {
    id: 'aesculap-akademie',
    kind: 'company',
    name: { de: 'Aesculap Akademie GmbH', en: 'Aesculap Akademie GmbH' },
    address: nrw,
    description: {
      de: 'Unternehmen, das 002 unter den weiteren Einrichtungen der Gesundheitswirtschaft im Ruhrgebiet nennt.',
      en: 'Company that 002 lists among further institutions of the Ruhr health economy.',
    },
    provenance: sources(fromSeed('002', [286, 286])),
  },
  {
    id: 'pvs-holding',
    kind: 'company',
    name: { de: 'PVS-Holding', en: 'PVS-Holding' },
    address: nrw,
    sectors: ['digital-health-economy'],
    topics: ['health-finance', 'health-it'],
    description: {
      de: 'Unternehmen für Abrechnungen im Gesundheitswesen, das 002 unter den bekannten Unternehmen der Gesundheits-IT im Ruhrgebiet nennt.',
      en: 'Company for billing in health care that 002 names among the well-known health-IT companies of the Ruhr.',
    },
    provenance: sources(fromSeed('002', [304, 304])),
  },
  {
    id: 'wilddesign',
    kind: 'company',
    name: { de: 'WILDDESIGN', en: 'WILDDESIGN' },
    address: nrw,
    topics: ['medical-design'],
    description: {
      de: 'Designunternehmen mit Fokus auf Medizintechnik und Life Science, das funktionale und benutzerfreundliche Designlösungen entwickelt; es arbeitet international und hat eine Niederlassung in Shanghai.',
      en: 'Design company focused on medical technology and life science that develops functional and user-friendly designs; it works internationally and has a branch in Shanghai.',
    },
    provenance: sources(fromSeed('002', [332, 332])),
  },
  {
    id: 'femtos',
    kind: 'company',
    name: { de: 'femtos', en: 'femtos' },
    address: inNrw('Bochum'),
    sectors: ['medical-technology'],
    topics: ['medical-technology'],
    description: {
      de: 'MedTech-Unternehmen in Bochum, das 002 als Beispiel für Digital Health im Ruhrgebiet nennt.',
      en: 'Medical-technology company in Bochum that 002 names as an example of digital health in the Ruhr.',
    },
    provenance: sources(fromSeed('002', [371, 371])),
  },
  {
    id: 'abalos',
    kind: 'company',
    name: { de: 'Abalos', en: 'Abalos' },
    address: inNrw('Essen'),
    sectors: ['medical-technology'],
    topics: ['medical-technology'],
    description: {
      de: 'MedTech-Unternehmen in Essen, das 002 als Beispiel für Digital Health im Ruhrgebiet nennt.',
      en: 'Medical-technology company in Essen that 002 names as an example of digital health in the Ruhr.',
    },
    provenance: sources(fromSeed('002', [371, 371])),
  },
  {
    id: 'biofocus-ladar',
    kind: 'company',
    name: { de: 'Biofocus LADAR', en: 'Biofocus LADAR' },
    address: inNrw('Recklinghausen'),
    topics: ['biotechnology'],
    description: {
      de: 'Unternehmen in Recklinghausen, das 002 als Beispiel für biowissenschaftliche Forschung und Unternehmen im Bereich Digital Health nennt.',
      en: 'Company in Recklinghausen that 002 names as an example of bioscience research and companies in digital health.',
    },
    provenance: sources(fromSeed('002', [376, 376])),
  },
  {
    id: 'portal-eins',
    kind: 'company',
    name: { de: 'portal eins GmbH', en: 'portal eins GmbH' },
    address: germany,
    description: {
      de: 'Unternehmen, das sich an der Diskussion der Auftaktveranstaltung der Koordinierungsstelle Digital Health Ruhr beteiligte.',
      en: 'Company that took part in the discussion at the kick-off event of the Koordinierungsstelle Digital Health Ruhr.',
    },
    provenance: sources(fromSeed('003', [1000, 1003])),
  },
];

// ---------------------------------------------------------------------------------------------
// The annex of 001: "Unternehmen im Bereich Digital Health im Ruhrgebiet" (l.2231-3208)
// ---------------------------------------------------------------------------------------------
//
// The PDF text puts the heading "START-UPS" (l.2231) before the annex title (l.2365); the
// start-up section runs to l.2668, "ETABLIERTE UNTERNEHMEN" from l.2669. That gives 26 start-ups
// and 30 established companies, the 56 digital-health companies of 001 l.1294-1302 ("von denen
// 26 Start-ups sind"); 001 footnote 10 (l.1346) defines a start-up as founded in the last ten
// years. Each entry gives name, town and founding year ("Gründungsjahr ist unbekannt": none).
// All of them are digital-health companies by the annex title, hence the sector
// 'digital-health-economy' and the topic 'digital-health'; further topics follow the entry's
// text.

const annex = (first: number, last: number) => fromSeed('001', [first, last]);
const dh = ['digital-health-economy'] as const;

const annexStartUps: Actor[] = [
  {
    id: '3dmedsim',
    kind: 'start-up',
    name: { de: '3DMedSim Simulation Systems GmbH', en: '3DMedSim Simulation Systems GmbH' },
    address: inNrw('Bochum'),
    sectors: [...dh],
    topics: ['digital-health', 'education-and-training'],
    description: {
      de: 'Forschungs- und Entwicklungsunternehmen, das im BioMedizinZentrum in Bochum Trainingsplattformen für die medizinische Ausbildung entwickelt, etwa mit virtueller Realität.',
      en: 'Research and development company that builds training platforms for medical education at the BioMedizinZentrum in Bochum, e.g. with virtual reality.',
    },
    provenance: sources(annex(2233, 2249)),
  },
  {
    id: 'airmed-plus',
    kind: 'start-up',
    name: { de: 'AirMed Plus GmbH', en: 'AirMed Plus GmbH' },
    address: inNrw('Bochum'),
    founded: 2017,
    sectors: [...dh, 'medical-technology'],
    topics: ['digital-health', 'medical-technology', 'care-and-nursing'],
    description: {
      de: 'Entwickelt Medizinprodukte, vor allem Patientenverlagerungssysteme, die Kosten und Pflegeaufwand senken und Patienten Komfort bieten sollen.',
      en: 'Develops medical devices, above all patient transfer systems meant to cut costs and nursing effort and to give patients comfort.',
    },
    provenance: sources(annex(2251, 2265)),
  },
  {
    id: 'aponow',
    kind: 'start-up',
    name: { de: 'ApoNow GmbH', en: 'ApoNow GmbH' },
    address: wetterRuhr,
    founded: 2014,
    sectors: [...dh],
    topics: ['digital-health', 'pharma'],
    description: {
      de: 'Betreibt die Onlineplattform aponow, über die Arzneimittel online bestellt und in der Apotheke der Wahl abgeholt oder geliefert werden können.',
      en: 'Runs the online platform aponow for ordering medicines online and collecting them at a chosen pharmacy or having them delivered.',
    },
    provenance: sources(annex(2267, 2275)),
  },
  {
    id: 'aware7',
    kind: 'start-up',
    name: { de: 'AWARE7 GmbH', en: 'AWARE7 GmbH' },
    address: inNrw('Gelsenkirchen'),
    founded: 2018,
    sectors: [...dh],
    topics: ['digital-health', 'it-security'],
    description: {
      de: 'Cyber-Security-Unternehmen, das Technologien, Produkte und Dienstleistungen für Informationssicherheit anbietet, darunter Penetrationstests, Phishing-Simulationen und Live Hacking.',
      en: 'Cyber-security company offering technology, products and services for information security, including penetration tests, phishing simulations and live hacking.',
    },
    provenance: sources(
      annex(2277, 2295),
      fromSeed('002', [304, 304]), // "Aware7"
      fromSeed('002', [375, 375]), // "Aware7 in Gelsenkirchen"
    ),
  },
  {
    id: 'avise-labs',
    kind: 'start-up',
    name: { de: 'avisé labs GmbH', en: 'avisé labs GmbH' },
    address: inNrw('Dortmund'),
    founded: 2018,
    sectors: [...dh],
    topics: ['digital-health', 'artificial-intelligence', 'diagnostics'],
    description: {
      de: 'Berät Akteure des Gesundheitssektors, entwickelt intelligente Softwarelösungen und erhebt und analysiert Daten für Machine-Learning-Komponenten im klinischen Alltag und in der Diagnostik.',
      en: 'Advises health-sector actors, develops intelligent software and collects and analyses data for machine-learning components in clinical routine and diagnostics.',
    },
    provenance: sources(
      annex(2297, 2311),
      fromSeed('002', [374, 374]), // "Avisé in Dortmund"
    ),
  },
  {
    id: 'belapps',
    kind: 'start-up',
    name: { de: 'Bel’apps GmbH', en: 'Bel’apps GmbH' },
    address: inNrw('Oberhausen'),
    sectors: [...dh],
    topics: ['digital-health'],
    description: {
      de: 'Unterstützt mit der Anwendung ovolane® bei der Familienplanung; relevante Daten werden erfasst und in einer Cloud gespeichert.',
      en: 'Supports family planning with its application ovolane®; the relevant data are recorded and stored in a cloud.',
    },
    provenance: sources(annex(2313, 2325)),
  },
  {
    id: 'cetus-health-it-leadership',
    kind: 'start-up',
    name: {
      de: 'CETUS Health IT Leadership Gesellschaft für Digitalisierung und Service GmbH',
      en: 'CETUS Health IT Leadership Gesellschaft für Digitalisierung und Service GmbH',
    },
    shortName: { de: 'CETUS Health IT Leadership', en: 'CETUS Health IT Leadership' },
    address: inNrw('Essen'),
    founded: 2019,
    sectors: [...dh],
    topics: ['digital-health', 'health-it', 'it-security'],
    description: {
      de: 'Berät Krankenhäuser und Einrichtungen des Gesundheits- und Sozialwesens zu IT-Management, IT- und Informationssicherheit und digitaler Transformation und beteiligt sich finanziell an Forschungs- und Entwicklungsprojekten.',
      en: 'Advises hospitals and health and social-care institutions on IT management, IT and information security and digital transformation, and invests in research and development projects.',
    },
    provenance: sources(annex(2327, 2349)),
  },
  {
    id: 'chimera-biotec',
    kind: 'start-up',
    name: { de: 'Chimera Biotec', en: 'Chimera Biotec' },
    address: inNrw('Dortmund'),
    sectors: [...dh],
    topics: ['digital-health', 'biotechnology', 'pharma'],
    description: {
      de: 'Unterstützt Kunden mit seiner Technologie Imperacer® (im Seed „Immun-PRC-Technology“) in allen Phasen der Arzneimittelentwicklung und -herstellung.',
      en: 'Supports customers in all phases of drug development and manufacturing with its Imperacer® technology (the seed writes "Immun-PRC-Technology").',
    },
    provenance: sources(annex(2351, 2363)),
  },
  {
    id: 'curenect',
    kind: 'start-up',
    name: { de: 'curenect GmbH', en: 'curenect GmbH' },
    address: inNrw('Essen'),
    founded: 2019,
    sectors: [...dh],
    topics: ['digital-health', 'telematics'],
    description: {
      de: 'Entwickelt Software und schließt Akteure des Gesundheitswesens an die Telematikinfrastruktur an, etwa mit TI-Expertise, VPN-Zugangsdiensten und Schnittstellenmodulen.',
      en: 'Develops software and connects health-care actors to the telematics infrastructure, e.g. with TI expertise, VPN access services and interface modules.',
    },
    provenance: sources(annex(2370, 2384)),
  },
  {
    id: 'deutsche-arzt-management',
    kind: 'start-up',
    name: { de: 'Deutsche Arzt Management GmbH', en: 'Deutsche Arzt Management GmbH' },
    address: inNrw('Essen'),
    founded: 2016,
    sectors: [...dh],
    topics: ['digital-health'],
    description: {
      de: 'Entwickelt mit Gesundheitsexperten Versorgungskonzepte sowie digitale Therapie- und Trainingsprogramme und vernetzt Akteure des Gesundheitswesens.',
      en: 'Develops care concepts and digital therapy and training programmes with health experts and connects actors of the health system.',
    },
    provenance: sources(annex(2386, 2400)),
  },
  {
    id: 'filchange',
    kind: 'start-up',
    name: { de: 'FilChange', en: 'FilChange' },
    address: inNrw('Dortmund'),
    sectors: [...dh, 'medical-technology'],
    topics: ['digital-health', 'medical-technology'],
    description: {
      de: 'Universitäre Ausgründung, die mit einer zum europäischen Patent angemeldeten Technologie unterbrechungsfrei im 3D-Druck produziert; für Patienten mit Orthesen oder Prothesen bedeutet das kürzere Wartezeiten und besseren Tragekomfort.',
      en: 'University spin-off that prints without interruption using a technology filed for a European patent; for patients who need orthoses or prostheses this means shorter waiting times and better comfort.',
    },
    provenance: sources(annex(2402, 2426)),
  },
  {
    id: 'icho-systems',
    kind: 'start-up',
    name: { de: 'Ichó systems GmbH', en: 'Ichó systems GmbH' },
    address: inNrw('Dortmund'),
    founded: 2018,
    sectors: [...dh],
    topics: ['digital-health'],
    description: {
      de: 'Will Menschen mit kognitiven und motorischen Behinderungen spielerisch betreuen und fördern; sein Therapieball trainiert etwa Gedächtnis und Motorik.',
      en: 'Aims to support people with cognitive and motor disabilities in a playful way; its therapy ball trains e.g. memory and motor skills.',
    },
    provenance: sources(annex(2428, 2442)),
  },
  {
    // Listed in the start-up section of the annex (and so counted among its 26 start-ups),
    // although its name says association; the kind follows the seed.
    id: 'idsa',
    kind: 'start-up',
    name: {
      de: 'International Data Space Association',
      en: 'International Data Space Association',
    },
    shortName: { de: 'IDSA', en: 'IDSA' },
    address: inNrw('Dortmund'),
    founded: 2016,
    sectors: [...dh],
    topics: ['digital-health'],
    description: {
      de: 'Schafft International Data Spaces für den sicheren, unternehmensübergreifenden Austausch und die Verknüpfung von Daten als Grundlage für intelligente Dienste und neue Geschäftsmodelle.',
      en: 'Creates International Data Spaces for the secure exchange and linking of data across companies, as a basis for intelligent services and new business models.',
    },
    provenance: sources(annex(2444, 2458)),
  },
  {
    id: 'kenkou',
    kind: 'start-up',
    name: { de: 'KENKOU', en: 'KENKOU' },
    address: inNrw('Bochum'),
    founded: 2014,
    sectors: [...dh],
    topics: ['digital-health', 'm-health'],
    description: {
      de: 'Hat eine patentierte mobile Technologie entwickelt, mit der sich kardiovaskuläre Vitaldaten per Smartphone-Kamera messen lassen, etwa für die Behandlung chronischer Krankheiten oder die Überwachung klinischer Studien.',
      en: 'Developed a patented mobile technology that measures cardiovascular vital data with a smartphone camera, e.g. for treating chronic diseases or monitoring clinical trials.',
    },
    provenance: sources(annex(2460, 2474)),
  },
  {
    id: 'klinisch-relevant',
    kind: 'start-up',
    name: { de: 'Klinisch Relevant', en: 'Klinisch Relevant' },
    address: inNrw('Essen'),
    sectors: [...dh],
    topics: ['digital-health', 'education-and-training'],
    description: {
      de: 'Gestaltet die medizinische Aus- und Fortbildung mit Podcasts, Fortbildungen, einem Referenten-Netzwerk und Softwarelösungen.',
      en: 'Reshapes medical education and training with podcasts, courses, a network of speakers and software.',
    },
    provenance: sources(annex(2476, 2488)),
  },
  {
    id: 'medipee',
    kind: 'start-up',
    name: { de: 'Medipee GmbH', en: 'Medipee GmbH' },
    address: inNrw('Moers'),
    founded: 2017,
    sectors: [...dh],
    topics: ['digital-health', 'prevention'],
    description: {
      de: 'Bietet ein digitales Plattform-System zum Urinmonitoring an, das das Wohlbefinden steigern und Krankheiten vorbeugen soll.',
      en: 'Offers a digital platform for urine monitoring meant to improve well-being and prevent disease.',
    },
    provenance: sources(annex(2489, 2499)),
  },
  {
    id: 'mynoise',
    kind: 'start-up',
    name: { de: 'Mynoise GmbH', en: 'Mynoise GmbH' },
    address: inNrw('Duisburg'),
    founded: 2015,
    sectors: [...dh],
    topics: ['digital-health', 'm-health'],
    description: {
      de: 'Hat die Tinnitus-App Kalmeda entwickelt, die Patienten auf Basis einer kognitiven Verhaltenstherapie hilft, mit Tinnitus-Beschwerden umzugehen.',
      en: 'Developed the tinnitus app Kalmeda, which helps patients cope with tinnitus on the basis of cognitive behavioural therapy.',
    },
    provenance: sources(annex(2501, 2511)),
  },
  {
    id: 'noscendo',
    kind: 'start-up',
    name: { de: 'Noscendo GmbH', en: 'Noscendo GmbH' },
    address: inNrw('Duisburg'),
    founded: 2018,
    sectors: [...dh],
    topics: ['digital-health', 'diagnostics'],
    description: {
      de: 'Bietet mit der Plattform DISQVER digitale Erregerdiagnostik: Daten werden mit der Noscendo-Datenbank abgeglichen und ein Probenbericht erstellt, etwa für die Behandlung von Blutstrominfektionen.',
      en: 'Offers digital pathogen diagnostics with its platform DISQVER: data are matched against the Noscendo database and a sample report is produced, e.g. for treating bloodstream infections.',
    },
    provenance: sources(
      annex(2513, 2527),
      fromSeed('002', [373, 373]), // "Noscendo in Duisburg"
    ),
  },
  {
    id: 'novaheal',
    kind: 'start-up',
    name: { de: 'Novaheal', en: 'Novaheal' },
    address: inNrw('Bochum'),
    founded: 2021,
    sectors: [...dh],
    topics: ['digital-health', 'education-and-training', 'care-and-nursing'],
    description: {
      de: 'Bietet E-Learning-Software für die Pflegeausbildung und das Examen an, die mit Gamifizierung und fallbasierten Simulationen den Theorie-Praxis-Transfer stärken soll.',
      en: 'Offers e-learning software for nursing education and the final exam that uses gamification and case-based simulations to strengthen the transfer from theory to practice.',
    },
    provenance: sources(annex(2529, 2545)),
  },
  {
    id: 'pflegix',
    kind: 'start-up',
    name: { de: 'Pflegix GmbH', en: 'Pflegix GmbH' },
    address: inNrw('Bochum'),
    founded: 2016,
    sectors: [...dh],
    topics: ['digital-health', 'care-and-nursing', 'health-finance'],
    description: {
      de: 'Betreibt eine Online-Plattform, die haushaltsnahe Dienstleistungen, Alltagshilfe, Seniorenbetreuung, ambulante Pflege und Verhinderungspflege vermittelt, und arbeitet an der vollständig digitalen Abrechnung mit Pflegekassen.',
      en: 'Runs an online platform that arranges household services, everyday help, care for older people, home care and respite care, and works on fully digital billing with long-term care insurers.',
    },
    provenance: sources(annex(2547, 2569)),
  },
  {
    id: 'quickdoctor',
    kind: 'start-up',
    name: { de: 'Quickdoctor GmbH', en: 'Quickdoctor GmbH' },
    address: inNrw('Witten'),
    founded: 2019,
    sectors: [...dh],
    topics: ['digital-health'],
    description: {
      de: 'Betreibt eine Onlineplattform, über die Patienten kurzfristig Arzttermine buchen und Ärzte frei gewordene Termine weitergeben können.',
      en: 'Runs an online platform where patients book short-notice appointments with doctors and doctors pass on appointments that became free.',
    },
    provenance: sources(annex(2571, 2585)),
  },
  {
    id: 'scayan',
    kind: 'start-up',
    name: { de: 'Scayan', en: 'Scayan' },
    address: inNrw('Essen'),
    founded: 2017,
    sectors: [...dh],
    topics: ['digital-health', 'prevention'],
    description: {
      de: 'Bietet ganzheitliche Angebote für Betriebliches Gesundheitsmanagement (BGM) an.',
      en: 'Offers comprehensive workplace health management (BGM).',
    },
    provenance: sources(annex(2587, 2601)),
  },
  {
    id: 'somaview',
    kind: 'start-up',
    name: { de: 'SomaView GmbH', en: 'SomaView GmbH' },
    address: inNrw('Bochum'),
    founded: 2018,
    sectors: [...dh, 'medical-technology'],
    topics: ['digital-health', 'imaging', 'medical-technology'],
    description: {
      de: 'Stellt Augmented-Reality-Ultraschall her, der Ärzte bei interstitiellen und vaskulären Eingriffen unterstützt.',
      en: 'Makes augmented-reality ultrasound that supports physicians in interstitial and vascular interventions.',
    },
    provenance: sources(
      annex(2602, 2614),
      fromSeed('002', [373, 373]), // "SomaView in Bochum"
    ),
  },
  {
    id: 'takuta',
    kind: 'start-up',
    name: { de: 'Takuta GmbH – dubidoc.de', en: 'Takuta GmbH – dubidoc.de' },
    shortName: { de: 'Takuta GmbH', en: 'Takuta GmbH' },
    address: inNrw('Essen'),
    founded: 2016,
    sectors: [...dh],
    topics: ['digital-health', 'telemedicine'],
    description: {
      de: 'Entwickelt den Ressourcenmanager dubidoc, der Ärzten und Therapeuten mehr Zeit für die Versorgung verschaffen soll und Videosprechstunden, Online-Terminbuchung und digitale Überweisungen ermöglicht.',
      en: 'Develops the resource manager dubidoc, which is meant to give doctors and therapists more time for care and enables video consultations, online booking and digital referrals.',
    },
    provenance: sources(annex(2616, 2634)),
  },
  {
    id: 'tissueflow',
    kind: 'start-up',
    name: { de: 'TissueFlow GmbH', en: 'TissueFlow GmbH' },
    address: inNrw('Essen'),
    founded: 2019,
    sectors: [...dh, 'medical-technology'],
    topics: ['digital-health', 'medical-technology', 'regenerative-medicine', 'diagnostics'],
    description: {
      de: 'Ausgründung der Universität Duisburg-Essen, die Medizinprodukte für Geweberegeneration und Diagnostik entwickelt; das patentierte chirurgische Saugerset BoneFlo®+ unterstützt die Heilung von Knochenverletzungen.',
      en: 'Spin-off of the University of Duisburg-Essen that develops medical devices for tissue regeneration and diagnostics; its patented surgical suction set BoneFlo®+ supports the healing of bone injuries.',
    },
    provenance: sources(annex(2636, 2650)),
  },
  {
    id: 'vivamind',
    kind: 'start-up',
    name: {
      de: 'vivamind – Gesellschaft für Präventionsmedizin und Psychologie mbH',
      en: 'vivamind – Gesellschaft für Präventionsmedizin und Psychologie mbH',
    },
    shortName: { de: 'vivamind', en: 'vivamind' },
    address: inNrw('Dortmund'),
    founded: 2017,
    sectors: [...dh],
    topics: ['digital-health', 'prevention'],
    description: {
      de: 'Unterstützt Unternehmen mit digitalen Lösungen für organisationales und personalisiertes Gesundheitsmanagement; Algorithmen erfassen körperliche und psychische Indikatoren für eine Statuserhebung und mögliche Maßnahmen.',
      en: 'Supports companies with digital solutions for organisational and personalised health management; algorithms record physical and mental indicators for an assessment and possible measures.',
    },
    provenance: sources(annex(2652, 2668)),
  },
];

const annexEstablished: Actor[] = [
  {
    id: 'adesso',
    kind: 'company',
    name: { de: 'adesso SE', en: 'adesso SE' },
    address: inNrw('Dortmund'),
    founded: 1997,
    sectors: [...dh],
    topics: ['digital-health', 'health-it'],
    description: {
      de: 'IT-Dienstleister mit Schwerpunkt IT-Beratung und Softwareentwicklung im Gesundheitswesen, unter anderem für gesetzliche Kranken- und Unfallversicherung, Leistungserbringer, Life-Science-Unternehmen, Kassenärztliche Vereinigungen und Abrechnungszentren.',
      en: 'IT service provider focused on IT consulting and custom software in health care, among others for statutory health and accident insurance, providers, life-science companies, associations of statutory health insurance physicians and billing centres.',
    },
    provenance: sources(annex(2673, 2691)),
  },
  {
    id: 'bfs-health-finance',
    kind: 'company',
    name: { de: 'BFS health finance GmbH', en: 'BFS health finance GmbH' },
    address: inNrw('Dortmund'),
    founded: 1999,
    sectors: [...dh],
    topics: ['digital-health', 'health-finance'],
    description: {
      de: 'Bietet Kunden aus dem Gesundheitssektor administrative und finanzielle Dienstleistungen an, etwa für ein effizienteres Management von Arztpraxen.',
      en: 'Offers administrative and financial services to health-sector customers, e.g. for managing medical practices more efficiently.',
    },
    provenance: sources(annex(2693, 2703)),
  },
  {
    id: 'bitmarck',
    kind: 'company',
    name: { de: 'BITMARCK Holding GmbH', en: 'BITMARCK Holding GmbH' },
    address: inNrw('Essen'),
    // The entry reads "Essen, 2008 (1994)": 2008 is the year it gives, 1994 in brackets is not
    // explained.
    founded: 2008,
    sectors: [...dh],
    topics: ['digital-health', 'health-it'],
    description: {
      de: 'Will mit Softwarelösungen für alle Geschäftsfelder und -vorgänge die gesetzlichen Krankenkassen digitalisieren. Als Gründungsjahr nennt 001 „2008 (1994)“.',
      en: 'Aims to digitalise the statutory health insurers with software covering all their business areas and processes. 001 gives the founding year as "2008 (1994)".',
    },
    provenance: sources(annex(2705, 2713)),
  },
  {
    id: 'compugroup-medical',
    kind: 'company',
    name: { de: 'CompuGroup Medical SE', en: 'CompuGroup Medical SE' },
    address: inNrw('Bochum'),
    founded: 1987,
    sectors: [...dh],
    topics: ['digital-health', 'e-health', 'health-it'],
    description: {
      de: 'eHealth-Unternehmen, dessen Software ärztliche und organisatorische Tätigkeiten in Arztpraxen, Krankenhäusern, Laboren und Apotheken sicher und effizient macht.',
      en: 'eHealth company whose software makes medical and organisational work in practices, hospitals, laboratories and pharmacies secure and efficient.',
    },
    provenance: sources(annex(2715, 2727)),
  },
  {
    id: 'datatree',
    kind: 'company',
    name: { de: 'DATATREE AG', en: 'DATATREE AG' },
    address: inNrw('Dortmund'),
    founded: 2011,
    sectors: [...dh],
    topics: ['digital-health', 'it-security'],
    description: {
      de: 'Unterstützt vor allem im Gesundheitswesen bei der Einführung von Managementsystemen für Datenschutz und Informationssicherheit und berät zu Compliance, Datenschutz und Informationssicherheit.',
      en: 'Helps introduce management systems for data protection and information security, especially in health care, and advises on compliance, data protection and information security.',
    },
    provenance: sources(annex(2729, 2743)),
  },
  {
    id: 'dedalus',
    kind: 'company',
    name: { de: 'Dedalus', en: 'Dedalus' },
    address: inNrw('Essen'),
    founded: 1982,
    sectors: [...dh],
    topics: ['digital-health', 'health-it'],
    description: {
      de: 'Health-Software-Unternehmen, bekannt für Krankenhausinformationssysteme (KIS), das die Versorgung personalisierter und patientenorientierter machen und durch gesicherten Datentransfer verbessern will.',
      en: 'Health software company known for hospital information systems that aims to make care more personalised and patient-centred and to improve it through reliable data transfer.',
    },
    provenance: sources(annex(2745, 2765)),
  },
  {
    id: 'dental-innovation',
    kind: 'company',
    name: { de: 'Dental Innovation GmbH', en: 'Dental Innovation GmbH' },
    address: inNrw('Dortmund'),
    founded: 2007,
    sectors: [...dh, 'medical-technology'],
    topics: ['digital-health', 'medical-technology', 'diagnostics'],
    description: {
      de: 'Universitäre Ausgründung mit einem opto-elektronischen Registriersystem, das Kieferbewegungen berührungslos und hochpräzise erfasst, für Kiefergelenkdiagnostik und -therapie, mit Schnittstellen zu digitalen und analogen Dentalgeräten.',
      en: 'University spin-off with an opto-electronic system that records jaw movements contact-free and with high precision, for diagnosis and therapy of the jaw joint, with interfaces to digital and analogue dental devices.',
    },
    provenance: sources(annex(2767, 2783)),
  },
  {
    id: 'erlen',
    kind: 'company',
    name: { de: 'Erlen GmbH', en: 'Erlen GmbH' },
    address: inNrw('Recklinghausen'),
    founded: 2007,
    sectors: [...dh, 'medical-technology'],
    topics: ['digital-health', 'medical-technology'],
    description: {
      de: 'Mittelständisches Familienunternehmen, das Produkte gegen Infektionen während eines Krankenhausaufenthalts entwickelt und herstellt, darunter elektronische Mess-, Steuer- und Regelungstechnik für Geräte der Hygienetechnik.',
      en: 'Medium-sized family company that develops and makes products against infections acquired in hospital, including electronic measuring and control technology for hygiene equipment.',
    },
    provenance: sources(annex(2785, 2801)),
  },
  {
    id: 'etnenos',
    kind: 'company',
    name: { de: 'Etnenos GmbH & Co.KG', en: 'Etnenos GmbH & Co.KG' },
    address: inNrw('Gladbeck'),
    sectors: [...dh],
    topics: ['digital-health', 'care-and-nursing'],
    description: {
      de: 'Bietet Krankenhäusern, ambulanten Diensten, Reha-Kliniken und Senioreneinrichtungen ein unabhängiges Internet-Portal für die digitale Überleitung von Patienten aus dem stationären in den ambulanten Sektor.',
      en: 'Offers hospitals, home-care services, rehabilitation clinics and care homes an independent internet portal for the digital transfer of patients from inpatient to outpatient care.',
    },
    provenance: sources(annex(2802, 2822)),
  },
  {
    id: 'evaco',
    kind: 'company',
    name: { de: 'EVACO GmbH', en: 'EVACO GmbH' },
    address: inNrw('Duisburg'),
    founded: 2002,
    sectors: [...dh],
    topics: ['digital-health', 'artificial-intelligence', 'big-data'],
    description: {
      de: 'Bietet Dienstleistungen in Data Science und Künstlicher Intelligenz an; die entwickelten Machine-Learning-Modelle werden überwacht und erweitert und ermöglichen Prognosen und (teil)automatisierte Entscheidungen.',
      en: 'Offers data-science and artificial-intelligence services; the machine-learning models it builds are monitored and extended and allow forecasts and (partly) automated decisions.',
    },
    provenance: sources(annex(2824, 2838)),
  },
  {
    id: 'g-data-cyberdefense',
    kind: 'company',
    name: { de: 'G DATA CyberDefense AG', en: 'G DATA CyberDefense AG' },
    address: inNrw('Bochum'),
    founded: 1985,
    sectors: [...dh],
    topics: ['digital-health', 'it-security'],
    description: {
      de: 'Bietet branchenunabhängige IT-Security-Lösungen für Privatkunden und Unternehmen; die Tochter G DATA Advanced Analytics GmbH erbringt IT-Sicherheitsdienstleistungen. 001 nennt es als Beispiel für IT-Sicherheitslösungen, die Patientendaten vertraulich halten, 003 als lokalen Pionier der IT-Sicherheit auch im Gesundheitswesen.',
      en: 'Offers IT security for consumers and companies in all sectors; its subsidiary G DATA Advanced Analytics GmbH provides IT security services. 001 names it as an example of IT security that keeps patient data confidential, 003 as a local pioneer of IT security, also in health care.',
    },
    provenance: sources(
      fromSeed('001', [627, 633]), // "G Data CyberDefense AG aus Bochum"
      annex(2840, 2854),
      fromSeed('003', [411, 416]), // "Bochumer Unternehmen G Data"
    ),
  },
  {
    id: 'gsg',
    kind: 'company',
    name: { de: 'GSG GmbH', en: 'GSG GmbH' },
    address: inNrw('Dortmund'),
    sectors: [...dh],
    topics: ['digital-health', 'health-it', 'artificial-intelligence'],
    description: {
      de: 'Berät Krankenhäuser und ihre Träger mit Know-how in Medizin, Medizincontrolling, Gesundheitsökonomie und Informatik und bietet Software an, darunter eine KI mit medizinischem Textverständnis.',
      en: 'Advises hospitals and their operators with expertise in medicine, medical controlling, health economics and informatics, and offers software, including an AI that understands medical text.',
    },
    provenance: sources(annex(2856, 2874)),
  },
  {
    id: 'hmm-deutschland',
    kind: 'company',
    name: { de: 'HMM Deutschland GmbH', en: 'HMM Deutschland GmbH' },
    address: inNrw('Moers'),
    sectors: [...dh],
    topics: ['digital-health', 'health-it', 'health-finance'],
    description: {
      de: 'Bietet mit Healthcare-IT-Anbietern und Fachverbänden Software für Versorgung und Abrechnung im Gesundheitswesen an, mit dem Ziel von Standardisierung, Automatisierung und Vernetzung.',
      en: 'Offers software for care and billing in health care, together with health-IT vendors and professional associations, aiming at standardisation, automation and connectivity.',
    },
    provenance: sources(annex(2876, 2892)),
  },
  {
    id: 'i-solutions-health',
    kind: 'company',
    name: { de: 'i-SOLUTIONS Health GmbH', en: 'i-SOLUTIONS Health GmbH' },
    address: inNrw('Bochum'),
    sectors: [...dh],
    topics: ['digital-health', 'health-it'],
    description: {
      de: 'Mittelständisches Unternehmen, das Kunden aus dem Gesundheitssektor Dienstleistungen wie ganzheitliche Softwarelösungen und Konzepte anbietet.',
      en: 'Medium-sized company offering health-sector customers services such as comprehensive software solutions and concepts.',
    },
    provenance: sources(annex(2894, 2906)),
  },
  {
    id: 'id-tm',
    kind: 'company',
    name: {
      de: 'id+tm Ingenieurbüro für diagnostische + therapeutische Medizintechnik',
      en: 'id+tm Ingenieurbüro für diagnostische + therapeutische Medizintechnik',
    },
    shortName: { de: 'id+tm', en: 'id+tm' },
    address: inNrw('Recklinghausen'),
    sectors: [...dh, 'medical-technology'],
    topics: ['digital-health', 'imaging', 'medical-technology'],
    description: {
      de: 'Unterstützt mit Beratung, Entwicklung und Projektfinanzierung Projekte zur diagnostischen, interventionellen und intraoperativen Bildgebung, gemeinsam mit zahlreichen Kooperationspartnern.',
      en: 'Supports projects in diagnostic, interventional and intraoperative imaging with consulting, development and project financing, together with many partners.',
    },
    provenance: sources(annex(2908, 2926)),
  },
  {
    id: 'innovative-tomography-products',
    kind: 'company',
    name: {
      de: 'Innovative Tomography Products (ITP) GmbH',
      en: 'Innovative Tomography Products (ITP) GmbH',
    },
    shortName: { de: 'ITP', en: 'ITP' },
    address: inNrw('Bochum'),
    founded: 2009,
    sectors: [...dh, 'medical-technology'],
    topics: ['digital-health', 'imaging', 'medical-technology'],
    description: {
      de: 'Entwickelt und vertreibt Produkte für die bildgesteuerte Therapie und Diagnostik in Computer- und Kernspintomographie; ein Forschungsvorhaben gilt einem Katheter für die intramyokardiale Therapie.',
      en: 'Develops and sells products for image-guided therapy and diagnostics in computed and magnetic resonance tomography; one research project is a catheter for intramyocardial therapy.',
    },
    provenance: sources(annex(2927, 2949)),
  },
  {
    id: 'kairos',
    kind: 'company',
    name: { de: 'Kairos GmbH', en: 'Kairos GmbH' },
    address: inNrw('Bochum'),
    founded: 2007,
    sectors: [...dh],
    topics: ['digital-health', 'health-it', 'big-data'],
    description: {
      de: 'Implementiert medizinische Middleware-Plattformen, etwa zur IT-gestützten Orchestrierung von Arbeitsabläufen, und forscht mit, etwa an einem System für die qualitätsgesicherte Durchführung präklinischer Studien. 002 nennt es als Unternehmen, das große Datenmengen auswerten kann.',
      en: 'Implements medical middleware platforms, e.g. for IT-supported orchestration of workflows, and takes part in research, e.g. on a system for quality-assured preclinical studies. 002 names it as a company able to analyse large amounts of data.',
    },
    provenance: sources(annex(2951, 2971), fromSeed('002', [270, 270])),
  },
  {
    id: 'kampmann-hoersysteme',
    kind: 'company',
    name: { de: 'Kampmann Hörsysteme GmbH', en: 'Kampmann Hörsysteme GmbH' },
    address: inNrw('Bochum'),
    sectors: [...dh, 'trade-and-distribution'],
    topics: ['digital-health', 'medical-technology', 'rehabilitation'],
    description: {
      de: 'Auf die Versorgung schwerhöriger Menschen spezialisiert: verkauft Hörgeräte, Cochlea-, knochenverankerte und Mittelohrimplantate und forscht an neuen Formen der Telerehabilitation für Cochlea-Implantat-Träger.',
      en: 'Specialised in care for people with hearing loss: sells hearing aids and cochlear, bone-anchored and middle-ear implants, and researches new forms of telerehabilitation for cochlear-implant users.',
    },
    provenance: sources(annex(2973, 2993)),
  },
  {
    id: 'maerz-internetwork-services',
    kind: 'company',
    name: { de: 'März Internetwork Services AG', en: 'März Internetwork Services AG' },
    address: inNrw('Essen'),
    founded: 1982,
    sectors: [...dh],
    topics: ['digital-health', 'health-it'],
    description: {
      de: 'Unternehmensgruppe mit Produkten für IT-Infrastruktur, IT-Systeme und Software sowie IT- und Kommunikationslösungen, auch für den Gesundheitssektor, die Kunden über Planung und Implementierung begleitet.',
      en: 'Group offering IT infrastructure, IT systems and software as well as IT and communication solutions, also for the health sector, and accompanying customers through planning and implementation.',
    },
    provenance: sources(annex(2995, 3017)),
  },
  {
    id: 'maxq-bfw',
    kind: 'company',
    name: {
      de: 'maxQ. im bfw – Unternehmen für Bildung',
      en: 'maxQ. im bfw – Unternehmen für Bildung',
    },
    shortName: { de: 'maxQ.', en: 'maxQ.' },
    address: inNrw('Bochum'),
    sectors: [...dh],
    topics: ['digital-health', 'education-and-training', 'care-and-nursing'],
    description: {
      de: 'Gesundheitsmarke des bfw – Unternehmen für Bildung, die mit Kooperationspartnern Aus- und Weiterbildung in Pflege- und Sozialberufen anbietet.',
      en: 'Health brand of the bfw – Unternehmen für Bildung that offers training and further education in nursing and social professions with partners.',
    },
    provenance: sources(annex(3019, 3035)),
  },
  {
    id: 'medass-treuhand',
    kind: 'company',
    name: { de: 'medass Treuhand KG', en: 'medass Treuhand KG' },
    address: inNrw('Essen'),
    sectors: [...dh],
    topics: ['digital-health', 'health-finance'],
    description: {
      de: 'Betreut und berät Personen und Gesellschaften aus dem Gesundheitswesen, mit Wirtschaftsberatung, Praxisbörse, Finanzdienstleistung und Sachverständigenbüro.',
      en: 'Supports and advises people and companies in health care, with business consulting, a practice exchange, financial services and an expert office.',
    },
    provenance: sources(annex(3037, 3053)),
  },
  {
    id: 'omnicell-mach4',
    kind: 'company',
    name: {
      de: 'Omnicell / MACH4 Automatisierungstechnik GmbH',
      en: 'Omnicell / MACH4 Automatisierungstechnik GmbH',
    },
    address: inNrw('Bochum'),
    sectors: [...dh],
    topics: ['digital-health', 'health-logistics'],
    description: {
      de: 'Verbessert Verabreichung und Verwaltung von Medikamenten, etwa mit einem gesicherten elektronischen Abgabe- und Aufbewahrungssystem für das Medikamentenmanagement in Krankenhäusern, Apotheken und Pflegeeinrichtungen.',
      en: 'Improves the administration and management of medicines, e.g. with a secure electronic dispensing and storage system for medication management in hospitals, pharmacies and care homes.',
    },
    provenance: sources(annex(3055, 3073)),
  },
  {
    id: 'opta-data',
    kind: 'company',
    name: { de: 'opta data Gruppe', en: 'opta data Gruppe' },
    address: inNrw('Essen'),
    founded: 1977,
    sectors: [...dh],
    topics: ['digital-health', 'health-it', 'health-finance'],
    description: {
      de: 'Zuständig für IT, Abrechnung und Services im Gesundheitswesen, unter anderem für Pflegedienste, Heilmittelerbringer, Hilfsmittelanbieter, Rettungsdienste, Reha-Einrichtungen, Hebammen, Ärzte und Krankenhäuser; 002 nennt sie unter den bekannten Unternehmen der Gesundheits-IT.',
      en: 'Provides IT, billing and services in health care, among others for nursing services, therapists, medical-aid suppliers, ambulance services, rehabilitation, midwives, doctors and hospitals; 002 names it among the well-known health-IT companies.',
    },
    provenance: sources(
      annex(3074, 3088), // "Opta data Gruppe"
      fromSeed('002', [304, 304]),
    ),
  },
  {
    id: 'phenox',
    kind: 'company',
    name: { de: 'Phenox GmbH', en: 'Phenox GmbH' },
    address: inNrw('Bochum'),
    founded: 2005,
    sectors: [...dh],
    topics: ['digital-health', 'medical-technology'],
    description: {
      de: 'Hat mit seinen Technologien bedeutende Forschungs- und Entwicklungsprogramme gewonnen; das Produktangebot umfasst zahlreiche Behandlungsmethoden für neurovaskuläre Krankheiten.',
      en: 'Has won important research and development programmes with its technologies; its products cover many treatments for neurovascular diseases.',
    },
    provenance: sources(annex(3090, 3102)),
  },
  {
    id: 'pradtke',
    kind: 'company',
    name: { de: 'Pradtke GmbH', en: 'Pradtke GmbH' },
    address: inNrw('Bochum'),
    founded: 1993,
    sectors: [...dh],
    topics: ['digital-health', 'health-it'],
    description: {
      de: 'Bietet Services und Software für die strategische und effiziente Personaleinsatzplanung im Gesundheitswesen.',
      en: 'Offers services and software for strategic and efficient staff scheduling in health care.',
    },
    provenance: sources(annex(3104, 3118)),
  },
  {
    id: 'rvz',
    kind: 'company',
    name: { de: 'RVZ GmbH', en: 'RVZ GmbH' },
    address: wetterRuhr,
    founded: 1986,
    sectors: [...dh],
    topics: ['digital-health', 'health-it', 'it-security'],
    description: {
      de: 'Verarbeitet sensible Daten sicher, betreibt komplexe IT-Systeme und entwickelt Software, etwa Krankenhausinformationssysteme und Systeme zur Rechnungseingangsbearbeitung.',
      en: 'Processes sensitive data securely, operates complex IT systems and develops software such as hospital information systems and systems for processing incoming invoices.',
    },
    provenance: sources(annex(3120, 3134)),
  },
  {
    id: 'secunet',
    kind: 'company',
    name: { de: 'secunet Security Networks AG', en: 'secunet Security Networks AG' },
    address: inNrw('Essen'),
    founded: 1997,
    sectors: [...dh],
    topics: ['digital-health', 'it-security', 'telematics'],
    description: {
      de: 'Bietet Unternehmen, Behörden und internationalen Organisationen Software- und Hardwarelösungen von Analyse bis Support; im Gesundheitswesen hilft es bei der Anbindung an die Telematikinfrastruktur, der Vernetzung von Medizintechnik und der sicheren Speicherung von Patientendaten.',
      en: 'Offers companies, authorities and international organisations software and hardware solutions from analysis to support; in health care it helps with connection to the telematics infrastructure, networking of medical devices and secure storage of patient data.',
    },
    provenance: sources(annex(3136, 3160)),
  },
  {
    id: 'smart-q',
    kind: 'company',
    name: { de: 'Smart Q Softwaresysteme GmbH', en: 'Smart Q Softwaresysteme GmbH' },
    address: inNrw('Bochum'),
    founded: 2010,
    sectors: [...dh],
    topics: ['digital-health', 'health-it', 'care-and-nursing'],
    description: {
      de: 'Entwickelt und vertreibt Software für vernetzte Dokumentation in Medizin und Pflege, organisiert Kongresse und Fortbildungen und führt Studien und Umfragen durch.',
      en: 'Develops and sells software for connected documentation in medicine and nursing, organises congresses and training and carries out studies and surveys.',
    },
    provenance: sources(annex(3162, 3176)),
  },
  {
    id: 'snap',
    kind: 'company',
    name: { de: 'SNAP GmbH', en: 'SNAP GmbH' },
    address: inNrw('Bochum'),
    founded: 2010,
    sectors: [...dh, 'medical-technology'],
    topics: ['digital-health', 'medical-technology'],
    description: {
      de: 'Entwickelt sensorbasierte, neuronal adaptive Prothetik und damit verbundene Dienstleistungen, mit dem Ziel intelligenter Prothesen und prothetischer Hilfsmittel.',
      en: 'Develops sensor-based, neurally adaptive prosthetics and related services, aiming at intelligent prostheses and prosthetic aids.',
    },
    provenance: sources(annex(3178, 3192)),
  },
  {
    id: 'visus-health-it',
    kind: 'company',
    name: { de: 'VISUS Health IT GmbH', en: 'VISUS Health IT GmbH' },
    address: inNrw('Bochum'),
    founded: 2000,
    sectors: [...dh],
    topics: ['digital-health', 'imaging', 'health-it'],
    description: {
      de: 'Will mit prozessorientierten Lösungen im Bild- und Befundmanagement Kommunikation und Vernetzung in der Versorgung verbessern; seine Produkte gelten als gut integrierbar.',
      en: 'Aims to improve communication and networking in care with process-oriented image and report management; its products are described as highly integrable.',
    },
    provenance: sources(annex(3194, 3208), fromSeed('002', [286, 286])),
  },
];

/** Every organisation of the seeds, each with the lines that name it. */
export const actors: readonly Actor[] = [
  ...networks,
  ...publicBodies,
  ...universities,
  ...care,
  ...research,
  ...companies,
  ...annexStartUps,
  ...annexEstablished,
];

/**
 * Other spellings under which the seeds name an actor, where the cited lines use neither its
 * name nor its short name: inflected forms ("Universitätsklinikums Essen"), older names
 * ("Westdeutscher Teleradiologieverbund" for ConnectMT) and short forms. The tests accept these
 * when they check that a source's lines name the actor; search can use them too.
 */
export const actorSeedSpellings: Readonly<Record<string, readonly string[]>> = {
  'medecon-ruhr': ['MedEcon-Ruhr', 'MedEcon'],
  'cluster-medizin-nrw': ['Clusters Medizin.NRW'],
  connectmt: [
    'Westdeutschen Teleradiologieverbund', // 001 l.26: "Westdeutschen Teleradiologieverbundes"
    'Westdeutsche Teleradiologieverbund', // 001 l.1496-1498
    'Teleradiologieverbundes Westdeutschland', // 002 l.54
    'Teleradiologieverbands Westdeutschland', // 002 l.110
  ],
  ztg: ['Zentrum für Telematik im Gesundheitswesen'],
  'universitaetsallianz-ruhr': ['Universität Allianz Ruhr'],
  'research-center-one-health-ruhr': ['Research Center One Health Ruhr'],
  'digitale-hochschule-nrw': ['Digitalen Hochschule NRW'],
  'cio-abcd': ['Centrum für Integrierte Onkologie'],
  'h2-netzwerk-ruhr': ['h2-netzwerk-ruhr'],
  rvr: ['Regionalverband Ruhrgebiet', 'Regionalverbandes Ruhr'],
  'koordinierungsstelle-digital-health-ruhr': ['Koordinierungsstelle'],
  'ministerium-kultur-wissenschaft-nrw': ['Ministeriums für Kultur und Wissenschaft'],
  'ministerium-heimat-kommunales-bau-digitalisierung-nrw': [
    'Ministerium für Heimat, Kommunales, Bau und Digitalisierung',
  ],
  bmbf: ['Bundesministeriums für Bildung und Forschung'],
  bfarm: ['Bundesinstitut für Arzneimittel und Medizinprodukte'],
  'business-metropole-ruhr': ['Businessmetropole Ruhr'],
  gmds: ['Gesellschaft für Medizinische Informatik, Biometrie und Epidemiologie'],
  'universitaet-witten-herdecke': ['Universität Witten-Herdecke'],
  'uk-essen': [
    'Universitätskliniken in Bochum und Essen',
    'Universitätsklinikums Essen',
    'Uniklinik in Essen',
    'Uniklinik Essen',
    'Universitätsmedizin Essen',
    'Universitätskliniken in Essen',
  ],
  'uk-bochum': ['Universitätskliniken in Bochum', 'Universitätsmedizin in Bochum'],
  'uk-knappschaftskrankenhaus-bochum': ['Knappschaftskrankenhaus Bochum'],
  'uk-aachen': ['Universitätskliniken Aachen'],
  'uk-muenster': ['Universitätskliniken Aachen und Münster'],
  'westdeutsches-tumorzentrum': ['Westdeutschen Tumorzentrums'],
  'groenemeyer-institut': ['Grönemeyer-Institut'],
  ikim: ['Institut für künstliche Intelligenz in der Medizin'],
  'fraunhofer-umsicht': ['Energietechnik UMSICHT'],
  'fraunhofer-ims': ['Mikroelektronische Schaltung und Systeme'],
  'fraunhofer-isst': ['Fraunhofer-Institut für Software- und Systemtechnik'],
  iat: ['Institut für Arbeit und Technik'],
  'institut-fuer-internet-sicherheit': ['Institut für Internetsicherheit'],
  'westfaelische-hochschule': ['Westfälischen Hochschule'],
  aware7: ['Aware7'],
  noscendo: ['Noscendo'],
  somaview: ['SomaView'],
  'hochschule-fuer-gesundheit-bochum': ['Hochschule für Gesundheit'],
  'avise-labs': ['Avisé'],
  'g-data-cyberdefense': ['G Data'],
  'opta-data': ['opta data'],
};

/** The actor with this id, if any. */
export function actorById(id: string): Actor | undefined {
  return actors.find((actor) => actor.id === id);
}
