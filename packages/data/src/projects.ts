import { fromSeed } from './sources';
import type { FlagshipProject } from './types';

// Flagship projects and initiatives that the seeds name, with what the seeds say about them.
export const flagshipProjects: readonly FlagshipProject[] = [
  {
    id: 'smart-hospital-essen',
    name: 'Smart Hospital',
    description: {
      de: 'Forschungsprojekt unter der Leitung des Universitätsklinikums Essen: Konzepte und Lösungen, mit denen Krankenhäuser in NRW ihre Digitalisierung vorantreiben, dazu KI-basierte Anwendungen, die exemplarisch erprobt werden.',
      en: 'Research project led by the Essen University Hospital: concepts and solutions that help hospitals in NRW digitise, and AI-based applications tried out in real settings.',
    },
    district: '05113',
    actors: ['uk-essen'],
    sources: [fromSeed('001', [26, 28]), fromSeed('001', [1120, 1150])],
  },
  {
    id: 'westdeutscher-teleradiologieverbund',
    name: 'Westdeutscher Teleradiologieverbund',
    aliases: [
      'ConnectMT – Verbund für medizinische Telekooperationen',
      'Teleradiologieverband Westdeutschland',
    ],
    description: {
      de: 'Von MedEcon Ruhr aufgebauter Verbund, der seit 2012 angeschlossenen Praxen und Kliniken den sicheren Austausch medizinischer Bilder ermöglicht; nach Seed 002 der größte Zusammenschluss seiner Art in Deutschland, Mitte 2023 umbenannt in ConnectMT – Verbund für medizinische Telekooperationen.',
      en: 'Network built by MedEcon Ruhr through which, since 2012, member practices and hospitals exchange medical images securely; by seed 002 the largest of its kind in Germany, renamed ConnectMT (network for medical telecooperation) in mid-2023.',
    },
    actors: ['connectmt', 'medecon-ruhr'],
    sources: [
      fromSeed('001', [1494, 1500]),
      fromSeed('002', [110, 110]),
      fromSeed('002', [304, 304]),
    ],
  },
  {
    id: 'digital-health-factory-ruhr',
    name: 'Digital Health Factory Ruhr',
    description: {
      de: 'Von MedEcon Ruhr moderiertes Bündnis und Forschungsinitiative für digitale Lösungen der Gesundheitsversorgung in Ballungsräumen.',
      en: 'Alliance and research initiative, moderated by MedEcon Ruhr, for digital solutions in health care in conurbations.',
    },
    actors: ['digital-health-factory-ruhr', 'medecon-ruhr'],
    sources: [
      fromSeed('003', [1063, 1068]),
      fromSeed('002', [379, 379]),
      fromSeed('002', [453, 453]),
    ],
  },
  {
    id: 'teleradiologieverbund-ruhr',
    name: 'Teleradiologieverbund Ruhr',
    description: {
      de: 'In Seed 002 als gelungenes Gemeinschaftsprojekt des Ruhrgebiets genannt.',
      en: 'Named in seed 002 as a successful joint project of the Ruhr.',
    },
    sources: [fromSeed('002', [451, 451])],
  },
  {
    id: 'internationale-pflegebauausstellung-ruhr',
    name: 'Internationale Pflegebauausstellung Ruhr',
    description: {
      de: 'In Seed 002 als gelungenes oder laufendes Gemeinschaftsprojekt des Ruhrgebiets genannt.',
      en: 'Named in seed 002 as a successful or ongoing joint project of the Ruhr (an international care building exhibition).',
    },
    sources: [fromSeed('002', [451, 451])],
  },
  {
    id: 'gevor',
    name: 'GeVoR',
    description: {
      de: 'In Seed 002 als gelungenes oder laufendes Gemeinschaftsprojekt des Ruhrgebiets genannt.',
      en: 'Named in seed 002 as a successful or ongoing joint project of the Ruhr.',
    },
    sources: [fromSeed('002', [451, 451])],
  },
  {
    id: 'green-hospital',
    name: 'Green Hospital',
    description: {
      de: 'Ansatz des nachhaltigen, ressourcenschonenden Krankenhauses; Seed 002 schlägt vor, um das Universitätsklinikum Essen ein Green-Health-Cluster aufzubauen.',
      en: 'The sustainable, resource-saving hospital; seed 002 proposes growing a green-health cluster around the Essen University Hospital.',
    },
    actors: ['uk-essen'],
    sources: [fromSeed('002', [528, 548])],
  },
  {
    id: 'ein-herz-fuer-nrw',
    name: 'Ein Herz für NRW',
    description: {
      de: 'Leuchtturm-Projekt von Medizin.NRW, 2015 als Translationsverbund gestartet, zur Entwicklung eines biohybriden Herzens als Organersatz bei schweren Herzerkrankungen.',
      en: 'Medizin.NRW flagship project, started in 2015 as a translation network, to develop a biohybrid heart as an organ replacement in severe heart disease.',
    },
    actors: ['cluster-medizin-nrw'],
    sources: [fromSeed('000', [1261, 1273])],
  },
  {
    id: 'smarthealthdata-nrw',
    name: 'SmartHealthData.NRW',
    description: {
      de: 'Leuchtturm-Projekt von Medizin.NRW zur Verknüpfung von Daten aus Forschung, klinischer und ambulanter Praxis zum Nutzen der Patientinnen und Patienten.',
      en: 'Medizin.NRW flagship project linking data from research and from clinical and outpatient practice for the benefit of patients.',
    },
    actors: ['cluster-medizin-nrw'],
    sources: [fromSeed('000', [1274, 1284])],
  },
  {
    id: 'mobileconnectedhealth-nrw',
    name: 'MobileConnectedHealth.NRW',
    description: {
      de: 'Leuchtturm-Projekt von Medizin.NRW zu Lösungen, die Gesundheitshandeln und Versorgung über Smartphones und Wearables unterstützen.',
      en: 'Medizin.NRW flagship project on solutions that support health behaviour and care through smartphones and wearables.',
    },
    actors: ['cluster-medizin-nrw'],
    sources: [fromSeed('000', [1285, 1294])],
  },
  {
    id: 'nerven-sinne-technik-nrw',
    name: 'Nerven.Sinne.Technik.NRW',
    description: {
      de: 'Leuchtturm-Projekt von Medizin.NRW zu interaktiven technischen Lösungen für Menschen mit neurogenen Erkrankungen, von Implantaten bis zur Neurorobotik.',
      en: 'Medizin.NRW flagship project on interactive technical solutions for people with neurogenic diseases, from implants to neurorobotics.',
    },
    actors: ['cluster-medizin-nrw'],
    sources: [fromSeed('000', [1295, 1307])],
  },
  {
    id: 'cvd-nrw',
    name: 'CVD.NRW',
    description: {
      de: 'Empfohlener Leuchtturm zu Herz-Kreislauf-Erkrankungen, der „Ein Herz für NRW“ thematisch erweitert.',
      en: 'Recommended flagship on cardiovascular disease that widens the scope of "Ein Herz für NRW".',
    },
    actors: ['cluster-medizin-nrw'],
    sources: [fromSeed('000', [1344, 1347]), fromSeed('000', [1355, 1362])],
  },
  {
    id: 'klifonet-nrw',
    name: 'KliFoNet.NRW',
    description: {
      de: 'Empfohlener Leuchtturm zur Vernetzung der klinischen Forschung in NRW: ein schlagkräftiger Studienstandort, Scouting von Studien und Studienzentren, mehr Teilnehmende an klinischen Studien.',
      en: 'Recommended flagship networking clinical research in NRW: a strong trial location, scouting of trials and trial centres, more participants in clinical trials.',
    },
    actors: ['cluster-medizin-nrw'],
    sources: [fromSeed('000', [1347, 1350]), fromSeed('000', [1373, 1392])],
  },
  {
    id: 'ehealth-nrw',
    name: 'eHealth.NRW',
    description: {
      de: 'Empfohlener Leuchtturm (Arbeitstitel), der SmartHealthData.NRW, MobileConnectedHealth.NRW und Nerven.Sinne.Technik.NRW zusammenführt: Digitalisierung, Künstliche Intelligenz und Mensch-Technik-Interaktion.',
      en: 'Recommended flagship (working title) merging SmartHealthData.NRW, MobileConnectedHealth.NRW and Nerven.Sinne.Technik.NRW: digitalisation, artificial intelligence and human-machine interaction.',
    },
    actors: ['cluster-medizin-nrw'],
    sources: [fromSeed('000', [1350, 1353]), fromSeed('000', [1413, 1431])],
  },
];
