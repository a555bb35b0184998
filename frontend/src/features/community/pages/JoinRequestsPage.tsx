import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { Alert, Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { RequireRole } from '../../../auth/RequireRole';
import { locale } from '../../../i18n';
import { controlProps, Field } from '../../../shared/form/fields';
import { Pagination } from '../../../shared/Pagination';
import { errorMessage, QueryError } from '../../../shared/QueryError';
import { usePageParam } from '../../../shared/hooks/usePageParam';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useDecideJoinRequest, useJoinRequests, type JoinRequest, type JoinRequestStatus } from '../api';
import { Confirmation } from '../../../shared/Confirmation';

const FILTERS: readonly (JoinRequestStatus | 'ALL')[] = ['PENDING', 'APPROVED', 'DECLINED', 'ALL'];

function Decision({ request, onDone }: { request: JoinRequest; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const decide = useDecideJoinRequest();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const send = async (approve: boolean, event?: FormEvent) => {
    event?.preventDefault();
    setFailure(null);
    try {
      await decide.mutateAsync({ id: request.id, approve, reason: reason.trim() });
      onDone(t(approve ? 'community.join.approved' : 'community.join.declined', { name: request.name }));
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  return (
    <div className="hub-decision">
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {declining ? (
        <form className="hub-form" onSubmit={(e) => void send(false, e)} noValidate
          aria-label={`${t('community.join.decline')}: ${request.name}`}>
          <Field id={`${ids}-reason`} label={t('community.join.reason')}>
            <textarea {...controlProps(`${ids}-reason`, {})} className="utrecht-textarea utrecht-textarea--html-textarea" rows={3}
              maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={decide.isPending}>
              {t('community.join.confirmDecline')}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => setDeclining(false)}>
              {t('community.join.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <ButtonGroup>
          <Button appearance="primary-action-button" disabled={decide.isPending} onClick={() => void send(true)}
            aria-label={`${t('community.join.approve')}: ${request.name}`}>
            {t('community.join.approve')}
          </Button>
          <Button appearance="secondary-action-button" disabled={decide.isPending} onClick={() => setDeclining(true)}
            aria-label={`${t('community.join.decline')}: ${request.name}`}>
            {t('community.join.decline')}
          </Button>
        </ButtonGroup>
      )}
    </div>
  );
}

function Inbox() {
  const { t } = useTranslation();
  const ids = useId();
  const { page, hrefFor } = usePageParam();
  const [filter, setFilter] = useState<JoinRequestStatus | 'ALL'>('PENDING');
  const [done, setDone] = useState<string | null>(null);
  const { data, error, isPending, refetch } = useJoinRequests(filter, page);
  const date = new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  return (
    <>
      <Heading1>{t('community.join.inboxTitle')}</Heading1>
      <Paragraph>{t('community.join.inboxIntro')}</Paragraph>
      <Confirmation message={done} />
      <Field id={`${ids}-filter`} label={t('community.join.filter')}>
        <select id={`${ids}-filter`} className="utrecht-select utrecht-select--html-select" value={filter}
          onChange={(e) => setFilter(e.target.value as JoinRequestStatus | 'ALL')}>
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {f === 'ALL' ? t('community.join.all') : t(`community.join.status.${f}`)}
            </option>
          ))}
        </select>
      </Field>
      {isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('community.join.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <ul className="hub-cards" aria-label={t('community.join.inboxTitle')}>
          {data.items.map((request) => (
            <li key={request.id} className="hub-card">
              <h2 className="utrecht-heading-3 hub-card__title">{request.name}</h2>
              <p className="hub-muted">
                <a href={`mailto:${request.email}`}>{request.email}</a> ·{' '}
                {request.organization ? request.organization.name : t('community.join.newOrg', { name: request.newOrganization?.name ?? '' })}
                {request.newOrganization && !request.organization && (
                  <>
                    {' '}· {t(`community.orgType.${request.newOrganization.type}`)} · {t(`shared.province.${request.newOrganization.province}`)}
                    {request.newOrganization.kvkNumber && <> · KvK {request.newOrganization.kvkNumber}</>}
                  </>
                )}
              </p>
              <Paragraph>{request.motivation}</Paragraph>
              <p className="hub-muted">
                {request.status === 'PENDING'
                  ? t('community.join.received', { date: date.format(new Date(request.createdAt)) })
                  : t('community.join.decided', {
                      status: t(`community.join.status.${request.status}`),
                      date: request.decidedAt ? date.format(new Date(request.decidedAt)) : '',
                      name: request.decidedBy ?? '',
                    })}
                {request.declineReason && <> — “{request.declineReason}”</>}
              </p>
              {request.status === 'PENDING' && <Decision request={request} onDone={setDone} />}
            </li>
          ))}
        </ul>
      )}
      {data && <Pagination page={page} totalPages={data.totalPages} hrefFor={hrefFor} />}
    </>
  );
}

/** Staff: the join requests, to approve (Keycloak account + invitation) or decline (answer by e-mail). */
export default function JoinRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('community.join.inboxTitle'));
  return (
    <RequireRole roles={['staff']}>
      <Inbox />
    </RequireRole>
  );
}
