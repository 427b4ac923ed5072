import {
  type Actor,
  type ActorIdentifier,
  healthEconomySectors,
  type Locale,
  trialPhases,
} from '@nrw-health/core';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import type { NrwHealth } from '../provider/use-nrw-health';
import { safeHref } from '../shared/url';
import { kindText, placeText, specialityTexts, topicTexts, websiteOf } from './describe';
import { actorName, localized } from './filter';

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

function Facts(props: { readonly rows: readonly (readonly [string, ReactNode] | false)[] }) {
  const rows = props.rows.filter((row): row is readonly [string, ReactNode] => row !== false);
  if (rows.length === 0) return null;
  return (
    <dl className="nrw-actor-directory__facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An identifier as a reader knows it; a ROR ID links to its record at ror.org. */
function identifierText(identifier: ActorIdentifier, helpers: NrwHealth): ReactNode {
  switch (identifier.scheme) {
    case 'ik':
      return `IK ${identifier.value}`;
    case 'ror': {
      const href = safeHref(`https://ror.org/${encodeURIComponent(identifier.value)}`);
      return <a href={href}>{`ROR ${identifier.value}`}</a>;
    }
    case 'telematik-id':
      return `Telematik-ID ${identifier.value}`;
    case 'hospital-site':
      return `${helpers.t('actorDirectory.hospitalSite')} ${identifier.value}`;
    case 'register':
      return `${identifier.court}, ${identifier.number}`;
    case 'website': {
      const href = safeHref(identifier.url);
      return href ? <a href={href}>{identifier.url}</a> : identifier.url;
    }
    case 'other':
      return `${identifier.value} (${identifier.system})`;
    default:
      return null;
  }
}

const countryName = (code: string, locale: Locale) => {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** Street lines, postal code and city, district, and the country when it is not Germany. */
function addressLines(actor: Actor, locale: Locale): string[] {
  const address = actor.address;
  if (!address) return [];
  const lines = Array.isArray(address.lines) ? address.lines.filter(isText) : [];
  const town = [address.postalCode, placeText(actor, locale)].filter(isText).join(' ');
  const country =
    isText(address.country) && address.country !== 'DE'
      ? countryName(address.country, locale)
      : undefined;
  return [...lines, town, country].filter(isText);
}

function List(props: { readonly items: readonly ReactNode[] }) {
  return props.items.length === 1 ? (
    props.items[0]
  ) : (
    <ul>
      {props.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity of their own
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * The actor's whole profile, the study-centre profile first where it has one, in a native modal
 * `<dialog>`: `showModal()` makes the page inert and moves focus in; Escape, the close button or
 * a click on the backdrop close it, and focus returns to the button that opened it. Rendered
 * closed (also on the server) and opened in an effect, so server and client HTML agree.
 */
export function ProfileDialog(props: {
  readonly actor: Actor;
  /** Names of the other actors, by id, for memberships. */
  readonly names: ReadonlyMap<string, { text: string; lang: string | undefined }>;
  readonly helpers: NrwHealth;
  readonly onClose: () => void;
}) {
  const { actor, helpers, names } = props;
  const { t, locale, formatNumber, formatDate } = helpers;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Where focus was when the profile opened: the card's or the table's button.
    const opener = document.activeElement;
    // Escape and a backdrop click fire `cancel`, then `close`; the close button calls close().
    const closed = () => onClose.current();
    dialog.addEventListener('close', closed);
    if (!dialog.open) dialog.showModal();
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
      // Explicitly: the dialog leaves the DOM with the profile, and the browser's own return
      // of focus does not cover that.
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) {
        opener.focus();
      }
    };
  }, []);

  const name = actorName(actor, locale);
  const short = localized(actor.shortName, locale);
  const description = localized(actor.description, locale);
  const centre = actor.studyCentre;
  const specialities = specialityTexts(actor, locale);
  const experience = centre?.experience;
  const phases = Array.isArray(centre?.phases) ? centre.phases.filter(isText) : [];
  const topicList = topicTexts(actor, locale);
  const sectors = (Array.isArray(actor.sectors) ? actor.sectors : [])
    .filter(isText)
    .map((code) => healthEconomySectors.label(code, locale));
  const competences = (Array.isArray(actor.competences) ? actor.competences : [])
    .map((text) => localized(text, locale))
    .filter((text) => text !== undefined);
  const memberships = (Array.isArray(actor.memberships) ? actor.memberships : [])
    .filter(isText)
    .map((id) => names.get(id) ?? { text: id, lang: undefined });
  const identifiers = (Array.isArray(actor.identifiers) ? actor.identifiers : [])
    .map((identifier) => (identifier ? identifierText(identifier, helpers) : null))
    .filter((node) => node !== null);
  const address = addressLines(actor, locale);
  const website = websiteOf(actor);
  const sources = Array.isArray(actor.provenance?.sources) ? actor.provenance.sources : [];

  return (
    <dialog
      ref={ref}
      className="nrw-actor-directory__modal"
      aria-labelledby={titleId}
      closedby="any"
    >
      <div className="nrw-actor-directory__dialog">
        <div className="nrw-actor-directory__dialog-header">
          <h2 id={titleId} className="nrw-actor-directory__dialog-title">
            <span lang={name.lang}>{name.text}</span>
            {short && short.text !== name.text && (
              <span lang={short.lang}>{` (${short.text})`}</span>
            )}
          </h2>
          <button
            type="button"
            className="nrw-actor-directory__close"
            onClick={() => ref.current?.close()}
          >
            {t('actorDirectory.close')}
          </button>
        </div>
        {kindText(actor, locale) && (
          <p className="nrw-actor-directory__kind">{kindText(actor, locale)}</p>
        )}
        {description && (
          <p className="nrw-actor-directory__description" lang={description.lang}>
            {description.text}
          </p>
        )}
        {centre && (
          <section className="nrw-actor-directory__centre">
            <h3>{t('actorDirectory.studyCentre')}</h3>
            <Facts
              rows={[
                specialities.length > 0 && [
                  t('actorDirectory.specialities'),
                  <List
                    key="specialities"
                    items={specialities.map((speciality, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: specialities may repeat
                      <span key={index} lang={speciality.lang}>
                        {speciality.text}
                      </span>
                    ))}
                  />,
                ],
                phases.length > 0 && [
                  t('actorDirectory.phases'),
                  phases.map((phase) => trialPhases.label(phase, locale)).join(', '),
                ],
                typeof experience?.since === 'number' && [
                  t('actorDirectory.trialsSince'),
                  String(experience.since),
                ],
                typeof experience?.trials === 'number' && [
                  t('actorDirectory.trialCount'),
                  formatNumber(experience.trials),
                ],
              ]}
            />
          </section>
        )}
        <section>
          {centre && <h3>{t('actorDirectory.organisation')}</h3>}
          <Facts
            rows={[
              address.length > 0 && [
                t('actorDirectory.address'),
                <span key="address" className="nrw-actor-directory__lines">
                  {address.join('\n')}
                </span>,
              ],
              typeof actor.founded === 'number' && [
                t('actorDirectory.founded'),
                String(actor.founded),
              ],
              topicList.length > 0 && [t('actorDirectory.topics'), topicList.join(', ')],
              competences.length > 0 && [
                t('actorDirectory.competences'),
                <List
                  key="competences"
                  items={competences.map((text, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: competences may repeat
                    <span key={index} lang={text.lang}>
                      {text.text}
                    </span>
                  ))}
                />,
              ],
              sectors.length > 0 && [t('actorDirectory.sectors'), sectors.join(', ')],
              memberships.length > 0 && [
                t('actorDirectory.memberships'),
                <List
                  key="memberships"
                  items={memberships.map((member, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: memberships may repeat
                    <span key={index} lang={member.lang}>
                      {member.text}
                    </span>
                  ))}
                />,
              ],
              identifiers.length > 0 && [
                t('actorDirectory.identifiers'),
                <List key="identifiers" items={identifiers} />,
              ],
              !!website && [
                t('actorDirectory.website'),
                website.href ? (
                  <a key="website" href={website.href}>
                    {website.text}
                  </a>
                ) : (
                  website.text
                ),
              ],
            ]}
          />
        </section>
        {sources.length > 0 && (
          <details className="nrw-actor-directory__sources">
            <summary>
              <h3>{t('actorDirectory.provenance')}</h3>
            </summary>
            <ul>
              {sources.map((source, index) => {
                const href = safeHref(source?.url);
                const parts = [
                  source?.title ?? source?.producer,
                  source?.locator,
                  source?.published &&
                    t('actorDirectory.published', { date: formatDate(source.published) }),
                  source?.retrieved &&
                    t('actorDirectory.retrieved', { date: formatDate(source.retrieved) }),
                ].filter(isText);
                const text = parts.join(', ');
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: sources are listed in record order
                  <li key={index}>{href ? <a href={href}>{text || href}</a> : text}</li>
                );
              })}
            </ul>
          </details>
        )}
      </div>
    </dialog>
  );
}
