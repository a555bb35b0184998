import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../../api/ApiError';
import { locale } from '../../../i18n';
import { Confirmation } from '../../../shared/Confirmation';
import { controlProps, Field } from '../../../shared/form/fields';
import { errorMessage, QueryError } from '../../../shared/QueryError';
import { useCorrectJournal, useJournal, useWriteJournal, type JournalEntry } from '../api';

/** The API's answer to a refused note, as one message for the field. */
function refusal(error: unknown, t: (key: string) => string): string {
  return isApiError(error) && error.fieldErrors.length > 0 ? error.fieldErrors[0].message : errorMessage(error, t);
}

/** A note's text, and for its author (within a day) a way to correct it. */
function Entry({ pilotId, entry, onCorrected }: { pilotId: string; entry: JournalEntry; onCorrected: () => void }) {
  const { t } = useTranslation();
  const correct = useCorrectJournal(pilotId);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(entry.text);
  const [failure, setFailure] = useState<string | undefined>();
  const date = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
  const id = `journal-${entry.id}`;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    try {
      await correct.mutateAsync({ entryId: entry.id, text: text.trim() });
      setEditing(false);
      onCorrected();
    } catch (error) {
      setFailure(refusal(error, t));
    }
  };
  return (
    <li className="hub-journal__entry">
      <Paragraph className="hub-muted">
        <time dateTime={entry.writtenAt}>{t('pilots.journal.by', { author: entry.author, date: date.format(new Date(entry.writtenAt)) })}</time>
        {entry.editedAt && <> {t('pilots.journal.edited', { date: date.format(new Date(entry.editedAt)) })}</>}
      </Paragraph>
      {editing ? (
        <form className="hub-form" noValidate onSubmit={(e) => void save(e)} aria-label={t('pilots.journal.correctLabel')}>
          <Field id={id} label={t('pilots.journal.correctLabel')} error={failure} required>
            <textarea {...controlProps(id, { error: failure, required: true })} className="utrecht-textarea utrecht-textarea--html-textarea"
              rows={4} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={correct.isPending}>
              {t('pilots.journal.save')}
            </Button>
            <Button appearance="subtle-button" onClick={() => { setEditing(false); setText(entry.text); setFailure(undefined); }}>
              {t('pilots.journal.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <>
          <Paragraph className="hub-journal__text">{entry.text}</Paragraph>
          {entry.editable && (
            <Button appearance="subtle-button" onClick={() => setEditing(true)}>
              {t('pilots.journal.correct')}
            </Button>
          )}
        </>
      )}
    </li>
  );
}

/** A pilot's journal ("evaluate as we go"): newest first, a form for a new note, corrections by the author for a day. */
export function Journal({ pilotId }: { pilotId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const journal = useJournal(pilotId, page, true);
  const write = useWriteJournal(pilotId);
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setDone(null);
    try {
      await write.mutateAsync(text.trim());
      setText('');
      setPage(0);
      setDone(t('pilots.journal.written'));
    } catch (error) {
      setFailure(refusal(error, t));
    }
  };
  const data = journal.data;
  return (
    <section aria-labelledby="pilot-journal" className="hub-journal">
      <Heading2 id="pilot-journal">{t('pilots.journal.title')}</Heading2>
      <Paragraph>{t('pilots.journal.intro')}</Paragraph>
      <form className="hub-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="pilot-journal-write">
        <Heading3 id="pilot-journal-write">{t('pilots.journal.write')}</Heading3>
        <Field id="journal-text" label={t('pilots.journal.text')} hint={t('pilots.journal.hint')} error={failure} required>
          <textarea {...controlProps('journal-text', { hint: true, error: failure, required: true })}
            className="utrecht-textarea utrecht-textarea--html-textarea" rows={4} maxLength={4000} value={text}
            onChange={(e) => setText(e.target.value)} />
        </Field>
        <Button type="submit" appearance="primary-action-button" disabled={write.isPending}>
          {t('pilots.journal.submit')}
        </Button>
      </form>
      <Confirmation message={done} />
      {journal.error && <QueryError error={journal.error} onRetry={() => void journal.refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('pilots.journal.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <>
          <Paragraph className="hub-muted">{t('pilots.journal.count', { count: data.totalItems })}</Paragraph>
          <ol className="hub-journal__list" aria-labelledby="pilot-journal">
            {data.items.map((entry) => (
              <Entry key={`${entry.id}-${entry.editedAt ?? ''}`} pilotId={pilotId} entry={entry}
                onCorrected={() => setDone(t('pilots.journal.corrected'))} />
            ))}
          </ol>
          {data.totalPages > 1 && (
            <ButtonGroup>
              <Button appearance="secondary-action-button" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
                {t('shared.previous')}
              </Button>
              <Button appearance="secondary-action-button" disabled={page + 1 >= data.totalPages} onClick={() => setPage((p) => p + 1)}>
                {t('shared.next')}
              </Button>
            </ButtonGroup>
          )}
        </>
      )}
    </section>
  );
}
