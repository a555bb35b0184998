import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { controlProps, Field, firstErrorPerField } from '../../../shared/form/fields';
import { errorMessage } from '../../../shared/QueryError';
import { useSaveInterventionType, type InterventionType } from '../api';

type Key = 'code' | 'labelNl' | 'labelEn' | 'descriptionNl' | 'descriptionEn' | 'ingredientsNl' | 'ingredientsEn';
type Values = Record<Key, string>;

function valuesOf(type?: InterventionType): Values {
  return { code: type?.code ?? '', labelNl: type?.labelNl ?? '', labelEn: type?.labelEn ?? '', descriptionNl: type?.descriptionNl ?? '',
    descriptionEn: type?.descriptionEn ?? '', ingredientsNl: (type?.ingredientsNl ?? []).join('\n'),
    ingredientsEn: (type?.ingredientsEn ?? []).join('\n') };
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/**
 * Staff: add an intervention type (without `type`) or change one's texts and active ingredients. Ingredients are one
 * per line, the English ones in the same order as the Dutch. The API judges the input and names the field.
 */
export function InterventionTypeEditor({ type, onSaved }: { type?: InterventionType; onSaved: (label: string, code: string) => void }) {
  const { t } = useTranslation();
  const save = useSaveInterventionType();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(() => valuesOf(type));
  const [errors, setErrors] = useState<Partial<Values>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const id = (key: Key) => `ite-${key}`;

  if (!open) {
    return (
      <Button appearance="secondary-action-button" onClick={() => { setValues(valuesOf(type)); setErrors({}); setFailure(null); setOpen(true); }}>
        {type ? t('pilots.typeEdit.open') : t('pilots.typeEdit.new')}
      </Button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    const texts = { labelNl: values.labelNl.trim(), labelEn: values.labelEn.trim(), descriptionNl: values.descriptionNl.trim(),
      descriptionEn: values.descriptionEn.trim(), ingredientsNl: lines(values.ingredientsNl), ingredientsEn: lines(values.ingredientsEn) };
    try {
      const saved = await save.mutateAsync(type ? { code: type.code, version: type.version, texts } : { texts: { ...texts, code: values.code.trim() } });
      setOpen(false);
      onSaved(saved.labelNl, saved.code);
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        // "ingredientsNl[2]" belongs to the ingredients field; the first message per field is shown
        setErrors(firstErrorPerField(error.fieldErrors, (field) => field.replace(/\[.*$/, '') as Key));
      } else if (isApiError(error) && error.status === 412) {
        setFailure(t('pilots.typeEdit.stale'));
      } else {
        setFailure(errorMessage(error, t));
      }
    }
  };

  const field = (key: Key, label: string, kind: 'input' | 'area', max: number, hint?: string) => (
    <Field id={id(key)} label={label} hint={hint} error={errors[key]} required>
      {kind === 'input' ? (
        <input {...controlProps(id(key), { hint: Boolean(hint), error: errors[key], required: true })}
          className="utrecht-textbox utrecht-textbox--html-input" value={values[key]} maxLength={max}
          onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} />
      ) : (
        <textarea {...controlProps(id(key), { hint: Boolean(hint), error: errors[key], required: true })}
          className="utrecht-textarea utrecht-textarea--html-textarea" rows={4} maxLength={max} value={values[key]}
          onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} />
      )}
    </Field>
  );

  return (
    <section aria-labelledby="ite-title">
      <Heading2 id="ite-title">{type ? t('pilots.typeEdit.title') : t('pilots.typeEdit.new')}</Heading2>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <form className="hub-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="ite-title">
        {!type && field('code', t('pilots.typeEdit.code'), 'input', 60, t('pilots.typeEdit.codeHint'))}
        {field('labelNl', t('pilots.typeEdit.labelNl'), 'input', 120)}
        {field('labelEn', t('pilots.typeEdit.labelEn'), 'input', 120)}
        {field('descriptionNl', t('pilots.typeEdit.descriptionNl'), 'area', 2000)}
        {field('descriptionEn', t('pilots.typeEdit.descriptionEn'), 'area', 2000)}
        {field('ingredientsNl', t('pilots.typeEdit.ingredientsNl'), 'area', 3100, t('pilots.typeEdit.ingredientsHint'))}
        {field('ingredientsEn', t('pilots.typeEdit.ingredientsEn'), 'area', 3100, t('pilots.typeEdit.ingredientsEnHint'))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
            {type ? t('pilots.typeEdit.save') : t('pilots.typeEdit.create')}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={() => setOpen(false)}>
            {t('pilots.form.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
