import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { ErrorSummary } from '../../../shared/form/ErrorSummary';
import { Choice, ChoiceGroup, controlProps, Field } from '../../../shared/form/fields';
import { useUnsavedChanges } from '../../../shared/hooks/useUnsavedChanges';
import { errorMessage } from '../../../shared/QueryError';
import { useThemes, useThemeText } from '../../../shared/themes';
import { useKnowledgeLabels } from '../labels';
import { ITEM_TYPES, LEARNING_FORMS, VISIBILITIES } from '../model';
import { ListInput } from './ListInput';
import { MarkdownBody } from './MarkdownBody';
import {
  FIELD_IDS,
  listErrors,
  mapFieldErrors,
  normalize,
  type FormValues,
  type MappedErrors,
} from './formModel';

const LANGUAGE_CODES = ['nl', 'en', 'de', 'fr'];

const FIELD_LABEL_KEYS: Record<string, string> = {
  type: 'knowledge.form.type',
  title: 'knowledge.form.title',
  summary: 'knowledge.form.summary',
  body: 'knowledge.form.body',
  authors: 'knowledge.form.authors',
  publisher: 'knowledge.form.publisher',
  publicationYear: 'knowledge.form.publicationYear',
  url: 'knowledge.form.url',
  language: 'knowledge.form.language',
  themes: 'knowledge.form.themes',
  learningForms: 'knowledge.form.learningForms',
  sectors: 'knowledge.form.sectors',
  targetGroups: 'knowledge.form.targetGroups',
  visibility: 'knowledge.form.visibility',
  status: 'knowledge.form.status',
};

const ITEM_LABEL_KEYS: Record<string, string> = {
  authors: 'knowledge.form.author',
  sectors: 'knowledge.form.sector',
  targetGroups: 'knowledge.form.targetGroup',
};

export interface KnowledgeFormProps {
  initial: FormValues;
  /** Staff creating an item may choose its status. */
  showStatus: boolean;
  submitLabel: string;
  /** Throws an ApiError when the API refuses; the form then shows the errors. */
  onSubmit: (values: FormValues) => Promise<void>;
  onCancel: () => void;
  /** Offered when the API answers 412 (stale If-Match): start again from the newest version, dropping these edits. */
  onConflictReload?: () => void;
  /**
   * On a 412: the newest version's values (the caller also takes its ETag for the next save). The form then shows the
   * user's edits beside that version, and saving again keeps the user's edits.
   */
  onConflict?: () => Promise<FormValues>;
}

/** The fields whose value differs between two versions of the form. */
export function changedFields(mine: FormValues, theirs: FormValues): (keyof FormValues)[] {
  return (Object.keys(mine) as (keyof FormValues)[]).filter(
    (key) => key !== 'status' && JSON.stringify(mine[key]) !== JSON.stringify(theirs[key]),
  );
}

function shown(value: string | string[]): string {
  return Array.isArray(value) ? value.join('; ') : value;
}

