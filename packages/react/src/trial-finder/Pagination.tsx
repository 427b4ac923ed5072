import { useNrwHealth } from '../provider/use-nrw-health';
import { trialFinderMessages } from './messages';
import { pageItems } from './state';

export interface PaginationProps {
  /** The current page, from 1. */
  readonly page: number;
  readonly pageCount: number;
  readonly onPage: (page: number) => void;
}

/**
 * A `nav` of page buttons: previous and next in words, the first, last, current and
 * neighbouring pages by number ("Page 3" to a screen reader), the current one `aria-current`.
 */
export function Pagination(props: PaginationProps) {
  const { t, formatNumber } = useNrwHealth(trialFinderMessages);
  const { page, pageCount, onPage } = props;
  return (
    <nav className="nrw-trial-finder__pages" aria-label={t('trialFinder.pages')}>
      <ul>
        {page > 1 ? (
          <li>
            <button
              type="button"
              className="nrw-trial-finder__step"
              onClick={() => onPage(page - 1)}
            >
              <span aria-hidden="true">‹ </span>
              {t('trialFinder.previousPage')}
            </button>
          </li>
        ) : null}
        {pageItems(page, pageCount).map((item, at) =>
          item === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity but its place
            <li key={`gap-${at}`} className="nrw-trial-finder__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <button
                type="button"
                className="nrw-trial-finder__page"
                aria-label={t('trialFinder.page', { page: item })}
                aria-current={item === page ? 'page' : undefined}
                onClick={() => onPage(item)}
              >
                {formatNumber(item)}
              </button>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <button
              type="button"
              className="nrw-trial-finder__step"
              onClick={() => onPage(page + 1)}
            >
              {t('trialFinder.nextPage')}
              <span aria-hidden="true"> ›</span>
            </button>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
