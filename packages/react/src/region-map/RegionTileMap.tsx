import { regionByCode } from '@nrw-health/core';
import { useId, useMemo } from 'react';
import { dataTableMessages } from '../data-table/messages';
import { useNrwHealth } from '../provider/use-nrw-health';
import { useControllable } from '../shared/use-controllable';
import { type ChoroplethProps, useChoropleth } from './choropleth';
import { districtAbbreviations, layoutSize, type RegionSet, tileLayouts } from './layout';
import { regionMapMessages } from './messages';
import { useRovingFocus } from './navigation';
import { Hatch, MapFigure, MapFooter, type MapStatus, type MapView } from './parts';
import { RegionTable } from './RegionTable';

export interface RegionTileMapProps extends ChoroplethProps {
  /** The 15 districts of the Ruhr (RVR) or the 53 of NRW. Default `nrw`. */
  readonly regions?: RegionSet;
  /** Map or table, controlled. */
  readonly view?: MapView;
  /** Map or table at first, uncontrolled. Default `map`. */
  readonly defaultView?: MapView;
  readonly onViewChange?: (view: MapView) => void;
  /** `loading` and `error` show a message instead of the map. Default `ready`. */
  readonly status?: MapStatus;
  /** Shown under the error message: what went wrong, in the portal's words. */
  readonly errorDetail?: string;
  readonly className?: string;
}

// A tile is 56 units square with 4 between tiles; at the smallest size a tile is 44 px wide.
const cell = 60;
const tile = 56;

/**
 * The districts of the Ruhr or of NRW as a grid of equal tiles, shaded by value (a sequential,
 * colour-blind-safe ramp), each with its short name and its value as text. Every tile is
 * focusable (one tab stop; the arrow keys move between tiles as they lie) and named with the
 * district's full name and value. A legend gives the classes; a table shows the same data.
 */
export function RegionTileMap(props: RegionTileMapProps) {
  const helpers = useNrwHealth(regionMapMessages, dataTableMessages);
  const { t, locale } = helpers;
  const regions = props.regions === 'ruhr' ? 'ruhr' : 'nrw';
  const places = tileLayouts[regions];
  const titleId = useId();
  const hintId = useId();
  const hatchId = useId();
  const [view, setView] = useControllable<MapView>(
    props.view,
    props.defaultView ?? 'map',
    props.onViewChange,
  );

  const inputs = useMemo(
    () =>
      places.map((place) => ({
        key: place.ags,
        name: regionByCode(place.ags)?.name[locale] ?? place.ags,
        lookup: [place.ags],
      })),
    [places, locale],
  );
  const map = useChoropleth(props, inputs, helpers);
  const keys = useMemo(() => places.map((place) => place.ags), [places]);
  const points = useMemo(() => places.map((place) => ({ x: place.col, y: place.row })), [places]);
  const roving = useRovingFocus(keys, points);
  const { cols, rows } = layoutSize(places);
  const title = map.title ?? t(regions === 'ruhr' ? 'regionMap.titleRuhr' : 'regionMap.titleNrw');
  const readout = map.areas.find((area) => area.key === roving.shown)?.label;
  const focusedPlace = places.find((place) => place.ags === roving.focused);

  const renderMap = () => (
    <>
      <div className="nrw-region-map__canvas">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the map's areas */}
        <svg
          className="nrw-region-map__svg"
          viewBox={`0 0 ${cols * cell} ${rows * cell}`}
          role="group"
          aria-labelledby={titleId}
          aria-describedby={hintId}
          style={{ minWidth: `${cols * 2.75}rem`, maxWidth: `${cols * 5}rem` }}
        >
          <defs>
            <Hatch id={hatchId} />
          </defs>
          {places.map((place, index) => {
            const area = map.areas[index]!;
            const step = area.valueClass?.step;
            const short =
              area.value === null ? t('regionMap.missingShort') : map.format.short(area.value);
            return (
              // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a focusable image, as charts' data points are: it is read, not operated
              <g
                key={place.ags}
                className={`nrw-region-map__area nrw-region-map__tile ${step ? `nrw-region-map__step-${step}` : 'nrw-region-map__missing'}`}
                transform={`translate(${place.col * cell + 2} ${place.row * cell + 2})`}
                role="img"
                aria-label={area.label}
                {...roving.itemProps(place.ags)}
              >
                <rect
                  className="nrw-region-map__shape"
                  width={tile}
                  height={tile}
                  rx="4"
                  fill={step ? undefined : `url(#${hatchId})`}
                />
                <text className="nrw-region-map__label" x={tile / 2} y="25">
                  {districtAbbreviations[place.ags]}
                </text>
                <text
                  className="nrw-region-map__value"
                  x={tile / 2}
                  y="45"
                  // Squeezed to the tile only when it would not fit (about 0.6 em a character).
                  {...(short.length * 8 > tile - 6
                    ? { textLength: tile - 6, lengthAdjust: 'spacingAndGlyphs' }
                    : {})}
                >
                  {short}
                </text>
              </g>
            );
          })}
          {focusedPlace ? (
            <rect
              className="nrw-region-map__focus"
              x={focusedPlace.col * cell}
              y={focusedPlace.row * cell}
              width={tile + 4}
              height={tile + 4}
              rx="6"
            />
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
  );

  return (
    <MapFigure
      className={props.className}
      widget="nrw-region-tile-map"
      title={title}
      titleId={titleId}
      helpers={helpers}
      view={view}
      onView={setView}
      status={props.status ?? 'ready'}
      errorDetail={props.errorDetail}
      notes={map.notes}
      source={map.source}
      map={renderMap}
      table={() => (
        <RegionTable
          caption={title}
          rows={map.areas}
          regionHeader={t('regionMap.columnDistrict')}
          keyHeader={t('regionMap.columnAgs')}
          valueHeader={t('regionMap.columnValue')}
        />
      )}
    />
  );
}
