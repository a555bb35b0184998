import type { ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from './AuthContext';
import type { Role } from './roles';
import { usePageTitle } from '../shared/hooks/usePageTitle';

/**
 * Shows its children only to a signed-in user with one of the given roles (any signed-in user when no role
 * is given). Visitors get a sign-in prompt, signed-in users without the role a clear "no access" message.
 * The API still checks every call; this only keeps people away from pages they cannot use.
 */
export function RequireRole({ roles = [], children }: { roles?: Role[]; children: ReactNode }) {
  const { authenticated, hasRole, login } = useAuth();
  const { t } = useTranslation();
  const allowed = authenticated && (roles.length === 0 || hasRole(...roles));
  usePageTitle(allowed ? undefined : authenticated ? t('auth.forbiddenTitle') : t('auth.loginRequiredTitle'));
  if (allowed) return <>{children}</>;
  if (!authenticated) {
    return (
      <>
        <Heading1>{t('auth.loginRequiredTitle')}</Heading1>
        <Paragraph>{t('auth.loginRequired')}</Paragraph>
        <Button appearance="primary-action-button" onClick={login}>
          {t('auth.login')}
        </Button>
      </>
    );
  }
  return (
    <>
      <Heading1>{t('auth.forbiddenTitle')}</Heading1>
      <Paragraph>{t('auth.forbidden')}</Paragraph>
    </>
  );
}
