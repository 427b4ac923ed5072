import type { Locale } from '@nrw-health/core';
import type { ReactNode } from 'react';
import { type PageId, pageIds, pagePath } from './routes';
import { textsFor } from './texts';

/**
 * The frame of every page: a skip link, the site's name, the main navigation, the link to the
 * same page in the other language, and the footer. Plain links, so everything works before (and
 * without) JavaScript.
 */
export function Layout(props: {
  readonly page: PageId;
  readonly locale: Locale;
  readonly builtAt: string;
  readonly builtOn: Readonly<Record<Locale, string>>;
  readonly children: ReactNode;
}) {
  const { page, locale } = props;
  const text = textsFor(locale);
  const other: Locale = locale === 'en' ? 'de' : 'en';
  return (
    <>
      <a className="site-skip" href="#main">
        {text.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-brand">
            <a href={pagePath('overview', locale)}>{text.siteName}</a>
            <span className="site-brand__tagline">{text.tagline}</span>
          </p>
          <a className="site-language" href={pagePath(page, other)} hrefLang={other} lang={other}>
            {text.otherLanguage}
          </a>
        </div>
        <nav className="site-nav" aria-label={text.navLabel}>
          <ul>
            {pageIds.map((id) => (
              <li key={id}>
                <a href={pagePath(id, locale)} aria-current={id === page ? 'page' : undefined}>
                  {text.pages[id]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {props.children}
      </main>
      <footer className="site-footer">
        <p>{text.footer.builtWith}</p>
        <p>{text.footer.figures}</p>
        <p>
          {text.footer.built} <time dateTime={props.builtAt}>{props.builtOn[locale]}</time>
        </p>
      </footer>
    </>
  );
}
