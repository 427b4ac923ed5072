import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { ValidationResult } from '../shared/validation';
import * as api from './index';
import { regionByCode } from './lookup';
import { type Region as RegionRecord, regions, ruhrDistricts } from './registry';
import { Region, validateRegion } from './schema';

const codes = (result: ValidationResult<unknown>) =>
  result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false });
const ajvRegion = ajv.compile(z.toJSONSchema(Region, { target: 'draft-2020-12' }));

const districts = regions.filter((region) => region.level === 'district');
const essen = regionByCode('05113')!;

describe('Region schema', () => {
  it('fits the registry interface', () => {
    expectTypeOf<z.output<typeof Region>>().toExtend<RegionRecord>();
  });

  it.each(regions.map((region) => [region.code, region.name.de, region] as const))(
    '%s %s validates with zod and ajv',
    (_code, _name, region) => {
      expect(codes(validateRegion(region))).toEqual([]);
      expect(ajvRegion(region)).toBe(true);
    },
  );

  it('needs AGS, district type and parent for a district, members for an association', () => {
    const { ags: _a, districtType: _t, parent: _p, ...bare } = essen;
    const result = validateRegion(bare, { locale: 'de' });
    expect(codes(result)).toEqual([
      { path: ['ags'], code: 'required' },
      { path: ['districtType'], code: 'required' },
      { path: ['parent'], code: 'required' },
    ]);
    expect(result.ok || result.issues[0]!.message).toBe('Pflichtangabe fehlt.');
    expect(ajvRegion(bare)).toBe(false);

    const { members: _m, ...ruhr } = regionByCode('RVR')!;
    expect(codes(validateRegion(ruhr))).toEqual([{ path: ['members'], code: 'required' }]);
    expect(ajvRegion(ruhr)).toBe(false);
  });

  it('knows the AGS of NRW and refuses duplicate members', () => {
    const result = validateRegion(
      { ...regionByCode('RVR')!, members: ['05113', '05999', '05113'], parent: '05' },
      { locale: 'en' },
    );
    expect(codes(result)).toEqual([
      { path: ['members', 1], code: 'unknown_region' },
      { path: ['members', 2], code: 'duplicate' },
    ]);
    expect(result.ok || result.issues[1]!.message).toBe('Duplicate entry "05113".');
    expect(codes(validateRegion({ ...essen, code: '05199', ags: '05199', parent: '058' }))).toEqual(
      [
        { path: ['code'], code: 'unknown_region' },
        { path: ['ags'], code: 'unknown_region' },
        { path: ['parent'], code: 'unknown_region' },
      ],
    );
    // Outside NRW only the format is checked.
    expect(
      codes(
        validateRegion({ ...essen, code: '09162', ags: '09162', nuts: 'DE212', parent: '091' }),
      ),
    ).toEqual([]);
  });

  it('reports structure in English and German, never throws', () => {
    const result = validateRegion({
      ...essen,
      level: 'city',
      name: { de: 'Essen' },
      colour: 'red',
    });
    expect(codes(result)).toEqual([
      { path: ['level'], code: 'unknown_code' },
      { path: ['name', 'en'], code: 'required' },
      { path: ['colour'], code: 'unrecognized_key' },
    ]);
    for (const input of [null, 42, 'Essen', [], {}]) expect(validateRegion(input).ok).toBe(false);
    fc.assert(fc.property(fc.anything(), (input) => validateRegion(input).ok === false));
  });
});

describe('regions/index', () => {
  it('re-exports registry, lookup, names, schema and aggregate, with Region as schema and type', () => {
    expect(api.Region).toBe(Region);
    expectTypeOf<api.Region>().toEqualTypeOf<RegionRecord>();
    for (const name of [
      'regions',
      'ruhrDistricts',
      'territorialStatus',
      'regionByCode',
      'regionByAgs',
      'regionByNuts',
      'isKnownAgs',
      'findRegion',
      'normalizeRegionName',
      'validateRegion',
      'aggregateRegion',
    ]) {
      expect(api).toHaveProperty(name);
    }
  });
});

