import { fromSeed } from './sources';
import type { PartnerCluster } from './types';

// Seed 002, Tabelle 1 (l.167-190): the 21 "Health Valleys" whose web presence the study
// examined as models for the Ruhr. Regions and names as the table prints them; countries are the
// ISO codes of the places named. Web addresses are kept where the table prints them unbroken;
// where the PDF split one over lines (a hyphen that may or may not belong to the address), it is
// left out rather than guessed.
const row = (line: number) => fromSeed('002', [line, line], 'Eigene Recherche IAT, Tabelle 1');

export const partnerClusters: readonly PartnerCluster[] = [
  {
    id: 'medical-valley-emn',
    name: 'Medical Valley Metropolregion Nuernberg',
    region: { de: 'Bayern', en: 'Bavaria' },
    countries: ['DE'],
    website: 'https://www.medical-valley-emn.de/',
    source: row(170),
  },
  {
    id: 'healthcapital-berlin-brandenburg',
    name: 'Cluster Gesundheitswirtschaft Berlin Brandenburg',
    region: { de: 'Berlin', en: 'Berlin' },
    countries: ['DE'],
    website: 'https://www.healthcapital.de/',
    source: row(171),
  },
  {
    id: 'health-innovation-port-hamburg',
    name: 'Health Innovation Port Hamburg',
    region: { de: 'Hamburg', en: 'Hamburg' },
    countries: ['DE'],
    website: 'https://www.healthinnovationport.de/',
    source: row(172),
  },
  {
    id: 'bioalps',
    name: 'BioAlps: Western Swiss Lifesciences Cluster',
    region: { de: 'Schweiz', en: 'Switzerland' },
    countries: ['CH'],
    website: 'https://bioalps.org/',
    source: row(173),
  },
  {
    id: 'north-west-healthtec-cluster',
    name: 'The North West HealthTec Cluster',
    region: {
      de: 'Nordwestengland / Greater Manchester / Liverpool',
      en: 'Northwest England / Greater Manchester / Liverpool',
    },
    countries: ['GB'],
    source: row(175),
  },
  {
    id: 'health-valley-netherlands',
    name: 'Health Valley Netherlands',
    region: { de: 'Eindhoven, Niederlande', en: 'Eindhoven, The Netherlands' },
    countries: ['NL'],
    source: row(176),
  },
  {
    id: 'center-for-global-health-innovation',
    name: 'Center for Global Health Innovation',
    region: { de: 'Atlanta, USA', en: 'Atlanta, USA' },
    countries: ['US'],
    website: 'https://cghi.org/',
    source: row(177),
  },
  {
    id: 'medhealth',
    name: 'MedHealth',
    region: {
      de: 'Detroit / Südost-Michigan und Südwest-Ontario, USA und Kanada',
      en: 'Detroit / Southeast Michigan and Southwest Ontario, USA and Canada',
    },
    countries: ['US', 'CA'],
    source: row(178),
  },
  {
    id: 'biocom-california',
    name: 'BioCom California',
    region: { de: 'Kalifornien, USA', en: 'California, USA' },
    countries: ['US'],
    source: row(179),
  },
  {
    id: 'health-tech-valley-tel-aviv',
    name: 'Health Tech Valley',
    region: { de: 'Tel Aviv, Israel', en: 'Tel Aviv, Israel' },
    countries: ['IL'],
    source: row(180),
  },
  {
    id: 'nhic-singapore',
    name: 'National Health Innovation Centre Singapore',
    region: { de: 'Singapur', en: 'Singapore' },
    countries: ['SG'],
    source: row(181),
  },
  {
    id: 'tsukuba-global-innovation-promotion-agency',
    name: 'Tsukuba Global Innovation Promotion Agency (TGI)',
    region: { de: 'Tokio / Tsukuba, Japan', en: 'Tokyo / Tsukuba, Japan' },
    countries: ['JP'],
    source: row(182),
  },
  {
    id: 'kobe-biomedical-innovation-cluster',
    name: 'KOBE Biomedical Innovation Cluster (KBIC)',
    region: { de: 'Kobe, Japan', en: 'Kobe, Japan' },
    countries: ['JP'],
    source: row(183),
  },
  {
    id: 'bpipo-taiwan',
    name: 'The Biotechnology and Pharmaceutical Industries Promotion Office (BPIPO)',
    region: { de: 'Taiwan', en: 'Taiwan' },
    countries: ['TW'],
    source: row(184),
  },
  {
    id: 'flanders-bio',
    name: 'Flanders.bio',
    region: { de: 'Flandern, Belgien', en: 'Flanders, Belgium' },
    countries: ['BE'],
    website: 'https://flanders.bio/en',
    source: row(185),
  },
  {
    id: 'biowin',
    name: 'BIOWiN The Health Cluster of Wallonia',
    region: { de: 'Wallonien, Belgien', en: 'Wallonia, Belgium' },
    countries: ['BE'],
    website: 'https://biowin.org/',
    source: row(186),
  },
  {
    id: 'eurobiomed',
    name: 'Eurobiomed',
    region: { de: 'Südfrankreich', en: 'South of France' },
    countries: ['FR'],
    source: row(187),
  },
  {
    id: 'medcity',
    name: 'MedCity',
    region: {
      de: 'London / Oxford / Cambridge, Vereinigtes Königreich',
      en: 'London / Oxford / Cambridge, UK',
    },
    countries: ['GB'],
    source: row(188),
  },
  {
    id: 'lyonbiopole',
    name: 'Lyonbiopole',
    region: { de: 'Lyon / Auvergne-Rhône-Alpes', en: 'Lyon / Auvergne-Rhône-Alpes' },
    countries: ['FR'],
    source: row(189),
  },
  {
    id: 'health-hub-vienna',
    name: 'Health Hub Vienna, LisaVienna - life science austria, Vienna BioCenter',
    region: { de: 'Wien, Österreich', en: 'Vienna, Austria' },
    countries: ['AT'],
    source: row(190),
  },
  {
    id: 'medicon-valley',
    name: 'Medicon Valley',
    region: { de: 'Kopenhagen und Südschweden / Malmö', en: 'Copenhagen and South Sweden / Malmö' },
    countries: ['DK', 'SE'],
    source: row(191),
  },
];
