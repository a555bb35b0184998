import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../../auth/AuthContext';
import type { Measurement, MeasurementList, MeasurementRequest, MeasurementResults } from '../api';

const keys = {
  list: (pilotId: string) => ['evaluations', 'measurements', pilotId] as const,
  results: (id: string) => ['evaluations', 'results', id] as const,
};

/** A pilot's waves; the API answers 401/404 to whoever may not see them (the section then shows nothing). */
export function useMeasurements(pilotId: string) {
  const { api, authenticated } = useAuth();
  return useQuery({
    queryKey: keys.list(pilotId),
    queryFn: ({ signal }) => api.json<MeasurementList>(`/api/v1/pilots/${encodeURIComponent(pilotId)}/measurements`, { signal }),
    enabled: authenticated,
    retry: false,
  });
}

export function useCreateMeasurement(pilotId: string) {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MeasurementRequest) =>
      api.json<Measurement>(`/api/v1/pilots/${encodeURIComponent(pilotId)}/measurements`, { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.list(pilotId) }),
  });
}

export function useCloseMeasurement() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.json<Measurement>(`/api/v1/measurements/${encodeURIComponent(id)}/close`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['evaluations'] }),
  });
}

export function useResults(id: string, enabled: boolean) {
  const { api } = useAuth();
  return useQuery({
    queryKey: keys.results(id),
    queryFn: ({ signal }) => api.json<MeasurementResults>(`/api/v1/measurements/${encodeURIComponent(id)}/results`, { signal }),
    enabled,
  });
}
