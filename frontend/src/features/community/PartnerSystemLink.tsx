import { useId, useState } from 'react';
import { useTranslation } from '../../i18n';
import { Button, ButtonGroup, Heading2 } from '@utrecht/component-library-react';
import { isApiError } from '../../api/ApiError';
import { controlProps, Field } from '../../shared/form/fields';
import { errorMessage } from '../../shared/QueryError';
import { usePartnerSystemLink } from './api';
import { Confirmation } from '../../shared/Confirmation';

/** Staff: which partner system acts for this organisation. */
export function PartnerSystemLink({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const ids = useId();
  const link = usePartnerSystemLink();
  const [clientId, setClientId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const send = async (linking: boolean) => {
    setError(undefined);
    setDone(null);
    try {
      await link.mutateAsync({ organizationId, clientId: clientId.trim(), link: linking });
      setDone(t(linking ? 'community.organizationEdit.linked' : 'community.organizationEdit.unlinked', { clientId: clientId.trim() }));
    } catch (failure) {
      setError(isApiError(failure) && failure.fieldErrors.length > 0 ? failure.fieldErrors[0].message : errorMessage(failure, t));
    }
  };
  return (
    <section aria-labelledby={`${ids}-title`}>
      <Heading2 id={`${ids}-title`}>{t('community.organizationEdit.linkTitle')}</Heading2>
      <Confirmation message={done} />
      <Field id={`${ids}-client`} label={t('community.organizationEdit.clientId')} hint={t('community.organizationEdit.linkHint')} error={error}>
        <input {...controlProps(`${ids}-client`, { hint: true, error })} className="utrecht-textbox utrecht-textbox--html-input"
          value={clientId} maxLength={255} onChange={(e) => setClientId(e.target.value)} />
      </Field>
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={link.isPending || !clientId.trim()} onClick={() => void send(true)}>
          {t('community.organizationEdit.link')}
        </Button>
        <Button appearance="subtle-button" disabled={link.isPending || !clientId.trim()} onClick={() => void send(false)}>
          {t('community.organizationEdit.unlink')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
