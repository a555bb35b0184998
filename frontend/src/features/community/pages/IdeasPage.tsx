import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../../auth/AuthContext';
import { isApiError } from '../../../api/ApiError';
import { controlProps, Field, firstErrorPerField } from '../../../shared/form/fields';
import { Honeypot } from '../../../shared/form/Honeypot';
import { Pagination } from '../../../shared/Pagination';
import { errorMessage, QueryError } from '../../../shared/QueryError';
import { usePageParam } from '../../../shared/hooks/usePageParam';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { IDEA_STATUSES, useAnswerIdea, useIdeas, useSubmitIdea, type Idea, type IdeaStatus } from '../api';
import { Confirmation } from '../../../shared/Confirmation';

function IdeaForm({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const ids = useId();
  const submitIdea = useSubmitIdea();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [email, setEmail] = useState('');
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    setSent(false);
    try {
      await submitIdea.mutateAsync({ title: title.trim(), description: description.trim(),
        contactEmail: email.trim() || undefined, website: website || undefined });
      setTitle('');
      setDescription('');
      setEmail('');
      setSent(true);
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        setErrors(firstErrorPerField(error.fieldErrors));
      } else {
        setFailure(errorMessage(error, t));
      }
    }
  };

  return (
    <section aria-labelledby={`${ids}-form`}>
      <Heading2 id={`${ids}-form`}>{t('community.ideas.formTitle')}</Heading2>
      <Confirmation message={sent && t('community.ideas.sent')} />
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <form className="hub-form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id={`${ids}-title`} label={t('community.ideas.ideaTitle')} error={errors.title} required>
          <input {...controlProps(`${ids}-title`, { error: errors.title, required: true })} className="utrecht-textbox utrecht-textbox--html-input"
            value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field id={`${ids}-description`} label={t('community.ideas.description')} hint={t('community.ideas.descriptionHint')}
          error={errors.description} required>
          <textarea {...controlProps(`${ids}-description`, { hint: true, error: errors.description, required: true })}
            className="utrecht-textarea utrecht-textarea--html-textarea" rows={5} maxLength={4000} value={description}
            onChange={(e) => setDescription(e.target.value)} />
        </Field>
        {!signedIn && (
          <Field id={`${ids}-email`} label={t('community.ideas.email')} hint={t('community.ideas.emailHint')} error={errors.contactEmail}>
            <input {...controlProps(`${ids}-email`, { hint: true, error: errors.contactEmail })} type="email" autoComplete="email"
              className="utrecht-textbox utrecht-textbox--html-input" value={email} maxLength={320} onChange={(e) => setEmail(e.target.value)} />
          </Field>
        )}
        <Honeypot id={`${ids}-website`} label={t('community.ideas.robot')} value={website} onChange={setWebsite} />
        <Button type="submit" appearance="primary-action-button" disabled={submitIdea.isPending}>
          {t('community.ideas.submit')}
        </Button>
      </form>
    </section>
  );
}

function AnswerForm({ idea }: { idea: Idea }) {
  const { t } = useTranslation();
  const ids = useId();
  const answerIdea = useAnswerIdea();
  const [status, setStatus] = useState<IdeaStatus>(idea.status === 'NEW' ? 'IN_PROGRESS' : idea.status);
  const [answer, setAnswer] = useState(idea.answer ?? '');
  const [error, setError] = useState<string | null>(null);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await answerIdea.mutateAsync({ id: idea.id, status, answer: answer.trim() });
    } catch (failure) {
      setError(isApiError(failure) && failure.fieldErrors.length > 0 ? failure.fieldErrors[0].message : errorMessage(failure, t));
    }
  };
  return (
    <form className="hub-form" onSubmit={(e) => void send(e)} noValidate aria-label={`${t('community.ideas.answerTitle')}: ${idea.title}`}>
      <Field id={`${ids}-status`} label={t('community.ideas.newStatus')}>
        <select id={`${ids}-status`} className="utrecht-select utrecht-select--html-select" value={status}
          onChange={(e) => setStatus(e.target.value as IdeaStatus)}>
          {IDEA_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`community.ideas.status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${ids}-answer`} label={t('community.ideas.answerText')} error={error ?? undefined} required>
        <textarea {...controlProps(`${ids}-answer`, { error: error ?? undefined, required: true })}
          className="utrecht-textarea utrecht-textarea--html-textarea" rows={3} maxLength={4000} value={answer}
          onChange={(e) => setAnswer(e.target.value)} />
      </Field>
      <Button type="submit" appearance="secondary-action-button" disabled={answerIdea.isPending}>
        {t('community.ideas.send')}
      </Button>
    </form>
  );
}

function IdeaList({ staff }: { staff: boolean }) {
  const { t } = useTranslation();
  const { page, hrefFor } = usePageParam();
  const { data, error, isPending, refetch } = useIdeas(page, true);
  return (
    <section aria-labelledby="ideas-list">
      <Heading2 id="ideas-list">{staff ? t('community.ideas.allTitle') : t('community.ideas.mineTitle')}</Heading2>
      {isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('community.ideas.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <ul className="hub-proposals" aria-label={staff ? t('community.ideas.allTitle') : t('community.ideas.mineTitle')}>
          {data.items.map((idea) => (
            <li key={idea.id} className="hub-proposals__item">
              <h3 className="utrecht-heading-3 hub-proposals__title">{idea.title}</h3>
              <p className="hub-result__meta">
                {t(`community.ideas.status.${idea.status}`)}
                {staff && idea.submittedBy && <> · {t('community.ideas.submittedBy', { name: idea.submittedBy })}</>}
                {staff && idea.contactEmail && <> · {idea.contactEmail}</>}
              </p>
              <Paragraph>{idea.description}</Paragraph>
              {idea.answer ? (
                <Paragraph>
                  <strong>{t('community.ideas.answer', { name: idea.answeredBy ?? '' })}:</strong> {idea.answer}
                </Paragraph>
              ) : (
                <Paragraph className="hub-muted">{t('community.ideas.noAnswer')}</Paragraph>
              )}
              {staff && <AnswerForm idea={idea} />}
            </li>
          ))}
        </ul>
      )}
      {data && <Pagination page={page} totalPages={data.totalPages} hrefFor={hrefFor} />}
    </section>
  );
}

export default function IdeasPage() {
  const { t } = useTranslation();
  usePageTitle(t('community.ideas.title'));
  const { authenticated, hasRole } = useAuth();
  return (
    <>
      <Heading1>{t('community.ideas.title')}</Heading1>
      <Paragraph appearance="lead">{t('community.ideas.intro')}</Paragraph>
      <IdeaForm signedIn={authenticated} />
      {authenticated && <IdeaList staff={hasRole('staff')} />}
    </>
  );
}
