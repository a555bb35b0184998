import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../../i18n';
import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { locale } from '../../../i18n';
import { Confirmation } from '../../../shared/Confirmation';
import { Flash } from '../../../shared/Flash';
import { FeatureSections } from '../../../shared/sections';
import { controlProps, Field } from '../../../shared/form/fields';
import { BackLink, ButtonLink, Link } from '../../../shared/links';
import { NotFoundContent } from '../../../shared/NotFoundContent';
import { errorMessage, QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { allows, useChangePilotStatus, usePilot, usePilotHistory, type Pilot, type PilotStatus } from '../api';
import { Journal } from '../components/Journal';

/** Staff: the moves the lifecycle allows from here; stopping asks why. */
function StatusActions({ pilot, onMoved }: { pilot: Pilot; onMoved: (status: PilotStatus) => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const change = useChangePilotStatus();
  const [stopping, setStopping] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | undefined>();
  const move = async (status: PilotStatus) => {
    setFailure(undefined);
    try {
      await change.mutateAsync({ id: pilot.id, status, reason: reason.trim() });
      setStopping(false);
      onMoved(status);
    } catch (error) {
      setFailure(isApiError(error) && error.fieldErrors.length > 0 ? error.fieldErrors[0].message : errorMessage(error, t));
    }
  };
  if (pilot.allowedTransitions.length === 0) return null;
  return (
    <div className="hub-decision">
      {failure && !stopping && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        {pilot.allowedTransitions.filter((s) => s !== 'STOPPED').map((status) => (
          <Button key={status} appearance="primary-action-button" disabled={change.isPending} onClick={() => void move(status)}>
            {t('pilots.page.move', { status: t(`pilots.status.${status}`) })}
          </Button>
        ))}
        {pilot.allowedTransitions.includes('STOPPED') && (
          <Button appearance="subtle-button" aria-expanded={stopping} onClick={() => setStopping((s) => !s)}>
            {t('pilots.page.confirmStop')}
          </Button>
        )}
      </ButtonGroup>
      {stopping && (
        <form className="hub-form" noValidate aria-label={t('pilots.page.confirmStop')}
          onSubmit={(e) => { e.preventDefault(); void move('STOPPED'); }}>
          <Field id={`${ids}-reason`} label={t('pilots.page.reason')} error={failure} required>
            <textarea {...controlProps(`${ids}-reason`, { error: failure, required: true })}
              className="utrecht-textarea utrecht-textarea--html-textarea" rows={3} maxLength={1000} value={reason}
              onChange={(e) => setReason(e.target.value)} />
          </Field>
          <Button type="submit" appearance="primary-action-button" disabled={change.isPending}>
            {t('pilots.page.confirmStop')}
          </Button>
        </form>
      )}
    </div>
  );
}

/** One pilot: what it tries, with whom, at what cost, what it builds on, and how it went. */
export default function PilotPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data: versioned, error, isPending, refetch } = usePilot(id);
  const data = versioned?.pilot;
  const history = usePilotHistory(id);
  const [moved, setMoved] = useState<string | null>(null);
  usePageTitle(data?.title ?? t('pilots.list.title'));
  if (isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (isApiError(error) && error.status === 404) {
    return <NotFoundContent title={t('pilots.page.notFoundTitle')} text={t('pilots.page.notFound')} />;
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const date = new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  const money = new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const type = data.interventionType;
  return (
    <article className="hub-item">
      <BackLink to="/pilots">{t('pilots.page.back')}</BackLink>
      <Flash />
      <Heading1>{data.title}</Heading1>
      <Paragraph appearance="lead">
        {t(`pilots.status.${data.status}`)} · <Link to={`/interventies/${type.code}`}>{i18n.language === 'en' ? type.labelEn : type.labelNl}</Link>
      </Paragraph>
      {data.stopReason && <Paragraph>{t('pilots.page.stopReason', { reason: data.stopReason })}</Paragraph>}
      <Confirmation message={moved} />
      {allows(data, 'UPDATE') && (
        <Paragraph>
          <ButtonLink to={`/pilots/${data.id}/wijzigen`} appearance="secondary">
            {t('pilots.page.edit')}
          </ButtonLink>
        </Paragraph>
      )}
      <StatusActions pilot={data} onMoved={(status) => setMoved(t('pilots.page.moved', { status: t(`pilots.status.${status}`) }))} />
      <Paragraph>{data.intervention}</Paragraph>
      <dl className="hub-details">
        <dt>{t('pilots.page.goal')}</dt>
        <dd>{data.goal}</dd>
        {data.hypothesis && (
          <>
            <dt>{t('pilots.page.hypothesis')}</dt>
            <dd>{data.hypothesis}</dd>
          </>
        )}
        {data.targetGroup && (
          <>
            <dt>{t('pilots.page.targetGroup')}</dt>
            <dd>{data.targetGroup}</dd>
          </>
        )}
        {data.contact && (
          <>
            <dt>{t('pilots.page.contact')}</dt>
            <dd>
              <Link to={`/gemeenschap/leden/${data.contact.memberId}`}>{data.contact.name}</Link>
            </dd>
          </>
        )}
        {data.startsOn && data.endsOn && (
          <>
            <dt>{t('pilots.page.period')}</dt>
            <dd>{t('pilots.list.period', { start: date.format(new Date(data.startsOn)), end: date.format(new Date(data.endsOn)) })}</dd>
          </>
        )}
        {data.costTotal != null && data.participantCount != null && data.costPerParticipant != null && (
          <>
            <dt>{t('pilots.page.cost')}</dt>
            <dd>{t('pilots.page.costLine', { total: money.format(data.costTotal), count: data.participantCount,
              perParticipant: money.format(data.costPerParticipant) })}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="pilot-organizations">
        <Heading2 id="pilot-organizations">{t('pilots.page.organizations')}</Heading2>
        <ul aria-labelledby="pilot-organizations">
          {data.organizations.map((o) => (
            <li key={o.organizationId}>
              <Link to={`/gemeenschap/organisaties/${o.organizationId}`}>{o.name}</Link> · {t(`pilots.role.${o.role}`)}
            </li>
          ))}
        </ul>
      </section>
      {data.knowledgeItems.length > 0 && (
        <section aria-labelledby="pilot-knowledge">
          <Heading2 id="pilot-knowledge">{t('pilots.page.knowledge')}</Heading2>
          <ul aria-labelledby="pilot-knowledge">
            {data.knowledgeItems.map((k) => (
              <li key={k.id}>
                <Link to={`/kennisbank/${k.id}`}>{k.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <FeatureSections slot="pilot" pilotId={data.id} pilotTitle={data.title} />
      {allows(data, 'JOURNAL') && <Journal pilotId={data.id} />}
      {history.data && history.data.length > 0 && (
        <section aria-labelledby="pilot-history">
          <Heading2 id="pilot-history">{t('pilots.page.history')}</Heading2>
          <ol aria-labelledby="pilot-history">
            {history.data.map((c, i) => (
              <li key={`${c.at}-${i}`}>
                {t('pilots.page.historyLine', { to: t(`pilots.status.${c.to}`), date: date.format(new Date(c.at)), by: c.by ?? '' })}
                {c.reason && <> — {c.reason}</>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
