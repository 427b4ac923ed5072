import type { ComponentType } from 'react';
import type { PageId } from '../site/routes';
import type { PageProps } from '../site/Site';

/** Each page's module, loaded on demand: a page's script holds only the widgets it shows. */
export const pageModules: Record<PageId, () => Promise<{ default: ComponentType<PageProps> }>> = {
  overview: () => import('./Overview'),
  research: () => import('./Research'),
  actors: () => import('./Actors'),
  data: () => import('./DataSources'),
  accessibility: () => import('./Accessibility'),
};
