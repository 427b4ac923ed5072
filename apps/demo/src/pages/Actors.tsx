import { ruhrDistricts } from '@nrw-health/core';
import { actors } from '@nrw-health/data';
import { ActorDirectory, RegionTileMap } from '@nrw-health/react';
import type { PageProps } from '../site/Site';
import { textsFor } from '../site/texts';

// Actors per Ruhr district; those elsewhere in NRW or without a district are counted in a note,
// so the map's sum and the directory's count visibly agree.
const ruhr = new Set<string>(ruhrDistricts);
const perDistrict: Record<string, number> = Object.fromEntries([...ruhr].map((ags) => [ags, 0]));
let elsewhere = 0;
let unknown = 0;
for (const actor of actors) {
  const district = actor.address?.district?.slice(0, 5);
  if (!district) unknown += 1;
  else if (ruhr.has(district)) perDistrict[district]! += 1;
  else elsewhere += 1;
}

export default function Actors({ locale }: PageProps) {
  const text = textsFor(locale).actors;
  return (
    <>
      <h1>{text.title}</h1>
      <p className="site-lead">{text.intro(actors.length)}</p>
      <section aria-labelledby="actor-map">
        <h2 id="actor-map">{text.where}</h2>
        <RegionTileMap
          regions="ruhr"
          values={perDistrict}
          unit={text.mapUnit}
          title={text.mapTitle}
        />
        <p>{text.mapNote(elsewhere, unknown)}</p>
      </section>
      <ActorDirectory actors={actors} headingLevel={2} />
    </>
  );
}
