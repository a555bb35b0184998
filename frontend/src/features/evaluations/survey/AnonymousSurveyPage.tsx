import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../../i18n';
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { useAuth } from '../../../auth/AuthContext';
import { locale } from '../../../i18n';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { errorMessage, QueryError } from '../../../shared/QueryError';
import type { Survey } from '../api';
import './survey.css';

const SCORES = ['1', '2', '3', '4', '5', 'dontKnow'] as const;
type Score = (typeof SCORES)[number];
const marker = (token: string) => `hub.survey.answered.${token}`;

/**
 * The anonymous survey behind a wave's link: no account, no personal data. The questions by dimension, in the language
 * of the app; the progress as you go; one answer per browser (the API's cookie, and a marker here without personal data).
 */
export default function AnonymousSurveyPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { api } = useAuth();
  usePageTitle(t('evaluations.survey.title'));
  const survey = useQuery({
    queryKey: ['evaluations', 'survey', token],
    queryFn: ({ signal }) => api.json<Survey>(`/api/v1/surveys/${encodeURIComponent(token)}`, { signal }),
    retry: false,
    staleTime: Infinity,
  });
  const send = useMutation({
    mutationFn: (answers: Record<string, number | null>) =>
      api.text(`/api/v1/surveys/${encodeURIComponent(token)}/responses`, { method: 'POST', body: { answers } }),
  });
  const [answers, setAnswers] = useState<Record<string, Score>>({});
  const [done, setDone] = useState(false);
  const [answeredElsewhere, setAnsweredElsewhere] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [answeredBefore] = useState(() => {
    try {
      return window.localStorage.getItem(marker(token)) === '1';
    } catch {
      return false;
    }
  });
  const focusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done || failure) focusRef.current?.focus();
  }, [done, failure]);

  if (survey.isPending) return <Paragraph role="status">{t('evaluations.survey.loading')}</Paragraph>;
  if (isApiError(survey.error) && (survey.error.status === 404 || survey.error.status === 410)) {
    return (
      <>
        <Heading1>{t(survey.error.status === 404 ? 'evaluations.survey.notFoundTitle' : 'evaluations.survey.closedTitle')}</Heading1>
        <Paragraph>{survey.error.detail}</Paragraph>
      </>
    );
  }
  if (survey.error) return <QueryError error={survey.error} onRetry={() => void survey.refetch()} />;
  const data = survey.data;
  const en = i18n.language === 'en';
  const instrument = data.instrument;
  if (done || data.alreadyAnswered || answeredBefore || answeredElsewhere) {
    return (
      <div ref={focusRef} tabIndex={-1} className="hub-focus-target">
        <Heading1>{done ? t('evaluations.survey.thanks') : t('evaluations.survey.already')}</Heading1>
        <Paragraph>{done ? t('evaluations.survey.thanksText') : t('evaluations.survey.alreadyText')}</Paragraph>
      </div>
    );
  }
  const total = instrument.items.length;
  const answered = Object.keys(answers).length;
  const date = new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const body = Object.fromEntries(Object.entries(answers).map(([code, score]) => [code, score === 'dontKnow' ? null : Number(score)]));
    try {
      await send.mutateAsync(body);
      try {
        window.localStorage.setItem(marker(token), '1');
      } catch {
        // private mode: the API's cookie still guards
      }
      setDone(true);
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        // this browser answered before (the API's marker): say so instead of the form
        setAnsweredElsewhere(true);
        return;
      }
      setFailure(isApiError(error) && error.fieldErrors.length > 0 ? error.fieldErrors.map((e) => e.message).join(' ')
        : isApiError(error) && error.detail ? error.detail : errorMessage(error, t));
    }
  };
  return (
    <article className="hub-survey">
      <Heading1>{en ? instrument.nameEn : instrument.nameNl}</Heading1>
      <Paragraph appearance="lead">{t('evaluations.survey.about', { wave: data.label, pilot: data.pilotTitle })}</Paragraph>
      <Paragraph>{en ? instrument.descriptionEn : instrument.descriptionNl}</Paragraph>
      <Paragraph>{t('evaluations.survey.closes', { date: date.format(new Date(data.closesOn)) })}</Paragraph>
      <Paragraph className="hub-survey__privacy">{t('evaluations.survey.privacy')}</Paragraph>
      <Paragraph>{t('evaluations.survey.howTo')}</Paragraph>
      {failure && (
        <div ref={focusRef} tabIndex={-1} className="hub-focus-target">
          <Alert type="error" role="alert">
            <Heading2>{t('evaluations.survey.errorsTitle')}</Heading2>
            <Paragraph>{failure}</Paragraph>
          </Alert>
        </div>
      )}
      <div className="hub-survey__progress">
        <label htmlFor="survey-progress">{t('evaluations.survey.progress', { count: answered, total })}</label>
        <progress id="survey-progress" max={total} value={answered} />
      </div>
      <form noValidate onSubmit={(e) => void submit(e)} aria-label={en ? instrument.nameEn : instrument.nameNl}>
        {instrument.dimensions.map((dimension) => (
          <section key={dimension.code} aria-labelledby={`dim-${dimension.code}`} className="hub-survey__dimension">
            <Heading2 id={`dim-${dimension.code}`}>{en ? dimension.labelEn : dimension.labelNl}</Heading2>
            {instrument.items.filter((item) => item.dimension === dimension.code).map((item) => (
              <fieldset key={item.code} className="hub-survey__item" role="radiogroup" aria-labelledby={`item-${item.code}`}>
                <legend id={`item-${item.code}`} className="hub-survey__statement">
                  {en ? item.textEn : item.textNl}
                </legend>
                <div className="hub-survey__options">
                  {SCORES.map((score) => (
                    <label key={score} htmlFor={`item-${item.code}-${score}`}
                      className={`hub-survey__option${score === 'dontKnow' ? ' hub-survey__option--dont-know' : ''}`}>
                      <input id={`item-${item.code}-${score}`} type="radio" name={`item-${item.code}`} value={score}
                        checked={answers[item.code] === score} onChange={() => setAnswers((a) => ({ ...a, [item.code]: score }))} />
                      <span>{t(`evaluations.survey.scale.${score}`)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </section>
        ))}
        <Button type="submit" appearance="primary-action-button" disabled={send.isPending}>
          {send.isPending ? t('evaluations.survey.sending') : t('evaluations.survey.send')}
        </Button>
      </form>
    </article>
  );
}
