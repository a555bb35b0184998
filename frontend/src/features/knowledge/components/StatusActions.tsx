import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from '../../../i18n';
import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { errorMessage } from '../../../shared/QueryError';
import { isApiError } from '../../../api/ApiError';
import { useChangeStatus, useDeleteItem } from '../api';
import { useKnowledgeLabels } from '../labels';
import { allows, type ItemStatus, type KnowledgeItem } from '../model';

type Action = { kind: 'status'; to: ItemStatus; label: string } | { kind: 'delete'; label: string };

/** The name of the action that moves an item from one status to another. */
export function actionKey(from: ItemStatus, to: ItemStatus): string {
  if (to === 'PUBLISHED') return 'knowledge.actions.publish';
  if (to === 'ARCHIVED') return 'knowledge.actions.archive';
  if (to === 'IN_REVIEW') return 'knowledge.actions.submit';
  return from === 'IN_REVIEW' ? 'knowledge.actions.sendBack' : 'knowledge.actions.restore';
}

/** Workflow actions on an item, as the API allows them (allowedTransitions, DELETE): each confirmed, transitions with a comment. */
export function StatusActions({ item, onChanged }: { item: KnowledgeItem; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const navigate = useNavigate();
  const changeStatus = useChangeStatus();
  const deleteItem = useDeleteItem();
  const [action, setAction] = useState<Action | null>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();

  useEffect(() => {
    if (action) headingRef.current?.focus();
  }, [action]);

  // Exactly what the API allows this caller now: its transitions, and delete.
  const actions: Action[] = [
    ...item.allowedTransitions.map(
      (to): Action => ({ kind: 'status', to, label: t(actionKey(item.status as ItemStatus, to)) }),
    ),
    ...(allows(item, 'DELETE') ? [{ kind: 'delete', label: t('knowledge.actions.delete') } as const] : []),
  ];

  const start = (next: Action) => {
    setAction(next);
    setComment('');
    setCommentError(null);
    setFailure(null);
  };

  const confirm = async () => {
    if (!action) return;
    setFailure(null);
    if (action.kind === 'delete') {
      try {
        await deleteItem.mutateAsync(item.id);
        navigate('/kennisbank', { state: { flash: t('knowledge.actions.deleted') } });
      } catch (error) {
        setFailure(errorMessage(error, t));
      }
      return;
    }
    if (!comment.trim()) {
      setCommentError(t('knowledge.actions.commentRequired'));
      return;
    }
    try {
      await changeStatus.mutateAsync({ id: item.id, status: action.to, comment: comment.trim() });
      setAction(null);
      onChanged(t('knowledge.actions.done', { status: labels.status(action.to) }));
    } catch (error) {
      const fieldError = isApiError(error) ? error.fieldErrors.find((e) => e.field === 'comment') : undefined;
      if (fieldError) setCommentError(fieldError.message);
      else setFailure(errorMessage(error, t));
    }
  };

  const busy = changeStatus.isPending || deleteItem.isPending;

  return (
    <div className="hub-actions">
      <Paragraph>{t('knowledge.actions.intro')}</Paragraph>
      <ButtonGroup>
        {actions.map((a) => (
          <Button
            key={a.kind === 'status' ? a.to : 'delete'}
            appearance={a.kind === 'status' && a.to === 'PUBLISHED' ? 'primary-action-button' : 'secondary-action-button'}
            hint={a.kind === 'delete' ? 'danger' : undefined}
            onClick={() => start(a)}
            disabled={busy}
          >
            {a.label}
          </Button>
        ))}
      </ButtonGroup>
      {action && (
        <div className="hub-confirm" role="group" aria-labelledby={`${id}-title`}>
          <Heading3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
            {t('knowledge.actions.confirmTitle', { action: action.label })}
          </Heading3>
          {action.kind === 'delete' ? (
            <Paragraph>{t('knowledge.actions.deleteConfirm')}</Paragraph>
          ) : (
            <div className={`utrecht-form-field${commentError ? ' utrecht-form-field--invalid' : ''}`}>
              <label htmlFor={`${id}-comment`} className="utrecht-form-label">
                {t('knowledge.actions.comment')} *
              </label>
              <p id={`${id}-hint`} className="utrecht-form-field-description">
                {t('knowledge.actions.commentHint')}
              </p>
              {commentError && (
                <p id={`${id}-error`} className="utrecht-form-field-error-message">
                  {commentError}
                </p>
              )}
              <textarea
                id={`${id}-comment`}
                className="utrecht-textarea utrecht-textarea--html-textarea"
                rows={3}
                maxLength={2000}
                value={comment}
                aria-required="true"
                aria-invalid={commentError ? true : undefined}
                aria-describedby={`${id}-hint${commentError ? ` ${id}-error` : ''}`}
                onChange={(event) => setComment(event.target.value)}
              />
            </div>
          )}
          {failure && (
            <Alert type="error" role="alert">
              <Paragraph>{failure}</Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              hint={action.kind === 'delete' ? 'danger' : undefined}
              onClick={() => void confirm()}
              disabled={busy}
              busy={busy}
            >
              {t('knowledge.actions.confirm', { action: action.label.toLowerCase() })}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setAction(null)} disabled={busy}>
              {t('knowledge.actions.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </div>
  );
}
