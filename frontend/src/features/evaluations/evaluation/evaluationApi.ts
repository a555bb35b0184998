import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../../auth/AuthContext';
import type { components } from '../../../api/schema';

export type Evaluation = components['schemas']['Evaluation'];
export type EvaluationRequest = components['schemas']['EvaluationRequest'];
export type Decision = components['schemas']['Decision'];
export const DECISIONS: readonly Decision[] = ['SCALE_UP', 'ADJUST', 'STOP'];
type EvaluationList = components['schemas']['EvaluationList'];

const key = (pilotId: string) => ['evaluations', 'evaluations', pilotId] as const;

/** A pilot's evaluations as the caller may see them (a hidden pilot: 404, and the section shows nothing). */
export function usePilotEvaluations(pilotId: string) {
  const { api } = useAuth();
  return useQuery({
    queryKey: key(pilotId),
    queryFn: ({ signal }) => api.json<EvaluationList>(`/api/v1/pilots/${encodeURIComponent(pilotId)}/evaluations`, { signal }),
    retry: false,
  });
}

export function useSaveEvaluation(pilotId: string) {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, request }: { id?: string; version?: number; request: EvaluationRequest }) =>
      id
        ? api.json<Evaluation>(`/api/v1/evaluations/${encodeURIComponent(id)}`, { method: 'PUT', body: request, headers: { 'If-Match': `"${version}"` } })
        : api.json<Evaluation>(`/api/v1/pilots/${encodeURIComponent(pilotId)}/evaluations`, { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(pilotId) }),
  });
}

export function usePublishEvaluation(pilotId: string) {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.json<Evaluation>(`/api/v1/evaluations/${encodeURIComponent(id)}/publish`, { method: 'POST' }),
    // the pilot changes too (completed, public), and "what works"
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: key(pilotId) }), queryClient.invalidateQueries({ queryKey: ['pilots'] }),
      queryClient.invalidateQueries({ queryKey: ['evaluations', 'what-works'] })]),
  });
}
