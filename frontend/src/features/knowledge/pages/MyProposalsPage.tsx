import { useTranslation } from '../../../i18n';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { RequireRole } from '../../../auth/RequireRole';
import { ButtonLink, Link } from '../../../shared/links';
import { QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { usePageParam } from '../../../shared/hooks/usePageParam';
import { Pagination } from '../../../shared/Pagination';
import { useMyProposals } from '../api';
import { ItemStatusBadge } from '../components/ItemStatusBadge';
import { formatDate, useKnowledgeLabels } from '../labels';
import { allows } from '../model';

function MyProposals() {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  usePageTitle(t('knowledge.mine.title'));
  const { page, hrefFor } = usePageParam();
  const { data, error, isPending, refetch } = useMyProposals(page - 1);
  return (
    <>
      <Heading1>{t('knowledge.mine.title')}</Heading1>
      <Paragraph appearance="lead">{t('knowledge.mine.intro')}</Paragraph>
      <Paragraph>
        <ButtonLink to="/kennisbank/nieuw" appearance="primary">
          {t('knowledge.nav.propose')}
        </ButtonLink>
      </Paragraph>
      {isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('knowledge.mine.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <ul className="hub-proposals">
          {data.items.map((item) => (
            <li key={item.id} className="hub-proposals__item">
              <h2 className="utrecht-heading-3 hub-proposals__title">
                <Link to={`/kennisbank/${item.id}`}>{item.title}</Link>
              </h2>
              <p className="hub-result__meta">
                {labels.type(item.type)} · {t('knowledge.mine.updated', { date: formatDate(item.updatedAt) })}{' '}
                <span className="hub-visually-hidden">{t('knowledge.mine.status')}: </span>
                <ItemStatusBadge status={item.status} />
              </p>
              {allows(item, 'UPDATE') && (
                <Paragraph>
                  <Link to={`/kennisbank/${item.id}/bewerken`}>
                    {t('knowledge.item.edit')}
                    <span className="hub-visually-hidden">: {item.title}</span>
                  </Link>
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

export default function MyProposalsPage() {
  return (
    <RequireRole>
      <MyProposals />
    </RequireRole>
  );
}
