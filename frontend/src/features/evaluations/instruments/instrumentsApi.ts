import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../../auth/AuthContext';
import type { Instrument, InstrumentPage, InstrumentRequest } from '../api';

const keys = {
  all: ['evaluations', 'instruments'] as const,
  one: (id: string) => ['evaluations', 'instruments', id] as const,
};

/** Every version of every questionnaire (the API keeps at most a few dozen), by code, newest version first. */
export function useInstruments(enabled = true) {
  const { api } = useAuth();
  return useQuery({
    queryKey: keys.all,
    queryFn: ({ signal }) => api.json<InstrumentPage>('/api/v1/instruments', { query: { size: 100 }, signal }),
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useInstrument(id: string) {
  const { api } = useAuth();
  return useQuery({
    queryKey: keys.one(id),
    queryFn: ({ signal }) => api.json<Instrument>(`/api/v1/instruments/${encodeURIComponent(id)}`, { signal }),
    staleTime: 10 * 60_000,
    retry: false,
  });
}

/** Staff: a new questionnaire, or a new version of an existing code (versions never change). */
export function useCreateInstrument() {
  const { api } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: InstrumentRequest) => api.json<Instrument>('/api/v1/instruments', { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