describe('the registry', () => {
  it('has 53 districts, 5 Regierungsbezirke, NRW, Germany and the RVR', () => {
    expect(districts).toHaveLength(53);
    expect(
      regions.filter((region) => region.level === 'government-region').map((r) => r.code),
    ).toEqual(['051', '053', '055', '057', '059']);
    expect(regions.filter((region) => region.level === 'state').map((r) => r.code)).toEqual(['05']);
    expect(regions.filter((region) => region.level === 'country').map((r) => r.code)).toEqual([
      'DE',
    ]);
    expect(regions.filter((region) => region.level === 'association').map((r) => r.code)).toEqual([
      'RVR',
    ]);
  });

  it('has 15 distinct RVR members, all districts: 11 kreisfreie Städte and 4 Kreise', () => {
    const members = regionByCode('RVR')!.members!;
    expect(members).toEqual(ruhrDistricts);
    expect(new Set(members).size).toBe(15);
    const types = members.map((code) => regionByCode(code)?.districtType);
    expect(types.filter((type) => type === 'urban-district')).toHaveLength(11);
    expect(types.filter((type) => type === 'rural-district')).toHaveLength(4);
  });

  it('has unique codes, AGS, NUTS and names', () => {
    for (const field of ['code', 'ags', 'nuts'] as const) {
      const values = regions.map((region) => region[field]).filter((value) => value !== undefined);
      expect(new Set(values).size).toBe(values.length);
    }
    for (const locale of ['de', 'en'] as const) {
      const names = regions.map((region) => region.name[locale]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('links every unit to an existing parent of the level above', () => {
    const above: Record<string, string> = {
      district: 'government-region',
      'government-region': 'state',
      state: 'country',
      association: 'state',
    };
    for (const region of regions.filter((r) => r.level !== 'country')) {
      expect(regionByCode(region.parent!)?.level).toBe(above[region.level]);
    }
    for (const district of districts) {
      expect(district.ags!.startsWith(district.parent!)).toBe(true);
      expect(district.nuts!.startsWith(regionByCode(district.parent!)!.nuts!)).toBe(true);
    }
  });
});

/*
 * The registry against real boundary data: BKG VG250 attributes in the NRW GeoJSON of the shared
 * fixtures (AGS, NUTS, GEN = name, BEZ = kind of unit, BEM = remark). GEN is the bare name
 * ("Wesel", "Kleve") where the registry writes the usual full name ("Kreis Wesel"); both agree
 * once a "Kreis " prefix or ", Kreis" suffix is dropped. Names that contain "Kreis" as part of
 * the name itself ("Rhein-Kreis Neuss", "Märkischer Kreis", "Hochsauerlandkreis") are the same
 * on both sides.
 */
describe('the registry matches the BKG boundary data', () => {
  const file = new URL(
    '../../../../../shared/fixtures/geo/kreise-geojson/landkreise_NRW.geojson',
    import.meta.url,
  );
  const geo = JSON.parse(readFileSync(file, 'utf8')) as {
    features: {
      properties: { AGS: string; NUTS: string; GEN: string; BEZ: string; BEM: string };
    }[];
  };
  const features = geo.features.map((feature) => feature.properties);
  const bare = (name: string) => name.replace(/^Kreis /, '').replace(/, Kreis$/, '');

  it('has the same 53 AGS', () => {
    expect(features).toHaveLength(53);
    expect(features.map((f) => f.AGS).sort()).toEqual(districts.map((d) => d.ags).sort());
  });

  it.each(features.map((f) => [f.AGS, f.GEN, f] as const))(
    '%s %s: NUTS-3, name and type',
    (ags, _gen, f) => {
      const district = regionByCode(ags)!;
      expect(district.nuts).toBe(f.NUTS);
      expect(bare(district.name.de)).toBe(bare(f.GEN));
      const type =
        f.BEM === 'Sonderverband'
          ? 'city-region'
          : f.BEZ === 'Kreisfreie Stadt'
            ? 'urban-district'
            : 'rural-district';
      expect(district.districtType).toBe(type);
    },
  );
});
