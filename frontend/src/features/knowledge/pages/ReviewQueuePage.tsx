import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n';
import { Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { RequireRole } from '../../../auth/RequireRole';
import { isApiError } from '../../../api/ApiError';
import { Link } from '../../../shared/links';
import { QueryError, errorMessage } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { usePageParam } from '../../../shared/hooks/usePageParam';
import { Pagination } from '../../../shared/Pagination';
import { useChangeStatus, useReviewQueue } from '../api';
import { formatDate, useKnowledgeLabels } from '../labels';
import type { KnowledgeItemSummary } from '../model';
import { Confirmation } from '../../../shared/Confirmation';

function QueueItem({ item, onDone }: { item: KnowledgeItemSummary; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const changeStatus = useChangeStatus();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const decide = async (status: 'PUBLISHED' | 'DRAFT') => {
    setError(null);
    if (!comment.trim()) {
      setError(t('knowledge.actions.commentRequired'));
      document.getElementById(`${id}-comment`)?.focus();
      return;
    }
    try {
      await changeStatus.mutateAsync({ id: item.id, status, comment: comment.trim() });
      onDone(
        t('knowledge.review.done', {
          title: item.title,
          action: status === 'PUBLISHED' ? t('knowledge.review.published') : t('knowledge.review.sentBack'),
        }),
      );
    } catch (e) {
      const fieldError = isApiError(e) ? e.fieldErrors.find((f) => f.field === 'comment') : undefined;
      setError(fieldError?.message ?? errorMessage(e, t));
    }
  };

  return (
    <li className="hub-queue__item">
      <article aria-labelledby={`${id}-title`}>
        <h2 className="utrecht-heading-3 hub-queue__title" id={`${id}-title`}>
          <Link to={`/kennisbank/${item.id}`}>{item.title}</Link>
        </h2>
        <p className="hub-result__meta">
          {labels.type(item.type)}
          {item.submittedBy?.name &&
            ` · ${t('knowledge.review.submitted', { name: item.submittedBy.name, date: formatDate(item.updatedAt) })}`}
        </p>
        <Paragraph>{item.summary}</Paragraph>
        <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
          <label htmlFor={`${id}-comment`} className="utrecht-form-label">
            {t('knowledge.review.commentFor', { title: item.title })}
          </label>
          {error && (
            <p id={`${id}-error`} className="utrecht-form-field-error-message">
              {error}
            </p>
          )}
          <textarea
            id={`${id}-comment`}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={2}
            maxLength={2000}
            value={comment}
            aria-required="true"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        <ButtonGroup>
          {item.allowedTransitions.includes('PUBLISHED') && (
            <Button
              appearance="primary-action-button"
              disabled={changeStatus.isPending}
              onClick={() => void decide('PUBLISHED')}
              aria-describedby={`${id}-title`}
            >
              {t('knowledge.actions.publish')}
            </Button>
          )}
          {item.allowedTransitions.includes('DRAFT') && (
            <Button
              appearance="secondary-action-button"
              disabled={changeStatus.isPending}
              onClick={() => void decide('DRAFT')}
              aria-describedby={`${id}-title`}
            >
              {t('knowledge.actions.sendBack')}
            </Button>
          )}
        </ButtonGroup>
      </article>
    </li>
  );
}

function ReviewQueue() {
  const { t } = useTranslation();
  usePageTitle(t('knowledge.review.title'));
  const { page, hrefFor } = usePageParam();
  const { data, error, isPending, refetch } = useReviewQueue(page - 1);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <Heading1>{t('knowledge.review.title')}</Heading1>
      <Paragraph appearance="lead">{t('knowledge.review.intro')}</Paragraph>
      <Confirmation message={message} />
      {isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('knowledge.review.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <ol className="hub-queue">
          {data.items.map((item) => (
            <QueueItem key={item.id} item={item} onDone={setMessage} />
          ))}
        </ol>
      )}
      {data && <Pagination page={page} totalPages={data.totalPages} hrefFor={hrefFor} />}
    </>
  );
}

export default function ReviewQueuePage() {
  return (
    <RequireRole roles={['staff']}>
      <ReviewQueue />
    </RequireRole>
  );
}
