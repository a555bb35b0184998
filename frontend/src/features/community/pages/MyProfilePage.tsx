import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n';
import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../../auth/AuthContext';
import { RequireRole } from '../../../auth/RequireRole';
import { isApiError } from '../../../api/ApiError';
import { saveBlob } from '../../../api/client';
import { Choice, ChoiceGroup, controlProps, Field, firstErrorPerField } from '../../../shared/form/fields';
import { errorMessage, QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useThemes, useThemeText } from '../../../shared/themes';
import {
  useConsent,
  useEraseMe,
  useMyProfile,
  useSaveProfile,
  useSignedInPerson,
  VISIBILITIES,
  type Member,
  type MemberProfileRequest,
  type ProfileVisibility,
} from '../api';
import { Confirmation } from '../../../shared/Confirmation';

interface Values {
  name: string;
  email: string;
  jobTitle: string;
  expertise: string;
  themes: string[];
  bio: string;
  visibility: ProfileVisibility;
}

/** The form's values: the profile, or for a new one the name and e-mail address of the login. */
function valuesOf(member: Member | null, login?: { name?: string; email?: string }): Values {
  return {
    name: member?.name ?? login?.name ?? '',
    email: member?.email ?? login?.email ?? '',
    jobTitle: member?.jobTitle ?? '',
    expertise: member?.expertise.join(', ') ?? '',
    themes: member?.themes ?? [],
    bio: member?.bio ?? '',
    visibility: member?.visibility ?? 'COMMUNITY',
  };
}

