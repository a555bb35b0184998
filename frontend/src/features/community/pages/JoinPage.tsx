import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { controlProps, Field, firstErrorPerField } from '../../../shared/form/fields';
import { Honeypot } from '../../../shared/form/Honeypot';
import { errorMessage } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import {
  ORGANIZATION_TYPES,
  PROVINCES,
  useApplyToJoin,
  useOrganizationChoices,
  type JoinRequestCreate,
  type OrganizationType,
  type Province,
} from '../api';

const NOT_LISTED = 'not-listed';

interface Values {
  name: string;
  email: string;
  organization: string;
  orgName: string;
  orgType: string;
  orgProvince: string;
  kvk: string;
  website: string;
  motivation: string;
}

const EMPTY: Values = { name: '', email: '', organization: '', orgName: '', orgType: '', orgProvince: '', kvk: '', website: '', motivation: '' };

/** Field names of the API (`newOrganization.kvkNumber`) to the form's own. */
const FIELD_OF: Record<string, keyof Values> = {
  name: 'name',
  email: 'email',
  organizationId: 'organization',
  newOrganization: 'organization',
  'newOrganization.name': 'orgName',
  'newOrganization.type': 'orgType',
  'newOrganization.province': 'orgProvince',
  'newOrganization.kvkNumber': 'kvk',
  'newOrganization.website': 'website',
  motivation: 'motivation',
};

/** Visitors apply to join the community; the programme team answers by e-mail. */
export default function JoinPage() {
  const { t } = useTranslation();
  usePageTitle(t('community.join.title'));
  const ids = useId();
  const organizations = useOrganizationChoices();
  const apply = useApplyToJoin();
  const [values, setValues] = useState<Values>(EMPTY);
  const [website, setHoneypot] = useState('');
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<string | null>(null);
  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const notListed = values.organization === NOT_LISTED;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    const request: JoinRequestCreate = {
      name: values.name.trim(),
      email: values.email.trim(),
      motivation: values.motivation.trim(),
      website: website || undefined,
      organizationId: values.organization && !notListed ? values.organization : undefined,
      newOrganization: notListed
        ? {
            name: values.orgName.trim(),
            type: (values.orgType || undefined) as OrganizationType,
            province: (values.orgProvince || undefined) as Province,
            kvkNumber: values.kvk.trim() || undefined,
            website: values.website.trim() || undefined,
          }
        : undefined,
    };
    try {
      const answer = await apply.mutateAsync(request);
      setReceipt(answer.message);
      setValues(EMPTY);
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        setErrors(firstErrorPerField(error.fieldErrors, (field) => FIELD_OF[field] ?? 'name'));
        setFailure(error.detail ?? errorMessage(error, t));
      } else {
        setFailure(errorMessage(error, t));
      }
    }
  };

  if (receipt) {
    return (
      <>
        <Heading1>{t('community.join.title')}</Heading1>
        <Alert type="ok" role="status">
          <Paragraph>{receipt}</Paragraph>
        </Alert>
      </>
    );
  }

  const text = (key: keyof Values, label: string, opts: { hint?: string; required?: boolean; type?: string; max: number; auto?: string }) => (
    <Field id={`${ids}-${key}`} label={label} hint={opts.hint} error={errors[key]} required={opts.required}>
      <input {...controlProps(`${ids}-${key}`, { hint: Boolean(opts.hint), error: errors[key], required: opts.required })}
        className="utrecht-textbox utrecht-textbox--html-input" type={opts.type ?? 'text'} autoComplete={opts.auto}
        value={values[key]} maxLength={opts.max} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );

  return (
    <>
      <Heading1>{t('community.join.title')}</Heading1>
      <Paragraph>{t('community.join.intro')}</Paragraph>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <form className="hub-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('community.join.title')}>
        {text('name', t('community.join.name'), { required: true, max: 200, auto: 'name' })}
        {text('email', t('community.join.email'), { hint: t('community.join.emailHint'), required: true, type: 'email', max: 320, auto: 'email' })}
        <Field id={`${ids}-organization`} label={t('community.join.organization')} hint={t('community.join.organizationHint')}
          error={errors.organization} required>
          <select {...controlProps(`${ids}-organization`, { hint: true, error: errors.organization, required: true })}
            className="utrecht-select utrecht-select--html-select" value={values.organization}
            onChange={(e) => set('organization', e.target.value)}>
            <option value="">{t('community.join.chooseOrganization')}</option>
            {organizations.data?.items.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
            <option value={NOT_LISTED}>{t('community.join.notListed')}</option>
          </select>
        </Field>
        {notListed && (
          <fieldset className="hub-fieldset">
            <legend className="utrecht-form-fieldset__legend">{t('community.join.newOrganization')}</legend>
            {text('orgName', t('community.join.orgName'), { required: true, max: 200, auto: 'organization' })}
            <Field id={`${ids}-orgType`} label={t('community.join.orgType')} error={errors.orgType} required>
              <select {...controlProps(`${ids}-orgType`, { error: errors.orgType, required: true })}
                className="utrecht-select utrecht-select--html-select" value={values.orgType} onChange={(e) => set('orgType', e.target.value)}>
                <option value="">{t('community.join.choose')}</option>
                {ORGANIZATION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`community.orgType.${type}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`${ids}-orgProvince`} label={t('community.join.orgProvince')} error={errors.orgProvince} required>
              <select {...controlProps(`${ids}-orgProvince`, { error: errors.orgProvince, required: true })}
                className="utrecht-select utrecht-select--html-select" value={values.orgProvince}
                onChange={(e) => set('orgProvince', e.target.value)}>
                <option value="">{t('community.join.choose')}</option>
                {PROVINCES.map((province) => (
                  <option key={province} value={province}>
                    {t(`shared.province.${province}`)}
                  </option>
                ))}
              </select>
            </Field>
            {text('kvk', t('community.join.kvk'), { hint: t('community.join.kvkHint'), max: 8 })}
            {text('website', t('community.join.website'), { hint: t('community.join.websiteHint'), type: 'url', max: 2000, auto: 'url' })}
          </fieldset>
        )}
        <Field id={`${ids}-motivation`} label={t('community.join.motivation')} hint={t('community.join.motivationHint')}
          error={errors.motivation} required>
          <textarea {...controlProps(`${ids}-motivation`, { hint: true, error: errors.motivation, required: true })}
            className="utrecht-textarea utrecht-textarea--html-textarea" rows={5} maxLength={2000} value={values.motivation}
            onChange={(e) => set('motivation', e.target.value)} />
        </Field>
        <Honeypot id={`${ids}-hp`} label={t('community.join.robot')} value={website} onChange={setHoneypot} />
        <Button type="submit" appearance="primary-action-button" disabled={apply.isPending}>
          {apply.isPending ? t('community.join.sending') : t('community.join.submit')}
        </Button>
      </form>
    </>
  );
}
