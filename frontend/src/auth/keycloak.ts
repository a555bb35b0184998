import Keycloak from 'keycloak-js';
import type { AppConfig } from '../config/config';

let instance: Keycloak | undefined;
let initPromise: Promise<boolean> | undefined;

/** Key under which the path a user was on is kept while they sign in at Keycloak. */
export const RETURN_TO_KEY = 'hub.returnTo';

/** The single Keycloak instance of the app. */
export function getKeycloak(config: AppConfig): Keycloak {
  instance ??= new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  return instance;
}

/**
 * Initialises Keycloak exactly once (React StrictMode runs effects twice): check-sso in a hidden iframe,
 * PKCE S256, and always the app root as redirect URI because the realm accepts exact redirect URIs only.
 */
export function initKeycloak(keycloak: Keycloak): Promise<boolean> {
  initPromise ??= keycloak.init({
    onLoad: 'check-sso',
    pkceMethod: 'S256',
    silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
    redirectUri: `${window.location.origin}/`,
    checkLoginIframe: false,
    messageReceiveTimeout: 6000,
  });
  return initPromise;
}

/** Calls onChange whenever the sign-in state changes; a token that cannot be refreshed ends the session. */
export function watchSession(keycloak: Keycloak, onChange: () => void): void {
  keycloak.onAuthSuccess = onChange;
  keycloak.onAuthRefreshSuccess = onChange;
  keycloak.onAuthLogout = onChange;
  keycloak.onTokenExpired = () => {
    keycloak.updateToken(30).catch(() => {
      keycloak.clearToken();
      onChange();
    });
  };
}
