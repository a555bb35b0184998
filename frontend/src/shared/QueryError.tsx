import { useTranslation } from '../i18n';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../api/ApiError';

/** Explains a failed call in the user's language, with the API's own detail when it gave one. */
export function errorMessage(error: unknown, t: (key: string) => string): string {
  if (isApiError(error)) {
    if (error.isNetworkError) return t('errors.network');
    return error.detail ?? error.title ?? t('errors.generic');
  }
  return t('errors.generic');
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{t('errors.title')}.</strong> {errorMessage(error, t)}
      </Paragraph>
      {onRetry && (
        <Button appearance="secondary-action-button" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      )}
    </Alert>
  );
}