function MyProfile() {
  const { t } = useTranslation();
  usePageTitle(t('community.profile.title'));
  const profile = useMyProfile(true);
  const consent = useConsent();
  const login = useSignedInPerson(profile.isSuccess && profile.data === null);
  const [erased, setErased] = useState(false);
  const [saved, setSaved] = useState(false);
  if (erased) {
    return (
      <>
        <Heading1>{t('community.profile.title')}</Heading1>
        <Alert type="ok" role="status">
          <Paragraph>{t('community.profile.erased')}</Paragraph>
        </Alert>
      </>
    );
  }
  if (profile.isPending || consent.isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (profile.error) return <QueryError error={profile.error} onRetry={() => void profile.refetch()} />;
  if (consent.error) return <QueryError error={consent.error} onRetry={() => void consent.refetch()} />;
  const member = profile.data?.data ?? null;
  // a saved version starts the form afresh from what the API answered
  return (
    <>
      <Confirmation message={saved && t('community.profile.saved')} />
      <ProfileForm
        key={profile.data?.etag ?? (login.data ? 'new-with-login' : 'new')}
        login={login.data ? { name: login.data.name ?? undefined, email: login.data.email ?? undefined } : undefined}
        member={member}
        etag={profile.data?.etag ?? undefined}
        consent={consent.data}
        onSaved={() => setSaved(true)}
        onErased={() => setErased(true)}
      />
    </>
  );
}

function ProfileForm({ member, login, etag, consent, onSaved, onErased }: {
  member: Member | null;
  login?: { name?: string; email?: string };
  etag?: string;
  consent: { version: string; textNl: string; textEn: string };
  onSaved: () => void;
  onErased: () => void;
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const { api } = useAuth();
  const themes = useThemes();
  const themeText = useThemeText();
  const save = useSaveProfile();
  const erase = useEraseMe();
  const [values, setValues] = useState<Values>(() => valuesOf(member, login));
  const [consented, setConsented] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmErase, setConfirmErase] = useState(false);

  const version = consent.version;
  const consentNeeded = !member || member.consentVersion !== version;
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    if (consentNeeded && !consented) {
      setErrors({ consentVersion: t('community.profile.consentRequired') });
      return;
    }
    const request: MemberProfileRequest = {
      name: values.name.trim(),
      email: values.email.trim() || undefined,
      jobTitle: values.jobTitle.trim() || undefined,
      expertise: values.expertise.split(',').map((e) => e.trim()).filter(Boolean),
      themes: values.themes,
      bio: values.bio.trim() || undefined,
      visibility: values.visibility,
      consentVersion: consented ? version : undefined,
    };
    try {
      await save.mutateAsync({ request, etag });
      setConsented(false);
      onSaved();
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        setErrors(firstErrorPerField(error.fieldErrors, (field) => field.replace(/\[\d+\]$/, '')));
      } else {
        setFailure(errorMessage(error, t));
      }
    }
  };

  const download = async () => {
    setFailure(null);
    try {
      const { blob, filename } = await api.download('/api/v1/members/me/export', { fallbackName: 'leercultuur-hub-mijn-gegevens.json' });
      saveBlob(blob, filename);
    } catch {
      setFailure(t('community.profile.exportFailed'));
    }
  };

  const eraseMe = async () => {
    if (!etag) return;
    try {
      await erase.mutateAsync(etag);
      onErased();
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };

  return (
    <>
      <Heading1>{member ? t('community.profile.title') : t('community.profile.welcomeTitle')}</Heading1>
      {!member && <Paragraph appearance="lead">{t('community.profile.welcome')}</Paragraph>}
      {member && (
        <Paragraph>
          {member.organization
            ? t('community.profile.organization', { name: member.organization.name })
            : t('community.profile.noOrganization')}
        </Paragraph>
      )}
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <form className="hub-form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id={`${ids}-name`} label={t('community.profile.name')} error={errors.name} required>
          <input
            {...controlProps(`${ids}-name`, { error: errors.name, required: true })}
            className="utrecht-textbox utrecht-textbox--html-input"
            value={values.name}
            maxLength={200}
            autoComplete="name"
            onChange={(e) => set('name', e.target.value)}
          />
        </Field>
        <Field id={`${ids}-email`} label={t('community.profile.email')} hint={t('community.profile.emailHint')} error={errors.email}>
          <input
            {...controlProps(`${ids}-email`, { hint: true, error: errors.email })}
            type="email"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={values.email}
            maxLength={320}
            autoComplete="email"
            onChange={(e) => set('email', e.target.value)}
          />
        </Field>
        <Field id={`${ids}-job`} label={t('community.profile.jobTitle')} error={errors.jobTitle}>
          <input
            {...controlProps(`${ids}-job`, { error: errors.jobTitle })}
            className="utrecht-textbox utrecht-textbox--html-input"
            value={values.jobTitle}
            maxLength={200}
            autoComplete="organization-title"
            onChange={(e) => set('jobTitle', e.target.value)}
          />
        </Field>
        <Field id={`${ids}-expertise`} label={t('community.profile.expertise')} hint={t('community.profile.expertiseHint')} error={errors.expertise}>
          <input
            {...controlProps(`${ids}-expertise`, { hint: true, error: errors.expertise })}
            className="utrecht-textbox utrecht-textbox--html-input"
            value={values.expertise}
            onChange={(e) => set('expertise', e.target.value)}
          />
        </Field>
        <ChoiceGroup id={`${ids}-themes`} legend={t('community.profile.themes')} error={errors.themes}>
          {(themes.data?.items ?? []).map((theme) => (
            <Choice
              key={theme.code}
              id={`${ids}-theme-${theme.code}`}
              type="checkbox"
              label={themeText.label(theme)}
              checked={values.themes.includes(theme.code)}
              onChange={() =>
                set('themes', values.themes.includes(theme.code) ? values.themes.filter((c) => c !== theme.code) : [...values.themes, theme.code])
              }
            />
          ))}
        </ChoiceGroup>
        <Field id={`${ids}-bio`} label={t('community.profile.bio')} error={errors.bio}>
          <textarea
            {...controlProps(`${ids}-bio`, { error: errors.bio })}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={4}
            maxLength={2000}
            value={values.bio}
            onChange={(e) => set('bio', e.target.value)}
          />
        </Field>
        <ChoiceGroup id={`${ids}-visibility`} legend={t('community.profile.visibility')} error={errors.visibility} required>
          {VISIBILITIES.map((visibility) => (
            <Choice
              key={visibility}
              id={`${ids}-visibility-${visibility}`}
              type="radio"
              name={`${ids}-visibility`}
              label={t(`community.visibility.${visibility}`)}
              checked={values.visibility === visibility}
              onChange={() => set('visibility', visibility)}
            />
          ))}
        </ChoiceGroup>
        {consentNeeded && (
          <section aria-labelledby={`${ids}-consent`} className="hub-panel">
            <Heading2 id={`${ids}-consent`}>{t('community.profile.consentTitle')}</Heading2>
            {member && <Paragraph>{t('community.profile.consentNew')}</Paragraph>}
            <Paragraph>{i18n.language === 'en' ? consent.textEn : consent.textNl}</Paragraph>
            <ChoiceGroup id={`${ids}-consentVersion`} legend={t('community.profile.consentTitle')} error={errors.consentVersion} required>
              <Choice
                id={`${ids}-consent-box`}
                type="checkbox"
                label={t('community.profile.consent', { version })}
                checked={consented}
                onChange={() => setConsented(!consented)}
                invalid={Boolean(errors.consentVersion)}
              />
            </ChoiceGroup>
          </section>
        )}
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
          {member ? t('community.profile.save') : t('community.profile.create')}
        </Button>
      </form>
      {member && (
        <section aria-labelledby={`${ids}-data`}>
          <Heading2 id={`${ids}-data`}>{t('community.profile.dataTitle')}</Heading2>
          <Button appearance="secondary-action-button" onClick={() => void download()}>
            {t('community.profile.export')}
          </Button>
          <Heading2>{t('community.profile.eraseTitle')}</Heading2>
          <Paragraph>{t('community.profile.erase')}</Paragraph>
          {!confirmErase ? (
            <Button appearance="secondary-action-button" onClick={() => setConfirmErase(true)}>
              {t('community.profile.eraseButton')}
            </Button>
          ) : (
            <ButtonGroup>
              <Button appearance="primary-action-button" onClick={() => void eraseMe()} disabled={erase.isPending}>
                {t('community.profile.eraseConfirm')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setConfirmErase(false)}>
                {t('community.profile.eraseCancel')}
              </Button>
            </ButtonGroup>
          )}
        </section>
      )}
    </>
  );
}

export default function MyProfilePage() {
  return (
    <RequireRole>
      <MyProfile />
    </RequireRole>
  );
}
