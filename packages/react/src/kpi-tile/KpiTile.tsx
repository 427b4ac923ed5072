import type { IndicatorDefinition, Observation } from '@nrw-health/core';
import { useId } from 'react';
import { dataTableMessages } from '../data-table/messages';
import {
  breakdownKey,
  formatValue,
  isCurrency,
  periodText,
  regionName,
  statusLabel,
  titleOf,
} from '../indicator-chart/format';
import { Sources, sourcesOf } from '../indicator-chart/Meta';
import { indicatorChartMessages } from '../indicator-chart/messages';
import { useNrwHealth } from '../provider/use-nrw-health';
import { Heading, type HeadingLevel, levelOf } from '../trial-card/Heading';
import { langOf, pickText } from '../trial-card/text';
import { kpiTileMessages } from './messages';

export interface KpiTileProps {
  readonly definition: IndicatorDefinition;
  /** Observations of the indicator; the tile picks its region's, without breakdowns. */
  readonly observations: readonly Observation[];
  /** The region shown. Default: the region of the first observation. */
  readonly region?: string;
  /** The reference period. Default: the latest with a value. */
  readonly period?: string;
  /** The period compared with. Default: the latest earlier one with a value. */
  readonly comparePeriod?: string;
  /** Replaces the definition's title. */
  readonly title?: string;
  /** Level of the title, h2–h6 (default 3). */
  readonly headingLevel?: HeadingLevel;
  /** The portal's names for region codes, over core's registry. */
  readonly regionNames?: Readonly<Record<string, string>>;
  /** `loading` and `error` replace the value with a message. Default `ready`. */
  readonly status?: 'ready' | 'loading' | 'error';
  readonly errorDetail?: string;
  readonly className?: string;
}

const hasValue = (
  observation: Observation | undefined,
): observation is Observation & { value: number } =>
  typeof observation?.value === 'number' && Number.isFinite(observation.value);

/** The region's observations of the indicator, one per period (totals first), by period. */
function seriesOf(props: KpiTileProps): Observation[] {
  const own = (Array.isArray(props.observations) ? props.observations : []).filter(
    (observation) =>
      typeof observation === 'object' &&
      observation !== null &&
      observation.indicator === props.definition?.id &&
      typeof observation.period === 'string',
  );
  const region = props.region ?? own[0]?.region;
  const byPeriod = new Map<string, Observation>();
  for (const observation of own) {
    if (observation.region !== region) continue;
    const kept = byPeriod.get(observation.period);
    // Totals win over breakdowns (a tile shows one number for the region).
    if (
      !kept ||
      (breakdownKey(kept.breakdowns) !== '' && breakdownKey(observation.breakdowns) === '')
    ) {
      byPeriod.set(observation.period, observation);
    }
  }
  return [...byPeriod.values()].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
  );
}

/**
 * One indicator at a glance: its value for a region and period in compact notation ("19,9 Mrd. €",
 * "€19.9bn"; the full number for screen readers), the unit, the reference period, the change
 * against an earlier period in words ("Up 57.9% on 2019"), flags and notes, and the source.
 */
