import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from '../i18n';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../api/ApiError';
import { NotFoundContent } from '../shared/NotFoundContent';
import { errorMessage } from '../shared/QueryError';
import { Link } from '../shared/links';
import { usePageTitle } from '../shared/hooks/usePageTitle';

/** The one error element of the router: unknown routes and errors thrown while rendering a page. */
export default function ErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound =
    (isRouteErrorResponse(error) && error.status === 404) || (isApiError(error) && error.status === 404);
  usePageTitle(notFound ? undefined : t('errors.title'));
  if (notFound) return <NotFoundContent />;
  const status = isRouteErrorResponse(error) ? error.status : isApiError(error) ? error.status : undefined;
  return (
    <>
      <Heading1>{t('errors.title')}</Heading1>
      <Paragraph>{errorMessage(error, t)}</Paragraph>
      {status ? <Paragraph className="hub-muted">{t('errors.status', { status })}</Paragraph> : null}
      <Paragraph>
        <Link to="/" reloadDocument>
          {t('errors.backHome')}
        </Link>
      </Paragraph>
    </>
  );
}
