import type { Locale, Trial } from '@nrw-health/core';
import { NrwHealthProvider } from '@nrw-health/react';
import type { ReactNode } from 'react';
import { Layout } from './Layout';
import type { PageId } from './routes';
import type { SiteData } from './site-data';

/** What a page gets: the language, the build's data and, on the research page, the trials. */
export interface PageProps {
  readonly locale: Locale;
  readonly site: SiteData;
  /** The trial finder's listing: loaded before hydration; undefined when it failed to load. */
  readonly trials?: readonly Trial[];
}

/**
 * A whole page: the kit's provider (locale, the build time as "now", Berlin time, so server and
 * browser format alike), the frame, and the page's content.
 */
export function Site(props: PageProps & { readonly page: PageId; readonly children: ReactNode }) {
  return (
    <NrwHealthProvider locale={props.locale} now={props.site.builtAt} timeZone="Europe/Berlin">
      <Layout
        page={props.page}
        locale={props.locale}
        builtAt={props.site.builtAt}
        builtOn={props.site.builtOn}
      >
        {props.children}
      </Layout>
    </NrwHealthProvider>
  );
}
