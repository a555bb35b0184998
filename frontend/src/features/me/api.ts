import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../auth/AuthContext';
import type { components } from '../../api/schema';

export type Me = components['schemas']['Me'];

/** The signed-in user as the API sees them (`GET /api/v1/me`); disabled for visitors. */
export function useMe() {
  const { api, authenticated, subject } = useAuth();
  return useQuery({
    queryKey: ['me', subject],
    queryFn: ({ signal }) => api.json<Me>('/api/v1/me', { signal }),
    enabled: authenticated,
    staleTime: 5 * 60_000,
  });
}
