import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../../auth/AuthContext';
import { locale } from '../../../i18n';
import { Link } from '../../../shared/links';
import { Pagination } from '../../../shared/Pagination';
import { QueryError } from '../../../shared/QueryError';
import { usePageParam } from '../../../shared/hooks/usePageParam';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { PILOT_STATUSES, usePilots, type PilotStatus } from '../api';

/** The pilots the caller may see, with a status filter. */
export default function PilotsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('pilots.list.title'));
  const ids = useId();
  const { authenticated } = useAuth();
  const { page, hrefFor } = usePageParam();
  const [status, setStatus] = useState<PilotStatus | ''>('');
  const { data, error, isPending, refetch } = usePilots(status, page);
  const date = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' });
  return (
    <>
      <Heading1>{t('pilots.list.title')}</Heading1>
      <Paragraph appearance="lead">{t('pilots.list.intro')}</Paragraph>
      <div className="hub-toolbar">
        <div className="hub-toolbar__sort">
          <label htmlFor={`${ids}-status`} className="utrecht-form-label">
            {t('pilots.list.filter')}
          </label>
          <select id={`${ids}-status`} className="utrecht-select utrecht-select--html-select" value={status}
            onChange={(e) => setStatus(e.target.value as PilotStatus | '')}>
            <option value="">{t('pilots.list.all')}</option>
            {PILOT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`pilots.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="hub-result-count" role="status" aria-live="polite">
        {isPending ? t('app.loading') : data ? t('pilots.list.count', { count: data.totalItems }) : ''}
      </p>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && (
        <Paragraph>{!authenticated && !status ? t('pilots.list.publicEmpty') : t('pilots.list.empty')}</Paragraph>
      )}
      {data && data.items.length > 0 && (
        <ul className="hub-card-grid" aria-label={t('pilots.list.title')}>
          {data.items.map((pilot) => (
            <li key={pilot.id} className="hub-card">
              <Heading2 className="hub-card__title">
                <Link to={`/pilots/${pilot.id}`}>{pilot.title}</Link>
              </Heading2>
              <Paragraph className="hub-muted">
                {t(`pilots.status.${pilot.status}`)} · {i18n.language === 'en' ? pilot.interventionType.labelEn : pilot.interventionType.labelNl}
                {pilot.startsOn && pilot.endsOn && (
                  <> · {t('pilots.list.period', { start: date.format(new Date(pilot.startsOn)), end: date.format(new Date(pilot.endsOn)) })}</>
                )}
              </Paragraph>
              <Paragraph>{pilot.organizations.map((o) => o.name).join(', ')}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      {data && <Pagination page={page} totalPages={data.totalPages} hrefFor={hrefFor} />}
    </>
  );
}
