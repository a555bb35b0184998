import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type InterventionType = Schemas['InterventionType'];
export type InterventionTypePage = Schemas['InterventionTypePage'];

/** Every intervention type (the vocabulary is small), cached for a while: it rarely changes. */
export function useInterventionTypes() {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['pilots', 'intervention-types'],
    queryFn: ({ signal }) => api.json<InterventionTypePage>('/api/v1/intervention-types', { query: { size: 100 }, signal }),
    staleTime: 10 * 60_000,
  });
}

export function useInterventionType(code: string) {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['pilots', 'intervention-type', code],
    queryFn: ({ signal }) => api.json<InterventionType>(`/api/v1/intervention-types/${encodeURIComponent(code)}`, { signal }),
  });
}

/** Label, description and active ingredients of an intervention type in the active language. */
export function useInterventionText() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return {
    label: (type: InterventionType) => (en ? type.labelEn : type.labelNl),
    description: (type: InterventionType) => (en ? type.descriptionEn : type.descriptionNl),
    ingredients: (type: InterventionType) => (en ? type.ingredientsEn : type.ingredientsNl),
  };
}
