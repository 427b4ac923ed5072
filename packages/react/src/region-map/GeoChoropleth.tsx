import { regionByAgs, regionByNuts } from '@nrw-health/core';
import { geoIdentity, geoMercator, geoPath } from 'd3-geo';
import { useId, useMemo } from 'react';
import { dataTableMessages } from '../data-table/messages';
import type { NrwHealth } from '../provider/use-nrw-health';
import { useNrwHealth } from '../provider/use-nrw-health';
import { useControllable } from '../shared/use-controllable';
import {
  type BoundaryArea,
  type BoundaryIssue,
  type BoundaryProblem,
  readBoundaries,
  sphericalWinding,
} from './boundaries';
import { type AreaInput, type ChoroplethProps, listKeys, useChoropleth } from './choropleth';
import { geoChoroplethMessages, regionMapMessages } from './messages';
import { useRovingFocus } from './navigation';
import { Hatch, MapFigure, MapFooter, type MapStatus, type MapView } from './parts';
import { RegionTable } from './RegionTable';

export interface GeoChoroplethProps extends ChoroplethProps {
  /**
   * The boundaries: a GeoJSON FeatureCollection (or Feature) or a TopoJSON Topology, with a
   * Polygon or MultiPolygon per area. Anything else shows a note, never a crash.
   */
  readonly boundaries: unknown;
  /** The feature property that holds each area's key, e.g. `AGS` or `NUTS`. Default `AGS`. */
  readonly keyProperty?: string;
  /** The property with an area's name, for areas the region registry does not know. Default `GEN`. */
  readonly nameProperty?: string;
  /** Of a TopoJSON Topology: the object to draw. Default its first object. */
  readonly object?: string;
  /** Draw only the areas whose key passes, e.g. `(key) => key.startsWith('05')` for NRW. */
  readonly include?: (key: string) => boolean;
  /**
   * `identity` draws coordinates as they are, north up (for projected coordinates, and the
   * default for them); `mercator`, the default for longitude and latitude, projects those.
   */
  readonly projection?: 'mercator' | 'identity';
  readonly view?: MapView;
  readonly defaultView?: MapView;
  readonly onViewChange?: (view: MapView) => void;
  readonly status?: MapStatus;
  readonly errorDetail?: string;
  readonly className?: string;
}

const width = 600;
const pad = 4;

function areaName(area: BoundaryArea, nameProperty: string, locale: 'de' | 'en'): string {
  const region = regionByAgs(area.key) ?? regionByNuts(area.key);
  if (region) return region.name[locale];
  const own = area.properties[nameProperty];
  return typeof own === 'string' && own.trim() !== '' ? own.trim() : area.key;
}

function problemText(problem: BoundaryProblem, { t }: NrwHealth): string {
  if (problem.code === 'no-object') return t('geoChoropleth.noObject', { object: problem.object });
  return t(problem.code === 'no-areas' ? 'geoChoropleth.noAreas' : 'geoChoropleth.notGeo');
}

function issueNotes(issues: readonly BoundaryIssue[], property: string, { t }: NrwHealth) {
  const notes: string[] = [];
  const missing = issues.filter((issue) => issue.code === 'missing-key').length;
  if (missing > 0) notes.push(t('geoChoropleth.missingKey', { count: missing, property }));
  const keys = issues.flatMap((issue) => (issue.code === 'no-geometry' ? [issue.key] : []));
  if (keys.length > 0) {
    notes.push(t('geoChoropleth.noGeometry', { count: keys.length, keys: listKeys(keys) }));
  }
  return notes;
}

/**
 * A choropleth over boundaries the portal supplies (GeoJSON or TopoJSON, keyed by AGS, NUTS or
 * any property), drawn as SVG paths with d3-geo. Areas are shaded like the tile map's tiles,
 * each focusable and named with its name and value; legend and table as in RegionTileMap.
 */
