import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type Keycloak from 'keycloak-js';
import { useTranslation } from '../i18n';
import { ApiClient } from '../api/client';
import type { AppConfig } from '../config/config';
import { AuthContext, type AuthContextValue } from './AuthContext';
import { currentKeycloak, initKeycloak, loadKeycloak, maybeSignedIn, rememberSignIn, RETURN_TO_KEY, watchSession } from './keycloak';
import { isRole, type Role } from './roles';

interface Session {
  authenticated: boolean;
  roles: Role[];
  subject?: string;
  unavailable: boolean;
}

/** A browser that never signed in here: a visitor, known without asking Keycloak. */
const VISITOR: Session = { authenticated: false, roles: [], unavailable: false };

function sessionOf(keycloak: Keycloak | undefined, unavailable = false): Session {
  const authenticated = Boolean(keycloak?.authenticated);
  const realmRoles = keycloak?.tokenParsed?.realm_access?.roles ?? [];
  return {
    authenticated,
    roles: authenticated ? realmRoles.filter(isRole) : [],
    subject: authenticated ? keycloak?.subject : undefined,
    unavailable,
  };
}

/** Sends the user back to the page they were on before signing in (Keycloak always returns to "/"). */
function restoreReturnPath(): void {
  const returnTo = sessionStorage.getItem(RETURN_TO_KEY);
  sessionStorage.removeItem(RETURN_TO_KEY);
  if (returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') && window.location.pathname === '/') {
    window.history.replaceState(null, '', returnTo);
  }
}

/**
 * Owns authentication: initialises Keycloak once, renders its children only when the sign-in state is known,
 * and offers login, logout and an API client that refreshes the token just before each call. A browser that never
 * signed in here is a visitor straight away: Keycloak (and keycloak-js) come in only when someone signs in.
 */
export function AuthProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [session, setSession] = useState<Session | null>(() => (maybeSignedIn() ? null : VISITOR));

  useEffect(() => {
    if (!maybeSignedIn()) return;
    let active = true;
    loadKeycloak(config)
      .then((keycloak) => {
        const refresh = () => active && setSession(sessionOf(keycloak));
        watchSession(keycloak, refresh);
        return initKeycloak(keycloak).then(() => {
          restoreReturnPath();
          refresh();
        });
      })
      .catch(() => {
        restoreReturnPath();
        if (active) setSession(sessionOf(currentKeycloak(), true));
      });
    return () => {
      active = false;
    };
  }, [config]);

  const getToken = useCallback(async () => {
    const keycloak = currentKeycloak();
    if (!keycloak?.authenticated) return undefined;
    try {
      await keycloak.updateToken(30);
      return keycloak.token;
    } catch {
      // The session ended at Keycloak: continue as a visitor.
      keycloak.clearToken();
      return undefined;
    }
  }, []);

  const api = useMemo(
    () => new ApiClient({ baseUrl: config.apiBaseUrl, getToken, getLanguage: () => i18n.language }),
    [config.apiBaseUrl, getToken, i18n],
  );

  const login = useCallback(() => {
    const { pathname, search, hash } = window.location;
    sessionStorage.setItem(RETURN_TO_KEY, `${pathname}${search}${hash}`);
    void (async () => {
      const keycloak = await loadKeycloak(config);
      // a visitor's Keycloak was never started: start it without check-sso, then go to the login page
      await initKeycloak(keycloak, false);
      rememberSignIn(true);
      await keycloak.login({ redirectUri: `${window.location.origin}/`, locale: i18n.language });
    })().catch(() => setSession(sessionOf(currentKeycloak(), true)));
  }, [config, i18n]);

  const logout = useCallback(() => {
    rememberSignIn(false);
    void currentKeycloak()?.logout({ redirectUri: `${window.location.origin}/` });
  }, []);

  const value = useMemo<AuthContextValue | null>(() => {
    if (!session) return null;
    return {
      ...session,
      hasRole: (...wanted: Role[]) => wanted.some((r) => session.roles.includes(r)),
      login,
      logout,
      api,
    };
  }, [session, login, logout, api]);

  if (!value) {
    return (
      <p className="hub-app-loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
