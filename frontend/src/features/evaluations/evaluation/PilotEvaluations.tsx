import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { useAuth } from '../../../auth/AuthContext';
import { locale } from '../../../i18n';
import { Confirmation } from '../../../shared/Confirmation';
import { Choice, ChoiceGroup, controlProps, Field, firstErrorPerField } from '../../../shared/form/fields';
import { Link } from '../../../shared/links';
import { errorMessage } from '../../../shared/QueryError';
import { ResultsView } from '../measurements/ResultsView';
import { DECISIONS, usePilotEvaluations, usePublishEvaluation, useSaveEvaluation, type Decision, type Evaluation } from './evaluationApi';

const TEXTS = ['whatWorked', 'whatDidNot', 'barriers', 'enablers', 'conclusion', 'rationale'] as const;
type TextKey = (typeof TEXTS)[number];
type Values = Record<TextKey, string> & { decision: Decision | '' };

function valuesOf(e?: Evaluation): Values {
  return { whatWorked: e?.whatWorked ?? '', whatDidNot: e?.whatDidNot ?? '', barriers: e?.barriers ?? '', enablers: e?.enablers ?? '',
    conclusion: e?.conclusion ?? '', rationale: e?.rationale ?? '', decision: e?.decision ?? '' };
}

/**
 * Staff write the evaluation, save it (If-Match) and publish it; the API says what publishing still needs. The form keeps
 * its state across saves (keyed by the evaluation, not its version); each save sends the newest version it knows.
 */
function Editor({ pilotId, evaluation, onDone }: { pilotId: string; evaluation: Evaluation; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const save = useSaveEvaluation(pilotId);
  const publish = usePublishEvaluation(pilotId);
  const [values, setValues] = useState<Values>(() => valuesOf(evaluation));
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const request = () => ({ ...Object.fromEntries(TEXTS.map((k) => [k, values[k].trim() || undefined])),
    decision: values.decision || undefined });
  const fail = (error: unknown) => {
    if (isApiError(error) && error.fieldErrors.length > 0) {
      setErrors(firstErrorPerField<keyof Values>(error.fieldErrors));
      setFailure(t('evaluations.evaluation.missing'));
    } else if (isApiError(error) && error.status === 412) {
      setFailure(t('evaluations.evaluation.stale'));
    } else {
      setFailure(errorMessage(error, t));
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    try {
      await save.mutateAsync({ id: evaluation.id, version: evaluation.version, request: request() });
      onDone(t('evaluations.evaluation.saved'));
    } catch (error) {
      fail(error);
    }
  };
  const doPublish = async () => {
    setErrors({});
    setFailure(null);
    try {
      const saved = await save.mutateAsync({ id: evaluation.id, version: evaluation.version, request: request() });
      await publish.mutateAsync(saved.id);
      onDone(t('evaluations.evaluation.published'));
    } catch (error) {
      fail(error);
    }
  };
  const id = (key: keyof Values) => `ev-${evaluation.id}-${key}`;
  return (
    <form className="hub-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={id('conclusion') + '-title'}>
      <Heading3 id={id('conclusion') + '-title'}>{t('evaluations.evaluation.edit')}</Heading3>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {TEXTS.filter((k) => k !== 'rationale').map((key) => (
        <Field key={key} id={id(key)} label={t(`evaluations.evaluation.${key}`)} error={errors[key]}>
          <textarea {...controlProps(id(key), { error: errors[key] })} className="utrecht-textarea utrecht-textarea--html-textarea" rows={3}
            maxLength={4000} value={values[key]} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} />
        </Field>
      ))}
      <ChoiceGroup id={id('decision')} legend={t('evaluations.evaluation.decision')} error={errors.decision}>
        {DECISIONS.map((d) => (
          <Choice key={d} id={`${id('decision')}-${d}`} type="radio" name={id('decision')} label={t(`evaluations.decision.${d}`)}
            checked={values.decision === d} invalid={Boolean(errors.decision)} onChange={() => setValues((v) => ({ ...v, decision: d }))} />
        ))}
      </ChoiceGroup>
      <Field id={id('rationale')} label={t('evaluations.evaluation.rationale')} error={errors.rationale}>
        <textarea {...controlProps(id('rationale'), { error: errors.rationale })} className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={3} maxLength={4000} value={values.rationale} onChange={(e) => setValues((v) => ({ ...v, rationale: e.target.value }))} />
      </Field>
      <Paragraph className="hub-muted">{t('evaluations.evaluation.publishNote')}</Paragraph>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" disabled={save.isPending || publish.isPending}>
          {t('evaluations.evaluation.save')}
        </Button>
        <Button appearance="primary-action-button" disabled={save.isPending || publish.isPending} onClick={() => void doPublish()}>
          {t('evaluations.evaluation.publish')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Published({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const date = new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  return (
    <div className="hub-evaluation">
      <Paragraph>
        {evaluation.decision && <strong className="hub-decision-badge">{t(`evaluations.decision.${evaluation.decision}`)}</strong>}{' '}
        {evaluation.publishedAt
          ? t('evaluations.evaluation.publishedOn', { date: date.format(new Date(evaluation.publishedAt)) })
          : t('evaluations.evaluation.draft')}
      </Paragraph>
      <dl className="hub-details">
        {TEXTS.map((key) =>
          evaluation[key] ? (
            <div key={key} className="hub-details__pair">
              <dt>{t(`evaluations.evaluation.${key}`)}</dt>
              <dd className="hub-journal__text">{evaluation[key]}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {evaluation.knowledgeItemId && (
        <Paragraph>
          <Link to={`/kennisbank/${evaluation.knowledgeItemId}`}>{t('evaluations.evaluation.practiceExample')}</Link>
        </Paragraph>
      )}
      {evaluation.publishedAt && evaluation.results && (
        <>
          <Heading3>{t('evaluations.evaluation.results')}</Heading3>
          <ResultsView measurementId={evaluation.results.measurementId} />
        </>
      )}
    </div>
  );
}

/**
 * On a pilot's page: its evaluation. Everyone who may see the pilot reads a published one; staff and those taking part
 * also a draft; staff start, write, decide and publish it.
 */
export function PilotEvaluations({ pilotId }: { pilotId: string }) {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const { data } = usePilotEvaluations(pilotId);
  const start = useSaveEvaluation(pilotId);
  const [message, setMessage] = useState<string | null>(null);
  const staff = hasRole('staff');
  if (!data || (data.items.length === 0 && !staff)) return null;
  return (
    <section aria-labelledby="pilot-evaluation" className="hub-evaluations">
      <Heading2 id="pilot-evaluation">{t('evaluations.evaluation.title')}</Heading2>
      <Confirmation message={message} />
      {data.items.length === 0 && (
        <>
          <Paragraph>{t('evaluations.evaluation.none')}</Paragraph>
          <Button appearance="secondary-action-button" disabled={start.isPending}
            onClick={() => void start.mutateAsync({ request: {} }).then(() => setMessage(t('evaluations.evaluation.started')))}>
            {t('evaluations.evaluation.start')}
          </Button>
        </>
      )}
      {data.items.map((evaluation) =>
        evaluation.editable ? (
          <Editor key={evaluation.id} pilotId={pilotId} evaluation={evaluation} onDone={setMessage} />
        ) : (
          <Published key={evaluation.id} evaluation={evaluation} />
        ),
      )}
    </section>
  );
}
