import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { municipalityTable, readSource, renderMunicipalities } from '../../scripts/municipalities';
import * as api from './index';
import { regionByCode } from './lookup';
import { municipalityRows, municipalitySource, retiredMunicipalityKeys } from './municipalities';
import { municipalities } from './municipality';
import { findMunicipality, findRegion } from './names';
import { regions } from './registry';

const districts = regions.filter((region) => region.level === 'district');
const byName = (name: string) => municipalities.find((municipality) => municipality.name === name)!;
const nrwStates = ['Nordrhein-Westfalen', 'North Rhine-Westphalia', 'NRW', 'NW', 'DE-NW', 'de-nw'];

describe('the generated table', () => {
  it('is what scripts/municipalities.ts makes of the devDependency, unedited', () => {
    const committed = readFileSync(new URL('./municipalities.ts', import.meta.url), 'utf8');
    expect(renderMunicipalities(readSource())).toBe(committed);
  });

  it('names the source, its version and the licence', () => {
    expect(municipalitySource.version).toBe(`@datenguide/metadata ${readSource().version}`);
    expect(municipalitySource.licence).toBe('dl-de/by-2-0');
  });

  it('holds 396 Gemeinden with distinct 8-digit keys, in order', () => {
    expect(municipalities).toHaveLength(396);
    const keys = municipalities.map((municipality) => municipality.ags);
    expect(new Set(keys).size).toBe(396);
    expect(keys.every((ags) => /^05\d{6}$/.test(ags))).toBe(true);
    expect([...keys].sort()).toEqual(keys);
  });

  it('puts every Gemeinde in a district of the registry, and every district has some', () => {
    for (const municipality of municipalities) {
      expect(regionByCode(municipality.district)?.level).toBe('district');
    }
    for (const district of districts) {
      const members = municipalities.filter(
        (municipality) => municipality.district === district.code,
      );
      // A kreisfreie Stadt is one Gemeinde; Aachen, kreisfrei within its Städteregion, is one more.
      if (district.districtType === 'urban-district') expect(members).toHaveLength(1);
      else expect(members.length).toBeGreaterThan(1);
    }
  });

  it('cleans the names: no ", Stadt", no validity notes; qualifiers kept apart', () => {
    for (const { name, qualifiedName } of municipalities) {
      expect(name).not.toMatch(/,|Stadt$|\((?:ab|bis|alt)\b/);
      if (qualifiedName) {
        expect(qualifiedName.startsWith(`${name}, `)).toBe(true);
        expect(qualifiedName).not.toMatch(/Stadt$/);
      }
    }
    expect(byName('Kleve').qualifiedName).toBe('Kleve, Niederrhein');
    expect(byName('Langenfeld (Rhld.)').qualifiedName).toBeUndefined();
  });

  it('maps the keys retired in 2009 to the same Gemeinde in the Städteregion Aachen', () => {
    const retired = Object.entries(retiredMunicipalityKeys);
    expect(retired).toHaveLength(10);
    for (const [old, current] of retired) {
      expect(old).toMatch(/^05(?:313|354)/);
      expect(current).toMatch(/^05334/);
      expect(findMunicipality(old)?.ags).toBe(current);
    }
    expect(findMunicipality('05313000')?.name).toBe('Aachen');
  });
});

describe('the generator', () => {
  const gemeinde = (id: string, name: string) => ({ id, name, type: 'Gemeinde', level: 4 });
  const source = Object.fromEntries(
    [
      gemeinde('05111000', 'Düsseldorf, krsfr. Stadt'),
      gemeinde('05154036', 'Kleve, Niederrhein'),
      gemeinde('05958036', 'Olsberg, Stadt'),
      gemeinde('05313000', 'Düsseldorf, Stadt (alt)'),
      gemeinde('01051060', 'Kleve, Dithmarschen'),
      gemeinde('07141107', 'Oelsberg'),
      gemeinde('14171000', 'Düsseldorf, Landkreis'),
      gemeinde('03255505', 'Olsberg, gem.fr. Geb.'),
      { id: '05111', name: 'Düsseldorf', type: 'Kreisfreie Stadt', level: 3 },
    ].map((region) => [region.id, region]),
  );

  it('keeps current NRW Gemeinden, marks namesakes, maps retired keys', () => {
    expect(municipalityTable(source)).toEqual({
      rows: [
        ['05111000', 'Düsseldorf', 0],
        ['05154036', 'Kleve', 1, 'Kleve, Niederrhein'],
        ['05958036', 'Olsberg', 2],
      ],
      retired: [['05313000', '05111000']],
    });
  });

  it('refuses a source it cannot read', () => {
    expect(() => municipalityTable(null)).toThrow();
    const unmatched = { ...source, '05354004': gemeinde('05354004', 'Nirgendwo') };
    expect(() => municipalityTable(unmatched)).toThrow(/successor/);
  });
});

describe('findMunicipality', () => {
  it('finds every Gemeinde by its AGS, also without the leading zero', () => {
    for (const municipality of municipalities) {
      expect(findMunicipality(municipality.ags)).toBe(municipality);
      expect(findMunicipality(municipality.ags.slice(1))).toBe(municipality);
    }
  });

  it('takes a 12-digit Regionalschlüssel', () => {
    expect(findMunicipality('059110000000')?.name).toBe('Bochum');
  });

  it('finds every Gemeinde by name with the state NRW, and by its qualified name without', () => {
    for (const municipality of municipalities) {
      for (const state of nrwStates) {
        expect(findMunicipality(municipality.name, { state })).toBe(municipality);
      }
      if (municipality.qualifiedName) {
        expect(findMunicipality(municipality.qualifiedName)).toBe(municipality);
      }
    }
  });

  it('finds a Gemeinde by its name alone unless a Gemeinde elsewhere has it', () => {
    const alone = municipalities.filter((municipality) => municipality.namesake !== 'same');
    expect(alone.length).toBeGreaterThan(340);
    for (const municipality of alone)
      expect(findMunicipality(municipality.name)).toBe(municipality);
    for (const municipality of municipalities) {
      if (municipality.namesake !== 'same' || /\(/.test(municipality.name)) continue;
      expect(findMunicipality(municipality.name)).toBeUndefined();
    }
  });

  it.each([
    ['Mülheim an der Ruhr', '05117', 'Mülheim an der Ruhr'],
    ['Muelheim a.d. Ruhr', '05117', 'Mülheim an der Ruhr'],
    ['Wetter (Ruhr)', '05954', 'Wetter (Ruhr)'],
    ['Bad Driburg', '05762', 'Bad Driburg'],
    ['Olsberg', '05958', 'Olsberg'],
    ['Olsberg (Sauerland)', '05958', 'Olsberg'],
    ['Much', '05382', 'Much'],
    ['Hörstel', '05566', 'Hörstel'],
    ['Hoerstel', '05566', 'Hörstel'],
    ['Kalkar', '05154', 'Kalkar'],
    ['Porta Westfalica', '05770', 'Porta Westfalica'],
    ['Bad Oeynhausen', '05770', 'Bad Oeynhausen'],
    ['Bad Öynhausen', '05770', 'Bad Oeynhausen'],
    ['Bünde', '05758', 'Bünde'],
    ['Buende', '05758', 'Bünde'],
    ['Halle (Westf.)', '05754', 'Halle (Westf.)'],
    ['Halle Westf', '05754', 'Halle (Westf.)'],
    ['Neuenkirchen, Kr Steinfurt', '05566', 'Neuenkirchen'],
    ['Lichtenau (Westf.)', '05774', 'Lichtenau'],
    ['Kleve, Niederrhein', '05154', 'Kleve'],
    ['Neuss, Stadt', '05162', 'Neuss'],
    ['Köln, krsfr. Stadt', '05315', 'Köln'],
    ['Aachen', '05334', 'Aachen'],
    ['  Bad Driburg  ', '05762', 'Bad Driburg'],
  ])('%j → %s %j', (query, district, name) => {
    const municipality = findMunicipality(query);
    expect(municipality?.district).toBe(district);
    expect(municipality?.name).toBe(name);
  });

  it.each([
    ['Neuenkirchen', '05566'],
    ['Neunkirchen', '05970'],
    ['Wetter', '05954'],
    ['Halle', '05754'],
    ['Münster', '05515'],
    ['Essen', '05113'],
    ['Oelsberg', '05958'],
  ])('%j needs the state NRW, then gives a Gemeinde in %s', (query, district) => {
    expect(findMunicipality(query)).toBeUndefined();
    for (const state of nrwStates) {
      expect(findMunicipality(query, { state })?.district).toBe(district);
    }
  });

  it('tells Neuenkirchen from Neunkirchen, which normalizeRegionName cannot', () => {
    expect(findMunicipality('Neuenkirchen', { state: 'NRW' })?.name).toBe('Neuenkirchen');
    expect(findMunicipality('Neunkirchen', { state: 'NRW' })?.name).toBe('Neunkirchen');
  });

  it('finds nothing in another state, and treats a blank state as none', () => {
    for (const state of ['Niedersachsen', 'Bayern', 'DE-NI', 'Germany', 'Essen', '?']) {
      expect(findMunicipality('Bad Driburg', { state })).toBeUndefined();
      expect(findMunicipality('05762004', { state })).toBeUndefined();
    }
    expect(findMunicipality('Bad Driburg', { state: '  ' })?.name).toBe('Bad Driburg');
    expect(findMunicipality('Bad Driburg', {})?.name).toBe('Bad Driburg');
  });

  it.each([
    'Berlin',
    'Kreis Kleve',
    'Ruhrgebiet',
    'NRW',
    '05762',
    '05762999',
    '09162000',
    'Bad',
    '',
  ])('%j → undefined', (query) => {
    expect(findMunicipality(query)).toBeUndefined();
  });

  it('returns undefined, never throws, for any input', () => {
    for (const input of [null, undefined, 42, {}, [], 'x'.repeat(10_000)]) {
      expect(findMunicipality(input as unknown as string)).toBeUndefined();
      // A state that is no name constrains nothing, like a blank one.
      expect(findMunicipality('Much', { state: input as unknown as string })?.name).toBe('Much');
      expect(findMunicipality('Much', input as unknown as undefined)?.name).toBe('Much');
    }
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), (query, state) => {
        const municipality = findMunicipality(query, { state });
        return municipality === undefined || municipalities.includes(municipality);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('findRegion and the Gemeinden', () => {
  it('gives the district of every Gemeinde by AGS, and by name unless shared', () => {
    for (const municipality of municipalities) {
      const district = regionByCode(municipality.district);
      expect(findRegion(municipality.ags)).toBe(district);
      if (municipality.namesake !== 'same') expect(findRegion(municipality.name)).toBe(district);
      if (municipality.qualifiedName) expect(findRegion(municipality.qualifiedName)).toBe(district);
    }
  });

  it('lets no Gemeinde take the name of a region', () => {
    expect(findRegion('Kleve')?.code).toBe('05154');
    expect(findRegion('Aachen')?.code).toBe('05334');
    expect(findRegion('Essen')?.code).toBe('05113');
  });

  it.each(['Neuenkirchen', 'Neunkirchen', 'Wetter', 'Halle', 'Oelsberg', 'Bunde', 'Lohne'])(
    '%j, shared with a Gemeinde outside NRW → undefined',
    (query) => {
      expect(findRegion(query)).toBeUndefined();
    },
  );

  it('keeps the rows in the order the table lists them', () => {
    expect(municipalities.map((municipality) => municipality.ags)).toEqual(
      municipalityRows.map(([ags]) => ags),
    );
  });
});

describe('regions/index', () => {
  it('exports the municipality lookup, list and source', () => {
    expect(api.findMunicipality).toBe(findMunicipality);
    expect(api.municipalities).toBe(municipalities);
    expect(api.municipalitySource).toBe(municipalitySource);
  });
});
