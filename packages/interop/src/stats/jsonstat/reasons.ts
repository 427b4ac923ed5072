import type { IssuePath, Locale } from '@nrw-health/core';
import type { IssueLog } from '../../shared/result';

/** The reason of an `invalid_input` issue, in both languages of the kit. */
export type Reason = Readonly<Record<Locale, string>>;

const show = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
const cellsDe = (cells: number) => (cells === 1 ? '1 Zelle steht' : `${cells} Zellen stehen`);
const cellsEn = (cells: number) => (cells === 1 ? '1 cell is' : `${cells} cells are`);

export const reasons = {
  notJson: {
    de: 'kein gültiges JSON',
    en: 'not valid JSON',
  },
  notJsonStat: {
    de: 'kein JSON-stat: erwartet ein Dataset, eine Collection oder ein Bündel von Datasets (1.x)',
    en: 'not JSON-stat: expected a dataset, a collection or a bundle of datasets (1.x)',
  },
  noData: {
    de: 'ein JSON-stat-Dokument der Klasse "dimension" enthält keine Werte',
    en: 'a JSON-stat document of class "dimension" holds no values',
  },
  tooDeep: {
    de: 'Collections sind zu tief ineinander verschachtelt',
    en: 'collections nest too deeply',
  },
  sourceError: (text: string): Reason => ({
    de: `die Quelle meldet einen Fehler: ${show(text)}`,
    en: `the source reports an error: ${show(text)}`,
  }),
  sizeMismatch: (dimension: string, size: number, categories: number): Reason => ({
    de: `Dimension ${show(dimension)} hat laut size ${size} Kategorien, aber ${categories}`,
    en: `dimension ${show(dimension)} has ${size} categories by size, but ${categories}`,
  }),
  valueLength: (length: number, cells: number): Reason => ({
    de: `value hat ${length} Einträge, die Dimensionen ergeben ${cells} Zellen`,
    en: `value has ${length} entries; the dimensions make ${cells} cells`,
  }),
  statusLength: (length: number, cells: number): Reason => ({
    de: `status hat ${length} Einträge, erwartet 1 oder ${cells}`,
    en: `status has ${length} entries; expected 1 or ${cells}`,
  }),
  tooManyCells: {
    de: 'die Dimensionen ergeben mehr Zellen, als sich zählen lassen',
    en: 'the dimensions make more cells than can be counted',
  },
  indexOutOfRange: (cells: number): Reason => ({
    de: `Zellnummern außerhalb des Würfels: ${cellsDe(cells)} in lost`,
    en: `cell numbers outside the cube: ${cellsEn(cells)} listed in lost`,
  }),
  categoryIndex: (size: number): Reason => ({
    de: `Positionen in category.index müssen die Zahlen 0 bis ${size - 1} je einmal sein`,
    en: `positions in category.index must be the numbers 0 to ${size - 1}, each once`,
  }),
  noAxis: (field: 'region' | 'period', cells: number): Reason =>
    field === 'region'
      ? {
          de: `keine geografische Dimension (Rolle "geo" oder eine Kennung wie "geo"): ${cellsDe(cells)} in lost`,
          en: `no geographic dimension (role "geo" or an id such as "geo"): ${cellsEn(cells)} listed in lost`,
        }
      : {
          de: `keine Zeitdimension (Rolle "time" oder eine Kennung wie "time"): ${cellsDe(cells)} in lost`,
          en: `no time dimension (role "time" or an id such as "time"): ${cellsEn(cells)} listed in lost`,
        },
  noIndicator: (cells: number): Reason => ({
    de: `keine Indikator-Kennung (options.indicator angeben): ${cellsDe(cells)} in lost`,
    en: `no indicator id (pass options.indicator): ${cellsEn(cells)} listed in lost`,
  }),
  unmapped: (field: string, category: string, cells: number): Reason => {
    const what = {
      region: { de: 'keine Region des Modells', en: 'no region the model holds' },
      period: { de: 'keinen Zeitraum des Modells', en: 'no period the model holds' },
      indicator: { de: 'keine Indikator-Kennung', en: 'no indicator id' },
    }[field] ?? { de: 'keinen Code des Modells', en: 'no code of the model' };
    return {
      de: `Kategorie ${show(category)} nennt ${what.de}: ${cellsDe(cells)} in lost`,
      en: `category ${show(category)} names ${what.en}: ${cellsEn(cells)} listed in lost`,
    };
  },
} as const;

/** Logs an `invalid_input` issue with its reason in the log's language. */
export function logReason(log: IssueLog, path: IssuePath, reason: Reason): void {
  log.source(path, 'invalid_input', { reason: reason[log.locale] });
}
