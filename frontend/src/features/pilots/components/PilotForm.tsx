import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { ErrorSummary } from '../../../shared/form/ErrorSummary';
import { ChoiceGroup, controlProps, Field } from '../../../shared/form/fields';
import { useUnsavedChanges } from '../../../shared/hooks/useUnsavedChanges';
import { errorMessage } from '../../../shared/QueryError';
import {
  PARTICIPANT_ROLES,
  useInterventionText,
  useInterventionTypes,
  useKnowledgeChoices,
  useMemberChoices,
  useOrganizationChoices,
  type ParticipantRole,
} from '../api';
import { controlIdOf, errorsByControl, toRequest, type PilotFormValues } from './formModel';
import type { PilotRequest } from '../api';

/** Label keys of the request's fields, for the error summary. */
const FIELD_LABELS: Record<string, string> = {
  title: 'pilots.form.title',
  interventionTypeCode: 'pilots.form.interventionType',
  intervention: 'pilots.form.intervention',
  goal: 'pilots.form.goal',
  hypothesis: 'pilots.form.hypothesis',
  targetGroup: 'pilots.form.targetGroup',
  organizations: 'pilots.form.organizations',
  contactMemberId: 'pilots.form.contact',
  startsOn: 'pilots.form.startsOn',
  endsOn: 'pilots.form.endsOn',
  costTotal: 'pilots.form.costTotal',
  participantCount: 'pilots.form.participantCount',
  knowledgeItemIds: 'pilots.form.knowledge',
};

export interface PilotFormProps {
  initial: PilotFormValues;
  /** Staff choose who takes part; for an executing partner the organisations are shown, not edited. */
  editOrganizations: boolean;
  submitLabel: string;
  /** Throws an ApiError when the API refuses; the form then shows its errors beside the fields. */
  onSubmit: (request: PilotRequest) => Promise<void>;
  onCancel: () => void;
  /** On a 412: load the newest version (the form starts again from it). */
  onReload?: () => void;
  /** Names of the organisations already taking part (for the read-only list). */
  organizationNames?: Record<string, string>;
}