/** The form to propose or edit a knowledge item. The API is the judge of validity; its errors appear beside the fields. */
export function KnowledgeForm({ initial, showStatus, submitLabel, onSubmit, onCancel, onConflictReload, onConflict }: KnowledgeFormProps) {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const themes = useThemes();
  const themeText = useThemeText();
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<MappedErrors | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  /** The newest version after a 412, shown beside the user's edits. */
  const [newest, setNewest] = useState<FormValues | null>(null);
  const dirty = changedFields(normalize(values), normalize(initial)).length > 0;
  const { blocker, allowLeave } = useUnsavedChanges(dirty);
  const leaveRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (blocker.state === 'blocked') leaveRef.current?.focus();
  }, [blocker.state]);
  const [submitting, setSubmitting] = useState(false);
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);

  useEffect(() => {
    if (focusSummary === 0) return;
    (summaryRef.current ?? alertRef.current)?.focus();
  }, [focusSummary]);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const toggle = (key: 'themes' | 'learningForms', value: string) =>
    setValues((v) => ({ ...v, [key]: v[key].includes(value) ? v[key].filter((x) => x !== value) : [...v[key], value] }));

  const fieldError = (name: string) => errors?.byField[name];

  const focusField = (id: string) => {
    if (id === FIELD_IDS.body) setTab('write');
    // Wait a tick so a hidden tab panel is shown first.
    setTimeout(() => {
      const element = document.getElementById(id);
      element?.scrollIntoView?.({ block: 'center' });
      element?.focus();
    }, 0);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalize(values);
    setValues(normalized);
    setErrors(null);
    setFailure(null);
    setConflict(false);
    setNewest(null);
    setSubmitting(true);
    allowLeave(true); // a successful save moves on to the item
    try {
      await onSubmit(normalized);
    } catch (error) {
      allowLeave(false);
      if (isApiError(error) && error.status === 412 && onConflictReload) {
        setConflict(true);
        if (onConflict) {
          try {
            setNewest(normalize(await onConflict()));
          } catch {
            // the newest version could not be loaded: the reload button still works
          }
        }
      } else if (isApiError(error) && error.fieldErrors.length > 0) {
        setErrors(mapFieldErrors(error.fieldErrors));
      } else {
        setFailure(errorMessage(error, t));
      }
      setFocusSummary((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  // In the summary each message is prefixed with the field it concerns ("Auteur 2: …").
  const summaryEntries = (errors?.summary ?? []).map(({ message, targetId, field, index }) => {
    if (!field) return { message, targetId };
    const label =
      index !== undefined && ITEM_LABEL_KEYS[field] ? t(ITEM_LABEL_KEYS[field], { n: index + 1 }) : t(FIELD_LABEL_KEYS[field]);
    return { message: `${label}: ${message}`, targetId };
  });

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const next = tab === 'write' ? 'preview' : 'write';
      setTab(next);
      document.getElementById(`kf-tab-${next}`)?.focus();
    }
  };

  const languageOptions = LANGUAGE_CODES.includes(values.language) ? LANGUAGE_CODES : [...LANGUAGE_CODES, values.language];

  return (
    <form className="hub-form" onSubmit={(e) => void submit(e)} noValidate>
      {conflict && (
        <div ref={alertRef} tabIndex={-1} className="hub-focus-target">
          <Alert type="warning" role="alert">
            <Paragraph>
              <strong>{t('knowledge.form.conflictTitle')}.</strong> {t('knowledge.form.conflict')}
            </Paragraph>
            {newest && (
              <>
                <Paragraph>{t('knowledge.form.conflictKept')}</Paragraph>
                <table className="hub-table hub-conflict">
                  <caption className="hub-visually-hidden">{t('knowledge.form.conflictCompare')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('knowledge.form.conflictField')}</th>
                      <th scope="col">{t('knowledge.form.conflictMine')}</th>
                      <th scope="col">{t('knowledge.form.conflictTheirs')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changedFields(normalize(values), newest).map((field) => (
                      <tr key={field}>
                        <th scope="row">{t(FIELD_LABEL_KEYS[field])}</th>
                        <td>{shown(normalize(values)[field])}</td>
                        <td>{shown(newest[field])}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
            <ButtonGroup>
              {newest && (
                <Button appearance="primary-action-button" type="submit" disabled={submitting}>
                  {t('knowledge.form.keepMine')}
                </Button>
              )}
              <Button appearance="secondary-action-button" onClick={onConflictReload}>
                {t('knowledge.form.reload')}
              </Button>
            </ButtonGroup>
          </Alert>
        </div>
      )}
      {blocker.state === 'blocked' && (
        <div ref={leaveRef} tabIndex={-1} className="hub-focus-target" role="alertdialog" aria-labelledby="kf-leave-title" aria-describedby="kf-leave-text">
          <Alert type="warning">
            <Paragraph id="kf-leave-title">
              <strong>{t('knowledge.form.unsavedTitle')}</strong>
            </Paragraph>
            <Paragraph id="kf-leave-text">{t('knowledge.form.unsaved')}</Paragraph>
            <ButtonGroup>
              <Button appearance="primary-action-button" onClick={() => blocker.reset?.()}>
                {t('knowledge.form.stay')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => blocker.proceed?.()}>
                {t('knowledge.form.leave')}
              </Button>
            </ButtonGroup>
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
      <ErrorSummary ref={summaryRef} entries={summaryEntries} onFocusField={focusField} />

      <Paragraph className="hub-muted">{t('knowledge.form.requiredNote')}</Paragraph>

      <Field id={FIELD_IDS.type} label={t('knowledge.form.type')} error={fieldError('type')} required>
        <select
          {...controlProps(FIELD_IDS.type, { error: fieldError('type'), required: true })}
          className={`utrecht-select utrecht-select--html-select${fieldError('type') ? ' utrecht-select--invalid' : ''}`}
          value={values.type}
          onChange={(e) => set('type', e.target.value)}
        >
          <option value="">{t('knowledge.form.chooseType')}</option>
          {ITEM_TYPES.map((type) => (
            <option key={type} value={type}>
              {labels.type(type)}
            </option>
          ))}
        </select>
      </Field>

      <Field id={FIELD_IDS.title} label={t('knowledge.form.title')} hint={t('knowledge.form.titleHint')} error={fieldError('title')} required>
        <input
          {...controlProps(FIELD_IDS.title, { hint: true, error: fieldError('title'), required: true })}
          type="text"
          className={`utrecht-textbox utrecht-textbox--html-input${fieldError('title') ? ' utrecht-textbox--invalid' : ''}`}
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
        />
      </Field>

      <Field id={FIELD_IDS.summary} label={t('knowledge.form.summary')} hint={t('knowledge.form.summaryHint')} error={fieldError('summary')} required>
        <textarea
          {...controlProps(FIELD_IDS.summary, { hint: true, error: fieldError('summary'), required: true })}
          className={`utrecht-textarea utrecht-textarea--html-textarea${fieldError('summary') ? ' utrecht-textarea--invalid' : ''}`}
          rows={4}
          value={values.summary}
          onChange={(e) => set('summary', e.target.value)}
        />
      </Field>

      <Field
        id={FIELD_IDS.body}
        label={t('knowledge.form.body')}
        hint={t('knowledge.form.bodyHint')}
        error={fieldError('body')}
        optionalText={t('knowledge.form.optional')}
      >
        <div className="hub-tabs">
          <div role="tablist" aria-label={t('knowledge.form.bodyTabs')} className="hub-tabs__list">
            {(['write', 'preview'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`kf-tab-${name}`}
                aria-selected={tab === name}
                aria-controls={`kf-panel-${name}`}
                tabIndex={tab === name ? 0 : -1}
                className="hub-tabs__tab"
                onClick={() => setTab(name)}
                onKeyDown={onTabKey}
              >
                {t(`knowledge.form.${name}`)}
              </button>
            ))}
          </div>
          <div role="tabpanel" id="kf-panel-write" aria-labelledby="kf-tab-write" hidden={tab !== 'write'}>
            <textarea
              {...controlProps(FIELD_IDS.body, { hint: true, error: fieldError('body') })}
              className={`utrecht-textarea utrecht-textarea--html-textarea hub-tabs__textarea${fieldError('body') ? ' utrecht-textarea--invalid' : ''}`}
              rows={12}
              value={values.body}
              onChange={(e) => set('body', e.target.value)}
            />
          </div>
          <div
            role="tabpanel"
            id="kf-panel-preview"
            aria-labelledby="kf-tab-preview"
            hidden={tab !== 'preview'}
            className="hub-tabs__preview"
            tabIndex={0}
          >
            {tab === 'preview' &&
              (values.body.trim() ? <MarkdownBody source={values.body} /> : <Paragraph>{t('knowledge.form.previewEmpty')}</Paragraph>)}
          </div>
        </div>
      </Field>

      <ChoiceGroup
        id={FIELD_IDS.themes}
        legend={t('knowledge.form.themes')}
        hint={t('knowledge.form.themesHint')}
        error={fieldError('themes')}
        required
      >
        {themes.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
        {themes.data?.items.map((theme, index) => (
          <Choice
            key={theme.code}
            id={`${FIELD_IDS.themes}-${index}`}
            type="checkbox"
            label={themeText.label(theme)}
            checked={values.themes.includes(theme.code)}
            onChange={() => toggle('themes', theme.code)}
            invalid={Boolean(fieldError('themes'))}
          />
        ))}
      </ChoiceGroup>

      <ChoiceGroup id={FIELD_IDS.learningForms} legend={t('knowledge.form.learningForms')} error={fieldError('learningForms')}>
        {LEARNING_FORMS.map((form, index) => (
          <Choice
            key={form}
            id={`${FIELD_IDS.learningForms}-${index}`}
            type="checkbox"
            label={labels.learningForm(form)}
            checked={values.learningForms.includes(form)}
            onChange={() => toggle('learningForms', form)}
            invalid={Boolean(fieldError('learningForms'))}
          />
        ))}
      </ChoiceGroup>

      <ListInput
        id={FIELD_IDS.authors}
        legend={t('knowledge.form.authors')}
        hint={t('knowledge.form.authorsHint')}
        itemLabel={(n) => t('knowledge.form.author', { n })}
        addLabel={t('knowledge.form.addAuthor')}
        values={values.authors}
        onChange={(list) => set('authors', list)}
        groupError={fieldError('authors')}
        itemErrors={listErrors(errors?.byField ?? {}, 'authors')}
        max={20}
        maxLength={200}
      />

      <Field id={FIELD_IDS.publisher} label={t('knowledge.form.publisher')} error={fieldError('publisher')} optionalText={t('knowledge.form.optional')}>
        <input
          {...controlProps(FIELD_IDS.publisher, { error: fieldError('publisher') })}
          type="text"
          className={`utrecht-textbox utrecht-textbox--html-input${fieldError('publisher') ? ' utrecht-textbox--invalid' : ''}`}
          value={values.publisher}
          onChange={(e) => set('publisher', e.target.value)}
        />
      </Field>

      <Field
        id={FIELD_IDS.publicationYear}
        label={t('knowledge.form.publicationYear')}
        hint={t('knowledge.form.publicationYearHint')}
        error={fieldError('publicationYear')}
        optionalText={t('knowledge.form.optional')}
      >
        <input
          {...controlProps(FIELD_IDS.publicationYear, { hint: true, error: fieldError('publicationYear') })}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          className={`utrecht-textbox utrecht-textbox--html-input hub-input--year${fieldError('publicationYear') ? ' utrecht-textbox--invalid' : ''}`}
          value={values.publicationYear}
          onChange={(e) => set('publicationYear', e.target.value.replace(/\D/g, '').slice(0, 4))}
        />
      </Field>

      <Field id={FIELD_IDS.url} label={t('knowledge.form.url')} hint={t('knowledge.form.urlHint')} error={fieldError('url')} optionalText={t('knowledge.form.optional')}>
        <input
          {...controlProps(FIELD_IDS.url, { hint: true, error: fieldError('url') })}
          type="url"
          inputMode="url"
          className={`utrecht-textbox utrecht-textbox--html-input${fieldError('url') ? ' utrecht-textbox--invalid' : ''}`}
          value={values.url}
          onChange={(e) => set('url', e.target.value)}
        />
      </Field>

      <Field id={FIELD_IDS.language} label={t('knowledge.form.language')} error={fieldError('language')} required>
        <select
          {...controlProps(FIELD_IDS.language, { error: fieldError('language'), required: true })}
          className="utrecht-select utrecht-select--html-select"
          value={values.language}
          onChange={(e) => set('language', e.target.value)}
        >
          {languageOptions.map((code) => (
            <option key={code} value={code}>
              {labels.language(code)}
            </option>
          ))}
        </select>
      </Field>

      <ListInput
        id={FIELD_IDS.sectors}
        legend={t('knowledge.form.sectors')}
        hint={t('knowledge.form.sectorsHint')}
        itemLabel={(n) => t('knowledge.form.sector', { n })}
        addLabel={t('knowledge.form.addSector')}
        values={values.sectors}
        onChange={(list) => set('sectors', list)}
        groupError={fieldError('sectors')}
        itemErrors={listErrors(errors?.byField ?? {}, 'sectors')}
        max={10}
        maxLength={100}
      />

      <ListInput
        id={FIELD_IDS.targetGroups}
        legend={t('knowledge.form.targetGroups')}
        hint={t('knowledge.form.targetGroupsHint')}
        itemLabel={(n) => t('knowledge.form.targetGroup', { n })}
        addLabel={t('knowledge.form.addTargetGroup')}
        values={values.targetGroups}
        onChange={(list) => set('targetGroups', list)}
        groupError={fieldError('targetGroups')}
        itemErrors={listErrors(errors?.byField ?? {}, 'targetGroups')}
        max={10}
        maxLength={100}
      />

      <ChoiceGroup id={FIELD_IDS.visibility} legend={t('knowledge.form.visibility')} error={fieldError('visibility')} required>
        {VISIBILITIES.map((visibility, index) => (
          <Choice
            key={visibility}
            id={`${FIELD_IDS.visibility}-${index}`}
            type="radio"
            name="visibility"
            label={labels.visibility(visibility)}
            checked={values.visibility === visibility}
            onChange={() => set('visibility', visibility)}
          />
        ))}
      </ChoiceGroup>

      {showStatus && (
        <Field id={FIELD_IDS.status} label={t('knowledge.form.status')} error={fieldError('status')} required>
          <select
            {...controlProps(FIELD_IDS.status, { error: fieldError('status'), required: true })}
            className="utrecht-select utrecht-select--html-select"
            value={values.status}
            onChange={(e) => set('status', e.target.value)}
          >
            {(['DRAFT', 'IN_REVIEW', 'PUBLISHED'] as const).map((status) => (
              <option key={status} value={status}>
                {labels.status(status)}
              </option>
            ))}
          </select>
        </Field>
      )}

      <ButtonGroup className="hub-form__actions">
        <Button type="submit" appearance="primary-action-button" disabled={submitting} busy={submitting}>
          {submitting ? t('knowledge.form.saving') : submitLabel}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel} disabled={submitting}>
          {t('knowledge.form.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

