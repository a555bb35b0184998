import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../../i18n';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { BackLink } from '../../../shared/links';
import { NotFoundContent } from '../../../shared/NotFoundContent';
import { QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useOrganization } from '../api';
import { Contributions } from '../Contributions';
import { OrganizationEditor } from '../OrganizationEditor';
import { PartnerSystemLink } from '../PartnerSystemLink';
import { useAuth } from '../../../auth/AuthContext';
import { Confirmation } from '../../../shared/Confirmation';
import { FeatureSections } from '../../../shared/sections';

export default function OrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useOrganization(id);
  const [saved, setSaved] = useState(false);
  const { hasRole } = useAuth();
  usePageTitle(data?.name ?? t('community.organizations.title'));
  if (isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (isApiError(error) && error.status === 404) {
    return <NotFoundContent title={t('community.organizations.notFoundTitle')} text={t('community.organizations.notFound')} />;
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <article className="hub-item">
      <BackLink to="/gemeenschap/organisaties">{t('community.organizations.title')}</BackLink>
      <Heading1>{data.name}</Heading1>
      <Paragraph appearance="lead">
        {t(`community.orgType.${data.type}`)} · {t(`shared.province.${data.province}`)}
      </Paragraph>
      {data.description && <Paragraph>{data.description}</Paragraph>}
      <dl className="hub-details">
        {data.sector && (
          <>
            <dt>{t('community.organizations.sector')}</dt>
            <dd>{data.sector}</dd>
          </>
        )}
        {data.kvkNumber && (
          <>
            <dt>{t('community.organizations.kvk')}</dt>
            <dd>{data.kvkNumber}</dd>
          </>
        )}
        {data.website && (
          <>
            <dt>{t('community.organizations.website')}</dt>
            <dd>
              <a href={data.website} rel="noopener noreferrer">
                {data.website}
              </a>
            </dd>
          </>
        )}
        <dt>{t('community.organizations.people')}</dt>
        <dd>{t('community.organizations.members', { count: data.memberCount })}</dd>
      </dl>
      <Confirmation message={saved && t('community.organizationEdit.saved')} />
      {data.allowedActions.includes('UPDATE') && <OrganizationEditor key={data.version} organization={data} onSaved={() => setSaved(true)} />}
      {hasRole('staff') && <PartnerSystemLink organizationId={data.id} />}
      <Contributions kind="organizations" id={data.id} />
      <FeatureSections slot="organization" organizationId={data.id} organizationName={data.name} />
    </article>
  );
}
