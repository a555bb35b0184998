import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useAuth } from '../../../auth/AuthContext';
import { locale, useTranslation } from '../../../i18n';
import { Flash } from '../../../shared/Flash';
import { BackLink, ButtonLink, Link } from '../../../shared/links';
import { NotFoundContent } from '../../../shared/NotFoundContent';
import { QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { instrumentText } from './instrumentText';
import { useInstrument, useInstruments } from './instrumentsApi';
import './instruments.css';

const SCALE = ['1', '2', '3', '4', '5', 'dontKnow'] as const;

/** One questionnaire version: what employees are asked, per dimension, how they answer, and which statements count reversed. */
export default function InstrumentPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { hasRole } = useAuth();
  const { data, error, isPending, refetch } = useInstrument(id);
  const all = useInstruments();
  const text = instrumentText(i18n.language);
  usePageTitle(data ? `${text.name(data)} (${t('evaluations.instruments.version', { version: data.versionNumber })})`
    : t('evaluations.instruments.title'));
  if (isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (isApiError(error) && (error.status === 404 || error.status === 400)) {
    return <NotFoundContent title={t('evaluations.instruments.notFoundTitle')} text={t('evaluations.instruments.notFound')} />;
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const newest = data.latest ? undefined : all.data?.items.find((other) => other.code === data.code && other.latest);
  const date = new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  return (
    <article className="hub-item">
      <BackLink to="/vragenlijsten">{t('evaluations.instruments.back')}</BackLink>
      <Flash />
      <Heading1>{text.name(data)}</Heading1>
      <Paragraph appearance="lead">{text.description(data)}</Paragraph>
      <Paragraph className="hub-muted">
        {t('evaluations.instruments.version', { version: data.versionNumber })}
        {data.latest && <>, {t('evaluations.instruments.latest')}</>} · {t('evaluations.instruments.since', { date: date.format(new Date(data.createdAt)) })}
      </Paragraph>
      {newest && (
        <Paragraph>
          <Link to={`/vragenlijsten/${newest.id}`}>
            {t('evaluations.instruments.newer', { name: text.name(newest), version: newest.versionNumber })}
          </Link>
        </Paragraph>
      )}
      <Paragraph>{t('evaluations.instruments.measurementsUse')}</Paragraph>
      {hasRole('staff') && (
        <Paragraph>
          <ButtonLink to={`/vragenlijsten/${data.id}/nieuwe-versie`}>{t('evaluations.instruments.edit.newVersion')}</ButtonLink>
        </Paragraph>
      )}
      <section aria-labelledby="instrument-scale">
        <Heading2 id="instrument-scale">{t('evaluations.instruments.scaleTitle')}</Heading2>
        <Paragraph>{t('evaluations.instruments.scaleIntro')}</Paragraph>
        <ul className="hub-instrument__scale" aria-labelledby="instrument-scale">
          {SCALE.map((answer) => (
            <li key={answer}>{t(`evaluations.survey.scale.${answer}`)}</li>
          ))}
        </ul>
        {data.items.some((item) => item.reverseScored) && <Paragraph>{t('evaluations.instruments.reverseHint')}</Paragraph>}
      </section>
      {data.dimensions.map((dimension, index) => {
        const headingId = `instrument-dimension-${index}`;
        return (
          <section key={dimension.code} aria-labelledby={headingId}>
            <Heading2 id={headingId}>{text.label(dimension)}</Heading2>
            <ol className="hub-instrument__items" aria-label={t('evaluations.instruments.dimensionItems', { label: text.label(dimension) })}>
              {data.items.filter((item) => item.dimension === dimension.code).map((item) => (
                <li key={item.code}>
                  {text.text(item)}
                  {item.reverseScored && <span className="hub-instrument__reverse">{t('evaluations.instruments.reverse')}</span>}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </article>
  );
}
