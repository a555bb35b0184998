import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from '../../../i18n';
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../../auth/AuthContext';
import { locale } from '../../../i18n';
import { ButtonLink, Link } from '../../../shared/links';
import { Pagination } from '../../../shared/Pagination';
import { QueryError } from '../../../shared/QueryError';
import { usePageParam } from '../../../shared/hooks/usePageParam';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import {
  PILOT_STATUSES,
  PROVINCES,
  useInterventionText,
  useInterventionTypes,
  useOrganizationChoices,
  usePilots,
  usePilotTimeline,
  type PilotFilters,
} from '../api';
import { PilotTimeline } from '../components/PilotTimeline';
import { ViewSwitch } from '../../../shared/ViewSwitch';

const FILTER_KEYS = ['status', 'interventionType', 'province', 'organization'] as const;

/** The filters and the view live in the address, so that a filtered list can be shared and survives going back. */
function useListState() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as unknown as PilotFilters;
  const view = params.get('weergave') === 'tijdlijn' ? 'timeline' : 'list';
  const update = (change: Record<string, string>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(change)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      next.delete('page');
      return next;
    });
  return { filters, view, update };
}

/** The pilots the caller may see: filters, a list or a timeline, and for staff a way to register a new one. */
export default function PilotsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('pilots.list.title'));
  const ids = useId();
  const { authenticated, hasRole } = useAuth();
  const { page, hrefFor } = usePageParam();
  const { filters, view, update } = useListState();
  const list = usePilots(filters, page, undefined, view === 'list');
  const timeline = usePilotTimeline(filters, view === 'timeline');
  const types = useInterventionTypes();
  const typeText = useInterventionText();
  const organizations = useOrganizationChoices();
  const { data, error, isPending, refetch } = view === 'list' ? list : timeline;
  const filtered = FILTER_KEYS.some((k) => filters[k]);
  const date = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' });

  const select = (key: keyof PilotFilters, label: string, all: string, options: { value: string; label: string }[]) => (
    <div className="hub-toolbar__sort">
      <label htmlFor={`${ids}-${key}`} className="utrecht-form-label">
        {label}
      </label>
      <select id={`${ids}-${key}`} className="utrecht-select utrecht-select--html-select" value={filters[key]}
        onChange={(e) => update({ [key]: e.target.value })}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <Heading1>{t('pilots.list.title')}</Heading1>
      <Paragraph appearance="lead">{t('pilots.list.intro')}</Paragraph>
      {hasRole('staff') && (
        <Paragraph>
          <ButtonLink to="/pilots/nieuw" appearance="primary">
            {t('pilots.list.newPilot')}
          </ButtonLink>
        </Paragraph>
      )}
      <form className="hub-toolbar" aria-label={t('pilots.list.filters')} onSubmit={(e) => e.preventDefault()}>
        {select('status', t('pilots.list.filter'), t('pilots.list.all'), PILOT_STATUSES.map((s) => ({ value: s, label: t(`pilots.status.${s}`) })))}
        {select('interventionType', t('pilots.list.type'), t('pilots.list.allTypes'),
          (types.data?.items ?? []).map((type) => ({ value: type.code, label: typeText.label(type) })))}
        {select('province', t('pilots.list.province'), t('pilots.list.allProvinces'),
          PROVINCES.map((p) => ({ value: p, label: t(`shared.province.${p}`) })))}
        {authenticated && select('organization', t('pilots.list.organization'), t('pilots.list.allOrganizations'),
          (organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })))}
        {filtered && (
          <Button appearance="subtle-button" onClick={() => update({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) })}>
            {t('pilots.list.clear')}
          </Button>
        )}
      </form>
      <ViewSwitch label={t('pilots.list.view')} current={view} onChange={(v) => update({ weergave: v === 'timeline' ? 'tijdlijn' : '' })}
        views={[{ value: 'list', label: t('pilots.list.viewList') }, { value: 'timeline', label: t('pilots.list.viewTimeline') }]} />
      <p className="hub-result-count" role="status" aria-live="polite">
        {isPending ? t('app.loading') : data ? t('pilots.list.count', { count: data.totalItems }) : ''}
      </p>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {view === 'timeline' && timeline.data && (
        <PilotTimeline pilots={timeline.data.items} capped={timeline.data.totalItems > timeline.data.items.length} />
      )}
      {view === 'list' && data && data.items.length === 0 && (
        <Paragraph>{!authenticated && !filtered ? t('pilots.list.publicEmpty') : t('pilots.list.empty')}</Paragraph>
      )}
      {view === 'list' && data && data.items.length > 0 && (
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
      {view === 'list' && data && <Pagination page={page} totalPages={data.totalPages} hrefFor={hrefFor} />}
    </>
  );
}
