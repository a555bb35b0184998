import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../api/ApiError';
import { controlProps, Field, firstErrorPerField } from '../../shared/form/fields';
import { errorMessage } from '../../shared/QueryError';
import {
  ORGANIZATION_TYPES,
  PROVINCES,
  SIZE_CLASSES,
  useSaveOrganization,
  VISIBILITIES,
  type Organization,
  type OrganizationRequest,
  type OrganizationType,
  type ProfileVisibility,
  type Province,
  type SizeClass,
} from './api';

type Values = Record<'name' | 'type' | 'province' | 'kvkNumber' | 'sector' | 'sizeClass' | 'website' | 'description' | 'visibility', string>;

function valuesOf(o?: Organization): Values {
  return { name: o?.name ?? '', type: o?.type ?? '', province: o?.province ?? '', kvkNumber: o?.kvkNumber ?? '',
    sector: o?.sector ?? '', sizeClass: o?.sizeClass ?? '', website: o?.website ?? '', description: o?.description ?? '',
    visibility: o?.visibility ?? 'PUBLIC' };
}

/**
 * An organisation's profile: a change, for staff and the organisation's own people, or (without `organization`) a new
 * organisation, for staff. The API decides who may; this only shows the form.
 */
export function OrganizationEditor({ organization, onSaved }: { organization?: Organization; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const update = useSaveOrganization();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(() => valuesOf(organization));
  const [errors, setErrors] = useState<Partial<Values>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }));

  if (!open) {
    return (
      <Button appearance="secondary-action-button" onClick={() => { setValues(valuesOf(organization)); setOpen(true); }}>
        {organization ? t('community.organizationEdit.open') : t('community.organizationEdit.new')}
      </Button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    const request: OrganizationRequest = {
      name: values.name.trim(),
      type: values.type as OrganizationType,
      province: values.province as Province,
      kvkNumber: values.kvkNumber.trim() || undefined,
      sector: values.sector.trim() || undefined,
      sizeClass: (values.sizeClass || undefined) as SizeClass | undefined,
      website: values.website.trim() || undefined,
      description: values.description.trim() || undefined,
      visibility: values.visibility as ProfileVisibility,
    };
    try {
      await update.mutateAsync({ id: organization?.id, version: organization?.version, request });
      setOpen(false);
      onSaved(request.name);
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        setErrors(firstErrorPerField<keyof Values>(error.fieldErrors));
      } else if (isApiError(error) && error.status === 412) {
        setFailure(t('community.organizationEdit.stale'));
      } else {
        setFailure(errorMessage(error, t));
      }
    }
  };

  const text = (key: keyof Values, label: string, max: number, hint?: string, required?: boolean) => (
    <Field id={`${ids}-${key}`} label={label} hint={hint} error={errors[key]} required={required}>
      <input {...controlProps(`${ids}-${key}`, { hint: Boolean(hint), error: errors[key], required })}
        className="utrecht-textbox utrecht-textbox--html-input" value={values[key]} maxLength={max}
        onChange={(e) => set(key, e.target.value)} />
    </Field>
  );
  const choice = (key: keyof Values, label: string, options: readonly string[], labelOf: (v: string) => string, empty?: string) => (
    <Field id={`${ids}-${key}`} label={label} error={errors[key]} required={!empty}>
      <select {...controlProps(`${ids}-${key}`, { error: errors[key], required: !empty })}
        className="utrecht-select utrecht-select--html-select" value={values[key]} onChange={(e) => set(key, e.target.value)}>
        {empty && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {labelOf(o)}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <section aria-labelledby={`${ids}-title`}>
      <Heading2 id={`${ids}-title`}>{organization ? t('community.organizationEdit.title') : t('community.organizationEdit.new')}</Heading2>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <form className="hub-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${ids}-title`}>
        {text('name', t('community.join.orgName'), 200, undefined, true)}
        {choice('type', t('community.join.orgType'), ORGANIZATION_TYPES, (v) => t(`community.orgType.${v}`),
          organization ? undefined : t('community.join.choose'))}
        {choice('province', t('community.join.orgProvince'), PROVINCES, (v) => t(`shared.province.${v}`),
          organization ? undefined : t('community.join.choose'))}
        {text('kvkNumber', t('community.join.kvk'), 8, t('community.join.kvkHint'))}
        {text('sector', t('community.organizations.sector'), 100)}
        {choice('sizeClass', t('community.organizationEdit.size'), SIZE_CLASSES, (v) => t(`community.organizationEdit.sizes.${v}`),
          t('community.organizationEdit.unknown'))}
        {text('website', t('community.join.website'), 2000, t('community.join.websiteHint'))}
        <Field id={`${ids}-description`} label={t('community.organizationEdit.description')} error={errors.description}>
          <textarea {...controlProps(`${ids}-description`, { error: errors.description })}
            className="utrecht-textarea utrecht-textarea--html-textarea" rows={4} maxLength={2000} value={values.description}
            onChange={(e) => set('description', e.target.value)} />
        </Field>
        {choice('visibility', t('community.organizationEdit.visibility'), VISIBILITIES, (v) => t(`community.visibility.${v}`))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={update.isPending}>
            {organization ? t('community.profile.save') : t('community.organizationEdit.create')}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={() => setOpen(false)}>
            {t('community.join.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
