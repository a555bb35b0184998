import { useDeferredValue, useId, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../../i18n';
import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { Flash } from '../../../shared/Flash';
import { BackLink, ButtonLink, Link } from '../../../shared/links';
import { NotFoundContent } from '../../../shared/NotFoundContent';
import { QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useKnowledgeItem, useRelatedItems } from '../api';
import { CitationButtons } from '../components/CitationButtons';
import { ItemHistory } from '../components/ItemHistory';
import { ItemStatusBadge } from '../components/ItemStatusBadge';
import { lazyComponent } from '../../../shared/lazyComponent';
import { StatusActions } from '../components/StatusActions';
import { formatDate, useKnowledgeLabels } from '../labels';
import { allows, type KnowledgeItem } from '../model';

// The Markdown renderer (react-markdown, ~36 KB gzip) loads beside the page, so the title and summary show first.
const MarkdownBody = lazyComponent(() => import('../components/MarkdownBody').then((m) => m.MarkdownBody));

function Details({ item }: { item: KnowledgeItem }) {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const rows: [string, ReactNode][] = [];
  const add = (label: string, value: ReactNode | undefined | null | false) => {
    if (value !== undefined && value !== null && value !== false && value !== '') rows.push([label, value]);
  };
  add(t('knowledge.item.authors'), item.authors.length > 0 && item.authors.join('; '));
  add(t('knowledge.item.publisher'), item.publisher);
  add(t('knowledge.item.year'), item.publicationYear);
  add(t('knowledge.item.language'), item.language && labels.language(item.language));
  add(t('knowledge.item.themes'), item.themes.length > 0 && item.themes.map(labels.theme).join(', '));
  add(t('knowledge.item.learningForms'), item.learningForms.length > 0 && item.learningForms.map(labels.learningForm).join(', '));
  add(t('knowledge.item.sectors'), item.sectors.length > 0 && item.sectors.join(', '));
  add(t('knowledge.item.targetGroups'), item.targetGroups.length > 0 && item.targetGroups.join(', '));
  add(t('knowledge.item.visibility'), item.visibility !== 'PUBLIC' && labels.visibility(item.visibility));
  add(
    t('knowledge.item.source'),
    item.url && (
      <a className="utrecht-link utrecht-link--html-a hub-break" href={item.url} rel="noopener noreferrer">
        {item.url}
      </a>
    ),
  );
  add(t('knowledge.item.submittedBy'), item.submittedBy?.name);
  add(t('knowledge.item.updatedAt'), formatDate(item.updatedAt));
  return (
    <dl className="hub-details">
      {rows.map(([label, value]) => (
        <div key={label} className="hub-details__row">
          <dt className="hub-details__key">{label}</dt>
          <dd className="hub-details__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Related({ id }: { id: string }) {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const { data: answer, isPending, error } = useRelatedItems(id);
  // drawn in a background render, like the item itself
  const data = useDeferredValue(answer);
  if (isPending || (!data && !error)) return <Paragraph>{t('app.loading')}</Paragraph>;
  if (error || !data || data.items.length === 0) return <Paragraph>{t('knowledge.item.noRelated')}</Paragraph>;
  return (
    <ul className="hub-related">
      {data.items.map((related) => (
        <li key={related.id} className="hub-related__item">
          <Link to={`/kennisbank/${related.id}`}>{related.title}</Link>
          <span className="hub-muted">
            {' '}
            · {labels.type(related.type)}
            {related.publicationYear ? ` · ${related.publicationYear}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default function ItemPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const { data: answer, error, isPending, refetch } = useKnowledgeItem(id);
  // the item is drawn in a background render that gives the browser room between its parts (one long task of drawing
  // the whole page after the answer was most of the page's blocking time on a phone)
  const data = useDeferredValue(answer);
  const [notice, setNotice] = useState<string | null>(null);
  const ids = useId();
  usePageTitle(data?.item.title ?? (isPending ? t('knowledge.title') : undefined));

  if (isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (isApiError(error) && error.status === 404) {
    return <NotFoundContent title={t('knowledge.item.notFoundTitle')} text={t('knowledge.item.notFound')} />;
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Paragraph role="status">{t('app.loading')}</Paragraph>;

  const { item } = data;
  // Buttons and workflow panels follow what the API says this caller may do with the item.
  const showWorkflow = allows(item, 'VIEW_HISTORY');
  const showActions = allows(item, 'CHANGE_STATUS') || allows(item, 'DELETE');

  return (
    <article className="hub-item" aria-labelledby={`${ids}-title`}>
      <BackLink to="/kennisbank">{t('knowledge.item.back')}</BackLink>
      <Flash />
      {notice && (
        <Alert type="ok" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <p className="hub-item__type">
        {labels.type(item.type)}
        {showWorkflow && (
          <>
            {' '}
            <ItemStatusBadge status={item.status} />
          </>
        )}
      </p>
      <Heading1 id={`${ids}-title`}>{item.title}</Heading1>
      <Paragraph appearance="lead">{item.summary}</Paragraph>
      {allows(item, 'UPDATE') && (
        <Paragraph>
          <ButtonLink to={`/kennisbank/${item.id}/bewerken`}>{t('knowledge.item.edit')}</ButtonLink>
        </Paragraph>
      )}

      <div className="hub-item__layout">
        <div className="hub-item__main">
          {item.body && (
            <section aria-labelledby={`${ids}-body`}>
              <Heading2 id={`${ids}-body`}>{t('knowledge.item.body')}</Heading2>
              <MarkdownBody source={item.body} />
            </section>
          )}
          <section aria-labelledby={`${ids}-cite`}>
            <Heading2 id={`${ids}-cite`}>{t('knowledge.item.cite')}</Heading2>
            <CitationButtons item={item} />
          </section>
          {showActions && (
            <section aria-labelledby={`${ids}-actions`} className="hub-panel">
              <Heading2 id={`${ids}-actions`}>{t('knowledge.actions.title')}</Heading2>
              <StatusActions item={item} onChanged={setNotice} />
            </section>
          )}
          {showWorkflow && (
            <section aria-labelledby={`${ids}-history`}>
              <Heading2 id={`${ids}-history`}>{t('knowledge.item.history')}</Heading2>
              <ItemHistory id={item.id} headingId={`${ids}-history`} />
            </section>
          )}
        </div>
        <aside className="hub-item__aside" aria-label={t('knowledge.item.details')}>
          <Heading2>{t('knowledge.item.details')}</Heading2>
          <Details item={item} />
          <Heading2>{t('knowledge.item.related')}</Heading2>
          <Related id={item.id} />
        </aside>
      </div>
    </article>
  );
}
