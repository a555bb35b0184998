import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { useAuth } from '../../../auth/AuthContext';
import { locale } from '../../../i18n';
import { Confirmation } from '../../../shared/Confirmation';
import type { SectionProps } from '../../../shared/feature';
import { controlProps, Field, firstErrorPerField } from '../../../shared/form/fields';
import { errorMessage } from '../../../shared/QueryError';
import { Link } from '../../../shared/links';
import type { Measurement, MeasurementRequest } from '../api';
import { useInstruments } from '../instruments/instrumentsApi';
import { useCloseMeasurement, useCreateMeasurement, useMeasurements } from './measurementsApi';
import { ResultsView } from './ResultsView';
import { SurveyLink } from './SurveyLink';
import './measurements.css';

type InstrumentRef = Measurement['instrument'];

type Values = { wave: 'BASELINE' | 'FOLLOW_UP'; instrumentId: string; label: string; opensOn: string; closesOn: string; responseCap: string };

/** The Hub's own questionnaire: the API's default for a baseline. */
const DEFAULT_INSTRUMENT = 'leercultuur';

/**
 * Staff open a wave: the baseline first, with the questionnaire of their choice (the Hub's own unless chosen), then
 * follow-ups compared with it, with the baseline's questionnaire. The API judges the input.
 */
