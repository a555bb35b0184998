import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';

/** Retries only what may succeed on a second try: network errors and 5xx, never 4xx. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < 2 && (!isApiError(error) || error.isNetworkError || error.status >= 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
