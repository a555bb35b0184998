import { useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { RequireRole } from '../../../auth/RequireRole';
import { useTranslation } from '../../../i18n';
import { Choice, controlProps, Field } from '../../../shared/form/fields';
import { BackLink } from '../../../shared/links';
import { NotFoundContent } from '../../../shared/NotFoundContent';
import { errorMessage, QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import type { Instrument } from '../api';
import { controlOf, draftOf, emptyDimension, emptyItem, MAX_DIMENSIONS, MAX_ITEMS, requestOf, type DimensionDraft, type Draft,
  type General, type ItemDraft } from './instrumentDraft';
import { instrumentText } from './instrumentText';
import { useCreateInstrument, useInstrument } from './instrumentsApi';
import './instruments.css';

function Editor({ source }: { source?: Instrument }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateInstrument();
  const [draft, setDraft] = useState<Draft>(() => draftOf(source));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string[]>([]);
  const name = source ? instrumentText(i18n.language).name(source) : '';
  const title = source ? t('evaluations.instruments.edit.versionTitle', { name }) : t('evaluations.instruments.edit.newTitle');
  usePageTitle(title);
  const itemCount = draft.dimensions.reduce((sum, d) => sum + d.items.length, 0);

  const setDimension = (index: number, change: Partial<DimensionDraft>) =>
    setDraft((v) => ({ ...v, dimensions: v.dimensions.map((d, i) => (i === index ? { ...d, ...change } : d)) }));
  const setItem = (dimension: number, index: number, change: Partial<ItemDraft>) =>
    setDraft((v) => ({ ...v, dimensions: v.dimensions.map((d, i) => (i !== dimension ? d
      : { ...d, items: d.items.map((item, j) => (j === index ? { ...item, ...change } : item)) })) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure([]);
    try {
      const created = await create.mutateAsync(requestOf(draft));
      navigate(`/vragenlijsten/${created.id}`, { state: { flash: t('evaluations.instruments.edit.created', {
        name: instrumentText(i18n.language).name(created), version: created.versionNumber }) } });
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        const byControl: Record<string, string> = {};
        const loose: string[] = [];
        for (const { field, message } of error.fieldErrors) {
          const control = controlOf(field, draft);
          if (!control) loose.push(message);
          else byControl[control] ??= message;
        }
        setErrors(byControl);
        setFailure([t('evaluations.instruments.edit.checkFields'), ...loose]);
      } else {
        setFailure([errorMessage(error, t)]);
      }
    }
  };

  const text = (id: string, label: string, value: string, onChange: (value: string) => void, max: number,
    opts: { area?: boolean; hint?: string } = {}) => (
    <Field id={id} label={label} hint={opts.hint} error={errors[id]} required>
      {opts.area ? (
        <textarea {...controlProps(id, { hint: Boolean(opts.hint), error: errors[id], required: true })}
          className="utrecht-textarea utrecht-textarea--html-textarea" rows={3} maxLength={max} value={value}
          onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...controlProps(id, { hint: Boolean(opts.hint), error: errors[id], required: true })}
          className="utrecht-textbox utrecht-textbox--html-input" maxLength={max} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
  const general = (field: General, max: number, opts: { area?: boolean; hint?: string } = {}) =>
    text(`ie-${field}`, t(`evaluations.instruments.edit.${field}`), draft[field], (value) => setDraft((v) => ({ ...v, [field]: value })), max, opts);

  return (
    <>
      <BackLink to={source ? `/vragenlijsten/${source.id}` : '/vragenlijsten'}>{source ? name : t('evaluations.instruments.back')}</BackLink>
      <Heading1 id="ie-title">{title}</Heading1>
      {source && <Paragraph>{t('evaluations.instruments.edit.versionIntro', { version: source.versionNumber })}</Paragraph>}
      <Paragraph className="hub-muted">{t('evaluations.instruments.edit.limits')}</Paragraph>
      {failure.length > 0 && (
        <Alert type="error" role="alert">
          {failure.map((message) => <Paragraph key={message}>{message}</Paragraph>)}
        </Alert>
      )}
      <form className="hub-form" noValidate aria-labelledby="ie-title" onSubmit={(e) => void submit(e)}>
        <Heading2>{t('evaluations.instruments.edit.general')}</Heading2>
        {source ? (
          <Paragraph>
            {t('evaluations.instruments.edit.code')}: <code>{draft.code}</code>
          </Paragraph>
        ) : (
          general('code', 60, { hint: t('evaluations.instruments.edit.codeHint') })
        )}
        {general('nameNl', 200)}
        {general('nameEn', 200)}
        {general('descriptionNl', 2000, { area: true })}
        {general('descriptionEn', 2000, { area: true })}
        {draft.dimensions.map((dimension, d) => {
          const n = d + 1;
          const headingId = `ie-d${d}-title`;
          return (
            <section key={dimension.key} className="hub-instrument-editor__dimension" aria-labelledby={headingId} id={`ie-d${d}`}>
              <Heading2 id={headingId}>
                {t('evaluations.instruments.edit.dimension', { n })}
                {dimension.labelNl.trim() && `: ${i18n.language === 'en' && dimension.labelEn.trim() ? dimension.labelEn : dimension.labelNl}`}
              </Heading2>
              {errors[`ie-d${d}`] && <p className="utrecht-form-field-error-message" role="alert">{errors[`ie-d${d}`]}</p>}
              {text(`ie-d${d}-code`, t('evaluations.instruments.edit.dimensionCode'), dimension.code, (code) => setDimension(d, { code }), 60,
                { hint: t('evaluations.instruments.edit.codeHint') })}
              {text(`ie-d${d}-labelNl`, t('evaluations.instruments.edit.labelNl'), dimension.labelNl, (labelNl) => setDimension(d, { labelNl }), 200)}
              {text(`ie-d${d}-labelEn`, t('evaluations.instruments.edit.labelEn'), dimension.labelEn, (labelEn) => setDimension(d, { labelEn }), 200)}
              {dimension.items.map((item, i) => {
                const itemId = `ie-d${d}-i${i}`;
                return (
                  <fieldset key={item.key} className="hub-instrument-editor__item utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
                    <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                      {t('evaluations.instruments.edit.item', { n: i + 1, dimension: n })}
                    </legend>
                    {text(`${itemId}-code`, t('evaluations.instruments.edit.itemCode'), item.code, (code) => setItem(d, i, { code }), 60)}
                    {text(`${itemId}-textNl`, t('evaluations.instruments.edit.textNl'), item.textNl, (textNl) => setItem(d, i, { textNl }), 300,
                      { area: true })}
                    {text(`${itemId}-textEn`, t('evaluations.instruments.edit.textEn'), item.textEn, (textEn) => setItem(d, i, { textEn }), 300,
                      { area: true })}
                    <Choice id={`${itemId}-reverse`} type="checkbox" label={t('evaluations.instruments.edit.reverseScored')}
                      checked={item.reverseScored} onChange={() => setItem(d, i, { reverseScored: !item.reverseScored })} />
                    {dimension.items.length > 1 && (
                      <Button type="button" appearance="subtle-button"
                        onClick={() => { setErrors({}); setDimension(d, { items: dimension.items.filter((_, j) => j !== i) }); }}>
                        {t('evaluations.instruments.edit.removeItem', { n: i + 1 })}
                      </Button>
                    )}
                  </fieldset>
                );
              })}
              <ButtonGroup>
                <Button type="button" appearance="secondary-action-button" disabled={itemCount >= MAX_ITEMS}
                  onClick={() => setDimension(d, { items: [...dimension.items,
                    emptyItem(dimension.code.trim() ? `${dimension.code.trim()}-${dimension.items.length + 1}` : '')] })}>
                  {t('evaluations.instruments.edit.addItem', { n })}
                </Button>
                {draft.dimensions.length > 1 && (
                  <Button type="button" appearance="subtle-button"
                    onClick={() => { setErrors({}); setDraft((v) => ({ ...v, dimensions: v.dimensions.filter((_, j) => j !== d) })); }}>
                    {t('evaluations.instruments.edit.removeDimension', { n })}
                  </Button>
                )}
              </ButtonGroup>
            </section>
          );
        })}
        <Paragraph>
          <Button type="button" appearance="secondary-action-button" disabled={draft.dimensions.length >= MAX_DIMENSIONS || itemCount >= MAX_ITEMS}
            onClick={() => setDraft((v) => ({ ...v, dimensions: [...v.dimensions, emptyDimension()] }))}>
            {t('evaluations.instruments.edit.addDimension')}
          </Button>
        </Paragraph>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
            {source ? t('evaluations.instruments.edit.saveVersion') : t('evaluations.instruments.edit.save')}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={() => navigate(source ? `/vragenlijsten/${source.id}` : '/vragenlijsten')}>
            {t('evaluations.instruments.edit.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function NewVersion({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useInstrument(id);
  if (isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (isApiError(error) && (error.status === 404 || error.status === 400)) {
    return <NotFoundContent title={t('evaluations.instruments.notFoundTitle')} text={t('evaluations.instruments.notFound')} />;
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  return data ? <Editor source={data} /> : null;
}

/** Staff: a new questionnaire (/vragenlijsten/nieuw), or the next version of one, starting from a copy of it. */
export default function InstrumentEditorPage() {
  const { id } = useParams();
  return <RequireRole roles={['staff']}>{id ? <NewVersion key={id} id={id} /> : <Editor />}</RequireRole>;
}
