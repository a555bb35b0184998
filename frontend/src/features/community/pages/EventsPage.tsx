import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../../auth/AuthContext';
import { locale } from '../../../i18n';
import { Pagination } from '../../../shared/Pagination';
import { errorMessage, QueryError } from '../../../shared/QueryError';
import { usePageParam } from '../../../shared/hooks/usePageParam';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useEvents, useRegistration, type HubEvent } from '../api';
import { EventAdmin, NewEvent } from '../EventManagement';
import { Confirmation } from '../../../shared/Confirmation';

function EventCard({ event, onAdminDone }: { event: HubEvent; onAdminDone: (message: string) => void }) {
  const { t } = useTranslation();
  const { authenticated, api, hasRole } = useAuth();
  const registration = useRegistration();
  const [failure, setFailure] = useState<string | null>(null);
  const format = new Intl.DateTimeFormat(locale(), { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
  const change = async (register: boolean) => {
    setFailure(null);
    try {
      await registration.mutateAsync({ id: event.id, register });
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  return (
    <li className="hub-card">
      <Heading2 className="hub-card__title">{event.title}</Heading2>
      <Paragraph className="hub-muted">
        {t(`community.events.kind.${event.kind}`)} ·{' '}
        {t('community.events.when', { start: format.format(new Date(event.startsAt)), end: format.format(new Date(event.endsAt)) })}
        {event.location && <> · {event.location}</>}
      </Paragraph>
      <Paragraph>{event.description}</Paragraph>
      <Paragraph>
        {t('community.events.seats', { taken: event.seatsTaken, capacity: event.capacity })}
        {event.waiting > 0 && <> · {t('community.events.waiting', { count: event.waiting })}</>}
      </Paragraph>
      <div role="status" className="hub-live">
        {event.myRegistration === 'REGISTERED' && <Paragraph><strong>{t('community.events.registered')}</strong></Paragraph>}
        {event.myRegistration === 'WAITING' && <Paragraph><strong>{t('community.events.onWaitingList')}</strong></Paragraph>}
      </div>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        {!authenticated ? (
          t('community.events.signInToRegister')
        ) : event.myRegistration ? (
          <Button appearance="secondary-action-button" onClick={() => void change(false)} disabled={registration.isPending}>
            {t('community.events.cancel')}
            <span className="hub-visually-hidden">: {event.title}</span>
          </Button>
        ) : (
          <Button appearance="primary-action-button" onClick={() => void change(true)} disabled={registration.isPending}>
            {t('community.events.register')}
            <span className="hub-visually-hidden">: {event.title}</span>
          </Button>
        )}
      </Paragraph>
      <Paragraph>
        <a href={api.url(`/api/v1/events/${encodeURIComponent(event.id)}/calendar.ics`)} download>
          {t('community.events.calendar')}
          <span className="hub-visually-hidden">: {event.title}</span>
        </a>
      </Paragraph>
      {hasRole('staff') && <EventAdmin event={event} onDone={onAdminDone} />}
    </li>
  );
}

export default function EventsPage() {
  const { t } = useTranslation();
  usePageTitle(t('community.events.title'));
  const { page, hrefFor } = usePageParam();
  const { data, error, isPending, refetch } = useEvents(page);
  const { hasRole } = useAuth();
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <Heading1>{t('community.events.title')}</Heading1>
      <Paragraph appearance="lead">{t('community.events.intro')}</Paragraph>
      <Confirmation message={done} />
      {hasRole('staff') && <NewEvent onDone={setDone} />}
      {isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('community.events.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <ul className="hub-card-grid" aria-label={t('community.events.title')}>
          {data.items.map((event) => (
            <EventCard key={`${event.id}-${event.version}`} event={event} onAdminDone={setDone} />
          ))}
        </ul>
      )}
      {data && <Pagination page={page} totalPages={data.totalPages} hrefFor={hrefFor} />}
    </>
  );
}
