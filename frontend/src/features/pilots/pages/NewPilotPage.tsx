import { useNavigate } from 'react-router';
import { useTranslation } from '../../../i18n';
import { Heading1 } from '@utrecht/component-library-react';
import { RequireRole } from '../../../auth/RequireRole';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useCreatePilot } from '../api';
import { EMPTY_PILOT } from '../components/formModel';
import { PilotForm } from '../components/PilotForm';

function NewPilot() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePilot();
  usePageTitle(t('pilots.form.newTitle'));
  return (
    <>
      <Heading1>{t('pilots.form.newTitle')}</Heading1>
      <PilotForm
        initial={EMPTY_PILOT}
        editOrganizations
        submitLabel={t('pilots.form.create')}
        onCancel={() => navigate('/pilots')}
        onSubmit={async (request) => {
          const pilot = await create.mutateAsync(request);
          navigate(`/pilots/${pilot.id}`, { state: { flash: t('pilots.form.created') } });
        }}
      />
    </>
  );
}

/** Staff register a new pilot; it starts as an idea. */
export default function NewPilotPage() {
  return (
    <RequireRole roles={['staff']}>
      <NewPilot />
    </RequireRole>
  );
}
