import { useTranslation } from '../i18n';
import { Link } from './links';

/** Page numbers to show: first, last, and a window around the current page, with gaps as null. */
export function pageWindow(current: number, total: number): (number | null)[] {
  const pages = new Set<number>([1, total, current - 1, current, current + 1]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= total).sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const p of sorted) {
    const last = result[result.length - 1];
    if (typeof last === 'number' && p - last > 1) result.push(null);
    result.push(p);
  }
  return result;
}

/** Paging as real links (each page has its own shareable URL). */
export function Pagination({ page, totalPages, hrefFor }: { page: number; totalPages: number; hrefFor: (page: number) => string }) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={t('shared.pagination')} className="hub-pagination">
      <ul className="hub-pagination__list">
        {page > 1 && (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev" className="hub-pagination__link">
              <span aria-hidden="true">‹ </span>
              {t('shared.previous')}
            </Link>
          </li>
        )}
        {pageWindow(page, totalPages).map((p, index) =>
          p === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="hub-pagination__gap">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                to={hrefFor(p)}
                className="hub-pagination__link"
                aria-current={p === page ? 'page' : undefined}
                aria-label={t('shared.page', { page: p })}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <Link to={hrefFor(page + 1)} rel="next" className="hub-pagination__link">
              {t('shared.next')}
              <span aria-hidden="true"> ›</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