function NewWave({ pilotId, baseline, onCreated }: { pilotId: string; baseline?: InstrumentRef; onCreated: (label: string) => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateMeasurement(pilotId);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>({ wave: baseline ? 'FOLLOW_UP' : 'BASELINE', instrumentId: '', label: '', opensOn: '',
    closesOn: '', responseCap: '60' });
  const instruments = useInstruments(open);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  if (!open) {
    return (
      <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
        {t('evaluations.measurements.new')}
      </Button>
    );
  }
  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    const cap = Number(values.responseCap);
    const instrumentId = values.wave === 'FOLLOW_UP' && baseline ? baseline.id : values.instrumentId || undefined;
    const request = { wave: values.wave, instrumentId, label: values.label.trim(), opensOn: values.opensOn || undefined, closesOn: values.closesOn || undefined,
      responseCap: values.responseCap.trim() === '' || Number.isNaN(cap) ? undefined : cap } as MeasurementRequest;
    try {
      await create.mutateAsync(request);
      setOpen(false);
      onCreated(request.label);
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        setErrors(firstErrorPerField<keyof Values>(error.fieldErrors));
        setFailure(error.fieldErrors.some((e) => !(e.field in values)) ? error.fieldErrors.map((e) => e.message).join(' ') : null);
      } else {
        setFailure(errorMessage(error, t));
      }
    }
  };
  const id = (key: keyof Values) => `mw-${pilotId}-${key}`;
  const latest = (instruments.data?.items ?? []).filter((instrument) => instrument.latest);
  const defaultInstrument = latest.find((instrument) => instrument.code === DEFAULT_INSTRUMENT)?.id ?? latest[0]?.id ?? '';
  const input = (key: 'label' | 'opensOn' | 'closesOn' | 'responseCap', type: string, hint?: string) => (
    <Field id={id(key)} label={t(`evaluations.measurements.${key}`)} hint={hint} error={errors[key]} required>
      <input {...controlProps(id(key), { hint: Boolean(hint), error: errors[key], required: true })} type={type}
        className={`utrecht-textbox utrecht-textbox--html-input${type === 'text' ? '' : ' hub-input--short'}`} value={values[key]}
        maxLength={type === 'text' ? 100 : undefined} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );
  return (
    <form className="hub-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${id('wave')}-title`}>
      <Heading3 id={`${id('wave')}-title`}>{t('evaluations.measurements.new')}</Heading3>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <Field id={id('wave')} label={t('evaluations.measurements.wave')} error={errors.wave} required>
        <select {...controlProps(id('wave'), { error: errors.wave, required: true })} className="utrecht-select utrecht-select--html-select"
          value={values.wave} onChange={(e) => set('wave', e.target.value)}>
          <option value="BASELINE">{t('evaluations.measurements.waves.BASELINE')}</option>
          <option value="FOLLOW_UP">{t('evaluations.measurements.waves.FOLLOW_UP')}</option>
        </select>
      </Field>
      {values.wave === 'FOLLOW_UP' && baseline ? (
        <Paragraph>
          {t('evaluations.measurements.sameInstrument', { name: i18n.language === 'en' ? baseline.nameEn : baseline.nameNl,
            version: baseline.versionNumber })}
        </Paragraph>
      ) : (
        <Field id={id('instrumentId')} label={t('evaluations.measurements.instrument')} error={errors.instrumentId}
          hint={t('evaluations.measurements.instrumentHint')} required>
          <select {...controlProps(id('instrumentId'), { hint: true, error: errors.instrumentId, required: true })}
            className="utrecht-select utrecht-select--html-select" value={values.instrumentId || defaultInstrument}
            onChange={(e) => set('instrumentId', e.target.value)}>
            {latest.length === 0 && <option value="">{t('app.loading')}</option>}
            {latest.map((instrument) => (
              <option key={instrument.id} value={instrument.id}>
                {t('evaluations.measurements.instrumentOption', { name: i18n.language === 'en' ? instrument.nameEn : instrument.nameNl,
                  version: instrument.versionNumber })}
              </option>
            ))}
          </select>
        </Field>
      )}
      {input('label', 'text', t('evaluations.measurements.labelHint'))}
      <div className="hub-field-row">
        {input('opensOn', 'date')}
        {input('closesOn', 'date')}
      </div>
      {input('responseCap', 'number', t('evaluations.measurements.capHint'))}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
          {t('evaluations.measurements.create')}
        </Button>
        <Button appearance="subtle-button" onClick={() => setOpen(false)}>
          {t('evaluations.measurements.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Wave({ measurement, staff }: { measurement: Measurement; staff: boolean }) {
  const { t, i18n } = useTranslation();
  const close = useCloseMeasurement();
  const [showResults, setShowResults] = useState(false);
  const date = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' });
  const state = measurement.open ? 'open' : measurement.finished ? 'finished' : 'notYet';
  return (
    <li className="hub-wave">
      <Heading3 className="hub-wave__title">
        {measurement.label} <span className="hub-muted">· {t(`evaluations.measurements.waves.${measurement.wave}`)}</span>
      </Heading3>
      <Paragraph>
        {t(`evaluations.measurements.state.${state}`)} · {t('evaluations.measurements.period', {
          start: date.format(new Date(measurement.opensOn)), end: date.format(new Date(measurement.closesOn)) })}
      </Paragraph>
      <Paragraph>
        {t('evaluations.measurements.instrumentOf')}{' '}
        <Link to={`/vragenlijsten/${measurement.instrument.id}`}>
          {t('evaluations.measurements.instrumentOption', { name: i18n.language === 'en' ? measurement.instrument.nameEn
            : measurement.instrument.nameNl, version: measurement.instrument.versionNumber })}
        </Link>
      </Paragraph>
      <div className="hub-wave__progress">
        <label htmlFor={`wave-progress-${measurement.id}`}>
          {t('evaluations.measurements.responses', { count: measurement.responseCount, cap: measurement.responseCap })}
        </label>
        <progress id={`wave-progress-${measurement.id}`} max={measurement.responseCap} value={measurement.responseCount} />
      </div>
      {measurement.open && measurement.surveyToken && <SurveyLink token={measurement.surveyToken} label={measurement.label} />}
      <ButtonGroup>
        {measurement.finished && (
          <Button appearance="secondary-action-button" aria-expanded={showResults} onClick={() => setShowResults((s) => !s)}>
            {t('evaluations.measurements.results')}
          </Button>
        )}
        {staff && !measurement.finished && (
          <Button appearance="subtle-button" disabled={close.isPending} onClick={() => void close.mutateAsync(measurement.id)}>
            {t('evaluations.measurements.close')}
          </Button>
        )}
      </ButtonGroup>
      {showResults && <ResultsView measurementId={measurement.id} />}
    </li>
  );
}

/**
 * On a pilot's page: its measurement waves with their progress, the survey link and QR code to hand to employees (for
 * the people taking part and staff), staff's way to open and close waves, and the results of finished waves. Whoever
 * may not see the waves (the API answers 401/404) sees nothing of this section.
 */
export function PilotMeasurements({ pilotId }: SectionProps) {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const { data } = useMeasurements(pilotId ?? '');
  const [created, setCreated] = useState<string | null>(null);
  if (!pilotId || !data) return null;
  const staff = hasRole('staff');
  return (
    <section aria-labelledby="pilot-measurements" className="hub-measurements">
      <Heading2 id="pilot-measurements">{t('evaluations.measurements.title')}</Heading2>
      <Paragraph>{t('evaluations.measurements.intro')}</Paragraph>
      <Paragraph>
        <Link to="/vragenlijsten">{t('evaluations.measurements.questionnaires')}</Link>
      </Paragraph>
      <Confirmation message={created} />
      {data.items.length === 0 ? (
        <Paragraph>{t('evaluations.measurements.empty')}</Paragraph>
      ) : (
        <ol className="hub-waves" aria-labelledby="pilot-measurements">
          {data.items.map((m) => (
            <Wave key={m.id} measurement={m} staff={staff} />
          ))}
        </ol>
      )}
      {staff && (
        <NewWave pilotId={pilotId} baseline={data.items.find((m) => m.wave === 'BASELINE')?.instrument}
          onCreated={(label) => setCreated(t('evaluations.measurements.created', { label }))} />
      )}
    </section>
  );
}
