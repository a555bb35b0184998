import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../../auth/AuthContext';
import { Link } from '../../../shared/links';
import { Pagination } from '../../../shared/Pagination';
import { QueryError } from '../../../shared/QueryError';
import { usePageParam } from '../../../shared/hooks/usePageParam';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useOrganizations } from '../api';
import { OrganizationEditor } from '../OrganizationEditor';
import { Confirmation } from '../../../shared/Confirmation';

export default function OrganizationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('community.organizations.title'));
  const { page, hrefFor } = usePageParam();
  const { data, error, isPending, refetch } = useOrganizations(page);
  const { hasRole } = useAuth();
  const [created, setCreated] = useState<string | null>(null);
  return (
    <>
      <Heading1>{t('community.organizations.title')}</Heading1>
      <Paragraph appearance="lead">{t('community.organizations.intro')}</Paragraph>
      <Confirmation message={created && t('community.organizationEdit.created', { name: created })} />
      {hasRole('staff') && <OrganizationEditor onSaved={setCreated} />}
      {isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('community.organizations.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <ul className="hub-card-grid" aria-label={t('community.organizations.title')}>
          {data.items.map((organization) => (
            <li key={organization.id} className="hub-card">
              <Heading2 className="hub-card__title">
                <Link to={`/gemeenschap/organisaties/${organization.id}`}>{organization.name}</Link>
              </Heading2>
              <Paragraph className="hub-muted">
                {t(`community.orgType.${organization.type}`)} · {t(`shared.province.${organization.province}`)} ·{' '}
                {t('community.organizations.members', { count: organization.memberCount })}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
      {data && <Pagination page={page} totalPages={data.totalPages} hrefFor={hrefFor} />}
    </>
  );
}
