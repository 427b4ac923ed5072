import type { Actor } from '@nrw-health/core';
import { useId } from 'react';
import type { NrwHealth } from '../provider/use-nrw-health';
import { Heading, type HeadingLevel } from '../trial-card/Heading';
import { kindText, placeText, specialityTexts, topicTexts, websiteOf } from './describe';
import { actorName, localized } from './filter';

/** One actor at a glance: name, kind, place, topics, study centre, and its profile button. */
export function ActorCard(props: {
  readonly actor: Actor;
  readonly headingLevel: HeadingLevel;
  readonly helpers: NrwHealth;
  readonly onShowProfile: (actor: Actor) => void;
}) {
  const { actor, helpers } = props;
  const { t, locale } = helpers;
  const headingId = useId();
  const name = actorName(actor, locale);
  const short = localized(actor.shortName, locale);
  const kind = kindText(actor, locale);
  const place = placeText(actor, locale);
  const topicList = topicTexts(actor, locale);
  const specialities = specialityTexts(actor, locale);
  const description = localized(actor.description, locale);
  const website = websiteOf(actor);

  return (
    <article className="nrw-actor-directory__card" aria-labelledby={headingId}>
      <Heading level={props.headingLevel} id={headingId} className="nrw-actor-directory__name">
        <span lang={name.lang}>{name.text}</span>
        {short && short.text !== name.text && <span lang={short.lang}>{` (${short.text})`}</span>}
      </Heading>
      {kind && <p className="nrw-actor-directory__kind">{kind}</p>}
      <dl className="nrw-actor-directory__facts">
        {place && (
          <div>
            <dt>{t('actorDirectory.place')}</dt>
            <dd>{place}</dd>
          </div>
        )}
        {topicList.length > 0 && (
          <div>
            <dt>{t('actorDirectory.topics')}</dt>
            <dd>{topicList.join(', ')}</dd>
          </div>
        )}
        {actor.studyCentre && (
          <div>
            <dt>{t('actorDirectory.studyCentre')}</dt>
            <dd>
              {specialities.length > 0
                ? specialities.map((speciality, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: specialities may repeat
                    <span key={index} lang={speciality.lang}>
                      {index > 0 ? ', ' : ''}
                      {speciality.text}
                    </span>
                  ))
                : t('actorDirectory.yes')}
            </dd>
          </div>
        )}
        {website && (
          <div>
            <dt>{t('actorDirectory.website')}</dt>
            <dd>{website.href ? <a href={website.href}>{website.text}</a> : website.text}</dd>
          </div>
        )}
      </dl>
      {description && (
        <p className="nrw-actor-directory__description" lang={description.lang}>
          {description.text}
        </p>
      )}
      <p className="nrw-actor-directory__actions">
        <button
          type="button"
          className="nrw-actor-directory__profile-button"
          aria-describedby={headingId}
          onClick={() => props.onShowProfile(actor)}
        >
          {t(actor.studyCentre ? 'actorDirectory.showStudyCentre' : 'actorDirectory.showProfile')}
        </button>
      </p>
    </article>
  );
}
