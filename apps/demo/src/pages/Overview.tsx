import { indicatorGroups } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import { IndicatorChart, KpiTile, RegionComparison, RegionTileMap } from '@nrw-health/react';
import { dashboardGroups } from '../dashboard/select';
import { regionNamesIn } from '../site/region-names';
import type { PageProps } from '../site/Site';
import { textsFor } from '../site/texts';

const groups = dashboardGroups(indicatorDefinitions, observations);
const byId = new Map(indicatorDefinitions.map((d) => [d.id, d]));
const definition = (id: string) => byId.get(id);

/**
 * The headline figures: the size of the Ruhr's health economy, as the seed documents give it.
 * Population shows the official count of 2021: the later "rund 5 Mio." is a rounded figure, and
 * a change computed against it would only measure the rounding.
 */
const headline: { id: string; period?: string }[] = [
  { id: 'population', period: '2021-12-31' },
  { id: 'health-economy-employees-social-insurance' },
  { id: 'health-economy-revenue' },
  { id: 'health-economy-gross-value-added' },
  { id: 'clinical-trials' },
  { id: 'medecon-ruhr-members' },
];

const anchor = (group: string) => `group-${group}`;

export default function Overview({ locale }: PageProps) {
  const text = textsFor(locale).overview;
  const trials = definition('clinical-trials');
  const startUps = definition('digital-health-start-ups');
  return (
    <>
      <h1>{text.title}</h1>
      <p className="site-lead">{text.intro}</p>

      <nav className="site-toc" aria-labelledby="groups-nav">
        <h2 id="groups-nav">{text.groupsNav}</h2>
        <ul>
          {groups.map(({ group }) => (
            <li key={group}>
              <a href={`#${anchor(group)}`}>{indicatorGroups.label(group, locale)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="glance">
        <h2 id="glance">{text.atAGlance}</h2>
        <div className="site-tiles">
          {headline.map(({ id, period }) => {
            const d = definition(id);
            return (
              d && (
                <KpiTile
                  key={id}
                  definition={d}
                  observations={observations}
                  region="RVR"
                  {...(period && { period })}
                  headingLevel={3}
                />
              )
            );
          })}
        </div>
      </section>

      {trials && (
        <section aria-labelledby="comparison">
          <h2 id="comparison">{text.comparison}</h2>
          <p>{text.comparisonIntro}</p>
          <RegionComparison
            definition={trials}
            definitions={byId}
            observations={observations}
            headingLevel={3}
          />
        </section>
      )}

      {startUps && (
        <section aria-labelledby="ruhr-map">
          <h2 id="ruhr-map">{text.map}</h2>
          <p>{text.mapIntro}</p>
          <RegionTileMap regions="ruhr" observations={observations} indicator={startUps} />
        </section>
      )}

      {groups.map(({ group, tiles, charts }) => (
        <section key={group} aria-labelledby={anchor(group)} className="site-group">
          <h2 id={anchor(group)}>{indicatorGroups.label(group, locale)}</h2>
          <p>
            {indicatorGroups.entries[group].description?.[locale]}{' '}
            <span className="site-count">
              {text.indicatorsInGroup(tiles.length + charts.length)}
            </span>
          </p>
          {tiles.length > 0 && (
            <div className="site-tiles">
              {tiles.map((indicator) => (
                <KpiTile
                  key={indicator.definition.id}
                  definition={indicator.definition}
                  observations={indicator.observations}
                  regionNames={regionNamesIn(locale)}
                  headingLevel={3}
                />
              ))}
            </div>
          )}
          {charts.map((indicator) => (
            <IndicatorChart
              key={indicator.definition.id}
              definition={indicator.definition}
              observations={indicator.observations}
              regionNames={regionNamesIn(locale)}
              headingLevel={3}
            />
          ))}
        </section>
      ))}
    </>
  );
}