export function KpiTile(props: KpiTileProps) {
  const helpers = useNrwHealth(kpiTileMessages, indicatorChartMessages, dataTableMessages);
  const { t, locale, formatNumber } = helpers;
  const { definition } = props;
  const titleId = useId();
  const status = props.status ?? 'ready';
  const series = seriesOf(props);
  const current = props.period
    ? series.find((observation) => observation.period === props.period)
    : ([...series].reverse().find(hasValue) ?? series.at(-1));
  const earlier = current ? series.slice(0, series.indexOf(current)) : [];
  const previous = props.comparePeriod
    ? series.find((observation) => observation.period === props.comparePeriod)
    : [...earlier].reverse().find(hasValue);
  const title = props.title?.trim()
    ? { text: props.title, lang: locale }
    : titleOf(definition, locale);
  const region = current?.region ?? props.region;
  const code = definition?.unit?.code;
  const unit =
    code === '%' || isCurrency(code) ? undefined : pickText(definition?.unit?.label, locale);

  let change: { text: string; direction: 'up' | 'down' | 'same' | 'none' } | undefined;
  if (hasValue(current) && (props.comparePeriod || previous)) {
    const period = periodText(previous?.period ?? props.comparePeriod!, helpers);
    if (!hasValue(previous)) {
      change = { text: t('kpiTile.noComparison', { period }), direction: 'none' };
    } else {
      const difference = current.value - previous.value;
      const size = Math.abs(difference);
      const amount =
        code === '%'
          ? t('kpiTile.points', { count: Number(size.toFixed(definition.decimals ?? 1)) })
          : previous.value !== 0
            ? `${formatNumber(size / Math.abs(previous.value), { style: 'percent', maximumFractionDigits: 1 })} (${formatValue(definition, size, helpers, 'short')})`
            : formatValue(definition, size, helpers, 'short');
      const direction = difference > 0 ? 'up' : difference < 0 ? 'down' : 'same';
      const key =
        direction === 'up'
          ? 'kpiTile.up'
          : direction === 'down'
            ? 'kpiTile.down'
            : 'kpiTile.unchanged';
      change = { text: t(key, { change: amount, period }), direction };
    }
  }
  const footnotes = (current?.footnotes ?? []).flatMap((note) => {
    const picked = pickText(note, locale);
    return picked ? [picked] : [];
  });

  return (
    <article
      className={['nrw', 'nrw-kpi-tile', props.className].filter(Boolean).join(' ')}
      lang={locale}
      aria-labelledby={titleId}
      aria-busy={status === 'loading' || undefined}
    >
      <Heading
        level={levelOf(props.headingLevel, 3)}
        id={titleId}
        className="nrw-kpi-tile__title"
        lang={langOf(title, locale)}
      >
        {title.text}
      </Heading>
      {status === 'loading' && <p className="nrw-kpi-tile__message">{t('dataTable.loading')}</p>}
      {status === 'error' && (
        <p className="nrw-kpi-tile__message">
          <strong className="nrw-kpi-tile__error">{t('dataTable.error')}</strong>
          {props.errorDetail ? <span> {props.errorDetail}</span> : null}
        </p>
      )}
      {status === 'ready' && (
        <>
          <p className="nrw-kpi-tile__value">
            {/* Compact for the eye; the whole number, in words, for the ear. */}
            <span aria-hidden="true">
              {formatValue(definition, current?.value, helpers, 'short')}
              {hasValue(current) && unit && (
                <span className="nrw-kpi-tile__unit" lang={langOf(unit, locale)}>
                  {' '}
                  {unit.text}
                </span>
              )}
            </span>
            <span className="nrw-visually-hidden">
              {formatValue(definition, current?.value, helpers)}
            </span>
          </p>
          <p className="nrw-kpi-tile__context">
            {[
              region ? regionName(region, locale, props.regionNames) : '',
              current ? periodText(current.period, helpers) : '',
              current && current.status !== 'normal' ? statusLabel(current.status, locale) : '',
            ]
              .filter(Boolean)
              .join(', ')}
          </p>
          {change && (
            <p className={`nrw-kpi-tile__change nrw-kpi-tile__change--${change.direction}`}>
              {change.direction !== 'none' && (
                <span aria-hidden="true" className="nrw-kpi-tile__arrow">
                  {change.direction === 'up' ? '▲ ' : change.direction === 'down' ? '▼ ' : '■ '}
                </span>
              )}
              {change.text}
            </p>
          )}
          {footnotes.length > 0 && (
            <details className="nrw-kpi-tile__notes">
              <summary>{t('indicatorChart.notes')}</summary>
              <ul>
                {footnotes.map((note) => (
                  <li key={note.text} lang={langOf(note, locale)}>
                    {note.text}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <Sources
            sources={sourcesOf(definition, current ? [current] : [])}
            className="nrw-kpi-tile__sources"
          />
        </>
      )}
    </article>
  );
}
