import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../../auth/AuthContext';
import { RequireRole } from '../../../auth/RequireRole';
import { ButtonLink, Link } from '../../../app/links';
import { QueryError } from '../../../app/QueryError';
import { usePageTitle } from '../../../app/usePageTitle';
import { useMyProposals } from '../api';
import { ItemStatusBadge } from '../components/ItemStatusBadge';
import { formatDate, useKnowledgeLabels } from '../labels';
import { canEdit } from './ItemPage';

function MyProposals() {
  const { t } = useTranslation();
  const auth = useAuth();
  const labels = useKnowledgeLabels();
  usePageTitle(t('knowledge.mine.title'));
  const { data, error, isPending, refetch } = useMyProposals();
  return (
    <>
      <Heading1>{t('knowledge.mine.title')}</Heading1>
      <Paragraph appearance="lead">{t('knowledge.mine.intro')}</Paragraph>
      <Paragraph>
        <ButtonLink to="/kennisbank/nieuw" appearance="primary">
          {t('nav.propose')}
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
              {canEdit(item, auth) && (
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
