import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from '../../../i18n';
import { useAuth } from '../../../auth/AuthContext';
import { Flash } from '../../../shared/Flash';
import { ButtonLink, Link } from '../../../shared/links';
import { QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import type { Instrument } from '../api';
import { instrumentText } from './instrumentText';
import { useInstruments } from './instrumentsApi';
import './instruments.css';

/** The questionnaires pilots measure with: the newest version of each, its earlier versions, and (staff) a new one. */
export default function InstrumentsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('evaluations.instruments.title'));
  const { hasRole } = useAuth();
  const { data, error, isPending, refetch } = useInstruments();
  const text = instrumentText(i18n.language);
  const byCode = new Map<string, Instrument[]>();
  for (const instrument of data?.items ?? []) {
    byCode.set(instrument.code, [...(byCode.get(instrument.code) ?? []), instrument]);
  }
  return (
    <>
      <Heading1>{t('evaluations.instruments.title')}</Heading1>
      <Flash />
      <Paragraph appearance="lead">{t('evaluations.instruments.intro')}</Paragraph>
      {hasRole('staff') && (
        <Paragraph>
          <ButtonLink to="/vragenlijsten/nieuw">{t('evaluations.instruments.edit.new')}</ButtonLink>
        </Paragraph>
      )}
      {isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('evaluations.instruments.empty')}</Paragraph>}
      {byCode.size > 0 && (
        <ul className="hub-card-grid" aria-label={t('evaluations.instruments.title')}>
          {[...byCode.values()].map((versions) => {
            const [newest, ...older] = [...versions].sort((a, b) => b.versionNumber - a.versionNumber);
            return (
              <li key={newest.code} className="hub-card">
                <Heading2 className="hub-card__title">
                  <Link to={`/vragenlijsten/${newest.id}`}>{text.name(newest)}</Link>
                </Heading2>
                <Paragraph className="hub-muted">
                  {t('evaluations.instruments.summary', { version: newest.versionNumber,
                    dimensions: t('evaluations.instruments.dimensionCount', { count: newest.dimensions.length }),
                    items: t('evaluations.instruments.itemCount', { count: newest.items.length }) })}
                </Paragraph>
                <Paragraph>{text.description(newest)}</Paragraph>
                {older.length > 0 && (
                  <>
                    <p className="hub-muted" id={`older-${newest.code}`}>{t('evaluations.instruments.older')}</p>
                    <ul aria-labelledby={`older-${newest.code}`} className="hub-instrument__versions">
                      {older.map((version) => (
                        <li key={version.id}>
                          <Link to={`/vragenlijsten/${version.id}`}>
                            {t('evaluations.instruments.olderVersion', { version: version.versionNumber })}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
