import { type Actor, findRegion, validateActor } from '@nrw-health/core';
import { describe, expect, it } from 'vitest';
import { type SeedDocumentId, seedDocuments, seedLines } from '../sources';
import { seedFileLines } from '../testing/seed-text';
import { actorById, actorSeedSpellings, actors } from './actors';

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The text of a line range (1-based, inclusive) in the ways a word broken at a line end can be
 * read: hyphen dropped ("Ruhr-Uni-|versität"), hyphen kept ("Nordrhein-|Westfalen"), and glued
 * where the PDF lost the hyphen and left no space ("West|fälischen" in 003).
 */
function rangeTexts(file: string, first: number, last: number): string[] {
  const lines = seedFileLines(file)
    .slice(first - 1, last)
    .filter((line) => line.trim() !== '');
  const join = (glue: (previous: string, line: string) => string) =>
    lines.reduce((text, line, index) => (index === 0 ? line : glue(text, line)), '');
  const dropHyphen = (text: string, line: string) =>
    /-\s*$/.test(text) ? text.replace(/-\s*$/, '') + line.trimStart() : `${text} ${line}`;
  const keepHyphen = (text: string, line: string) =>
    /-\s*$/.test(text) ? text.replace(/\s*$/, '') + line.trimStart() : `${text} ${line}`;
  const glueLost = (text: string, line: string) =>
    /\p{L}$/u.test(text) ? text + line.trimStart() : dropHyphen(text, line);
  return [join(dropHyphen), join(keepHyphen), join(glueLost)].map(normalise);
}

function namesOf(actor: Actor): string[] {
  return [
    ...Object.values(actor.name),
    ...Object.values(actor.shortName ?? {}),
    ...(actorSeedSpellings[actor.id] ?? []),
  ].map(normalise);
}

const seedFileNames = new Set<string>(Object.values(seedDocuments).map(({ file }) => file));

