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
import { allows, usePilot, useUpdatePilot } from '../api';
import { valuesFromPilot } from '../components/formModel';
import { PilotForm } from '../components/PilotForm';

function EditPilot({ id }: { id: string }) {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const navigate = useNavigate();
  const { data, error, isPending, refetch } = usePilot(id);
  const update = useUpdatePilot(id);
  usePageTitle(t('pilots.form.editTitle'));
  if (isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (isApiError(error) && error.status === 404) {
    return <NotFoundContent title={t('pilots.page.notFoundTitle')} text={t('pilots.page.notFound')} />;
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const { pilot, etag } = data;
  return (
    <>
      <Heading1>{t('pilots.form.editTitle')}</Heading1>
      <Paragraph>
        <Link to={`/pilots/${pilot.id}`}>{pilot.title}</Link>
      </Paragraph>
      {!allows(pilot, 'UPDATE') ? (
        <Alert type="warning">
          <Paragraph>{t('pilots.form.notEditable')}</Paragraph>
        </Alert>
      ) : (
        <PilotForm
          // a newer version (loaded after a 412) starts a fresh form; a background refetch of the same version keeps the edits
          key={pilot.version}
          initial={valuesFromPilot(pilot)}
          editOrganizations={hasRole('staff')}
          organizationNames={Object.fromEntries(pilot.organizations.map((o) => [o.organizationId, o.name]))}
          submitLabel={t('pilots.form.save')}
          onCancel={() => navigate(`/pilots/${pilot.id}`)}
          onReload={() => void refetch()}
          onSubmit={async (request) => {
            await update.mutateAsync({ request, etag });
            navigate(`/pilots/${pilot.id}`, { state: { flash: t('pilots.form.saved') } });
          }}
        />
      )}
    </>
  );
}

/** Staff, and the people of an executing organisation, change a pilot (with If-Match: nobody's change is lost). */
export default function EditPilotPage() {
  const { id = '' } = useParams();
  return (
    <RequireRole roles={['staff', 'partner']}>
      <EditPilot id={id} />
    </RequireRole>
  );
}
