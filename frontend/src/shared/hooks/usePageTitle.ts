import { useEffect } from 'react';
import { useTranslation } from '../../i18n';

/** Sets the document title to "<page> – Leercultuur Hub" (WCAG 2.4.2). */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    if (title) document.title = `${title} – ${appName}`;
  }, [title, appName]);
}
