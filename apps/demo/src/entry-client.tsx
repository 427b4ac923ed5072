import '@nrw-health/tokens/tokens.css';
import '@nrw-health/react/styles.css';
import './site.css';
import type { Trial } from '@nrw-health/core';
import { startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { pageModules } from './pages';
import { type PageData, readPageData } from './site/page-data';
import { Site } from './site/Site';

/** The research page's listing, fetched (and preloaded by the page's head) before hydration. */
async function trialsOf({ page, site }: PageData): Promise<readonly Trial[] | undefined> {
  if (page !== 'research' || !site.trials.listingUrl) return undefined;
  try {
    const response = await fetch(site.trials.listingUrl);
    return response.ok ? ((await response.json()) as Trial[]) : undefined;
  } catch {
    return undefined; // the finder shows its error state
  }
}

async function hydrate() {
  const data = readPageData(document);
  const root = document.getElementById('root');
  if (!data || !root) return; // not a page of this site: leave the static HTML alone
  const [{ default: Page }, trials] = await Promise.all([pageModules[data.page](), trialsOf(data)]);
  const props = { locale: data.locale, site: data.site, ...(trials && { trials }) };
  // As a transition, hydration yields to the browser every few milliseconds instead of holding
  // the main thread until the whole page is interactive: the page stays responsive meanwhile.
  startTransition(() => {
    hydrateRoot(
      root,
      <Site page={data.page} {...props}>
        <Page {...props} />
      </Site>,
    );
  });
}

void hydrate();
