import {
  type Contact,
  contactRoles,
  type Locale,
  type LocalizedText,
  outcomeTypes,
  sponsorRoles,
  studyTypes,
  type Trial,
  type TrialDate,
  trialRegistries,
  trialStatuses,
} from '@nrw-health/core';
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/catalogue';
import { type NrwHealth, useNrwHealth } from '../provider/use-nrw-health';
import { safeHref } from '../shared/url';
import { Heading, type HeadingLevel, levelOf } from './Heading';
import { trialCardMessages } from './messages';
import {
  eligibilityFacts,
  langOf,
  mailto,
  phaseText,
  pickText,
  placeOf,
  registryHref,
  registryName,
  statusText,
  telHref,
} from './text';

export interface TrialDetailProps {
  readonly trial: Trial;
  /** Level of the trial's title, h2–h6 (default 2); its sections take the next level. */
  readonly headingLevel?: HeadingLevel;
  readonly className?: string;
}

/** A localized text from data, marked with its language when that is not the widget's. */
function Localized(props: { readonly text: LocalizedText | undefined; readonly locale: Locale }) {
  const picked = pickText(props.text, props.locale);
  if (!picked) return null;
  // pre-line keeps the registry's line breaks; the text stays text, never markup.
  return (
    <p className="nrw-trial-detail__text" lang={langOf(picked, props.locale)}>
      {picked.text}
    </p>
  );
}