export function GeoChoropleth(props: GeoChoroplethProps) {
  const helpers = useNrwHealth(regionMapMessages, geoChoroplethMessages, dataTableMessages);
  const { t, locale } = helpers;
  const keyProperty = props.keyProperty?.trim() || 'AGS';
  const nameProperty = props.nameProperty?.trim() || 'GEN';
  const titleId = useId();
  const hintId = useId();
  const hatchId = useId();
  const [view, setView] = useControllable<MapView>(
    props.view,
    props.defaultView ?? 'map',
    props.onViewChange,
  );
  const { boundaries, object, include, projection } = props;

  const read = useMemo(
    () => readBoundaries(boundaries, { keyProperty, object }),
    [boundaries, keyProperty, object],
  );
  // `include` is often written inline, a new function each render: the paths are recomputed only
  // when the set of areas it lets through changes, not on every focus change.
  const passing = read.ok && include ? read.areas.filter((area) => include(area.key)) : undefined;
  const passingKeys = passing?.map((area) => area.key).join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `passingKeys` stands for `passing`
  const drawn = useMemo(() => (read.ok ? (passing ?? read.areas) : []), [read, passingKeys]);

  // Paths and centroids in a viewBox 600 units wide, fitted to the areas drawn.
  const shapes = useMemo(() => {
    if (drawn.length === 0) return undefined;
    // Mercator only for longitude and latitude: projected coordinates would come out as NaN.
    const spherical = projection !== 'identity' && read.ok && read.geographic;
    const features = drawn.map((area) =>
      spherical
        ? sphericalWinding(area.geometry)
        : { type: 'Feature' as const, properties: {}, geometry: area.geometry },
    );
    const collection = { type: 'FeatureCollection' as const, features };
    // Fitted to the width (the height follows, up to four widths for a very tall region).
    const size: [number, number] = [width, 4 * width];
    const projected = spherical
      ? geoMercator().fitSize(size, collection)
      : geoIdentity().reflectY(true).fitSize(size, collection);
    // One decimal is a tenth of a pixel at full size: it keeps the server's HTML small.
    const path = geoPath(projected).digits(1);
    const [[x0, y0], [x1, y1]] = path.bounds(collection);
    // Areas without extent (every point the same) cannot be fitted: nothing to draw.
    if (![x0, y0, x1, y1].every(Number.isFinite)) return undefined;
    return {
      d: features.map((feature) => path(feature) ?? ''),
      points: features.map((feature) => {
        const [x, y] = path.centroid(feature);
        return { x: Number.isFinite(x) ? x! : 0, y: Number.isFinite(y) ? y! : 0 };
      }),
      viewBox: [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad]
        .map((value) => Math.round(value * 10) / 10)
        .join(' '),
    };
  }, [drawn, read, projection]);

  const inputs = useMemo<AreaInput[]>(
    () =>
      drawn.map((area) => {
        const region = regionByAgs(area.key) ?? regionByNuts(area.key);
        return {
          key: area.key,
          name: areaName(area, nameProperty, locale),
          lookup: region ? [area.key, region.code, region.nuts ?? region.code] : [area.key],
        };
      }),
    [drawn, nameProperty, locale],
  );
  const map = useChoropleth(props, inputs, helpers);
  const keys = useMemo(() => drawn.map((area) => area.key), [drawn]);
  const roving = useRovingFocus(keys, shapes?.points ?? []);
  const title = map.title ?? t('regionMap.titleAreas');
  // Boundaries that cannot be read make every value "unknown": the problem alone is the note.
  const notes = read.ok
    ? [
        ...(shapes ? [] : [t('geoChoropleth.noAreas')]),
        ...issueNotes(read.issues, keyProperty, helpers),
        ...map.notes,
      ]
    : [
        problemText(read.problem, helpers),
        ...(read.problem.code === 'no-areas'
          ? issueNotes(read.problem.issues, keyProperty, helpers)
          : []),
      ];
  const readout = map.areas.find((area) => area.key === roving.shown)?.label;
  const focusedIndex = roving.focused === undefined ? -1 : keys.indexOf(roving.focused);

  const renderMap = () =>
    shapes ? (
      <>
        <div className="nrw-region-map__canvas">
          {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the map's areas */}
          <svg
            className="nrw-region-map__svg nrw-region-map__svg--geo"
            viewBox={shapes.viewBox}
            role="group"
            aria-labelledby={titleId}
            aria-describedby={hintId}
          >
            <defs>
              <Hatch id={hatchId} />
            </defs>
            {map.areas.map((area, index) => {
              const step = area.valueClass?.step;
              return (
                // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a focusable image, as charts' data points are: it is read, not operated
                <g
                  key={area.key}
                  className={`nrw-region-map__area ${step ? `nrw-region-map__step-${step}` : 'nrw-region-map__missing'}`}
                  role="img"
                  aria-label={area.label}
                  {...roving.itemProps(area.key)}
                >
                  <path
                    className="nrw-region-map__shape"
                    d={shapes.d[index]}
                    fill={step ? undefined : `url(#${hatchId})`}
                  />
                </g>
              );
            })}
            {focusedIndex >= 0 ? (
              <path className="nrw-region-map__focus" d={shapes.d[focusedIndex]} />
            ) : null}
          </svg>
        </div>
        <MapFooter
          hintId={hintId}
          readout={readout}
          classification={map.classification}
          missing={map.missing}
          format={map.format}
          hatchId={hatchId}
          helpers={helpers}
        />
      </>
    ) : null;

  return (
    <MapFigure
      className={props.className}
      widget="nrw-geo-choropleth"
      title={title}
      titleId={titleId}
      helpers={helpers}
      view={view}
      onView={setView}
      status={props.status ?? 'ready'}
      errorDetail={props.errorDetail}
      notes={notes}
      source={map.source}
      map={renderMap}
      table={() => (
        <RegionTable
          caption={title}
          rows={map.areas}
          regionHeader={t('regionMap.columnRegion')}
          keyHeader={t('regionMap.columnKey')}
          valueHeader={t('regionMap.columnValue')}
        />
      )}
    />
  );
}
