import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n';
import { useAuth } from '../auth/AuthContext';
import type { components } from '../api/schema';

export type Theme = components['schemas']['Theme'];
export type ThemePage = components['schemas']['ThemePage'];

/** The theme vocabulary that every feature tags with. All themes (`GET /api/v1/themes?size=100`), cached for the session: the vocabulary rarely changes. */
export function useThemes() {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['themes'],
    queryFn: ({ signal }) => api.json<ThemePage>('/api/v1/themes', { query: { size: 100 }, signal }),
    staleTime: 10 * 60_000,
  });
}

/** Label and description of a theme in the active language. */
export function useThemeText() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return {
    label: (theme: Theme) => (en ? theme.labelEn : theme.labelNl),
    description: (theme: Theme) => (en ? theme.descriptionEn : theme.descriptionNl) ?? undefined,
  };
}

/** Maps theme codes to labels in the active language (falls back to the code while themes load). */
export function useThemeLabels(): (code: string) => string {
  const { data } = useThemes();
  const { label } = useThemeText();
  const byCode = useMemo(() => new Map(data?.items.map((theme) => [theme.code, theme])), [data]);
  return (code: string) => {
    const theme = byCode.get(code);
    return theme ? label(theme) : code;
  };
}
