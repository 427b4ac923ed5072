import type { Labels } from '../shared/locale';

export type RegionLevel = 'country' | 'state' | 'government-region' | 'district' | 'association';
/** Kreisfreie Stadt, Kreis, or the Städteregion Aachen (a Kreis with a city status of its own). */
export type DistrictType = 'urban-district' | 'rural-district' | 'city-region';

export interface Region {
  /** The code observations use: AGS for German units, ISO 3166-1 for countries, RVR for the Ruhr. */
  readonly code: string;
  readonly level: RegionLevel;
  readonly name: Labels;
  readonly ags?: string;
  readonly nuts?: string;
  readonly districtType?: DistrictType;
  /** The code of the enclosing unit: the Regierungsbezirk of a district, NRW of a Bezirk. */
  readonly parent?: string;
  /** Member districts of an association such as the RVR. */
  readonly members?: readonly string[];
}

/**
 * The territorial status (Gebietsstand) the codes refer to: AGS as in force since the Städteregion
 * Aachen (05334) replaced Aachen (05313) and Kreis Aachen (05354) on 2009-10-21, and the NUTS 2021
 * classification (unchanged for NRW in NUTS 2024).
 */
export const territorialStatus = { ags: '2009-10-21', nuts: 'NUTS 2021' } as const;

type Row = readonly [ags: string, nuts: string, de: string, en: string, type: DistrictType];

// The 53 Kreise and kreisfreie Städte of NRW by Regierungsbezirk (AGS 051, 053, 055, 057, 059).
const districtRows: readonly Row[] = [
  ['05111', 'DEA11', 'Düsseldorf', 'Düsseldorf', 'urban-district'],
  ['05112', 'DEA12', 'Duisburg', 'Duisburg', 'urban-district'],
  ['05113', 'DEA13', 'Essen', 'Essen', 'urban-district'],
  ['05114', 'DEA14', 'Krefeld', 'Krefeld', 'urban-district'],
  ['05116', 'DEA15', 'Mönchengladbach', 'Mönchengladbach', 'urban-district'],
  ['05117', 'DEA16', 'Mülheim an der Ruhr', 'Mülheim an der Ruhr', 'urban-district'],
  ['05119', 'DEA17', 'Oberhausen', 'Oberhausen', 'urban-district'],
  ['05120', 'DEA18', 'Remscheid', 'Remscheid', 'urban-district'],
  ['05122', 'DEA19', 'Solingen', 'Solingen', 'urban-district'],
  ['05124', 'DEA1A', 'Wuppertal', 'Wuppertal', 'urban-district'],
  ['05154', 'DEA1B', 'Kreis Kleve', 'Kleve district', 'rural-district'],
  ['05158', 'DEA1C', 'Kreis Mettmann', 'Mettmann district', 'rural-district'],
  ['05162', 'DEA1D', 'Rhein-Kreis Neuss', 'Rhein-Kreis Neuss', 'rural-district'],
  ['05166', 'DEA1E', 'Kreis Viersen', 'Viersen district', 'rural-district'],
  ['05170', 'DEA1F', 'Kreis Wesel', 'Wesel district', 'rural-district'],
  ['05314', 'DEA22', 'Bonn', 'Bonn', 'urban-district'],
  ['05315', 'DEA23', 'Köln', 'Cologne', 'urban-district'],
  ['05316', 'DEA24', 'Leverkusen', 'Leverkusen', 'urban-district'],
  ['05334', 'DEA2D', 'Städteregion Aachen', 'Aachen city region', 'city-region'],
  ['05358', 'DEA26', 'Kreis Düren', 'Düren district', 'rural-district'],
  ['05362', 'DEA27', 'Rhein-Erft-Kreis', 'Rhein-Erft district', 'rural-district'],
  ['05366', 'DEA28', 'Kreis Euskirchen', 'Euskirchen district', 'rural-district'],
  ['05370', 'DEA29', 'Kreis Heinsberg', 'Heinsberg district', 'rural-district'],
  ['05374', 'DEA2A', 'Oberbergischer Kreis', 'Oberberg district', 'rural-district'],
  ['05378', 'DEA2B', 'Rheinisch-Bergischer Kreis', 'Rheinisch-Bergisch district', 'rural-district'],
  ['05382', 'DEA2C', 'Rhein-Sieg-Kreis', 'Rhein-Sieg district', 'rural-district'],
  ['05512', 'DEA31', 'Bottrop', 'Bottrop', 'urban-district'],
  ['05513', 'DEA32', 'Gelsenkirchen', 'Gelsenkirchen', 'urban-district'],
  ['05515', 'DEA33', 'Münster', 'Münster', 'urban-district'],
  ['05554', 'DEA34', 'Kreis Borken', 'Borken district', 'rural-district'],
  ['05558', 'DEA35', 'Kreis Coesfeld', 'Coesfeld district', 'rural-district'],
  ['05562', 'DEA36', 'Kreis Recklinghausen', 'Recklinghausen district', 'rural-district'],
  ['05566', 'DEA37', 'Kreis Steinfurt', 'Steinfurt district', 'rural-district'],
  ['05570', 'DEA38', 'Kreis Warendorf', 'Warendorf district', 'rural-district'],
  ['05711', 'DEA41', 'Bielefeld', 'Bielefeld', 'urban-district'],
  ['05754', 'DEA42', 'Kreis Gütersloh', 'Gütersloh district', 'rural-district'],
  ['05758', 'DEA43', 'Kreis Herford', 'Herford district', 'rural-district'],
  ['05762', 'DEA44', 'Kreis Höxter', 'Höxter district', 'rural-district'],
  ['05766', 'DEA45', 'Kreis Lippe', 'Lippe district', 'rural-district'],
  ['05770', 'DEA46', 'Kreis Minden-Lübbecke', 'Minden-Lübbecke district', 'rural-district'],
  ['05774', 'DEA47', 'Kreis Paderborn', 'Paderborn district', 'rural-district'],
  ['05911', 'DEA51', 'Bochum', 'Bochum', 'urban-district'],
  ['05913', 'DEA52', 'Dortmund', 'Dortmund', 'urban-district'],
  ['05914', 'DEA53', 'Hagen', 'Hagen', 'urban-district'],
  ['05915', 'DEA54', 'Hamm', 'Hamm', 'urban-district'],
  ['05916', 'DEA55', 'Herne', 'Herne', 'urban-district'],
  ['05954', 'DEA56', 'Ennepe-Ruhr-Kreis', 'Ennepe-Ruhr district', 'rural-district'],
  ['05958', 'DEA57', 'Hochsauerlandkreis', 'Hochsauerland district', 'rural-district'],
  ['05962', 'DEA58', 'Märkischer Kreis', 'Märkischer Kreis', 'rural-district'],
  ['05966', 'DEA59', 'Kreis Olpe', 'Olpe district', 'rural-district'],
  ['05970', 'DEA5A', 'Kreis Siegen-Wittgenstein', 'Siegen-Wittgenstein district', 'rural-district'],
  ['05974', 'DEA5B', 'Kreis Soest', 'Soest district', 'rural-district'],
  ['05978', 'DEA5C', 'Kreis Unna', 'Unna district', 'rural-district'],
];

