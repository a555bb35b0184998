import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ApiClient } from '../api/client';
import { AuthContext, type AuthContextValue } from '../auth/AuthContext';
import type { Role } from '../auth/roles';
import { routes } from '../app/routes';
import i18n from '../i18n';

export interface TestUser {
  roles: Role[];
  subject?: string;
}

export const STAFF: TestUser = { roles: ['staff'], subject: '11111111-1111-4111-8111-111111111111' };
export const PARTNER: TestUser = { roles: ['partner'], subject: '22222222-2222-4222-8222-222222222222' };

/**
 * Renders the real app routes at a URL, with a signed-in user (or a visitor) and the real API client.
 * Only fetch is mocked (see fetchMock.ts); login/logout are recorded instead of redirecting to Keycloak.
 */
export function renderApp(url: string, user?: TestUser) {
  const calls = { login: 0, logout: 0 };
  const api = new ApiClient({
    baseUrl: '',
    getToken: async () => (user ? 'test-token' : undefined),
    getLanguage: () => i18n.language,
  });
  const auth: AuthContextValue = {
    authenticated: Boolean(user),
    roles: user?.roles ?? [],
    subject: user?.subject,
    unavailable: false,
    hasRole: (...wanted) => wanted.some((r) => user?.roles.includes(r)),
    login: () => calls.login++,
    logout: () => calls.logout++,
    api,
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const result = render(
    <AuthContext.Provider value={auth}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </AuthContext.Provider>,
  );
  return { ...result, router, calls, queryClient };
}
