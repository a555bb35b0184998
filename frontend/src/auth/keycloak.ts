import type Keycloak from 'keycloak-js';
import type { AppConfig } from '../config/config';

let loading: Promise<Keycloak> | undefined;
let instance: Keycloak | undefined;
let initPromise: Promise<boolean> | undefined;

/** Key under which the path a user was on is kept while they sign in at Keycloak. */
export const RETURN_TO_KEY = 'hub.returnTo';

/**
 * The single Keycloak instance of the app. keycloak-js is loaded only when it is needed — a browser that may have a
 * session, or a click on "Aanmelden" — so a visitor's first page does not download it.
 */
export function loadKeycloak(config: AppConfig): Promise<Keycloak> {
  loading ??= import('keycloak-js').then(({ default: KeycloakClass }) => {
    instance = new KeycloakClass({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
    return instance;
  });
  return loading;
}

/** The Keycloak instance once loaded; undefined for a visitor who has not started signing in. */
export function currentKeycloak(): Keycloak | undefined {
  return instance;
}

/**
 * Set while this browser may have a Keycloak session for the app: from the click on "Aanmelden" until the user signs
 * out or check-sso finds no session. Without it there is nothing to check, and the first page of a visitor is not
 * held up by the hidden check-sso iframe's round trips to Keycloak.
 */
export const SIGNED_IN_KEY = 'hub.signedIn';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked: behave as a browser that may have a session
  }
}

/** Whether to ask Keycloak for an existing session (check-sso) when the app starts. */
export function maybeSignedIn(): boolean {
  const store = storage();
  return store === undefined || store.getItem(SIGNED_IN_KEY) !== null;
}

export function rememberSignIn(signedIn: boolean): void {
  const store = storage();
  if (!store) return;
  if (signedIn) store.setItem(SIGNED_IN_KEY, '1');
  else store.removeItem(SIGNED_IN_KEY);
}

/**
 * The options of keycloak.init: PKCE S256, always the app root as redirect URI (the realm accepts exact redirect
 * URIs only), and check-sso in a hidden iframe only when this browser may have a session. A return from the login
 * page (the code in the URL) is handled either way.
 */
export function initOptions(checkSession: boolean, origin: string): Parameters<Keycloak['init']>[0] {
  return {
    ...(checkSession ? { onLoad: 'check-sso' as const, silentCheckSsoRedirectUri: `${origin}/silent-check-sso.html` } : {}),
    pkceMethod: 'S256',
    redirectUri: `${origin}/`,
    checkLoginIframe: false,
    messageReceiveTimeout: 6000,
  };
}

/** Initialises Keycloak exactly once (React StrictMode runs effects twice). */
export function initKeycloak(keycloak: Keycloak, checkSession = maybeSignedIn()): Promise<boolean> {
  initPromise ??= keycloak.init(initOptions(checkSession, window.location.origin)).then((authenticated) => {
    rememberSignIn(authenticated);
    return authenticated;
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