/** The pilot editor: what is tried, with whom, when, at what cost, and what it builds on. The API judges validity. */
export function PilotForm({ initial, editOrganizations, submitLabel, onSubmit, onCancel, onReload, organizationNames = {} }: PilotFormProps) {
  const { t } = useTranslation();
  const types = useInterventionTypes();
  const typeText = useInterventionText();
  const organizations = useOrganizationChoices();
  const [values, setValues] = useState<PilotFormValues>(initial);
  const orgIds = values.organizations.map((o) => o.organizationId).filter(Boolean);
  const members = useMemberChoices(orgIds);
  const [knowledgeQuery, setKnowledgeQuery] = useState('');
  const knowledge = useKnowledgeChoices(knowledgeQuery);
  const [errors, setErrors] = useState<{ byControl: Record<string, string>; summary: { message: string; targetId?: string }[] }>({
    byControl: {},
    summary: [],
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const leaveRef = useRef<HTMLDivElement>(null);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const { blocker, allowLeave } = useUnsavedChanges(dirty);

  useEffect(() => {
    if (focusTick > 0) (summaryRef.current ?? alertRef.current)?.focus();
  }, [focusTick]);
  useEffect(() => {
    if (blocker.state === 'blocked') leaveRef.current?.focus();
  }, [blocker.state]);

  const set = <K extends keyof PilotFormValues>(key: K, value: PilotFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setRow = (index: number, change: Partial<PilotFormValues['organizations'][number]>) =>
    setValues((v) => ({ ...v, organizations: v.organizations.map((o, i) => (i === index ? { ...o, ...change } : o)) }));
  const error = (id: string) => errors.byControl[id];

  const focusControl = (id: string) => {
    const element = document.getElementById(id);
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({ byControl: {}, summary: [] });
    setFailure(null);
    setStale(false);
    setSubmitting(true);
    allowLeave(true);
    try {
      await onSubmit(toRequest(values));
    } catch (caught) {
      allowLeave(false);
      if (isApiError(caught) && caught.status === 412) {
        setStale(true);
      } else if (isApiError(caught) && caught.fieldErrors.length > 0) {
        const byControl = errorsByControl(caught.fieldErrors);
        setErrors({
          byControl,
          summary: caught.fieldErrors.map((e) => {
            const base = e.field.replace(/\[.*$/, '');
            const label = FIELD_LABELS[base] ? t(FIELD_LABELS[base]) : e.field;
            return { message: `${label}: ${e.message}`, targetId: controlIdOf(e.field) };
          }),
        });
      } else {
        setFailure(errorMessage(caught, t));
      }
      setFocusTick((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  const text = (key: 'title' | 'targetGroup', max: number, required = false) => (
    <Field id={`pf-${key}`} label={t(`pilots.form.${key}`)} error={error(`pf-${key}`)} required={required}>
      <input {...controlProps(`pf-${key}`, { error: error(`pf-${key}`), required })} className="utrecht-textbox utrecht-textbox--html-input"
        value={values[key]} maxLength={max} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );
  const area = (key: 'intervention' | 'goal' | 'hypothesis', max: number, required: boolean, hint?: string) => (
    <Field id={`pf-${key}`} label={t(`pilots.form.${key}`)} hint={hint} error={error(`pf-${key}`)} required={required}>
      <textarea {...controlProps(`pf-${key}`, { hint: Boolean(hint), error: error(`pf-${key}`), required })}
        className="utrecht-textarea utrecht-textarea--html-textarea" rows={4} maxLength={max} value={values[key]}
        onChange={(e) => set(key, e.target.value)} />
    </Field>
  );
  const input = (key: 'startsOn' | 'endsOn' | 'costTotal' | 'participantCount', type: string, hint?: string, extra: ReactNode = null) => (
    <Field id={`pf-${key}`} label={t(`pilots.form.${key}`)} hint={hint} error={error(`pf-${key}`)}>
      <input {...controlProps(`pf-${key}`, { hint: Boolean(hint), error: error(`pf-${key}`) })}
        className="utrecht-textbox utrecht-textbox--html-input hub-input--short" type={type}
        inputMode={type === 'text' ? 'decimal' : undefined} value={values[key]} onChange={(e) => set(key, e.target.value)} />
      {extra}
    </Field>
  );

  const chosen = new Set(values.knowledge.map((k) => k.id));
  const orgName = (id: string) => organizations.data?.items.find((o) => o.id === id)?.name ?? organizationNames[id] ?? id;

  return (
    <form className="hub-form" onSubmit={(e) => void submit(e)} noValidate>
      {stale && (
        <div ref={alertRef} tabIndex={-1} className="hub-focus-target">
          <Alert type="warning" role="alert">
            <Paragraph>{t('pilots.form.stale')}</Paragraph>
            {onReload && (
              <Button appearance="secondary-action-button" onClick={onReload}>
                {t('pilots.form.reload')}
              </Button>
            )}
          </Alert>
        </div>
      )}
      {failure && (
        <div ref={alertRef} tabIndex={-1} className="hub-focus-target">
          <Alert type="error" role="alert">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        </div>
      )}
      {blocker.state === 'blocked' && (
        <div ref={leaveRef} tabIndex={-1} className="hub-focus-target" role="alertdialog" aria-labelledby="pf-leave-title">
          <Alert type="warning">
            <Paragraph id="pf-leave-title">
              <strong>{t('pilots.form.unsavedTitle')}</strong> {t('pilots.form.unsaved')}
            </Paragraph>
            <ButtonGroup>
              <Button appearance="primary-action-button" onClick={() => blocker.reset?.()}>
                {t('pilots.form.stay')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => blocker.proceed?.()}>
                {t('pilots.form.leave')}
              </Button>
            </ButtonGroup>
          </Alert>
        </div>
      )}
      <ErrorSummary ref={summaryRef} title={t('pilots.form.errorsTitle')} entries={errors.summary} onFocusField={focusControl} />
      <Paragraph className="hub-muted">{t('pilots.form.requiredNote')}</Paragraph>

      {text('title', 200, true)}
      <Field id="pf-interventionTypeCode" label={t('pilots.form.interventionType')} error={error('pf-interventionTypeCode')} required>
        <select {...controlProps('pf-interventionTypeCode', { error: error('pf-interventionTypeCode'), required: true })}
          className="utrecht-select utrecht-select--html-select" value={values.interventionTypeCode}
          onChange={(e) => set('interventionTypeCode', e.target.value)}>
          <option value="">{t('pilots.form.choose')}</option>
          {types.data?.items.map((type) => (
            <option key={type.code} value={type.code}>
              {typeText.label(type)}
            </option>
          ))}
        </select>
      </Field>
      {area('intervention', 4000, true, t('pilots.form.interventionHint'))}
      {area('goal', 2000, true)}
      {area('hypothesis', 2000, false, t('pilots.form.hypothesisHint'))}
      {text('targetGroup', 500)}

      <ChoiceGroup id="pf-organizations" legend={t('pilots.form.organizations')} hint={editOrganizations ? t('pilots.form.organizationsHint') : t('pilots.form.organizationsFixed')}
        error={error('pf-organizations')}>
        {editOrganizations ? (
          <ol className="hub-rows">
            {values.organizations.map((row, index) => (
              <li key={index} className="hub-row">
                <Field id={`pf-org-${index}`} label={t('pilots.form.organization', { n: index + 1 })} error={error(`pf-org-${index}`)}>
                  <select {...controlProps(`pf-org-${index}`, { error: error(`pf-org-${index}`) })}
                    className="utrecht-select utrecht-select--html-select" value={row.organizationId}
                    onChange={(e) => setRow(index, { organizationId: e.target.value })}>
                    <option value="">{t('pilots.form.choose')}</option>
                    {organizations.data?.items.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field id={`pf-role-${index}`} label={t('pilots.form.role', { n: index + 1 })} error={error(`pf-role-${index}`)}>
                  <select {...controlProps(`pf-role-${index}`, { error: error(`pf-role-${index}`) })}
                    className="utrecht-select utrecht-select--html-select" value={row.role}
                    onChange={(e) => setRow(index, { role: e.target.value as ParticipantRole })}>
                    {PARTICIPANT_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`pilots.role.${role}`)}
                      </option>
                    ))}
                  </select>
                </Field>
                <Button appearance="subtle-button" onClick={() => set('organizations', values.organizations.filter((_, i) => i !== index))}>
                  {t('pilots.form.removeOrganization', { n: index + 1 })}
                </Button>
              </li>
            ))}
          </ol>
        ) : (
          <ul>
            {values.organizations.map((row) => (
              <li key={row.organizationId}>
                {orgName(row.organizationId)} · {row.role && t(`pilots.role.${row.role}`)}
              </li>
            ))}
          </ul>
        )}
        {editOrganizations && values.organizations.length < 50 && (
          <Button appearance="secondary-action-button"
            onClick={() => set('organizations', [...values.organizations, { organizationId: '', role: 'PARTICIPATING' }])}>
            {t('pilots.form.addOrganization')}
          </Button>
        )}
      </ChoiceGroup>

      <Field id="pf-contactMemberId" label={t('pilots.form.contact')} hint={t('pilots.form.contactHint')} error={error('pf-contactMemberId')}>
        <select {...controlProps('pf-contactMemberId', { hint: true, error: error('pf-contactMemberId') })}
          className="utrecht-select utrecht-select--html-select" value={values.contactMemberId}
          onChange={(e) => set('contactMemberId', e.target.value)}>
          <option value="">{t('pilots.form.noContact')}</option>
          {members.data?.items.map((m) => (
            <option key={m.id} value={m.id}>
              {m.organization ? `${m.name} (${m.organization.name})` : m.name}
            </option>
          ))}
          {values.contactMemberId && !members.data?.items.some((m) => m.id === values.contactMemberId) && (
            <option value={values.contactMemberId}>{initial.contactMemberId === values.contactMemberId ? '…' : values.contactMemberId}</option>
          )}
        </select>
      </Field>

      <div className="hub-field-row">
        {input('startsOn', 'date')}
        {input('endsOn', 'date')}
      </div>
      <div className="hub-field-row">
        {input('costTotal', 'text', t('pilots.form.costHint'))}
        {input('participantCount', 'number', t('pilots.form.participantHint'))}
      </div>

      <section className="hub-field" aria-labelledby="pf-knowledge-title">
        <Heading2 id="pf-knowledge-title" className="hub-field__heading">
          {t('pilots.form.knowledge')}
        </Heading2>
        {error('pf-knowledge') && (
          <p className="utrecht-form-field-error-message" id="pf-knowledge-error">
            {error('pf-knowledge')}
          </p>
        )}
        {values.knowledge.length === 0 ? (
          <Paragraph className="hub-muted">{t('pilots.form.noKnowledge')}</Paragraph>
        ) : (
          <ul aria-labelledby="pf-knowledge-title">
            {values.knowledge.map((k) => (
              <li key={k.id}>
                {k.title}{' '}
                <Button appearance="subtle-button" className="hub-inline-button"
                  onClick={() => set('knowledge', values.knowledge.filter((x) => x.id !== k.id))}>
                  {t('pilots.form.removeShort')}
                  <span className="hub-visually-hidden">: {k.title}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
        <Field id="pf-knowledge" label={t('pilots.form.knowledgeSearch')} hint={t('pilots.form.knowledgeHint')}>
          <input {...controlProps('pf-knowledge', { hint: true, error: error('pf-knowledge') })} type="search"
            className="utrecht-textbox utrecht-textbox--html-input" value={knowledgeQuery} maxLength={200}
            onChange={(e) => setKnowledgeQuery(e.target.value)} />
        </Field>
        {knowledgeQuery.trim().length >= 2 && knowledge.data && (
          <div role="status" aria-live="polite">
            {knowledge.data.items.length === 0 ? (
              <Paragraph>{t('pilots.form.noResults')}</Paragraph>
            ) : (
              <ul className="hub-choices-list">
                {knowledge.data.items.filter((k) => !chosen.has(k.id)).map((k) => (
                  <li key={k.id}>
                    {k.title}{' '}
                    <Button appearance="subtle-button" className="hub-inline-button" disabled={values.knowledge.length >= 20}
                      onClick={() => set('knowledge', [...values.knowledge, { id: k.id, title: k.title }])}>
                      {t('pilots.form.addShort')}
                      <span className="hub-visually-hidden">: {k.title}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>

      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={submitting}>
          {submitLabel}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('pilots.form.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