function Facts(props: { readonly rows: readonly (readonly [string, ReactNode] | false)[] }) {
  const rows = props.rows.filter((row): row is readonly [string, ReactNode] => row !== false);
  if (rows.length === 0) return null;
  return (
    <dl className="nrw-trial-detail__facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function dateText(date: TrialDate | undefined, { t, formatDate }: NrwHealth) {
  if (!date) return undefined;
  const key: MessageKey =
    date.kind === 'actual' ? 'trialDetail.dateActual' : 'trialDetail.dateEstimated';
  return t(key, { date: formatDate(date.date) });
}

function ContactItem(props: { readonly contact: Contact; readonly helpers: NrwHealth }) {
  const { contact, helpers } = props;
  const { t, locale } = helpers;
  const email = mailto(contact.email);
  const phone = telHref(contact.phone);
  return (
    <li>
      <strong>{contactRoles.label(contact.role, locale)}</strong>
      {contact.name && <>: {contact.name}</>}
      {contact.affiliation && <>, {contact.affiliation}</>}
      {contact.address && <span className="nrw-trial-detail__line">{contact.address}</span>}
      {contact.email && (
        <span className="nrw-trial-detail__line">
          {t('trialDetail.email')}: {email ? <a href={email}>{contact.email}</a> : contact.email}
        </span>
      )}
      {contact.phone && (
        <span className="nrw-trial-detail__line">
          {t('trialDetail.phone')}: {phone ? <a href={phone}>{contact.phone}</a> : contact.phone}
        </span>
      )}
    </li>
  );
}

/**
 * A trial's full record for readers: titles, summary, status and phase as text, dates with
 * whether they happened, who may take part, contacts, sites, outcomes and where the data comes
 * from. Long texts fold away in native `<details>`.
 */
export function TrialDetail(props: TrialDetailProps) {
  const helpers = useNrwHealth(trialCardMessages);
  const { t, locale, formatDate, formatNumber } = helpers;
  const { trial } = props;
  const level = levelOf(props.headingLevel, 2);
  const sub = levelOf(level + 1, 3);
  const title = pickText(trial.title.public, locale);
  const scientific = pickText(trial.title.scientific, locale);
  const eligibility = trial.eligibility;
  const registryLink = registryHref(trial);
  const primary = trial.identifiers.primary;
  const { dates, enrolment } = trial;

  const section = (key: MessageKey, body: ReactNode, fold = false) => {
    const heading = t(key);
    return fold ? (
      <details className="nrw-trial-detail__fold">
        <summary>
          <Heading level={sub}>{heading}</Heading>
        </summary>
        {body}
      </details>
    ) : (
      <section>
        <Heading level={sub}>{heading}</Heading>
        {body}
      </section>
    );
  };

  const criteria: [MessageKey, LocalizedText | undefined][] = [
    ['trialDetail.inclusion', eligibility?.inclusion],
    ['trialDetail.exclusion', eligibility?.exclusion],
    ['trialDetail.criteria', eligibility?.criteria],
  ];

  return (
    <article
      className={['nrw', 'nrw-trial-detail', props.className].filter(Boolean).join(' ')}
      lang={locale}
    >
      <Heading level={level} lang={title && langOf(title, locale)}>
        {title?.text ?? primary.id}
      </Heading>
      <Facts
        rows={[
          !!scientific && [
            t('trialDetail.scientificTitle'),
            <span key="scientific" lang={langOf(scientific, locale)}>
              {scientific.text}
            </span>,
          ],
          !!trial.title.acronym && [t('trialDetail.acronym'), trial.title.acronym],
          [
            t('trialCard.status'),
            <span
              key="status"
              className={`nrw-trial-status nrw-trial-status--${trial.status.code}`}
            >
              {statusText(trial, locale)}
            </span>,
          ],
          !!trial.whyStopped && [t('trialDetail.whyStopped'), trial.whyStopped],
          !!trial.phase && [t('trialCard.phase'), phaseText(trial, locale)],
          [t('trialDetail.studyType'), studyTypes.label(trial.studyType.code, locale)],
        ]}
      />
      {trial.summary &&
        section('trialDetail.summary', <Localized text={trial.summary} locale={locale} />)}
      {dates &&
        section(
          'trialDetail.dates',
          <Facts
            rows={[
              !!dates.registered && [t('trialDetail.registered'), formatDate(dates.registered)],
              !!dates.start && [t('trialDetail.start'), dateText(dates.start, helpers)],
              !!dates.primaryCompletion && [
                t('trialDetail.primaryCompletion'),
                dateText(dates.primaryCompletion, helpers),
              ],
              !!dates.completion && [
                t('trialDetail.completion'),
                dateText(dates.completion, helpers),
              ],
              !!dates.lastUpdated && [t('trialCard.lastUpdated'), formatDate(dates.lastUpdated)],
            ]}
          />,
        )}
      {!!trial.conditions?.length &&
        section(
          'trialCard.conditions',
          <ul>
            {trial.conditions.map((condition, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a record may repeat a condition
              <li key={index}>{condition.text}</li>
            ))}
          </ul>,
        )}
      {!!trial.interventions?.length &&
        section(
          'trialCard.interventions',
          <ul>
            {trial.interventions.map((intervention, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a record may repeat an intervention
              <li key={index}>
                {intervention.name}
                {intervention.description && (
                  <span className="nrw-trial-detail__line">{intervention.description}</span>
                )}
              </li>
            ))}
          </ul>,
        )}
      {eligibility &&
        section(
          'trialDetail.eligibility',
          <>
            {eligibilityFacts(eligibility, helpers).length > 0 && (
              <ul>
                {eligibilityFacts(eligibility, helpers).map((fact) => (
                  <li key={fact}>{fact}</li>
                ))}
              </ul>
            )}
            {criteria.map(
              ([key, text]) =>
                text && (
                  <details key={key} className="nrw-trial-detail__fold">
                    <summary>{t(key)}</summary>
                    <Localized text={text} locale={locale} />
                  </details>
                ),
            )}
          </>,
        )}
      {enrolment &&
        (enrolment.target !== undefined || enrolment.actual !== undefined) &&
        section(
          'trialDetail.enrolment',
          <Facts
            rows={[
              enrolment.target !== undefined && [
                t('trialDetail.enrolmentTarget'),
                formatNumber(enrolment.target),
              ],
              enrolment.actual !== undefined && [
                t('trialDetail.enrolmentActual'),
                formatNumber(enrolment.actual),
              ],
            ]}
          />,
        )}
      {!!trial.sponsors?.length &&
        section(
          'trialDetail.sponsors',
          <ul>
            {trial.sponsors.map((sponsor, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a record may repeat a sponsor
              <li key={index}>
                {sponsor.name} ({sponsorRoles.label(sponsor.role, locale)})
              </li>
            ))}
          </ul>,
        )}
      {!!trial.contacts?.length &&
        section(
          'trialDetail.contacts',
          <ul>
            {trial.contacts.map((contact, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no identity of their own
              <ContactItem key={index} contact={contact} helpers={helpers} />
            ))}
          </ul>,
        )}
      {!!trial.sites?.length &&
        section(
          'trialDetail.sites',
          <ul>
            {trial.sites.map((site, index) => {
              const place = placeOf(site, locale);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: sites have no identity of their own
                <li key={index}>
                  {[site.facility, place, site.country].filter(Boolean).join(', ')}
                  {site.status && <> ({trialStatuses.label(site.status.code, locale)})</>}
                  {!!site.contacts?.length && (
                    <ul>
                      {site.contacts.map((contact, contactIndex) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: as above
                        <ContactItem key={contactIndex} contact={contact} helpers={helpers} />
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>,
          trial.sites.length > 5,
        )}
      {!!trial.outcomes?.length &&
        section(
          'trialDetail.outcomes',
          <ul>
            {trial.outcomes.map((outcome, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: outcomes have no identity of their own
              <li key={index}>
                <strong>{outcomeTypes.label(outcome.type, locale)}</strong>: {outcome.measure}
                {outcome.timeFrame && (
                  <span className="nrw-trial-detail__line">
                    {t('trialDetail.timeFrame', { timeFrame: outcome.timeFrame })}
                  </span>
                )}
                {outcome.description && (
                  <span className="nrw-trial-detail__line">{outcome.description}</span>
                )}
              </li>
            ))}
          </ul>,
          trial.outcomes.length > 3,
        )}
      {section(
        'trialDetail.provenance',
        <>
          <ul>
            {trial.provenance.sources.map((source, index) => {
              const href = safeHref(source.url);
              const name = source.registry
                ? trialRegistries.label(source.registry, locale)
                : (source.producer ?? source.title);
              const parts = [
                name,
                source.recordId && t('trialDetail.record', { id: source.recordId }),
                source.lastUpdated &&
                  `${t('trialCard.lastUpdated')}: ${formatDate(source.lastUpdated)}`,
              ].filter(Boolean);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: sources are listed in record order
                <li key={index}>
                  {href ? <a href={href}>{parts.join(', ') || href}</a> : parts.join(', ')}
                </li>
              );
            })}
          </ul>
          {registryLink && (
            <p>
              <a href={registryLink}>
                {t('trialCard.registryLink', {
                  id: primary.id,
                  registry: registryName(primary, locale),
                })}
              </a>
            </p>
          )}
        </>,
      )}
    </article>
  );
}
