import { fromSeed } from './sources';
import type { GlossaryTerm } from './types';

// Seed 001, Abb. 2 "Phasen der Entwicklung der Digitalisierung des Gesundheitswesens"
// (l.181-196): six terms, from Digitalisierung to Digital Health. The German definitions are the
// seed's; the English ones are our translations.
const figure = (first: number, last: number) =>
  fromSeed('001', [first, last], 'Eigene Darstellung (Abb. 2)');

export const glossary: readonly GlossaryTerm[] = [
  {
    id: 'digitalisation',
    term: { de: 'Digitalisierung', en: 'Digitalisation' },
    definition: {
      de: 'Umwandlung analoger Prozesse in digitale, informationstechnische Verarbeitung von Daten.',
      en: 'Turning analogue processes into digital ones: processing data with information technology.',
    },
    source: figure(196, 196),
  },
  {
    id: 'telematics',
    term: { de: 'Telematik', en: 'Telematics' },
    definition: {
      de: 'Integration von Telekommunikation und Informatik zur Datenspeicherung, -erhebung und -vermittlung.',
      en: 'Telecommunication and computer science combined to store, collect and transmit data.',
    },
    source: figure(194, 194),
  },
  {
    id: 'telemedicine',
    term: { de: 'Telemedizin', en: 'Telemedicine' },
    definition: {
      de: 'Durchführung medizinischer Leistungen trotz räumlicher Distanz mittels digitaler Anwendungen und Dienste.',
      en: 'Providing medical services across a distance through digital applications and services.',
    },
    source: figure(192, 192),
  },
  {
    id: 'e-health',
    term: { de: 'E-Health', en: 'E-health' },
    definition: {
      de: 'Oberbegriff für die Nutzung von digitalen Diensten durch Gesundheitsdienstleister.',
      en: 'Umbrella term for the use of digital services by health care providers.',
    },
    source: figure(190, 190),
  },
  {
    id: 'm-health',
    term: { de: 'M-Health', en: 'M-health' },
    definition: {
      de: 'Unterkategorie von E-Health; die Gesundheitsversorgung wird durch den Einsatz mobiler Endgeräte unterstützt.',
      en: 'A sub-category of e-health: health care supported by mobile devices.',
    },
    broader: 'e-health',
    source: figure(187, 188),
  },
  {
    id: 'digital-health',
    term: { de: 'Digital Health', en: 'Digital health' },
    definition: {
      de: 'Nutzung digitaler Gesundheitsanwendungen mittels der Einbeziehung verschiedener Technologien über IKT hinaus (KI, Robotik, Sensorik usw.).',
      en: 'Use of digital health applications drawing on technologies beyond ICT (AI, robotics, sensors and more).',
    },
    source: figure(184, 185),
  },
];
