import { type ReactNode, useId } from 'react';
import type { NrwHealth } from '../provider/use-nrw-health';
import type { Classification } from './scale';
import { rangeText, type ValueFormat } from './values';

export type MapView = 'map' | 'table';
export type MapStatus = 'ready' | 'loading' | 'error';

/** Map or table: two buttons, the current one pressed, as the LocaleSwitcher does it. */
function ViewSwitch(props: {
  readonly view: MapView;
  readonly onView: (view: MapView) => void;
  readonly helpers: NrwHealth;
}) {
  const { t } = props.helpers;
  return (
    <fieldset className="nrw-region-map__views">
      <legend className="nrw-visually-hidden">{t('regionMap.view')}</legend>
      {(['map', 'table'] as const).map((view) => (
        <button
          key={view}
          type="button"
          aria-pressed={props.view === view}
          className="nrw-region-map__view"
          onClick={() => props.onView(view)}
        >
          {t(view === 'map' ? 'regionMap.viewMap' : 'regionMap.viewTable')}
        </button>
      ))}
    </fieldset>
  );
}

/** The hatching of "no value" areas: missing is told apart by pattern, not by a colour alone. */
export function Hatch(props: { readonly id: string }) {
  return (
    <pattern id={props.id} width="8" height="8" patternUnits="userSpaceOnUse">
      <path className="nrw-region-map__hatch" d="M-2 2l4-4M0 8l8-8M6 10l4-4" />
    </pattern>
  );
}

function Swatch(props: { readonly className: string; readonly fill?: string }) {
  return (
    <svg className="nrw-region-map__swatch" viewBox="0 0 24 16" aria-hidden="true">
      <rect className={props.className} x="0.5" y="0.5" width="23" height="15" fill={props.fill} />
    </svg>
  );
}

/** The classes with their ranges in words and how many areas each holds; then "no value". */
export function Legend(props: {
  readonly classification: Classification | undefined;
  readonly missing: number;
  readonly format: ValueFormat;
  readonly hatchId: string;
  readonly helpers: NrwHealth;
}) {
  const { helpers, format } = props;
  const { t } = helpers;
  const titleId = useId();
  const count = (value: number) => t('regionMap.regionCount', { count: value });
  return (
    <div className="nrw-region-map__legend">
      <p id={titleId} className="nrw-region-map__legend-title">
        {format.unit ? t('regionMap.legendUnit', { unit: format.unit }) : t('regionMap.legend')}
      </p>
      <ul aria-labelledby={titleId}>
        {props.classification?.classes.map((valueClass) => (
          <li key={valueClass.index} className={`nrw-region-map__step-${valueClass.step}`}>
            <Swatch className="nrw-region-map__shape" />
            {rangeText(valueClass, props.classification!.integer, helpers, format.bound)}
            <span className="nrw-region-map__count">({count(valueClass.count)})</span>
          </li>
        ))}
        <li>
          <Swatch className="nrw-region-map__shape" fill={`url(#${props.hatchId})`} />
          {t('value.missing')}
          <span className="nrw-region-map__count">({count(props.missing)})</span>
        </li>
      </ul>
    </div>
  );
}

/** What follows both maps: the keyboard hint, the readout of the area in focus, the legend. */
export function MapFooter(props: {
  readonly hintId: string;
  readonly readout: ReactNode;
  readonly classification: Classification | undefined;
  readonly missing: number;
  readonly format: ValueFormat;
  readonly hatchId: string;
  readonly helpers: NrwHealth;
}) {
  return (
    <>
      <p id={props.hintId} className="nrw-region-map__hint">
        {props.helpers.t('regionMap.hint')}
      </p>
      <p className="nrw-region-map__readout" aria-hidden="true">
        {props.readout}
      </p>
      <Legend
        classification={props.classification}
        missing={props.missing}
        format={props.format}
        hatchId={props.hatchId}
        helpers={props.helpers}
      />
    </>
  );
}

/**
 * The frame both maps share: a figure titled by its caption, the map/table switch, the map with
 * its hint, readout and legend (or the table, or a loading or error message), notes about input
 * that could not be shown, and the source.
 */
export function MapFigure(props: {
  readonly className: string | undefined;
  readonly widget: string;
  readonly title: string;
  readonly titleId: string;
  readonly helpers: NrwHealth;
  readonly view: MapView;
  readonly onView: (view: MapView) => void;
  readonly status: MapStatus;
  readonly errorDetail: string | undefined;
  readonly notes: readonly string[];
  readonly source: string | undefined;
  readonly map: () => ReactNode;
  readonly table: () => ReactNode;
}) {
  const { helpers, status } = props;
  const { t, locale } = helpers;
  let body: ReactNode;
  if (status === 'loading') {
    body = <p className="nrw-region-map__message">{t('regionMap.loading')}</p>;
  } else if (status === 'error') {
    body = (
      <p className="nrw-region-map__message">
        <strong className="nrw-region-map__error">{t('regionMap.error')}</strong>
        {props.errorDetail ? <span>{props.errorDetail}</span> : null}
      </p>
    );
  } else {
    body = props.view === 'map' ? props.map() : props.table();
  }
  return (
    <figure
      className={['nrw', 'nrw-region-map', props.widget, props.className].filter(Boolean).join(' ')}
      lang={locale}
      aria-busy={status === 'loading' || undefined}
    >
      <figcaption id={props.titleId} className="nrw-region-map__title">
        {props.title}
      </figcaption>
      {status === 'ready' ? (
        <ViewSwitch view={props.view} onView={props.onView} helpers={helpers} />
      ) : null}
      {body}
      {status === 'ready' && props.notes.length > 0 ? (
        <ul className="nrw-region-map__notes">
          {props.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {props.source ? (
        <p className="nrw-region-map__source">{t('regionMap.source', { source: props.source })}</p>
      ) : null}
    </figure>
  );
}
