import { useTranslation } from '../../../i18n';
import { Link } from '../../../shared/links';
import type { KnowledgeLabels } from '../labels';
import type { KnowledgeItemSummary } from '../model';
import { Highlight } from './Highlight';
import { ItemStatusBadge } from './ItemStatusBadge';

/**
 * One search result. The list passes the labels in: each row asking for them itself meant a theme query observer
 * per row (20 on a page), a measurable part of drawing the results on a phone.
 */
export function ResultItem({ item, labels, showStatus = false }: {
  item: KnowledgeItemSummary;
  labels: KnowledgeLabels;
  showStatus?: boolean;
}) {
  const { t } = useTranslation();
  const meta = [labels.type(item.type), item.publicationYear ? String(item.publicationYear) : null, item.publisher]
    .filter(Boolean)
    .join(' · ');
  return (
    <li className="hub-result">
      <article aria-labelledby={`result-${item.id}`}>
        <h3 className="utrecht-heading-3 hub-result__title" id={`result-${item.id}`}>
          <Link to={`/kennisbank/${item.id}`}>{item.title}</Link>
        </h3>
        <p className="hub-result__meta">
          {meta}
          {showStatus && item.status !== 'PUBLISHED' && (
            <>
              {' '}
              <ItemStatusBadge status={item.status} />
            </>
          )}
        </p>
        <p className="utrecht-paragraph hub-result__snippet">
          {item.highlight ? <Highlight snippet={item.highlight} /> : item.summary}
        </p>
        {item.themes.length > 0 && (
          <ul className="hub-tags" aria-label={t('knowledge.item.themes')}>
            {item.themes.map((code) => (
              <li key={code} className="hub-tag">
                {labels.theme(code)}
              </li>
            ))}
          </ul>
        )}
      </article>
    </li>
  );
}
