import type { IndicatorDefinition, Observation, Source } from '@nrw-health/core';
import { useNrwHealth } from '../provider/use-nrw-health';
import { safeHref } from '../shared/url';
import { langOf, pickText } from '../trial-card/text';
import { sourceText, unitText } from './format';
import { indicatorChartMessages } from './messages';
import type { ChartNote } from './series';

/** The definition's sources, then those of single observations, each once. */
export function sourcesOf(
  definition: IndicatorDefinition,
  observations: readonly Observation[],
): Source[] {
  const all = [
    ...(Array.isArray(definition?.sources) ? definition.sources : []),
    ...observations.flatMap((observation) => (observation.source ? [observation.source] : [])),
  ];
  const seen = new Set<string>();
  return all.filter((source) => {
    const key = JSON.stringify(source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The sources as a list; a source's address becomes a link only when it is http(s). */
export function Sources(props: {
  readonly sources: readonly Source[];
  readonly className: string;
}) {
  const { t } = useNrwHealth(indicatorChartMessages);
  if (props.sources.length === 0) return null;
  return (
    <div className={props.className}>
      <p className="nrw-chart__label">
        {t('indicatorChart.sources', { count: props.sources.length })}
      </p>
      <ul>
        {props.sources.map((source) => {
          const href = safeHref(source.url);
          const text = sourceText(source) || source.url || '';
          return <li key={JSON.stringify(source)}>{href ? <a href={href}>{text}</a> : text}</li>;
        })}
      </ul>
    </div>
  );
}

/**
 * What a chart's reader needs besides the marks: the numbered notes (flags in core's words and
 * the data's footnotes), how many observations could not be shown, what the indicator measures,
 * its limits of comparison, its unit and its sources.
 */
export function Meta(props: {
  readonly definition: IndicatorDefinition;
  readonly observations: readonly Observation[];
  readonly notes: readonly ChartNote[];
  readonly notesId: string;
  readonly skipped: number;
}) {
  const { t, locale } = useNrwHealth(indicatorChartMessages);
  const { definition } = props;
  const about = pickText(definition?.definition, locale);
  const comparability = pickText(definition?.comparability, locale);
  const unit = unitText(definition, locale);
  return (
    <div className="nrw-chart__meta">
      {props.notes.length > 0 && (
        <div>
          <p className="nrw-chart__label">{t('indicatorChart.notes')}</p>
          <ol id={props.notesId} className="nrw-chart__notes">
            {props.notes.map((note) => (
              <li key={note.number} lang={note.lang}>
                {note.text}
              </li>
            ))}
          </ol>
        </div>
      )}
      {props.skipped > 0 && (
        <p className="nrw-chart__skipped">
          {t('indicatorChart.skipped', { count: props.skipped })}
        </p>
      )}
      {about && <p lang={langOf(about, locale)}>{about.text}</p>}
      {comparability && <p lang={langOf(comparability, locale)}>{comparability.text}</p>}
      {unit && <p>{t('indicatorChart.unit', { unit })}</p>}
      <Sources sources={sourcesOf(definition, props.observations)} className="nrw-chart__sources" />
    </div>
  );
}
