import { useTranslation } from '../../i18n';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { QueryError } from '../../shared/QueryError';
import { useThemes, useThemeText } from '../../shared/themes';

export default function ThemesPage() {
  const { t } = useTranslation();
  usePageTitle(t('themes.title'));
  const { data, error, isPending, refetch } = useThemes();
  const text = useThemeText();

  return (
    <>
      <Heading1>{t('themes.title')}</Heading1>
      <Paragraph appearance="lead">{t('themes.intro')}</Paragraph>
      {isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('themes.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <>
          <Paragraph className="hub-muted">{t('themes.count', { count: data.totalItems })}</Paragraph>
          <ul className="hub-card-grid" aria-label={t('themes.title')}>
            {data.items.map((theme) => (
              <li key={theme.id} className="hub-card">
                <Heading2 className="hub-card__title">{text.label(theme)}</Heading2>
                {text.description(theme) && <Paragraph>{text.description(theme)}</Paragraph>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
