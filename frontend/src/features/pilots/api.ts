import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type InterventionType = Schemas['InterventionType'];
export type InterventionTypePage = Schemas['InterventionTypePage'];
export type Pilot = Schemas['Pilot'];
export type PilotPage = Schemas['PilotPage'];
export type PilotStatus = Schemas['PilotStatus'];
export type PilotStatusChange = Schemas['PilotStatusChange'];
export const PILOT_STATUSES: readonly PilotStatus[] = ['IDEA', 'PREPARING', 'RUNNING', 'EVALUATING', 'COMPLETED', 'STOPPED'];
export const PAGE_SIZE = 20;

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

/** The pilots the caller may see, optionally by status, most recently changed first. */
export function usePilots(status: PilotStatus | '', page: number) {
  const { api } = useAuth();
  const params = { status: status ? [status] : undefined, page: page - 1, size: PAGE_SIZE };
  return useQuery({
    queryKey: ['pilots', 'list', params],
    queryFn: ({ signal }) => api.json<PilotPage>('/api/v1/pilots', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePilot(id: string) {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['pilots', 'pilot', id],
    queryFn: ({ signal }) => api.json<Pilot>(`/api/v1/pilots/${encodeURIComponent(id)}`, { signal }),
  });
}

export function usePilotHistory(id: string) {
  const { api } = useAuth();
  return useQuery({
    queryKey: ['pilots', 'pilot', id, 'history'],
    queryFn: ({ signal }) => api.json<PilotStatusChange[]>(`/api/v1/pilots/${encodeURIComponent(id)}/history`, { signal }),
  });
}

/** Staff: move a pilot to another status (STOPPED with a reason). */
export function useChangePilotStatus() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status, reason }: { id: string; status: PilotStatus; reason?: string }) =>
      api.json<Pilot>(`/api/v1/pilots/${encodeURIComponent(id)}/status`, { method: 'POST', body: { status, reason: reason || undefined } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['pilots'] }),
  });
}
