// Actors for the tests: the real organisations of @nrw-health/data (named in the seed documents,
// with provenance), and core's synthetic examples ("Beispiel", example.org) for the parts no
// real record has, such as a study centre with its phases and experience.
import { type Actor, validateActor } from '@nrw-health/core';
import { exampleActors, exampleFullActor } from '@nrw-health/core/examples';
import { actors } from '@nrw-health/data';

function valid(record: unknown): Actor {
  const result = validateActor(record);
  if (!result.ok) throw new Error(`not a valid Actor: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The real actors, as @nrw-health/data has them. */
export const realActors: readonly Actor[] = actors;

/** core's synthetic actors, the full one with a study-centre profile among them. */
export const syntheticActors: readonly Actor[] = exampleActors.map(valid);

export const fullActor = valid(exampleFullActor);

/** A made-up actor whose texts are long German compound words, for layouts that must wrap. */
export const longWordsActor = valid({
  id: 'beispiel-langwort',
  kind: 'association',
  name: {
    de: 'Beispielverband der Gesundheitswirtschaftsförderungseinrichtungsträgergesellschaften',
  },
  shortName: { de: 'BeispielGesundheitswirtschaftsverbandsgeschäftsstelle' },
  address: { city: 'Mülheim an der Ruhr', district: '05117', country: 'DE' },
  topics: ['health-services-research', 'assistive-technology'],
  description: {
    de: 'Erfundener Beispieleintrag der Krankenhausinformationssystemschnittstellenentwicklungsgemeinschaft.',
  },
  studyCentre: { specialities: ['Kinder- und Jugendpsychiatrieversorgungsforschungsschwerpunkt'] },
  website: 'https://langwort.beispiel.example/gesundheitswirtschaftsfoerderungseinrichtungen',
  provenance: { sources: [{ title: 'Synthetisches Beispiel', producer: '@nrw-health' }] },
});

/** Real and synthetic together: what a portal with its own additions might pass. */
export const allActors: readonly Actor[] = [...realActors, ...syntheticActors, longWordsActor];
