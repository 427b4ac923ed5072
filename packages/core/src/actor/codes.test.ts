import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeEnum } from '../shared/code-enum';
import type { CodeEntry, CodeList } from '../shared/codelist';
import { locales } from '../shared/locale';
import {
  actorKinds,
  healthEconomySectors,
  type SectorEntry,
  type TopicEntry,
  topics,
} from './codes';

const lists: [string, CodeList][] = [
  ['actorKinds', actorKinds],
  ['topics', topics],
  ['healthEconomySectors', healthEconomySectors],
];

describe.each(lists)('the code list %s', (_name, list) => {
  it('has kebab-case codes', () => {
    for (const code of list.codes) expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(locales)('is complete in %s, with distinct labels', (locale) => {
    const labels = list.codes.map((code) => list.label(code, locale));
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
    expect(list.title[locale].length).toBeGreaterThan(0);
    for (const code of list.codes) {
      const description = (list.entries[code] as CodeEntry).description;
      if (description) expect(description[locale].trim().length).toBeGreaterThan(0);
    }
  });

  it('accepts its codes and nothing else', () => {
    for (const code of list.codes) expect(codeEnum(list).safeParse(code).success).toBe(true);
    expect(codeEnum(list).safeParse('not-a-code').success).toBe(false);
    expect(list.label('not-a-code', 'de')).toBe('not-a-code');
  });
});

describe('actorKinds', () => {
  it('covers the kinds of the design, "other" included', () => {
    for (const kind of [
      'university-hospital',
      'hospital',
      'university',
      'university-of-applied-sciences',
      'research-institute',
      'company',
      'start-up',
      'network',
      'funder',
      'public-health-office',
      'municipality',
      'public-agency',
      'health-insurer',
      'care-provider',
      'association',
      'investor',
      'trial-centre',
      'other',
    ]) {
      expect(actorKinds.has(kind)).toBe(true);
    }
  });
});

// Words each topic's seed lines must contain; a wrong line number fails here.
const keywords: Record<string, RegExp> = {
  'digital-health': /Digital Health/,
  'e-health': /E-Health/,
  'm-health': /M-Health/,
  telemedicine: /Telemedizin/,
  telematics: /Telematik/,
  'artificial-intelligence': /künstliche Intelligenz/i,
  'big-data': /Big[- ]Data/,
  'it-security': /Cyber/,
  'digital-hospital': /digitale Krankenhaus|Smart Hospital/,
  'health-it': /Gesundheits-IT|Praxissoftware/,
  'medical-technology': /Medizintechnik/,
  pharma: /Pharma/,
  biotechnology: /Biotechnologie/,
  atmp: /ATMP/,
  'regenerative-medicine': /Regenerative Medizin/,
  diga: /DiGA/,
  'care-and-nursing': /Pflege/,
  'assistive-technology': /AAL|Assistenztechnologien/,
  prevention: /Prävention/,
  rehabilitation: /rehabilitation|Reha/i,
  'clinical-research': /klinische Studien/i,
  'health-services-research': /Versorgung\(sforschung\)|Versorgungsforschung/,
  imaging: /Bildgebung|radiologie/i,
  diagnostics: /Diagnostik/,
  'personalised-medicine': /Personalisierung|personalisierte Medizin/,
  robotics: /Robot|Roboter/,
  'medical-design': /Medical ?Design/,
  'health-logistics': /Logistik|Medikamentenverabreichung/,
  'green-hospital': /Green (?:Hospital|Health)/,
  'education-and-training': /Bildungs|E-learning/,
  'health-finance': /health finance|Abrechnung/,
  'public-health': /Public Health|Gesundheitsamt/,
};

const seedDir = new URL('../../../../../shared/seeds/', import.meta.url);

describe('topics', () => {
  it('covers the topics the brief asks for', () => {
    expect(Object.keys(keywords).sort()).toEqual([...topics.codes].sort());
  });

  it('names where the seeds speak of each topic', () => {
    for (const code of topics.codes) {
      expect((topics.entries[code] as TopicEntry).seed).toMatch(
        /^\d{3} l\.\d+(?:; \d{3} l\.\d+)*$/,
      );
    }
  });

  it.skipIf(!existsSync(seedDir))('points at seed lines that mention the topic', () => {
    const files = readdirSync(seedDir);
    const lines = (document: string) => {
      const file = files.find((name) => name.startsWith(`${document}_`));
      if (!file) throw new Error(`no seed document ${document}`);
      return readFileSync(new URL(file, seedDir), 'utf8').split('\n');
    };
    for (const code of topics.codes) {
      for (const ref of (topics.entries[code] as TopicEntry).seed.split('; ')) {
        const [, document, line] = /^(\d{3}) l\.(\d+)$/.exec(ref)!;
        const text = lines(document!)[Number(line) - 1] ?? '';
        expect(`${code} ${ref}: ${text}`).toMatch(keywords[code]!);
      }
    }
  });
});

describe('healthEconomySectors', () => {
  const entry = (code: string) => healthEconomySectors.entries[code as never] as SectorEntry;
  const topLevel = healthEconomySectors.codes.filter((code) => !entry(code).parent);

  it('has the three areas of the GGR at the top', () => {
    expect(topLevel).toEqual(['medical-care', 'industrial-health-economy', 'other-sub-sectors']);
  });

  it('hangs every sub-sector under a top-level area, and every area has sub-sectors', () => {
    for (const code of healthEconomySectors.codes) {
      const parent = entry(code).parent;
      if (parent) expect(topLevel).toContain(parent);
    }
    for (const area of topLevel) {
      expect(healthEconomySectors.codes.some((code) => entry(code).parent === area)).toBe(true);
    }
  });
});
