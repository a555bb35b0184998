import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';
import type { Role } from './roles';

export interface AuthContextValue {
  /** True when a user is signed in (a valid token is held). */
  authenticated: boolean;
  /** Realm roles of the signed-in user that the Hub knows (`staff`, `partner`). */
  roles: Role[];
  /** Keycloak subject id of the signed-in user. */
  subject?: string;
  /** True when Keycloak could not be reached at start; the app then works for visitors only. */
  unavailable: boolean;
  hasRole: (...roles: Role[]) => boolean;
  login: () => void;
  logout: () => void;
  /** The API client, which adds a freshly refreshed token to each call. */
  api: ApiClient;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

export function useApi(): ApiClient {
  return useAuth().api;
}
