import { findRegion, regionByCode } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { actors } from './actors';
import { partnerClusters } from './clusters';
import { glossary } from './glossary';
import { flagshipProjects } from './projects';
import { citedText, mentions, seedsAvailable } from './testing/seed-text';

const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

describe.runIf(seedsAvailable)('partner clusters (seed 002, Tabelle 1)', () => {
  it('lists the 21 health valleys of the table, each once', () => {
    expect(partnerClusters).toHaveLength(21);
    expect(unique(partnerClusters.map((cluster) => cluster.id))).toBe(true);
  });

  it.each(partnerClusters.map((cluster) => [cluster.id, cluster]))(
    '%s stands in its cited row',
    (_, cluster) => {
      const text = citedText(cluster.source);
      expect(text, cluster.source.locator).toBeDefined();
      expect(mentions(text!, cluster.name.split(/[,:(]/)[0]!.trim())).toBe(true);
      for (const country of cluster.countries) expect(country).toMatch(/^[A-Z]{2}$/);
      expect(cluster.region.de && cluster.region.en).toBeTruthy();
      // A web address is kept only as printed: unbroken in the row.
      if (cluster.website) expect(text).toContain(cluster.website);
    },
  );
});

describe.runIf(seedsAvailable)('glossary (seed 001, Abb. 2)', () => {
  it('has the six terms of the figure, in German and English', () => {
    expect(glossary.map((term) => term.term.de)).toEqual([
      'Digitalisierung',
      'Telematik',
      'Telemedizin',
      'E-Health',
      'M-Health',
      'Digital Health',
    ]);
    for (const term of glossary) {
      expect(term.term.en && term.definition.en && term.definition.de).toBeTruthy();
    }
  });

  it.each(glossary.map((term) => [term.id, term]))(
    '%s: the German definition is the seed’s',
    (_, term) => {
      const text = citedText(term.source)!;
      expect(mentions(text, `${term.term.de}:`)).toBe(true);
      expect(mentions(text, term.definition.de!.replace(/\.$/, ''))).toBe(true);
      if (term.broader) expect(glossary.some((other) => other.id === term.broader)).toBe(true);
    },
  );
});

describe.runIf(seedsAvailable)('flagship projects', () => {
  it('have unique ids', () => {
    expect(unique(flagshipProjects.map((project) => project.id))).toBe(true);
  });

  it.each(flagshipProjects.map((project) => [project.id, project]))(
    '%s is named in each cited passage',
    (_, project) => {
      expect(project.sources.length).toBeGreaterThan(0);
      // German inflects names ("der Westdeutsche Teleradiologieverbund"): look for the longest word.
      const keyWords = [project.name, ...(project.aliases ?? [])].map(
        (name) => name.split(/\s+/).sort((a, b) => b.length - a.length)[0]!,
      );
      for (const source of project.sources) {
        const text = citedText(source);
        expect(text, source.locator).toBeDefined();
        expect(
          keyWords.some((word) => mentions(text!, word)),
          `${project.name} in ${source.locator}`,
        ).toBe(true);
      }
      expect(project.description.de && project.description.en).toBeTruthy();
      if (project.district) expect(regionByCode(project.district)?.level).toBe('district');
      for (const id of project.actors ?? [])
        expect(
          actors.some((actor) => actor.id === id),
          id,
        ).toBe(true);
    },
  );

  it('places the Smart Hospital in Essen', () => {
    const smartHospital = flagshipProjects.find((project) => project.id === 'smart-hospital-essen');
    expect(smartHospital?.district).toBe(findRegion('Essen')?.code);
  });
});
