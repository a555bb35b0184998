import { useRef } from 'react';
import { useParams, useNavigate } from 'react-router';
import { useTranslation } from '../../../i18n';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../../auth/AuthContext';
import { RequireRole } from '../../../auth/RequireRole';
import { isApiError } from '../../../api/ApiError';
import { Link } from '../../../shared/links';
import { NotFoundContent } from '../../../shared/NotFoundContent';
import { QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { fetchKnowledgeItem, useKnowledgeItem, useUpdateItem } from '../api';
import { KnowledgeForm } from '../components/KnowledgeForm';
import { toRequest, valuesFromItem } from '../components/formModel';
import { allows } from '../model';

function EditItem({ id }: { id: string }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const { data, error, isPending, refetch } = useKnowledgeItem(id);
  const update = useUpdateItem(id);
  // After a 412 the user may keep their edits: the next save then goes with the newest version's ETag.
  const newestEtag = useRef<string | null>(null);
  usePageTitle(t('knowledge.form.editTitle'));

  if (isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (isApiError(error) && error.status === 404) {
    return <NotFoundContent title={t('knowledge.item.notFoundTitle')} text={t('knowledge.item.notFound')} />;
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;

  const { item, etag } = data;
  const isStaff = auth.hasRole('staff');
  return (
    <>
      <Heading1>{t('knowledge.form.editTitle')}</Heading1>
      <Paragraph>
        <Link to={`/kennisbank/${item.id}`}>{item.title}</Link>
      </Paragraph>
      {!allows(item, 'UPDATE') ? (
        <Alert type="warning">
          <Paragraph>{t('knowledge.form.notEditable')}</Paragraph>
        </Alert>
      ) : (
        <>
          {!isStaff && (
            <Alert type="info">
              <Paragraph>{t('knowledge.form.partnerEditNote')}</Paragraph>
            </Alert>
          )}
          <KnowledgeForm
            // A newer version (loaded after a 412) starts a fresh form; a background refetch of the same version (window
            // focus, remount) must not wipe the edits.
            key={item.version}
            initial={valuesFromItem(item)}
            showStatus={false}
            submitLabel={t('knowledge.form.save')}
            onCancel={() => navigate(`/kennisbank/${item.id}`)}
            onConflictReload={() => {
              newestEtag.current = null;
              void refetch();
            }}
            onConflict={async () => {
              const newest = await fetchKnowledgeItem(auth.api, item.id);
              newestEtag.current = newest.etag;
              return valuesFromItem(newest.item);
            }}
            onSubmit={async (values) => {
              const { status: _status, ...request } = toRequest(values, false);
              await update.mutateAsync({ request, etag: newestEtag.current ?? etag });
              navigate(`/kennisbank/${item.id}`, { state: { flash: t('knowledge.item.saved') } });
            }}
          />
        </>
      )}
    </>
  );
}

export default function EditItemPage() {
  const { id = '' } = useParams();
  return (
    <RequireRole roles={['staff', 'partner']}>
      <EditItem id={id} />
    </RequireRole>
  );
}
