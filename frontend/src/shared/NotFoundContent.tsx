import { useTranslation } from '../i18n';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link } from './links';
import { usePageTitle } from './hooks/usePageTitle';

export function NotFoundContent({ title, text }: { title?: string; text?: string }) {
  const { t } = useTranslation();
  usePageTitle(title ?? t('errors.notFoundTitle'));
  return (
    <>
      <Heading1>{title ?? t('errors.notFoundTitle')}</Heading1>
      <Paragraph>{text ?? t('errors.notFound')}</Paragraph>
      <Paragraph>
        <Link to="/">{t('errors.backHome')}</Link>
      </Paragraph>
    </>
  );
}
