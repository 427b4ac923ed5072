import type { Trial } from '@nrw-health/core';
import { useId } from 'react';
import { useNrwHealth } from '../provider/use-nrw-health';
import { Heading, type HeadingLevel, levelOf } from './Heading';
import { trialCardMessages } from './messages';
import {
  eligibilityFacts,
  langOf,
  phaseText,
  pickText,
  placesOf,
  registryHref,
  registryName,
  safeLinkTarget,
  statusText,
} from './text';

/** Places named on a card before "and 3 more places". */
const shownPlaces = 3;

export interface TrialCardProps {
  readonly trial: Trial;
  /** Level of the card's heading, h2–h6 (default 3), to fit the portal's outline. */
  readonly headingLevel?: HeadingLevel;
  /** The trial's details page in the portal: its title becomes a link (relative or http(s) only). */
  readonly href?: string;
  /** Called when the reader asks for details: the card shows a "Show details" button. */
  readonly onSelect?: (trial: Trial) => void;
  readonly className?: string;
}

/**
 * A trial at a glance, in plain language: what is tested, for whom, where, its status and phase
 * as text, when it was last updated, and its page in the registry.
 */
export function TrialCard(props: TrialCardProps) {
  const helpers = useNrwHealth(trialCardMessages);
  const { t, locale, formatDate } = helpers;
  const { trial } = props;
  const headingId = useId();
  const title = pickText(trial.title.public, locale);
  const href = safeLinkTarget(props.href);
  const tested = (trial.interventions ?? []).map((intervention) => intervention.name);
  const conditions = (trial.conditions ?? []).map((condition) => condition.text);
  const forWhom = eligibilityFacts(trial.eligibility, helpers);
  const places = placesOf(trial, locale);
  const siteCount = trial.sites?.length ?? 0;
  const phase = phaseText(trial, locale);
  const registryLink = registryHref(trial);
  const primary = trial.identifiers.primary;
  const titleText = title?.text ?? primary.id;

  return (
    <article
      className={['nrw', 'nrw-trial-card', props.className].filter(Boolean).join(' ')}
      lang={locale}
      aria-labelledby={headingId}
    >
      <Heading
        level={levelOf(props.headingLevel, 3)}
        id={headingId}
        className="nrw-trial-card__title"
        lang={title && langOf(title, locale)}
      >
        {href ? <a href={href}>{titleText}</a> : titleText}
      </Heading>
      <dl className="nrw-trial-card__facts">
        <div>
          <dt>{t('trialCard.status')}</dt>
          <dd>
            <span className={`nrw-trial-status nrw-trial-status--${trial.status.code}`}>
              {statusText(trial, locale)}
            </span>
          </dd>
        </div>
        {phase && (
          <div>
            <dt>{t('trialCard.phase')}</dt>
            <dd>{phase}</dd>
          </div>
        )}
        {tested.length > 0 && (
          <div>
            <dt>{t('trialCard.interventions')}</dt>
            <dd>{tested.join(', ')}</dd>
          </div>
        )}
        {conditions.length > 0 && (
          <div>
            <dt>{t('trialCard.conditions')}</dt>
            <dd>{conditions.join(', ')}</dd>
          </div>
        )}
        {forWhom.length > 0 && (
          <div>
            <dt>{t('trialCard.forWhom')}</dt>
            <dd>{forWhom.join(' · ')}</dd>
          </div>
        )}
        {siteCount > 0 && (
          <div>
            <dt>{t('trialCard.where')}</dt>
            <dd>
              {[
                places.slice(0, shownPlaces).join('; '),
                places.length > shownPlaces
                  ? t('trialCard.moreSites', { count: places.length - shownPlaces })
                  : '',
              ]
                .filter(Boolean)
                .join(' ')}
              {places.length > 0 ? ' ' : ''}({t('trialCard.siteCount', { count: siteCount })})
            </dd>
          </div>
        )}
        {trial.dates?.lastUpdated && (
          <div>
            <dt>{t('trialCard.lastUpdated')}</dt>
            <dd>{formatDate(trial.dates.lastUpdated)}</dd>
          </div>
        )}
      </dl>
      {(registryLink || props.onSelect) && (
        <p className="nrw-trial-card__actions">
          {registryLink && (
            <a href={registryLink} className="nrw-trial-card__registry">
              {t('trialCard.registryLink', {
                id: primary.id,
                registry: registryName(primary, locale),
              })}
            </a>
          )}
          {props.onSelect && (
            <button
              type="button"
              aria-describedby={headingId}
              onClick={() => props.onSelect?.(trial)}
            >
              {t('trialCard.showDetails')}
            </button>
          )}
        </p>
      )}
    </article>
  );
}
