import { useParams } from 'react-router';
import { useTranslation } from '../../../i18n';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { BackLink, Link } from '../../../shared/links';
import { NotFoundContent } from '../../../shared/NotFoundContent';
import { QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useThemeLabels } from '../../../shared/themes';
import { useMember } from '../api';
import { Contributions } from '../Contributions';
import { FeatureSections } from '../../../shared/sections';

export default function MemberPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useMember(id);
  const themeLabel = useThemeLabels();
  usePageTitle(data?.name ?? t('community.directory.title'));
  if (isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (isApiError(error) && error.status === 404) {
    return <NotFoundContent title={t('community.member.notFoundTitle')} text={t('community.member.notFound')} />;
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <article className="hub-item">
      <BackLink to="/gemeenschap">{t('community.directory.title')}</BackLink>
      <Heading1>{data.name}</Heading1>
      {data.jobTitle && <Paragraph appearance="lead">{data.jobTitle}</Paragraph>}
      <dl className="hub-details">
        {data.organization && (
          <>
            <dt>{t('community.member.organization')}</dt>
            <dd>
              <Link to={`/gemeenschap/organisaties/${data.organization.id}`}>{data.organization.name}</Link>
            </dd>
          </>
        )}
        {data.expertise.length > 0 && (
          <>
            <dt>{t('community.directory.expertise')}</dt>
            <dd>{data.expertise.join(', ')}</dd>
          </>
        )}
        {data.themes.length > 0 && (
          <>
            <dt>{t('community.member.themes')}</dt>
            <dd>{data.themes.map(themeLabel).join(', ')}</dd>
          </>
        )}
      </dl>
      {data.bio && (
        <section aria-labelledby="member-bio">
          <Heading2 id="member-bio">{t('community.member.bio')}</Heading2>
          <Paragraph>{data.bio}</Paragraph>
        </section>
      )}
      <Contributions kind="members" id={data.id} />
      {data.organization && (
        <FeatureSections slot="member" memberId={data.id} organizationId={data.organization.id} organizationName={data.organization.name} />
      )}
    </article>
  );
}
