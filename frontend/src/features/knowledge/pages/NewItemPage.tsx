import { useNavigate } from 'react-router';
import { useTranslation } from '../../../i18n';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../../auth/AuthContext';
import { RequireRole } from '../../../auth/RequireRole';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useCreateItem } from '../api';
import { KnowledgeForm } from '../components/KnowledgeForm';
import { EMPTY_VALUES, toRequest } from '../components/formModel';

function NewItem() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const navigate = useNavigate();
  const create = useCreateItem();
  const isStaff = hasRole('staff');
  const title = isStaff ? t('knowledge.form.newTitle') : t('knowledge.form.proposeTitle');
  usePageTitle(title);
  return (
    <>
      <Heading1>{title}</Heading1>
      {!isStaff && (
        <Alert type="info">
          <Paragraph>{t('knowledge.form.partnerNote')}</Paragraph>
        </Alert>
      )}
      <KnowledgeForm
        initial={{ ...EMPTY_VALUES, type: isStaff ? '' : 'PRACTICE_EXAMPLE' }}
        showStatus={isStaff}
        submitLabel={isStaff ? t('knowledge.form.save') : t('knowledge.form.submitProposal')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const item = await create.mutateAsync(toRequest(values, isStaff));
          navigate(`/kennisbank/${item.id}`, {
            state: { flash: isStaff ? t('knowledge.item.createdStaff') : t('knowledge.item.created') },
          });
        }}
      />
    </>
  );
}

export default function NewItemPage() {
  return (
    <RequireRole roles={['staff', 'partner']}>
      <NewItem />
    </RequireRole>
  );
}
