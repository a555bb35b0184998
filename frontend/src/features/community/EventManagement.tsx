import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../api/ApiError';
import { controlProps, Field, firstErrorPerField } from '../../shared/form/fields';
import { errorMessage } from '../../shared/QueryError';
import { EVENT_KINDS, useAttendance, useCancelEvent, useSaveEvent, type EventKind, type HubEvent } from './api';

type Values = Record<'title' | 'description' | 'kind' | 'startsAt' | 'endsAt' | 'location' | 'capacity', string>;

/** An instant as the value of a datetime-local input, in the browser's time zone. */
function local(instant: string): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function valuesOf(event?: HubEvent): Values {
  return { title: event?.title ?? '', description: event?.description ?? '', kind: event?.kind ?? 'DEMO_DAY',
    startsAt: event ? local(event.startsAt) : '', endsAt: event ? local(event.endsAt) : '', location: event?.location ?? '',
    capacity: event ? String(event.capacity) : '' };
}

/** Staff: a new event, or the change of one. */
export function EventForm({ event, onDone }: { event?: HubEvent; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const save = useSaveEvent();
  const [values, setValues] = useState<Values>(() => valuesOf(event));
  const [errors, setErrors] = useState<Partial<Values>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const title = event ? t('community.eventAdmin.editTitle', { title: event.title }) : t('community.eventAdmin.newTitle');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setFailure(null);
    const when = (value: string) => (value ? new Date(value).toISOString() : (undefined as unknown as string));
    try {
      await save.mutateAsync({
        id: event?.id,
        version: event?.version,
        request: { title: values.title.trim(), description: values.description.trim(), kind: values.kind as EventKind,
          startsAt: when(values.startsAt), endsAt: when(values.endsAt), location: values.location.trim() || undefined,
          capacity: values.capacity === '' ? (undefined as unknown as number) : Number(values.capacity) },
      });
      onDone(t(event ? 'community.eventAdmin.saved' : 'community.eventAdmin.created', { title: values.title.trim() }));
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

  const input = (key: keyof Values, label: string, type: string, required: boolean, extra: { max?: number; min?: number } = {}) => (
    <Field id={`${ids}-${key}`} label={label} error={errors[key]} required={required}>
      <input {...controlProps(`${ids}-${key}`, { error: errors[key], required })} type={type}
        className="utrecht-textbox utrecht-textbox--html-input" value={values[key]} maxLength={extra.max} min={extra.min}
        onChange={(e) => set(key, e.target.value)} />
    </Field>
  );

  return (
    <form className="hub-form" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {input('title', t('community.eventAdmin.title'), 'text', true, { max: 200 })}
      <Field id={`${ids}-description`} label={t('community.eventAdmin.description')} error={errors.description} required>
        <textarea {...controlProps(`${ids}-description`, { error: errors.description, required: true })}
          className="utrecht-textarea utrecht-textarea--html-textarea" rows={4} maxLength={4000} value={values.description}
          onChange={(e) => set('description', e.target.value)} />
      </Field>
      <Field id={`${ids}-kind`} label={t('community.eventAdmin.kind')} required>
        <select id={`${ids}-kind`} className="utrecht-select utrecht-select--html-select" value={values.kind}
          onChange={(e) => set('kind', e.target.value)}>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`community.events.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      {input('startsAt', t('community.eventAdmin.startsAt'), 'datetime-local', true)}
      {input('endsAt', t('community.eventAdmin.endsAt'), 'datetime-local', true)}
      {input('location', t('community.eventAdmin.location'), 'text', false, { max: 300 })}
      {input('capacity', t('community.eventAdmin.capacity'), 'number', true, { min: 1 })}
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {event ? t('community.profile.save') : t('community.eventAdmin.create')}
      </Button>
    </form>
  );
}

/** Staff, on an event card: change it, see who comes, or cancel it. */
export function EventAdmin({ event, onDone }: { event: HubEvent; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'none' | 'edit' | 'list' | 'cancel'>('none');
  const attendance = useAttendance(event.id, mode === 'list');
  const cancel = useCancelEvent();
  const [failure, setFailure] = useState<string | null>(null);
  const toggle = (next: typeof mode) => setMode((m) => (m === next ? 'none' : next));
  return (
    <div className="hub-decision">
      <ButtonGroup>
        <Button appearance="secondary-action-button" aria-expanded={mode === 'edit'} onClick={() => toggle('edit')}>
          {t('community.eventAdmin.edit')}
          <span className="hub-visually-hidden">: {event.title}</span>
        </Button>
        <Button appearance="secondary-action-button" aria-expanded={mode === 'list'} onClick={() => toggle('list')}>
          {t('community.eventAdmin.attendance')}
          <span className="hub-visually-hidden">: {event.title}</span>
        </Button>
        <Button appearance="subtle-button" aria-expanded={mode === 'cancel'} onClick={() => toggle('cancel')}>
          {t('community.eventAdmin.cancelEvent')}
          <span className="hub-visually-hidden">: {event.title}</span>
        </Button>
      </ButtonGroup>
      {mode === 'edit' && <EventForm event={event} onDone={(message) => { setMode('none'); onDone(message); }} />}
      {mode === 'list' && attendance.data && (
        attendance.data.items.length === 0 ? (
          <Paragraph>{t('community.eventAdmin.nobody')}</Paragraph>
        ) : (
          <ol aria-label={t('community.eventAdmin.attendanceOf', { title: event.title })}>
            {attendance.data.items.map((r, i) => (
              <li key={`${r.registeredAt}-${i}`}>
                {r.name}
                {r.email && <> · <a href={`mailto:${r.email}`}>{r.email}</a></>}
                {r.status === 'WAITING' && <> · {t('community.eventAdmin.waitingList')}</>}
              </li>
            ))}
          </ol>
        )
      )}
      {mode === 'cancel' && (
        <Alert type="warning">
          <Paragraph>{t('community.eventAdmin.cancelWarning', { count: event.seatsTaken + event.waiting })}</Paragraph>
          {failure && <Paragraph role="alert">{failure}</Paragraph>}
          <Button appearance="primary-action-button" disabled={cancel.isPending} onClick={() => {
            setFailure(null);
            cancel.mutateAsync(event.id).then(() => onDone(t('community.eventAdmin.cancelled', { title: event.title })),
              (error: unknown) => setFailure(errorMessage(error, t)));
          }}>
            {t('community.eventAdmin.confirmCancel')}
            <span className="hub-visually-hidden">: {event.title}</span>
          </Button>
        </Alert>
      )}
    </div>
  );
}

/** Staff, above the list: plan a new event. */
export function NewEvent({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const heading = useId();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby={heading}>
      <Heading2 id={heading}>{t('community.eventAdmin.newTitle')}</Heading2>
      {open ? (
        <EventForm onDone={(message) => { setOpen(false); onDone(message); }} />
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {t('community.eventAdmin.newButton')}
        </Button>
      )}
    </section>
  );
}