describe('actors', () => {
  it('validates every actor with core', () => {
    for (const actor of actors) {
      const result = validateActor(actor, { locale: 'en' });
      expect(result.ok ? [] : result.issues, actor.id).toEqual([]);
    }
  });

  it('has unique ids', () => {
    const ids = actors.map((actor) => actor.id);
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds an actor by id', () => {
    expect(actorById('uk-essen')?.name.de).toBe('Universitätsklinikum Essen');
    expect(actorById('nowhere')).toBeUndefined();
  });

  it('names each actor in German, describes it in German and English', () => {
    for (const actor of actors) {
      expect(actor.name.de, actor.id).toBeTruthy();
      expect(actor.description?.de, actor.id).toBeTruthy();
      expect(actor.description?.en, actor.id).toBeTruthy();
    }
  });

  it('puts every NRW town in the district core resolves it to', () => {
    for (const actor of actors) {
      const { city, district, state } = actor.address ?? {};
      const inNrw = state === 'DE-NW' || district?.startsWith('05');
      if (!inNrw) continue;
      expect(state, actor.id).toBe('DE-NW');
      expect(actor.address?.country, actor.id).toBe('DE');
      if (district) expect(city, `${actor.id}: a district needs its town`).toBeTruthy();
      if (!city) continue;
      const region = findRegion(city);
      expect(region?.code, `${actor.id}: ${city}`).toMatch(/^05\d{3}$/);
      expect(district?.slice(0, 5), `${actor.id}: ${city}`).toBe(region?.code);
    }
  });

  it('points memberships at networks, associations and public bodies of the list', () => {
    const memberships = actors.flatMap((actor) =>
      (actor.memberships ?? []).map((id) => [actor.id, id] as const),
    );
    expect(memberships.length).toBeGreaterThan(0);
    for (const [member, id] of memberships) {
      const network = actorById(id);
      expect(network, `${member} → ${id}`).toBeDefined();
      expect(
        ['network', 'association', 'public-agency', 'municipality'],
        `${member} → ${id}`,
      ).toContain(network?.kind);
      expect(id, member).not.toBe(member);
    }
  });

  it('cites seed lines that exist and name the actor', () => {
    for (const actor of actors) {
      expect(actor.provenance.sources.length, actor.id).toBeGreaterThan(0);
      const names = namesOf(actor);
      for (const source of actor.provenance.sources) {
        const lines = seedLines(source);
        const where = `${actor.id} ${source.locator}`;
        expect(lines, where).toBeDefined();
        if (!lines) continue;
        expect(seedFileNames.has(lines.file), where).toBe(true);
        const document = lines.file.slice(0, 3) as SeedDocumentId;
        expect(source.id, where).toBe(`seed-${document}`);
        expect(lines.first, where).toBeGreaterThanOrEqual(1);
        expect(lines.last, where).toBeGreaterThanOrEqual(lines.first);
        expect(lines.last, where).toBeLessThanOrEqual(seedFileLines(lines.file).length);
        const texts = rangeTexts(lines.file, lines.first, lines.last);
        const named = names.some((name) => texts.some((text) => text.includes(name)));
        expect(named, `${where} does not name ${names.join(' | ')}`).toBe(true);
      }
    }
  });

  it('takes each town from the cited lines', () => {
    for (const actor of actors) {
      const city = actor.address?.city;
      if (!city) continue;
      // "Essener" and "Oberhausener" name their town too.
      const found = actor.provenance.sources.some((source) => {
        const lines = seedLines(source);
        return lines
          ? rangeTexts(lines.file, lines.first, lines.last).some((text) =>
              text.includes(normalise(city)),
            )
          : false;
      });
      expect(found, `${actor.id}: ${city}`).toBe(true);
    }
  });

  it('takes founding years from the cited lines', () => {
    const founded = actors.filter((actor) => actor.founded !== undefined);
    expect(founded.length).toBeGreaterThan(30);
    for (const actor of founded) {
      const year = String(actor.founded);
      const found = actor.provenance.sources.some((source) => {
        const lines = seedLines(source);
        return lines ? rangeTexts(lines.file, lines.first, lines.last)[0]!.includes(year) : false;
      });
      expect(found, `${actor.id}: ${year}`).toBe(true);
    }
  });

  it('keeps the start-ups and established companies of the annex of 001 apart', () => {
    // 001 l.2231 "START-UPS" … l.2669 "ETABLIERTE UNTERNEHMEN" … end of file (l.3208).
    const annexKind = (actor: Actor) => {
      const kinds = actor.provenance.sources.flatMap((source) => {
        const lines = seedLines(source);
        if (!lines?.file.startsWith('001_') || lines.first < 2231) return [];
        return [lines.last <= 2668 ? 'start-up' : lines.first >= 2669 ? 'company' : 'straddles'];
      });
      return kinds;
    };
    // Companies of the annex; others (e.g. a university named in a spin-off's entry) may cite it.
    const companies = actors.filter(
      (actor) => actor.kind === 'start-up' || actor.kind === 'company',
    );
    const startUps = companies.filter((actor) => annexKind(actor).includes('start-up'));
    const established = companies.filter((actor) => annexKind(actor).includes('company'));
    for (const actor of [...startUps, ...established]) {
      expect(annexKind(actor), actor.id).toEqual([actor.kind]);
    }
    // "56 Digital Health-Unternehmen …, von denen 26 Start-ups sind" (001 l.1298-1300)
    expect(startUps.length).toBe(26);
    expect(established.length).toBe(30);
  });

  it('records organisations, not people', () => {
    for (const actor of actors) {
      const texts = [...Object.values(actor.name), ...Object.values(actor.description ?? {})].join(
        ' ',
      );
      expect(texts, actor.id).not.toMatch(/\b(Prof\.|Dr\.|Herr|Frau)\s/);
    }
  });
});
