import { type Breakdowns, formats, type Sex } from '@nrw-health/core';
import type { Category, Dimension, DimensionRole } from '../dataset';
import type { Component, ComponentValue, Structure } from './structure';

/*
 * How the dimensions of an SDMX structure map onto the model: one names the region, one the
 * period, SEX and AGE fill their breakdowns where the codes fit, every other dimension keeps its
 * code in `breakdowns.dimensions`.
 */

const geoIds = new Set(['REF_AREA', 'GEO', 'COUNTRY', 'AREA']);
const timeIds = new Set(['TIME_PERIOD', 'TIME', 'REF_PERIOD']);

function hasRole(component: Component, names: ReadonlySet<string>): boolean {
  return names.has(component.id.toUpperCase()) || component.roles.some((role) => names.has(role));
}

export type DimensionUse = 'region' | 'period' | 'sex' | 'age' | 'breakdown';

export function useOf(component: Component): DimensionUse {
  if (hasRole(component, timeIds)) return 'period';
  if (hasRole(component, geoIds)) return 'region';
  const id = component.id.toUpperCase();
  if (id === 'SEX') return 'sex';
  if (id === 'AGE') return 'age';
  return 'breakdown';
}

/** SDMX CL_SEX codes (cross-domain code list); others stay in `breakdowns.dimensions`. */
const sexCodes: Readonly<Record<string, Sex>> = {
  _T: 'total',
  T: 'total',
  F: 'female',
  M: 'male',
};

const ageGroup = new RegExp(formats.ageGroup.pattern);
const dimensionId = new RegExp(formats.dimensionId.pattern);

/** Adds one dimension value to the breakdowns being built. */
export function addBreakdown(
  breakdowns: { -readonly [K in keyof Breakdowns]: Breakdowns[K] },
  component: Component,
  use: DimensionUse,
  code: string,
): void {
  if (use === 'sex' && sexCodes[code]) {
    breakdowns.sex = sexCodes[code];
    return;
  }
  if (use === 'age') {
    const age = code === '_T' ? 'TOTAL' : code === '_U' ? 'UNK' : code;
    if (ageGroup.test(age)) {
      breakdowns.ageGroup = age;
      return;
    }
  }
  if (!dimensionId.test(component.id) || code === '') return;
  breakdowns.dimensions = { ...breakdowns.dimensions, [component.id]: code };
}

/** The code of a dimension value: its id, or its value for an uncoded dimension. */
export function dimensionCode(value: ComponentValue | undefined): string | undefined {
  if (!value) return undefined;
  if (value.id !== undefined) return value.id;
  return typeof value.value === 'string' || typeof value.value === 'number'
    ? String(value.value)
    : undefined;
}

const roleOfUse: Partial<Record<DimensionUse, DimensionRole>> = { region: 'geo', period: 'time' };

/** The dimensions of a structure as the Dataset lists them: in key order, with their values. */
export function datasetDimensions(structure: Structure): Dimension[] {
  const all = [
    ...structure.dimensions.dataSet,
    ...structure.dimensions.series,
    ...structure.dimensions.observation,
  ].filter((component) => component.id !== '');
  const ordered = all
    .map((component, index) => ({ component, index }))
    .sort(
      (a, b) =>
        (a.component.keyPosition ?? a.index) - (b.component.keyPosition ?? b.index) ||
        a.index - b.index,
    );
  return ordered.map(({ component }) => {
    const categories: Category[] = [];
    for (const value of component.values ?? []) {
      const id = dimensionCode(value);
      if (id !== undefined) categories.push({ id, ...(value.label ? { label: value.label } : {}) });
    }
    const role = roleOfUse[useOf(component)];
    return {
      id: component.id,
      ...(component.label ? { label: component.label } : {}),
      ...(role ? { role } : {}),
      categories,
    };
  });
}