const governmentRegions: readonly Region[] = [
  ['051', 'DEA1', 'Düsseldorf', 'Düsseldorf'],
  ['053', 'DEA2', 'Köln', 'Cologne'],
  ['055', 'DEA3', 'Münster', 'Münster'],
  ['057', 'DEA4', 'Detmold', 'Detmold'],
  ['059', 'DEA5', 'Arnsberg', 'Arnsberg'],
].map(([ags, nuts, de, en]) => ({
  code: ags!,
  level: 'government-region',
  ags,
  nuts,
  name: { de: `Regierungsbezirk ${de}`, en: `${en} government region` },
  parent: '05',
}));

const districts: readonly Region[] = districtRows.map(([ags, nuts, de, en, districtType]) => ({
  code: ags,
  level: 'district',
  ags,
  nuts,
  name: { de, en },
  districtType,
  parent: ags.slice(0, 3),
}));

/** The 15 members of the Regionalverband Ruhr (RVR): 11 kreisfreie Städte and 4 Kreise. */
export const ruhrDistricts = [
  '05112',
  '05113',
  '05117',
  '05119',
  '05170',
  '05512',
  '05513',
  '05562',
  '05911',
  '05913',
  '05914',
  '05915',
  '05916',
  '05954',
  '05978',
] as const;

/** Every region the kit knows, from Germany down to the districts of NRW. */
export const regions: readonly Region[] = [
  { code: 'DE', level: 'country', nuts: 'DE', name: { de: 'Deutschland', en: 'Germany' } },
  {
    code: '05',
    level: 'state',
    ags: '05',
    nuts: 'DEA',
    name: { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
    parent: 'DE',
  },
  ...governmentRegions,
  ...districts,
  {
    code: 'RVR',
    level: 'association',
    name: { de: 'Ruhrgebiet (Regionalverband Ruhr)', en: 'Ruhr (Regionalverband Ruhr area)' },
    parent: '05',
    members: ruhrDistricts,
  },
];
