import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from '../../../i18n';
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../../auth/AuthContext';
import { saveBlob } from '../../../api/client';
import { Link } from '../../../shared/links';
import { Pagination } from '../../../shared/Pagination';
import { errorMessage, QueryError } from '../../../shared/QueryError';
import { useThemes, useThemeText } from '../../../shared/themes';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { directoryParams, ORGANIZATION_TYPES, PROVINCES, useMembers, type DirectoryQuery } from '../api';

/** The member directory: Dutch full-text search and filters, kept in the URL. */
export default function DirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('community.directory.title'));
  const ids = useId();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const query: DirectoryQuery = {
    q: params.get('q') ?? '',
    organizationType: params.getAll('organizationType'),
    province: params.getAll('province'),
    theme: params.getAll('theme'),
    sector: params.get('sector') ?? '',
    page,
  };
  const [q, setQ] = useState(query.q);
  const [sector, setSector] = useState(query.sector);
  const { api, hasRole } = useAuth();
  const themes = useThemes();
  const themeText = useThemeText();
  const [exportFailure, setExportFailure] = useState<string | null>(null);
  const exportCsv = async () => {
    setExportFailure(null);
    try {
      const { blob, filename } = await api.download('/api/v1/members/export', { query: directoryParams(query),
        fallbackName: 'leercultuur-hub-community.csv' });
      saveBlob(blob, filename);
    } catch (error) {
      setExportFailure(errorMessage(error, t));
    }
  };
  const { data, error, isPending, refetch } = useMembers(query);

  const update = (changes: Partial<DirectoryQuery>) => {
    const next = { ...query, ...changes };
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    next.organizationType.forEach((v) => search.append('organizationType', v));
    next.province.forEach((v) => search.append('province', v));
    next.theme.forEach((v) => search.append('theme', v));
    if (next.sector) search.set('sector', next.sector);
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: q.trim(), sector: sector.trim(), page: 1 });
  };
  const hrefFor = (target: number) => {
    const search = new URLSearchParams(params);
    if (target > 1) search.set('page', String(target));
    else search.delete('page');
    return `?${search.toString()}`;
  };

  return (
    <>
      <Heading1>{t('community.directory.title')}</Heading1>
      <Paragraph appearance="lead">{t('community.directory.intro')}</Paragraph>
      <Paragraph>
        <Link to="/gemeenschap/organisaties">{t('community.directory.organizations')}</Link>
      </Paragraph>
      <form role="search" className="hub-search" onSubmit={submit}>
        <div className="utrecht-form-field hub-field">
          <label htmlFor={`${ids}-q`} className="utrecht-form-label">
            {t('community.directory.search')}
          </label>
          <p id={`${ids}-q-hint`} className="utrecht-form-field-description">
            {t('community.directory.searchHint')}
          </p>
          <div className="hub-search__row">
            <input
              id={`${ids}-q`}
              type="search"
              className="utrecht-textbox utrecht-textbox--html-input"
              aria-describedby={`${ids}-q-hint`}
              value={q}
              maxLength={200}
              onChange={(e) => setQ(e.target.value)}
            />
            <Button type="submit" appearance="primary-action-button">
              {t('community.directory.submit')}
            </Button>
          </div>
        </div>
        <div className="hub-toolbar">
          <div className="hub-toolbar__sort">
            <label htmlFor={`${ids}-type`} className="utrecht-form-label">
              {t('community.directory.type')}
            </label>
            <select
              id={`${ids}-type`}
              className="utrecht-select utrecht-select--html-select"
              value={query.organizationType[0] ?? ''}
              onChange={(e) => update({ organizationType: e.target.value ? [e.target.value] : [], page: 1 })}
            >
              <option value="">{t('community.directory.any')}</option>
              {ORGANIZATION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`community.orgType.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="hub-toolbar__sort">
            <label htmlFor={`${ids}-province`} className="utrecht-form-label">
              {t('community.directory.province')}
            </label>
            <select
              id={`${ids}-province`}
              className="utrecht-select utrecht-select--html-select"
              value={query.province[0] ?? ''}
              onChange={(e) => update({ province: e.target.value ? [e.target.value] : [], page: 1 })}
            >
              <option value="">{t('community.directory.any')}</option>
              {PROVINCES.map((province) => (
                <option key={province} value={province}>
                  {t(`shared.province.${province}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="hub-toolbar__sort">
            <label htmlFor={`${ids}-theme`} className="utrecht-form-label">
              {t('community.directory.theme')}
            </label>
            <select
              id={`${ids}-theme`}
              className="utrecht-select utrecht-select--html-select"
              value={query.theme[0] ?? ''}
              onChange={(e) => update({ theme: e.target.value ? [e.target.value] : [], page: 1 })}
            >
              <option value="">{t('community.directory.any')}</option>
              {themes.data?.items.map((theme) => (
                <option key={theme.code} value={theme.code}>
                  {themeText.label(theme)}
                </option>
              ))}
            </select>
          </div>
          <div className="hub-toolbar__sort">
            <label htmlFor={`${ids}-sector`} className="utrecht-form-label">
              {t('community.directory.sector')}
            </label>
            <input
              id={`${ids}-sector`}
              className="utrecht-textbox utrecht-textbox--html-input"
              value={sector}
              maxLength={100}
              onChange={(e) => setSector(e.target.value)}
            />
          </div>
        </div>
      </form>
      {hasRole('staff') && (
        <Paragraph>
          <Button appearance="secondary-action-button" onClick={() => void exportCsv()}>
            {t('community.directory.export')}
          </Button>
        </Paragraph>
      )}
      {exportFailure && (
        <Alert type="error" role="alert">
          <Paragraph>{exportFailure}</Paragraph>
        </Alert>
      )}
      <p className="hub-result-count" role="status" aria-live="polite">
        {isPending ? t('app.loading') : data ? t('community.directory.count', { count: data.totalItems }) : ''}
      </p>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('community.directory.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <ul className="hub-card-grid" aria-label={t('community.directory.title')}>
          {data.items.map((member) => (
            <li key={member.id} className="hub-card">
              <Heading2 className="hub-card__title">
                <Link to={`/gemeenschap/leden/${member.id}`}>{member.name}</Link>
              </Heading2>
              <Paragraph className="hub-muted">
                {[member.jobTitle, member.organization?.name].filter(Boolean).join(' · ')}
              </Paragraph>
              {member.expertise.length > 0 && (
                <Paragraph>
                  <span className="hub-visually-hidden">{t('community.directory.expertise')}: </span>
                  {member.expertise.join(', ')}
                </Paragraph>
              )}
            </li>
          ))}
        </ul>
      )}
      {data && <Pagination page={page} totalPages={data.totalPages} hrefFor={hrefFor} />}
    </>
  );
}
